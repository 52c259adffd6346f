package match

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// Since 2021 the building permits name, inside the name, every kind of
// work they cover: "Cấp giấy phép xây dựng mới đối với công trình cấp
// III, cấp IV (Công trình không theo tuyến/Theo tuyến trong đô thị/Tín
// ngưỡng, tôn giáo/…/Dự án) và nhà ở riêng lẻ". Portals leave the list
// out ("… cấp III, cấp IV và nhà ở riêng lẻ"), and with forty words gone
// from its middle no similarity finds the name. Each such name is
// indexed a second time without the list: an alias of today's name,
// which teaches the families nothing (indexedName.derived).

// minKindSlashes is the least slashes that make a bracket a list of kinds
// ("(Công trình không theo tuyến/Theo tuyến trong đô thị/…)"); one slash
// is an alternative ("(nam/nữ)") the name may turn on.
const minKindSlashes = 2

// kindListBars are words (folded) that make a bracket more than a list
// of kinds: an exclusion, a case, a level.
var kindListBars = []string{"tru", "khong thuoc", "truong hop", "cap tinh", "cap huyen", "cap xa", "trung uong"}

// shortForm is name without the brackets that list kinds; ok is false
// when it has none.
func shortForm(name string) (string, bool) {
	var b strings.Builder
	cut := false
	rest := name
	for {
		open := strings.IndexByte(rest, '(')
		if open < 0 {
			break
		}
		closeAt := strings.IndexByte(rest[open:], ')')
		if closeAt < 0 {
			break
		}
		closeAt += open
		inner := rest[open+1 : closeAt]
		if wordSlashes(inner) >= minKindSlashes && !holdsPhrase(textnorm.Fold(inner), kindListBars) {
			b.WriteString(strings.TrimRight(rest[:open], " "))
			cut = true
		} else {
			b.WriteString(rest[:closeAt+1])
		}
		rest = rest[closeAt+1:]
	}
	b.WriteString(rest)
	return b.String(), cut
}

// wordSlashes counts the slashes between words, not inside a number or
// a date ("16/2024/NQ-HĐND", "11/12/2024": a legal basis, no kinds).
func wordSlashes(s string) int {
	n := 0
	for i := strings.IndexByte(s, '/'); i >= 0; {
		before := strings.TrimRight(s[:i], " ")
		after := strings.TrimLeft(s[i+1:], " ")
		r, _ := utf8.DecodeLastRuneInString(before)
		q, _ := utf8.DecodeRuneInString(after)
		if unicode.IsLetter(r) && unicode.IsLetter(q) {
			n++
		}
		j := strings.IndexByte(s[i+1:], '/')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return n
}

// decisionForm is a name opening with the act "Quyết định" without it:
// "Quyết định chuyển mục đích sử dụng rừng sang mục đích khác đối với cá
// nhân" is listed by portals as "Chuyển mục đích sử dụng rừng …", the
// decision being what the procedure ends in. A name with a bracket is
// left alone: "Quyết định đóng cửa mỏ khoáng sản (cấp Bộ)" stands beside
// "Phê duyệt đề án đóng cửa mỏ khoáng sản (cấp Tỉnh)", and without its
// act the level alone would tell them apart. ok is false for other names
// and when fewer than minWords words would be left.
func decisionForm(name string) (string, bool) {
	if f := strings.TrimSpace(name); f == "" || f[0] != 'Q' && f[0] != 'q' {
		return "", false // most names: no folding
	}
	t := textnorm.Clean(name)
	head := firstWords(t, 2)
	if strings.ContainsRune(t, '(') || !strings.HasPrefix(textnorm.Fold(head), "quyet dinh") {
		return "", false
	}
	rest := strings.TrimLeft(t[len(head):], " ")
	if len(strings.Fields(rest)) < minWords {
		return "", false
	}
	return rest, true
}

// catalogueAbbreviations are the abbreviations catalogue names write
// (folded word → key words), which portals may spell out: "Đăng ký
// thành lập công ty trách nhiệm hữu hạn một thành viên" for the
// catalogue's "… công ty TNHH một thành viên", "… hưởng bảo hiểm xã
// hội" for "… hưởng BHXH". Published abbreviations are the other way
// round (abbreviations, rewrite.go).
var catalogueAbbreviations = map[string]string{
	"tnhh": "trách nhiệm hữu hạn", "mtv": "một thành viên",
	"bhxh": "bảo hiểm xã hội", "bhyt": "bảo hiểm y tế", "bhtn": "bảo hiểm thất nghiệp",
	"bhtnld": "bảo hiểm tai nạn lao động", "tnld": "tai nạn lao động", "bnn": "bệnh nghề nghiệp",
	"gtgt": "giá trị gia tăng", "tndn": "thu nhập doanh nghiệp", "kbnn": "kho bạc nhà nước",
	// The social security list's own: "… với cơ sở KCB BHYT", "… nghỉ
	// DSPHSK sau ốm đau …".
	"kcb": "khám bệnh, chữa bệnh", "dsphsk": "dưỡng sức phục hồi sức khỏe",
}

// spelledOutForm is a name with its catalogueAbbreviations spelled
// out; ok is false when it writes none.
func spelledOutForm(name string) (string, bool) {
	if !twoCapitals(name) {
		return "", false // most names: no abbreviation, nothing split
	}
	ws := strings.Fields(name)
	changed := false
	for i, w := range ws {
		core := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if core == "" || !unicode.IsUpper([]rune(core)[0]) {
			continue // an abbreviation is written in capitals
		}
		if long, ok := catalogueLong(textnorm.Fold(core)); ok {
			ws[i] = strings.Replace(w, core, long, 1)
			changed = true
		}
	}
	if !changed {
		return "", false
	}
	return strings.Join(ws, " "), true
}

// catalogueLong is what an abbreviation a catalogue name writes (folded)
// stands for: its own table's reading, else the published table's when
// that spells it out in words. The national list writes "… nghĩa vụ với
// NSNN" where a portal copying the tax department's list writes "… với
// ngân sách nhà nước"; the published table already reads every
// abbreviation the sets met, one reading each (TestAbbreviationsAreNoWords).
// Not its two letters: "TW", "TP" in a name are its level or place
// ("… cấp TW"), which the level rules read as written, and spelt out
// they joined a list of two names into one (TestListedPairsPrecision);
// "QĐ", "GP" are read in a number's place too.
func catalogueLong(f string) (string, bool) {
	if long, ok := catalogueAbbreviations[f]; ok {
		return long, true
	}
	long, ok := abbreviations[f]
	return long, ok && len(f) >= minCatalogueLong && strings.IndexByte(long, ' ') >= 0
}

// minCatalogueLong is the fewest letters of an abbreviation of the
// published table read in a catalogue name.
const minCatalogueLong = 3

// twoCapitals reports whether s holds two ASCII capitals in a row, or
// one before "Đ" ("TNLĐ"): every abbreviation in catalogueAbbreviations
// does.
func twoCapitals(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' && (s[i+1] >= 'A' && s[i+1] <= 'Z' || strings.HasPrefix(s[i+1:], "Đ")) {
			return true
		}
	}
	return false
}

// confirmedForm is a name opening "Xác nhận đăng ký …" or "Xác nhận thay
// đổi …" without its first two words: a province lists "Đăng ký hoạt
// động cơ sở in" for the catalogue's "Xác nhận đăng ký hoạt động cơ sở
// in (cấp địa phương)", the confirmation being how the registration is
// done. No name of the national list is another's without "Xác nhận"
// so (TestConfirmedForm). ok is false for other names.
func confirmedForm(name string) (string, bool) {
	if f := strings.TrimSpace(name); f == "" || f[0] != 'X' && f[0] != 'x' && f[0] != 'T' && f[0] != 't' {
		return "", false // most names: no folding
	}
	if head := name[:min(len(name), 40)]; !strings.Contains(head, "nhận") && !strings.Contains(head, "NHẬN") {
		return "", false // "Thủ tục …" names but a few: no cleaning (names are NFC)
	}
	t := withoutProcedureLead(textnorm.Clean(name))
	if f := textnorm.Fold(firstWords(t, 4)); f != confirmedRegistration && f != confirmedChange {
		return "", false
	}
	rest := strings.TrimLeft(t[len(firstWords(t, 2)):], " ")
	if len(strings.Fields(rest)) < minWords {
		return "", false
	}
	return rest, true
}

// withoutProcedureLead is a cleaned name without a "Thủ tục" opening it.
func withoutProcedureLead(t string) string {
	if f := textnorm.Fold(firstWords(t, 2)); f == "thu tuc" {
		return strings.TrimLeft(t[len(firstWords(t, 2)):], " ")
	}
	return t
}

// confirmedRegistration and confirmedChange open the names confirmedForm
// shortens (folded as names are).
var (
	confirmedRegistration = strings.Join(fw("xác nhận đăng ký"), " ")
	confirmedChange       = strings.Join(fw("xác nhận thay đổi"), " ")
)

// newIssueForm is a name opening with "Cấp mới" (issue anew) with
// "Cấp" alone: portals list "Cấp giấy phép hoạt động khám bệnh, chữa
// bệnh" for "Cấp mới giấy phép …", the catalogue naming its first issue
// so only beside "Cấp lại …". addShortForms keeps it only where no
// catalogue name already is "Cấp …" so.
func newIssueForm(name string) (string, bool) {
	if f := strings.TrimSpace(name); f == "" || f[0] != 'C' && f[0] != 'c' {
		return "", false // most names: no folding
	}
	t := textnorm.Clean(name)
	head := firstWords(t, 2)
	if textnorm.Fold(head) != "cap moi" || strings.ContainsRune(head, '/') {
		return "", false
	}
	rest := strings.TrimLeft(t[len(head):], " ")
	if len(strings.Fields(rest)) < minWords-1 {
		return "", false
	}
	return firstWords(t, 1) + " " + rest, true
}

// wholeOnlyAlias reports whether name id is an alias that stands for
// the whole name only, never its start or a part of a longer one:
// "Cấp X" for "Cấp mới X" (newIssueForm), X for "Xét X" (consideredForm);
// addShortForms marks them (aliasForms).
func (ix *Index) wholeOnlyAlias(id int32) bool {
	return id >= 0 && ix.names[id].wholeOnly
}

// consideredForm is a name opening with "Xét" (consider), "Thủ tục" or
// not before it, without it: portals list "Cho phép sử dụng thẻ đi lại
// của doanh nhân APEC" for the catalogue's "Thủ tục xét cho phép …" and
// "Tặng danh hiệu …" for "Xét tặng danh hiệu …", the consideration being
// how the act is decided. No name of the national list is another's
// without "Xét" (TestConsideredForm). The form stands for the whole name
// only: "tuyển viên chức" is no part of "Thi tuyển viên chức". ok is
// false for other names.
func consideredForm(name string) (string, bool) {
	if f := strings.TrimSpace(name); f == "" || f[0] != 'X' && f[0] != 'x' && f[0] != 'T' && f[0] != 't' {
		return "", false // most names: no folding
	}
	if head := name[:min(len(name), 24)]; !strings.Contains(head, "ét") && !strings.Contains(head, "ÉT") && !strings.Contains(head, "e\u0301t") && !strings.Contains(head, "E\u0301T") {
		return "", false // "Thủ tục …" names but a few: no cleaning
	}
	t := withoutProcedureLead(textnorm.Clean(name))
	if textnorm.Fold(firstWords(t, 1)) != "xet" {
		return "", false
	}
	rest := strings.TrimLeft(t[len(firstWords(t, 1)):], " ")
	if len(strings.Fields(rest)) < minWords {
		return "", false
	}
	return rest, true
}

// hasCloseSibling reports whether another of names shares most of the
// words of w (Jaccard index of the word sets at least closeSiblingShare).
func hasCloseSibling(w []string, names [][]string) bool {
	words := slices.Compact(slices.Sorted(slices.Values(w)))
	for _, o := range names {
		if slices.Equal(o, w) {
			continue // itself
		}
		shared := 0
		for _, x := range words {
			if slices.Contains(o, x) {
				shared++
			}
		}
		all := len(slices.Compact(slices.Sorted(slices.Values(slices.Concat(w, o)))))
		if all > 0 && float64(shared) >= closeSiblingShare*float64(all) {
			return true
		}
	}
	return false
}

// closeSiblingShare: "Cấp mới số lưu hành đối với trang thiết bị y tế
// [khác] thuộc loại C, D" and its three siblings share more; the
// licences of different trades ("Cấp mới chứng chỉ hành nghề môi giới
// bất động sản" / "… hoạt động xây dựng") share half.
const closeSiblingShare = 0.6

// firstWords is the first n space-separated words of t.
func firstWords(t string, n int) string {
	end := 0
	for i := 0; i < n; i++ {
		j := strings.IndexByte(t[end:], ' ')
		if j < 0 {
			return t
		}
		end += j
		if i < n-1 {
			end++
		}
	}
	return t[:end]
}

// addShortForms indexes the short form of every name that has one
// (shortForm, decisionForm, newIssueForm, spelledOutForm, confirmedForm,
// consideredForm, exchangeForm, originalForm …), unless the catalogue already
// has that name.
func (ix *Index) addShortForms() {
	// "Cấp mới số lưu hành … loại C, D" opens four names: dropping
	// "mới" from one of a family leaves it the nearest name to every
	// short listing of the others ("… [khác] thuộc loại C, D").
	// Twins the level bracket alone tells apart ("… (thực hiện tại cấp
	// tỉnh)" / "… (thực hiện tại cấp Trung ương)") are one name, not a
	// family: their words are compared without brackets.
	bare := func(name string) []string {
		b, _ := stripBrackets(textnorm.Clean(name))
		return strings.Fields(textnorm.Fold(b))
	}
	var issues [][]string // the words of each "Cấp mới" name
	for _, p := range ix.procs {
		if _, ok := newIssueForm(p.Name); ok {
			issues = append(issues, bare(p.Name))
		}
	}
	for i, p := range ix.procs {
		for _, f := range aliasForms {
			t, ok := f.form(p.Name)
			if !ok || f.newIssue && hasCloseSibling(bare(p.Name), issues) {
				continue
			}
			if id, added := ix.addAlias(t, i); added {
				ix.names[id].wholeOnly = f.wholeOnly
				ix.names[id].lookupOnly = f.lookupOnly
			}
		}
		for _, t := range lastObjectForms(p.Name) {
			ix.addAlias(t, i)
		}
		if t, ok := firstObjectForm(p.Name); ok {
			ix.addAlias(t, i)
		}
	}
}

// aliasForms are the short forms addShortForms indexes: newIssue marks
// newIssueForm, dropped beside a close sibling; wholeOnly the forms that
// stand for the whole name only (wholeOnlyAlias), lookupOnly those only
// looked up, never compared fuzzily (kept out of the postings), each
// marked as its alias is made.
var aliasForms = []struct {
	form                            func(string) (string, bool)
	newIssue, wholeOnly, lookupOnly bool
}{
	{form: shortForm}, {form: decisionForm}, {form: newIssueForm, newIssue: true, wholeOnly: true},
	{form: spelledOutForm}, {form: confirmedForm}, {form: consideredForm, wholeOnly: true},
	{form: everyAssetForm}, {form: everyPaperForm}, {form: landCertForm}, {form: conventionForm}, {form: leadlessForm},
	{form: exchangeForm, lookupOnly: true},
	{form: domesticForm, wholeOnly: true, lookupOnly: true},
	{form: originalForm, wholeOnly: true, lookupOnly: true},
}

// domesticForm is a name closing on "trong nước" (before its brackets)
// without those words: "Cho phép họp báo trong nước (địa phương)",
// "Đăng ký lại việc nuôi con nuôi trong nước". The foreign twin always
// says so ("… nước ngoài", "… có yếu tố nước ngoài"), as "Đăng ký khai
// sinh" is the domestic birth; portals leave the domestic case unsaid
// ("Cho phép họp báo"). Goods made, sold or bought in the country
// ("sản xuất trong nước", "tiêu thụ trong nước") are told from imported
// ones, which need not say "nước ngoài": they keep the words. ok is
// false for other names. The alias is only looked up: compared fuzzily,
// "Đăng ký nuôi con nuôi thực tế", another procedure, found the short
// form plus a word of its own.
func domesticForm(name string) (string, bool) {
	if !strings.Contains(name, "trong nước") {
		return "", false // most names, without cleaning
	}
	t := strings.TrimRight(strings.TrimSpace(textnorm.Clean(name)), ".;")
	body, brackets := t, ""
	if i := strings.Index(t, " ("); i > 0 && strings.HasSuffix(t, ")") {
		body, brackets = t[:i], t[i:]
	}
	head, ok := strings.CutSuffix(body, " trong nước")
	if !ok {
		return "", false
	}
	words := strings.Fields(head)
	if len(words) < minDomesticWords || goodsInCountry[textnorm.Key(words[len(words)-1])] || strings.HasSuffix(textnorm.Fold(head), " o") {
		return "", false // "… ở trong nước" is the rewriting's (domestic)
	}
	return head + brackets, true
}

// minDomesticWords is the fewest words before "trong nước" a name keeps.
const minDomesticWords = 3

// goodsInCountry are the last words (key form) of what goods undergo in
// the country: "sản xuất", "tiêu thụ", "khai thác", "mua", "lắp ráp",
// "chế tạo", and whose they are ("tổ chức, cá nhân trong nước").
var goodsInCountry = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("xuất thụ thác mua ráp tạo nhân chức") {
		m[textnorm.Key(w)] = true
	}
	return m
}()

// everyPaperForm is a name closing on "trong (các) giấy tờ, văn bản",
// every paper there is, without that clause and the note on whom it
// applies to that may follow: "Thủ tục chứng thực chữ ký [trong các giấy
// tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ …)]" is
// every commune portal's "Chứng thực chữ ký". The translator's signature
// ("Chứng thực chữ ký người dịch …") names whose signature, not which
// paper, and keeps its own name. ok is false for other names.
func everyPaperForm(name string) (string, bool) {
	if !strings.Contains(name, "văn bản") {
		return "", false // most names, without folding
	}
	t := strings.TrimRight(strings.TrimSpace(textnorm.Clean(name)), ".;")
	if strings.HasSuffix(t, ")") {
		if i := strings.LastIndexByte(t, '('); i > 0 && strings.HasPrefix(textnorm.Fold(t[i+1:]), applyNote) {
			t = strings.TrimSpace(t[:i])
		}
	}
	ws := strings.Fields(t)
	for _, c := range everyPaper {
		k := len(strings.Fields(c))
		if len(ws) < k+minWords || textnorm.Fold(strings.Join(ws[len(ws)-k:], " ")) != c {
			continue
		}
		return strings.Join(ws[:len(ws)-k], " "), true
	}
	return "", false
}

// everyPaper are the clauses everyPaperForm drops, and applyNote opens
// the note it drops after them (folded).
var (
	everyPaper = []string{textnorm.Fold("trong các giấy tờ, văn bản"), textnorm.Fold("trong giấy tờ, văn bản")}
	applyNote  = textnorm.Fold("áp dụng")
)

// landCertForm is a name writing the land certificate's whole name with
// the "Giấy chứng nhận" the Land Law 2024 (art. 3(21)) and most of its
// procedures call it: "Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền
// sở hữu tài sản gắn liền với đất" is the communes' "Cấp đổi Giấy chứng
// nhận" (landCertShort reads a published whole name so). ok is false
// for other names.
func landCertForm(name string) (string, bool) {
	if !strings.Contains(name, "gắn liền với đất") {
		return "", false // most names, without folding
	}
	ws := strings.Fields(textnorm.Clean(name))
	for i := range ws {
		if i+len(landCert) > len(ws) || !strings.EqualFold(ws[i], "Giấy") {
			continue
		}
		j := i + len(landCert)
		if strings.Join(fw(strings.Join(ws[i:j], " ")), " ") != landCertText {
			continue
		}
		// The whole name's last word may carry the comma or bracket
		// that follows it.
		tail := strings.TrimLeftFunc(ws[j-1], unicode.IsLetter)
		out := append(append(slices.Clone(ws[:i]), ws[i], ws[i+1]+" "+ws[i+2]+tail), ws[j:]...)
		return strings.Join(out, " "), true
	}
	return "", false
}

// landCertText is landCert joined.
var landCertText = strings.Join(landCert, " ")

// everyAssetForm is a name closing on the assets it covers when they are
// every kind a commune certifies (Decree 23/2015/NĐ-CP: movables, land use
// rights, houses) without that clause: "Chứng thực giao dịch [liên quan
// đến tài sản là động sản, quyền sử dụng đất, nhà ở]", "Chứng thực văn
// bản phân chia di sản [mà di sản là …]" are published short, and the
// clause leaves no asset out. ok is false for other names.
func everyAssetForm(name string) (string, bool) {
	if !strings.Contains(name, "động sản") {
		return "", false // most names, without folding
	}
	t := strings.TrimRight(strings.TrimSpace(textnorm.Clean(name)), ".;")
	f := textnorm.Fold(t)
	if !strings.HasSuffix(f, everyAsset) {
		return "", false
	}
	for _, opener := range assetOpeners {
		i := strings.LastIndex(f, " "+opener+" ")
		if i < 0 || f[i+len(opener)+2:] != everyAsset {
			continue
		}
		return headBefore(t, f, i)
	}
	return "", false
}

// headBefore is t's words before the clause that starts at byte i of f,
// t folded: the clause starts at the same word of t unless folding
// dropped a word of punctuation alone before it, and then, or when fewer
// than minWords are left, ok is false.
func headBefore(t, f string, i int) (string, bool) {
	head := firstWords(t, len(strings.Fields(f[:i])))
	if len(strings.Fields(head)) < minWords || textnorm.Fold(head) != f[:i] {
		return "", false
	}
	return head, true
}

// everyAsset closes the names everyAssetForm shortens, and assetOpeners
// open their clause (folded).
var (
	everyAsset   = textnorm.Fold("là động sản, quyền sử dụng đất, nhà ở")
	assetOpeners = []string{"ma di san", "lien quan den tai san"}
)

// lastObjectForms are the names a procedure issued "đối với" two
// objects, the first's kinds in a bracket and the second after "và", is
// published under for the second alone: "Cấp giấy phép xây dựng mới
// đối với công trình cấp III, cấp IV (Công trình không theo tuyến/…) và
// nhà ở riêng lẻ" is the communes' "Cấp giấy phép xây dựng (mới) nhà ở
// riêng lẻ". A "mới" closing the act is the plain issue, said or not.
// None for a name of another shape.
func lastObjectForms(name string) []string {
	if !strings.Contains(name, ") và ") {
		return nil // most names
	}
	t := strings.TrimRight(strings.TrimSpace(textnorm.Clean(name)), ":.;")
	i := strings.Index(t, " đối với ")
	j := strings.LastIndex(t, ") và ")
	if i < 0 || j < i {
		return nil
	}
	head, last := strings.TrimSpace(t[:i]), strings.TrimSpace(t[j+len(") và "):])
	if strings.ContainsAny(last, ",;()") || len(strings.Fields(last)) < 2 || len(strings.Fields(head)) < 3 {
		return nil
	}
	forms := []string{head + " " + last}
	if h, ok := strings.CutSuffix(head, " mới"); ok {
		forms = append(forms, h+" "+last)
	}
	return forms
}

// firstObjectForm is the name a procedure of lastObjectForms' shape is
// published under for its first object alone, the works, without their
// kinds: "Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV"
// (the 2026 decisions' short titles). ok is false for a name of another
// shape.
func firstObjectForm(name string) (string, bool) {
	if lastObjectForms(name) == nil {
		return "", false
	}
	t := textnorm.Clean(name)
	j := strings.LastIndex(t, ") và ")
	open := strings.LastIndex(t[:j], "(")
	if open < 0 {
		return "", false
	}
	head := strings.TrimSpace(t[:open])
	if len(strings.Fields(head)) < minWords+2 {
		return "", false
	}
	return head, true
}

// addAlias indexes t as another name of procedure i, unless it is no
// name or the catalogue already has it; added says it did, id is the
// name made.
func (ix *Index) addAlias(t string, i int) (id int32, added bool) {
	n := ix.normalize(t)
	if n.Key == "" {
		return -1, false
	}
	if d, dup := ix.byKey[n.Key]; dup {
		if nm := &ix.names[d]; nm.alias && ix.staleBeside(nm.procs, i) {
			// The same short form of a stale record and of the live
			// one that repeats it (brackets.go): the live one's.
			nm.procs = []int32{int32(i)}
			return d, true
		}
		return -1, false
	}
	return ix.addDerived(indexedName{alias: true, text: t}, n, i), true
}

// staleBeside reports whether use counts say procedures ps are stale
// records and procedure i the live one (staleUses, liveUses).
func (ix *Index) staleBeside(ps []int32, i int) bool {
	if !ix.live(int32(i)) {
		return false
	}
	for _, p := range ps {
		if !ix.stale(p) {
			return false
		}
	}
	return len(ps) > 0
}

// leadlessForm is a catalogue name without the label the list itself
// left in front of it ("Tên thủ tục:  Chấp thuận xây dựng công trình
// thiết yếu …"): portalNotesCut takes such labels off published names,
// which then read as the name without it.
func leadlessForm(name string) (string, bool) {
	return simpleLeadCut(textnorm.Clean(name))
}
