package match

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/golden"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

var corpusPath = filepath.Join("..", "..", "testdata", "matching", "corpus.tsv")

// corpusRow is one labelled published entry.
type corpusRow struct {
	category string
	text     string // as published; "\n" and "\t" escaped in the file
	code     string // the code the portal showed beside it, if any
	expected string // expected code(s) separated by "|", or "-" for none
	line     int
}

// TestMatchCorpus checks precision and recall of the index over the
// labelled corpus and logs every miss.
func TestMatchCorpus(t *testing.T) {
	cat := dvcqgCatalog(t)
	if golden.Update() { // regenerates testdata/matching/corpus.tsv from the real catalogue
		rows := generateCorpus(t, cat)
		writeCorpus(t, rows)
	}
	rows := readCorpus(t)
	require.GreaterOrEqual(t, len(rows), 300, "the corpus needs at least 300 pairs")
	ix := NewIndex(cat)
	var predicted, correct, positives, wrong, missed int
	perCat := map[string][2]int{}
	for _, r := range rows {
		m := ix.Match(r.text, r.code)
		want := strings.Split(r.expected, "|")
		ok := false
		if m.Procedure != nil {
			predicted++
			for _, w := range want {
				ok = ok || w == m.Procedure.Code
				for _, c := range m.Candidates {
					ok = ok || w == c.Code
				}
			}
			if ok {
				correct++
			}
		}
		if r.expected != "-" {
			positives++
		}
		good := ok || r.expected == "-" && m.Procedure == nil
		pc := perCat[r.category]
		pc[1]++
		if good {
			pc[0]++
		}
		perCat[r.category] = pc
		if good {
			continue
		}
		got := "-"
		if m.Procedure != nil {
			got = m.Procedure.Code + " " + m.Procedure.Name
			wrong++
		} else {
			missed++
		}
		var cands []string
		for _, c := range m.Candidates {
			cands = append(cands, c.Code)
		}
		t.Logf("miss line %d [%s] %q code=%q: want %s, got %s (%s %.3f) %v",
			r.line, r.category, r.text, r.code, r.expected, got, m.Kind, m.Score, cands)
	}
	precision := 1.0
	if predicted > 0 {
		precision = float64(correct) / float64(predicted)
	}
	recall := float64(correct) / float64(positives)
	cats := make([]string, 0, len(perCat))
	for c := range perCat {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	for _, c := range cats {
		t.Logf("%-18s %d/%d", c, perCat[c][0], perCat[c][1])
	}
	t.Logf("corpus: %d rows, %d with a procedure; predicted %d, correct %d, wrong %d, missed %d; precision %.4f recall %.4f",
		len(rows), positives, predicted, correct, wrong, missed, precision, recall)
	require.GreaterOrEqual(t, precision, 0.995, "precision")
	require.GreaterOrEqual(t, recall, 0.98, "recall")
}

func readCorpus(t *testing.T) []corpusRow {
	t.Helper()
	f, err := os.Open(corpusPath)
	require.NoError(t, err, "run: go test ./internal/match -run TestMatchCorpus -update")
	defer f.Close()
	var rows []corpusRow
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		cols := strings.Split(s, "\t")
		require.Len(t, cols, 4, "%s:%d: want category, text, code, expected", corpusPath, line)
		if cols[0] == "category" {
			continue
		}
		rows = append(rows, corpusRow{category: cols[0], text: unescapeTSV(cols[1]), code: cols[2], expected: cols[3], line: line})
	}
	require.NoError(t, sc.Err())
	return rows
}

func writeCorpus(t *testing.T, rows []corpusRow) {
	t.Helper()
	var b strings.Builder
	b.WriteString("# Labelled published names for the catalogue matcher, generated from\n")
	b.WriteString("# testdata/dvcqg/procedures.csv by internal/match/match_corpus_test.go (-update).\n")
	b.WriteString("# text: as a portal shows it (\\n, \\t and \\\\ escaped); code: a code shown beside it;\n")
	b.WriteString("# expected: the procedure code(s), | separated, or - for none.\n")
	b.WriteString("category\ttext\tcode\texpected\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\n", r.category, escapeTSV(r.text), r.code, r.expected)
	}
	require.NoError(t, os.MkdirAll(filepath.Dir(corpusPath), 0o755))
	tmp := corpusPath + ".tmp"
	require.NoError(t, os.WriteFile(tmp, []byte(b.String()), 0o644))
	require.NoError(t, os.Rename(tmp, corpusPath))
}

func escapeTSV(s string) string {
	return strings.NewReplacer(`\`, `\\`, "\n", `\n`, "\t", `\t`, "\r", `\r`).Replace(s)
}

func unescapeTSV(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			switch s[i] {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'r':
				b.WriteByte('\r')
			default:
				b.WriteByte(s[i])
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// corpusGen builds the labelled rows.
type corpusGen struct {
	t      *testing.T
	rng    *rand.Rand
	cat    *catalog.Catalog
	byKey  map[string][]string // key → codes
	byFold map[string][]string
	keys   []string // sorted folded keys, for prefix uniqueness
	rows   []corpusRow
	seen   map[string]bool
	filler map[string]bool
}

func generateCorpus(t *testing.T, cat *catalog.Catalog) []corpusRow {
	g := &corpusGen{t: t, rng: rand.New(rand.NewPCG(4, 2026)), cat: cat,
		byKey: map[string][]string{}, byFold: map[string][]string{}, seen: map[string]bool{}}
	for _, p := range cat.Procedures {
		k := textnorm.Key(p.Name)
		g.byKey[k] = append(g.byKey[k], p.Code)
		f := textnorm.Fold(p.Name)
		if len(g.byFold[f]) == 0 {
			g.keys = append(g.keys, f)
		}
		g.byFold[f] = append(g.byFold[f], p.Code)
	}
	sort.Strings(g.keys)
	g.variants()
	g.families()
	g.nonProcedures()
	g.codes()
	g.decorated()
	g.shortened()
	return g.rows
}

func (g *corpusGen) add(category, text, code, expected string) {
	if g.seen[text+"\x00"+code] {
		return
	}
	g.seen[text+"\x00"+code] = true
	g.rows = append(g.rows, corpusRow{category: category, text: text, code: code, expected: expected})
}

// expect is the label of a real name: every code sharing its key.
func (g *corpusGen) expect(p catalog.Procedure) string {
	return strings.Join(g.byKey[textnorm.Key(p.Name)], "|")
}

// pick returns n procedures at random whose name satisfies ok.
func (g *corpusGen) pick(n int, ok func(name string) bool) []catalog.Procedure {
	ps := g.cat.Procedures
	idx := g.rng.Perm(len(ps))
	var out []catalog.Procedure
	for _, i := range idx {
		if len(out) == n {
			break
		}
		name := norm.NFC.String(ps[i].Name)
		if ok == nil || ok(name) {
			out = append(out, ps[i])
		}
	}
	return out
}

func anyName(string) bool { return true }

func words(s string) []string { return strings.Fields(s) }

// variants adds real names the way real portals spell them.
func (g *corpusGen) variants() {
	nfc := func(p catalog.Procedure) string { return textnorm.Clean(p.Name) }
	for _, p := range g.pick(40, anyName) {
		g.add("exact", p.Name, "", g.expect(p))
	}
	for _, p := range g.pick(25, anyName) {
		n := nfc(p)
		if strings.HasPrefix(n, "Thủ tục ") {
			n = upperFirst(strings.TrimPrefix(n, "Thủ tục "))
		} else {
			r, size := utf8.DecodeRuneInString(n)
			n = "Thủ tục " + string(unicode.ToLower(r)) + n[size:]
		}
		g.add("thu-tuc", n, "", g.expect(p))
	}
	oldTones := strings.NewReplacer("oà", "òa", "oá", "óa", "oả", "ỏa", "oã", "õa", "oạ", "ọa",
		"uỷ", "ủy", "uý", "úy", "oè", "òe", "oé", "óe", "oẻ", "ỏe", "uỵ", "ụy")
	newTones := strings.NewReplacer("òa", "oà", "óa", "oá", "ỏa", "oả", "õa", "oã", "ọa", "oạ",
		"ủy", "uỷ", "úy", "uý", "òe", "oè", "óe", "oé", "ỏe", "oẻ", "ụy", "uỵ")
	for _, p := range g.pick(25, func(n string) bool { return oldTones.Replace(n) != n || newTones.Replace(n) != n }) {
		n := nfc(p)
		if o := oldTones.Replace(n); o != n {
			n = o
		} else {
			n = newTones.Replace(n)
		}
		g.add("tone", n, "", g.expect(p))
	}
	for _, p := range g.pick(25, anyName) {
		g.add("nfd", norm.NFD.String(nfc(p)), "", g.expect(p))
	}
	yi := strings.NewReplacer("sĩ", "sỹ", "kỹ", "kĩ", "lý", "lí", "mỹ", "mĩ", "Mỹ", "Mĩ", "sỹ", "sĩ")
	for _, p := range g.pick(20, func(n string) bool { return yi.Replace(n) != n }) {
		g.add("si-sy", yi.Replace(nfc(p)), "", g.expect(p))
	}
	for _, p := range g.pick(20, func(n string) bool { return strings.ContainsAny(n, "Đđ") }) {
		g.add("eth", strings.NewReplacer("Đ", "Ð", "đ", "ð").Replace(nfc(p)), "", g.expect(p))
	}
	for i, p := range g.pick(20, anyName) {
		g.add("entities", entityEncode(nfc(p), i%2 == 0), "", g.expect(p))
	}
	for _, p := range g.pick(20, anyName) {
		g.add("upper", strings.ToUpper(nfc(p)), "", g.expect(p))
	}
	for _, p := range g.pick(20, func(n string) bool { return len(words(n)) >= 6 }) {
		ws := words(nfc(p))
		i := 2 + g.rng.IntN(len(ws)-3)
		g.add("line-break", strings.Join(ws[:i], " ")+"\n    "+strings.Join(ws[i:], " "), "", g.expect(p))
	}
	for _, p := range g.pick(20, func(n string) bool { return len(words(n)) >= 4 }) {
		g.add("typo-drop", g.typo(nfc(p), "drop"), "", g.expect(p))
	}
	quals := []string{" (cấp xã)", " - Cấp huyện", " (Cấp tỉnh)", " cấp xã", " – cấp huyện"}
	for i, p := range g.pick(20, func(n string) bool {
		f := textnorm.Fold(n)
		return !strings.Contains(f, "cap xa") && !strings.Contains(f, "cap huyen") && !strings.Contains(f, "cap tinh")
	}) {
		n, _ := textnorm.SplitCode(nfc(p))
		g.add("level-qualifier", n+quals[i%len(quals)], "", g.expect(p))
	}
	small := map[string]bool{"của": true, "và": true, "các": true, "cho": true, "với": true, "tại": true, "trong": true, "về": true}
	for _, p := range g.pick(20, func(n string) bool {
		if len(words(n)) < 8 {
			return false
		}
		for _, w := range words(n) {
			if small[w] {
				return true
			}
		}
		return false
	}) {
		ws := words(nfc(p))
		for i, w := range ws {
			if small[w] {
				ws = append(ws[:i:i], ws[i+1:]...)
				break
			}
		}
		g.add("word-dropped", strings.Join(ws, " "), "", g.expect(p))
	}
	for _, p := range g.pick(20, func(n string) bool { return len(words(n)) >= 4 }) {
		g.add("typo-swap", g.typo(nfc(p), "swap"), "", g.expect(p))
	}
	for _, p := range g.pick(20, func(n string) bool { return len(words(n)) >= 3 }) {
		g.add("typo-accent", g.typo(nfc(p), "accent"), "", g.expect(p))
	}
	for i, p := range g.pick(20, anyName) {
		switch i % 3 {
		case 0:
			g.add("embedded-code", nfc(p)+" ("+p.Code+")", "", g.expect(p))
		case 1:
			g.add("embedded-code", p.Code+".000.00.00.H01 - "+nfc(p), "", g.expect(p))
		default:
			g.add("embedded-code", nfc(p), p.Code+".000.00.00.H01", g.expect(p))
		}
	}
	g.truncations()
	for i, p := range g.pick(20, func(n string) bool { return len(words(n)) >= 5 }) {
		n := nfc(p)
		switch i % 4 {
		case 0:
			n = "THỦ TỤC " + strings.ToUpper(norm.NFD.String(n))
		case 1:
			ws := words(n)
			n = "Thủ tục:\n" + strings.Join(ws[:3], " ") + "\n" + entityEncode(strings.Join(ws[3:], " "), true)
		case 2:
			n = "  " + yi.Replace(oldTones.Replace(n)) + ".  "
		default:
			n = "- " + strings.NewReplacer("Đ", "Ð").Replace(strings.ToUpper(n))
		}
		g.add("combined", n, "", g.expect(p))
	}
}

// entityEncode writes some letters as HTML entities, the way old CMSs do.
func entityEncode(s string, numeric bool) string {
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r > 127 && (numeric || i%3 == 0):
			fmt.Fprintf(&b, "&#%d;", r)
		case r == ' ' && i%5 == 0:
			b.WriteString("&nbsp;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// typo damages one word of at least five letters: a dropped letter, two
// neighbours swapped, or the diacritics dropped.
func (g *corpusGen) typo(name, kind string) string {
	ws := words(name)
	first := 1
	if len(ws) > 2 && ws[0] == "Thủ" && ws[1] == "tục" {
		first = 2 // the prefix is dropped anyway: damage the name itself
	}
	var long []int
	for i, w := range ws {
		if i >= first && utf8.RuneCountInString(w) >= 5 && isWord(w) {
			long = append(long, i)
		}
	}
	if len(long) == 0 {
		for i, w := range ws {
			if i >= first && utf8.RuneCountInString(w) >= 3 && isWord(w) {
				long = append(long, i)
			}
		}
	}
	if len(long) == 0 {
		return name
	}
	i := long[g.rng.IntN(len(long))]
	r := []rune(ws[i])
	switch kind {
	case "drop":
		j := 1 + g.rng.IntN(len(r)-1)
		r = append(r[:j:j], r[j+1:]...)
	case "swap":
		j := 1 + g.rng.IntN(len(r)-2)
		r[j], r[j+1] = r[j+1], r[j]
	default:
		var out []rune
		for _, c := range norm.NFD.String(string(r)) {
			if !unicode.Is(unicode.Mn, c) {
				out = append(out, c)
			}
		}
		r = out
	}
	ws[i] = string(r)
	return strings.Join(ws, " ")
}

func isWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// truncations cuts names as listings do: with "…" or "...", at a word or
// inside one, and without a mark inside a word. A cut that leaves a prefix
// of several names is labelled none: it cannot be told, and guessing would
// be a false "found".
func (g *corpusGen) truncations() {
	for i, p := range g.pick(45, func(n string) bool { return utf8.RuneCountInString(n) >= 40 }) {
		r := []rune(textnorm.Clean(p.Name))
		cut := len(r) * (50 + g.rng.IntN(30)) / 100
		mark := "…"
		if i%2 == 1 {
			mark = "..."
		}
		cat := "truncated"
		if i%3 == 2 {
			// Unmarked: a listing cutting at a fixed width, inside a word.
			for cut < len(r)-1 && (r[cut] == ' ' || r[cut-1] == ' ') {
				cut++
			}
			mark = ""
			cat = "truncated-bare"
		}
		text := strings.TrimSpace(string(r[:cut])) + mark
		exp := g.expect(p)
		if n := g.prefixCount(textnorm.Fold(text)); n > 1 {
			exp = "-"
		}
		g.add(cat, text, "", exp)
	}
	// Short cuts that start several names: none.
	for _, s := range []string{"Đăng ký khai sinh…", "Thủ tục đăng ký kết hôn…", "Cấp giấy phép…", "Đăng ký khai sinh có yếu tố nước ngoài…"} {
		g.add("truncated", s, "", "-")
	}
	// Cut right at the end of a name no other name extends: that name.
	g.add("truncated", "Cấp Giấy phép bán lẻ rượu...", "", "2.000620")
}

func (g *corpusGen) prefixCount(f string) int {
	i := sort.SearchStrings(g.keys, f)
	n := 0
	for ; i < len(g.keys) && strings.HasPrefix(g.keys[i], f); i++ {
		n++
	}
	return n
}

// families adds the members of near-duplicate families: the real ones map
// to their own code, made-up members (not in the catalogue) to none.
func (g *corpusGen) families() {
	for _, p := range g.cat.Procedures {
		k := textnorm.Fold(p.Name)
		if strings.Contains(k, "khai sinh") || strings.Contains(k, "ban le ruou") ||
			strings.Contains(k, "hai cot liet si") || strings.Contains(k, "ket hon") {
			g.add("family", textnorm.Clean(p.Name), "", g.expect(p))
		}
	}
	// The catalogue spells this one "Cấp lại Cấp Giấy phép bán lẻ rượu".
	g.add("family", "Cấp lại Giấy phép bán lẻ rượu", "", "2.001240")
	made := []string{
		"Gia hạn Giấy phép bán lẻ rượu",
		"Thu hồi Giấy phép bán lẻ rượu",
		"Đăng ký khai sinh lưu động có yếu tố nước ngoài",
		"Đăng ký lại khai sinh lưu động",
		"Hỗ trợ tiền thăm viếng mộ liệt sĩ, di chuyển hài cốt liệt sĩ",
		"Cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ",
		"Hỗ trợ thăm viếng mộ liệt sĩ",
	}
	for _, s := range made {
		g.add("family-absent", s, "", "-")
	}
	// Made-up members: a real name with a family word added or removed,
	// kept only when no catalogue name has that key.
	ops := []func(string) string{
		func(n string) string { return replaceLead(n, "Cấp ", "Cấp lại ") },
		func(n string) string { return replaceLead(n, "Cấp ", "Gia hạn ") },
		func(n string) string { return replaceLead(n, "Cấp ", "Thu hồi ") },
		func(n string) string { return replaceLead(n, "Cấp lại ", "Cấp ") },
		func(n string) string { return replaceLead(n, "Cấp ", "Cấp sửa đổi, bổ sung ") },
		func(n string) string { return replaceLead(n, "Đăng ký ", "Đăng ký lại ") },
		func(n string) string { return replaceLead(n, "Đăng ký lại ", "Đăng ký ") },
		func(n string) string { return replaceLead(n, "Đăng ký ", "Đăng ký thay đổi ") },
		func(n string) string { return replaceLead(n, "Cấp ", "Cấp đổi ") },
		func(n string) string { return replaceLead(n, "Cấp lại ", "Cấp đổi ") },
		func(n string) string { return replaceLead(n, "Công nhận ", "Công nhận lại ") },
		func(n string) string { return replaceLead(n, "Cấp ", "Cấp bản sao ") },
		func(n string) string { return replaceLead(n, "Đăng ký ", "Xóa đăng ký ") },
		func(n string) string { return replaceLead(n, "Thành lập ", "Giải thể ") },
		func(n string) string { return replaceLead(n, "Thành lập ", "Sáp nhập, chia, tách ") },
		func(n string) string {
			if len(words(n)) > 8 {
				return n
			}
			return n + " lưu động"
		},
		func(n string) string {
			if len(words(n)) > 8 {
				return n
			}
			return n + " có yếu tố nước ngoài"
		},
	}
	added := 0
	for _, p := range g.pick(len(g.cat.Procedures), anyName) {
		if added >= 90 {
			break
		}
		n, _ := textnorm.SplitCode(textnorm.Clean(p.Name))
		n = upperFirst(strings.TrimPrefix(n, "Thủ tục "))
		op := ops[g.rng.IntN(len(ops))]
		m := op(n)
		if m == n || len(g.byFold[textnorm.Fold(m)]) > 0 || g.sameBarFiller(m) {
			continue
		}
		g.add("family-made", m, "", "-")
		added++
	}
}

// fillerWords are words a name can gain or lose and stay the same
// procedure ("Cấp sửa đổi, bổ sung giấy phép" is "Sửa đổi, bổ sung giấy
// phép"; "Cấp chứng nhận" is "Cấp giấy chứng nhận").
var fillerWords = map[string]bool{"cap": true, "giay": true, "thu": true, "tuc": true}

func stripFiller(f string) string {
	var out []string
	for _, w := range strings.Fields(f) {
		if !fillerWords[w] {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// sameBarFiller reports whether a made-up name is a catalogue name give or
// take filler words: then it is no made-up family member.
func (g *corpusGen) sameBarFiller(m string) bool {
	if g.filler == nil {
		g.filler = map[string]bool{}
		for f := range g.byFold {
			g.filler[stripFiller(f)] = true
		}
	}
	return g.filler[stripFiller(textnorm.Fold(m))]
}

func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

func replaceLead(n, from, to string) string {
	if strings.HasPrefix(strings.ToLower(n), strings.ToLower(from)) {
		return to + n[len(from):]
	}
	return n
}

// nonProcedures adds what else a portal's pages show: menus, headlines.
func (g *corpusGen) nonProcedures() {
	for _, s := range []string{
		"Trang chủ", "Liên hệ", "Tin tức", "Giới thiệu", "Sơ đồ cổng", "Văn bản pháp luật",
		"Thủ tục hành chính", "Dịch vụ công trực tuyến", "Tra cứu hồ sơ", "Hỏi đáp",
		"Thăm viếng mộ liệt sĩ nhân ngày 27/7",
		"Lãnh đạo huyện Tri Tôn thăm viếng mộ liệt sĩ nhân kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ",
		"Dâng hương tưởng niệm các anh hùng liệt sĩ tại Nghĩa trang liệt sĩ huyện",
		"Hướng dẫn đăng ký khai sinh trực tuyến trên Cổng Dịch vụ công quốc gia",
		"Thông báo tuyển dụng công chức cấp xã năm 2025",
		"Kế hoạch cải cách hành chính năm 2025",
		"Quyết định công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của UBND huyện",
		"Lịch công tác tuần", "Công khai ngân sách", "Thống kê truy cập", "Đăng nhập", "Đăng ký tài khoản",
		"Xem tiếp", "Chi tiết", "Tải về", "Trang sau »", "« Trang trước", "1", "2", "Tiếp theo",
		"Bộ thủ tục hành chính", "Thủ tục hành chính cấp huyện", "Thủ tục hành chính cấp xã",
		"Lĩnh vực Người có công", "Người có công", "Hộ tịch", "Chứng thực",
		"Huyện Thoại Sơn tổ chức hội nghị tổng kết công tác năm 2024",
		"Tiếp nhận hồ sơ trực tuyến mức độ 4",
		"Kết quả giải quyết thủ tục hành chính tháng 10/2025",
		"Chi trả trợ cấp ưu đãi người có công tháng 7",
		"UBND xã tổ chức lễ cưới tập thể cho đồng bào dân tộc",
		"Tổng kết công tác đăng ký khai sinh, khai tử năm 2024",
		"Cấp phát thẻ bảo hiểm y tế cho người có công và thân nhân",
		"Góp ý dự thảo văn bản", "Phản ánh kiến nghị", "Câu hỏi thường gặp",
		"Đánh giá mức độ hài lòng", "Sơ đồ tổ chức", "Lịch tiếp công dân",
		// A guide's headline; "Hướng dẫn thủ tục X" alone titles X's own
		// page on many portals, and is X (rewrite.go safeLeads).
		"Hướng dẫn thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ qua Cổng Dịch vụ công quốc gia",
		"Những điều cần biết khi đăng ký kết hôn",
		"Tập huấn nghiệp vụ chứng thực cho cán bộ tư pháp xã",
		"Trao Bằng Tổ quốc ghi công cho thân nhân liệt sĩ",
		"Thông báo về việc tạm ngừng tiếp nhận hồ sơ đăng ký kinh doanh",
		"Danh sách hồ sơ trễ hạn",
		"Công bố danh mục thủ tục hành chính lĩnh vực Người có công",
		"Trả lời kiến nghị của cử tri về chế độ người có công",
		"Thủ tục hành chính mới ban hành",
		"Biểu mẫu điện tử",
	} {
		g.add("non-procedure", s, "", "-")
	}
}

// codes adds entries that show a code: long forms, a code the catalogue
// does not know, and a code contradicting the name.
func (g *corpusGen) codes() {
	ps := g.pick(16, func(n string) bool { return len(words(n)) >= 5 })
	for i, p := range ps[:8] {
		switch i % 2 {
		case 0:
			g.add("code-unknown", textnorm.Clean(p.Name), "1.9"+p.Code[3:], g.expect(p))
		default:
			g.add("code-only", "Xem chi tiết", p.Code, p.Code)
		}
	}
	for i := 8; i+1 < len(ps); i += 2 {
		a, b := ps[i], ps[i+1]
		// The name is another catalogue name word for word: the code is
		// the typo.
		g.add("code-conflict", textnorm.Clean(a.Name), b.Code, g.expect(a))
	}
}

// decorated adds names with what listings put around them: numbering,
// a note in brackets, the agency that handles it.
func (g *corpusGen) decorated() {
	notes := []string{" (Mức độ 4)", " (DVC trực tuyến toàn trình)", " - UBND cấp xã", " (Một phần)", " tại UBND cấp huyện"}
	for i, p := range g.pick(25, func(n string) bool { return !strings.HasSuffix(n, ")") }) {
		n, _ := textnorm.SplitCode(textnorm.Clean(p.Name))
		switch i % 3 {
		case 0:
			n = fmt.Sprintf("%d. %s", i+1, n)
		case 1:
			n += notes[i%len(notes)]
		default:
			n = fmt.Sprintf("%d - %s%s", 100+i, n, notes[(i+2)%len(notes)])
		}
		g.add("decorated", n, "", g.expect(p))
	}
}

// shortened adds long names with their tail dropped (after "đối với",
// "trong trường hợp", "theo", or the last comma), keeping at least 60% of
// the words, as listings shorten them.
// The label is the name shortened when no other catalogue name holds the
// same words in order, and none otherwise: nobody can tell which.
func (g *corpusGen) shortened() {
	cuts := []string{" đối với ", " trong trường hợp ", " theo ", ", "}
	added := 0
	for _, p := range g.pick(len(g.cat.Procedures), anyName) {
		if added >= 25 {
			break
		}
		n, _ := textnorm.SplitCode(textnorm.Clean(p.Name))
		if len(words(n)) < 10 {
			continue
		}
		short := ""
		for _, c := range cuts {
			// Listings drop a tail clause, not most of the name.
			if i := strings.LastIndex(n, c); i > 0 && len(words(n[:i])) >= 5 && len(words(n[:i]))*10 >= len(words(n))*6 {
				short = n[:i]
				break
			}
		}
		if short == "" {
			continue
		}
		exp := g.expect(p)
		if codes := g.byKey[textnorm.Key(short)]; len(codes) > 0 {
			exp = strings.Join(codes, "|") // the shortening is a name itself
		} else if h := g.holders(short); len(h) > 1 || len(h) == 1 && h[0] != textnorm.Fold(p.Name) {
			exp = "-"
		}
		g.add("shortened", short, "", exp)
		added++
	}
}

// holders lists the catalogue names (folded) holding the words of short
// in order and adding no family word or number: a name that adds "lại" or
// "gia hạn" is another procedure, not a longer spelling of this one.
func (g *corpusGen) holders(short string) []string {
	ws := words(textnorm.Fold(short))
	var out []string
	for _, p := range g.cat.Procedures {
		kw, fw := words(textnorm.Key(p.Name)), words(textnorm.Fold(p.Name))
		if len(kw) != len(fw) {
			continue
		}
		i, plain := 0, true
		for j, w := range fw {
			if i < len(ws) && w == ws[i] {
				i++
			} else if isDiscriminator(kw[j]) {
				plain = false
			}
		}
		if i == len(ws) && plain && !slices.Contains(out, textnorm.Fold(p.Name)) {
			out = append(out, textnorm.Fold(p.Name))
		}
	}
	return out
}
