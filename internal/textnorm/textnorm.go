// Package textnorm normalises Vietnamese text so that the same procedure name,
// written the way different portals and catalogues write it, gives one key.
//
// Real portals differ in Unicode form (NFC or NFD), tone placement (hoà/hòa),
// i/y spelling (sĩ/sỹ), HTML entities, the Icelandic Ð typed for Đ, case,
// punctuation and line breaks. Clean fixes what a person would call the same
// text; Key goes further and gives the comparison key used by the catalogue
// index; Fold drops every diacritic for the last-resort accent-free match.
package textnorm

import (
	"html"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Name is the result of Normalize: one published or catalogued name in all
// the forms the matcher needs.
type Name struct {
	// Text is the name as a person reads it: entities decoded, NFC,
	// whitespace collapsed, an embedded procedure code removed.
	Text string
	// Key is the comparison key (see Key).
	Key string
	// Folded is Key without diacritics (see Fold).
	Folded string
	// Code is the procedure code embedded in the text ("… (1.010803)"), if any.
	Code string
}

// Normalize returns every form of s at once.
func Normalize(s string) Name {
	clean := Clean(s)
	rest, code := SplitCode(clean)
	key := keyOf(rest)
	return Name{Text: rest, Key: key, Folded: FoldKey(key), Code: code}
}

// pdfHorn puts back the horned u that text drawn out of PDF files made with
// the old Vietnamese fonts carries as the Latin letter oi ("đầu tƣ",
// "trƣờng"; the national list itself has it): Ƣ U+01A2, ƣ U+01A3.
var pdfHorn = strings.NewReplacer("ƣ", "ư", "Ƣ", "Ư")

// Clean decodes HTML entities, composes to NFC, replaces look-alike letters
// (Ð U+00D0 and ð U+00F0 for Đ/đ, Ƣ and ƣ for Ư/ư), turns every kind of
// space and line break (a zero-width space too) into one space, drops soft
// hyphens and zero-width joiners, and trims. It keeps case, punctuation
// and diacritics.
func Clean(s string) string {
	if isClean(s, true) {
		// Nearly every name a portal publishes is NFC already, in letters
		// composition cannot touch: no pass of the normaliser (it was a
		// tenth of the matcher's time).
		return s
	}
	if strings.IndexByte(s, '&') >= 0 {
		// Twice: portals double-escape ("&amp;#7889;") often enough. NFC
		// first, so that an entity next to a combining mark ("&Acirc" and
		// U+0301) reads the same in NFC and NFD text.
		s = html.UnescapeString(html.UnescapeString(norm.NFC.String(s)))
	}
	if strings.ContainsAny(s, "ƣƢ") {
		// Before composing: "ƣ" and a combining tone compose once it is "ư".
		s = pdfHorn.Replace(s)
	}
	s = norm.NFC.String(s)
	if isClean(s, false) {
		return s // most text is clean already: no copy
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == 'Ð':
			r = 'Đ'
		case r == 'ð':
			r = 'đ'
		case r == '\u00ad' || r == '\u200c' || r == '\u200d' || r == '\ufeff':
			continue // soft hyphen and zero-width joiners carry nothing
		}
		// A zero-width space parts two words as a space does ("Chứng
		// thực\u200bbản sao"): no Vietnamese syllable is broken by one.
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// isClean reports whether Clean would return NFC text s unchanged: no
// look-alike or invisible characters, no space but single ASCII spaces
// between words. With stable, s is not yet known to be NFC, and an
// entity or a letter outside nfcStable also says no.
func isClean(s string, stable bool) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prevSpace := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x80 {
			if c == ' ' {
				if prevSpace {
					return false
				}
				prevSpace = true
				continue
			}
			prevSpace = false
			if c < ' ' || (stable && c == '&') { // tabs, line breaks (other controls merely take the long way)
				return false
			}
			continue
		}
		prevSpace = false
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return false // invalid UTF-8: Clean writes U+FFFD in its place
		case r == 'Ð', r == 'ð', r == 'Ƣ', r == 'ƣ', r == '\u00ad', r == '\u200b', r == '\u200c', r == '\u200d', r == '\ufeff',
			unicode.IsSpace(r), r == '\u00a0':
			return false
		case stable && !nfcStable(r):
			return false
		}
		i += size - 1
	}
	return true
}

// nfcStable reports whether r is NFC, starts a normalisation segment and
// ends one: any string of such runes is NFC whatever their order. The
// ranges are the scripts Vietnamese names are written in (Latin letters,
// the precomposed Vietnamese ones, common punctuation), minus the few
// runes NFC replaces; TestNFCStable checks every rune of them.
func nfcStable(r rune) bool {
	switch {
	case r < 0x0300:
		return true // ASCII, Latin-1, Latin Extended-A and -B, IPA, modifiers
	case r >= 0x1EA0 && r <= 0x1EF9:
		return true // Latin Extended Additional: Vietnamese letters with tones
	case r >= 0x2010 && r <= 0x2027, r >= 0x2030 && r <= 0x205E:
		return true // dashes, quotes, ellipsis, primes
	}
	return false
}

// Key returns the comparison key of s: Clean, then lower case, tone marks
// placed by one rule, i for a lone y after a consonant (sỹ → sĩ), "ubnd" for
// "ủy ban nhân dân", "và" for "&", punctuation dropped, a leading "thủ tục"
// and a parenthesised code removed. Key is idempotent.
func Key(s string) string {
	rest, _ := SplitCode(Clean(s))
	return keyOf(rest)
}

// keyOf computes the key of already cleaned text with its code removed.
func keyOf(s string) string {
	s = Lower(s)
	if !isASCII(s) {
		// Lower case can make marks composable that were not ("Y̊" → "ẙ").
		s = norm.NFC.String(s)
	}
	var buf [48]string
	toks := tokens(buf[:0], s)
	for i, t := range toks {
		toks[i] = canonicalSyllable(t)
	}
	return JoinKey(toks)
}

// Tokens splits lower-case text into the words a key is made of (see
// tokens). Callers that key word by word, with a cache of each word's Key,
// split with Tokens and join with JoinKey to get exactly what Key gives.
func Tokens(s string) []string {
	// Sized once: a name of twenty words grown by append was five
	// allocations, the matcher's largest share of garbage.
	return tokens(make([]string, 0, strings.Count(s, " ")+1), s)
}

// AppendTokens is Tokens appending to out: a caller with a buffer of its
// own (on its stack) splits without allocating.
func AppendTokens(out []string, s string) []string {
	return tokens(out, s)
}

// JoinKey makes a key of words already in key form (each one its own Key):
// it drops a leading "thủ tục", "thủ tục hành chính" or "tthc", joins the
// words with spaces and shortens "ủy ban nhân dân" to "ubnd".
func JoinKey(words []string) string {
	words = gradesAsNumbers(oneSpelling(issuerUnsaid(datesAndRefs(countsAsNumbers(liaisonLead(StripLeading(words)))))))
	out := strings.Join(words, " ")
	if strings.Contains(out, ubndLong) {
		out = strings.ReplaceAll(out, ubndLong, "ubnd")
	}
	return out
}

// datesAndRefs applies datesAsNumbers and legalRefs until neither drops a
// word: each can bring words together the other reads ("3 tháng [Nghị
// quyết số] 5", "Nghị quyết số 5 [năm] 2024"), and Key must be
// idempotent.
func datesAndRefs(words []string) []string {
	for {
		n := len(words)
		if words = legalRefs(datesAsNumbers(words)); len(words) == n {
			return words
		}
	}
}

// legalRefs writes a reference to a legal document the way the
// catalogue mostly does, by its number alone: "(Nghị định số
// 85/2023/NĐ-CP)" and "(85/2023/NĐ-CP)" are one reference, and the
// issuer's initials after the number ("NĐ-CP", "QĐ-TTg") or its year
// already say it is a document. The kind and "số" go only before such a
// number (issuedNumberAt): "Quyết định phê duyệt …" keeps its act, and
// "Nghị định số 85 về …" its words. words is changed in place.
func legalRefs(words []string) []string {
	// Most names cite nothing: a reference needs a number and a kind's
	// second word ("định", "tư", "quyết").
	if !slices.ContainsFunc(words, AllDigits) || !slices.ContainsFunc(words, func(w string) bool {
		return slices.ContainsFunc(legalKindPairs, func(p [2]string) bool { return p[1] == w })
	}) {
		return words
	}
	out := words[:0]
	for i := 0; i < len(words); i++ {
		if n := legalKindAt(words, i); n > 0 {
			j := i + n
			if j < len(words) && (words[j] == "số" || words[j] == "so") {
				j++
			}
			if issuedNumberAt(words, j) {
				i = j - 1
				continue
			}
		}
		out = append(out, words[i])
	}
	return out
}

// LegalKinds are the kinds of legal document a reference names before
// its number, in key form and typed without marks.
var LegalKinds = []string{"nghị định", "quyết định", "thông tư", "nghị quyết",
	"nghi dinh", "quyet dinh", "thong tu", "nghi quyet"}

// legalKindAt is the length of the kind of legal document written at
// words[i] (LegalKinds), or 0.
func legalKindAt(words []string, i int) int {
	if i+1 >= len(words) || !slices.ContainsFunc(legalKindPairs, func(p [2]string) bool { return p[0] == words[i] && p[1] == words[i+1] }) {
		return 0
	}
	return 2
}

// legalKindPairs are LegalKinds word by word.
var legalKindPairs = func() [][2]string {
	out := make([][2]string, len(LegalKinds))
	for i, k := range LegalKinds {
		a, b, _ := strings.Cut(k, " ")
		out[i] = [2]string{a, b}
	}
	return out
}()

// issuedNumberAt reports whether words[j:] is a document's number: digits
// and its year, or digits then the issuer's initials ("85 2023 nđ cp",
// "613 qđ ttg", "16 2024").
func issuedNumberAt(words []string, j int) bool {
	if j >= len(words) || !AllDigits(words[j]) {
		return false
	}
	j++
	if j < len(words) && AllDigits(words[j]) {
		if len(words[j]) == 4 && (words[j][:2] == "19" || words[j][:2] == "20") {
			return true // a number and its year ("16/2024"): a document's
		}
		j++
	}
	if j >= len(words) {
		return false
	}
	return IssuerInitials(words[j])
}

// issuers are the words naming who issued a document, said after its
// number's initials (key form, and typed without marks): a decree
// ("NĐ-CP") is the Government's, a decision "QĐ-TTg" the Prime
// Minister's, whether a name says so or not ("… theo Nghị định số
// 14/2020/NĐ-CP [của Chính phủ]").
var issuers = []struct {
	initials [2]string
	said     [][]string
}{
	{[2]string{"nđ", "cp"}, [][]string{{"của", "chính", "phủ"}}},
	{[2]string{"nd", "cp"}, [][]string{{"của", "chính", "phủ"}, {"cua", "chinh", "phu"}}},
	{[2]string{"qđ", "ttg"}, [][]string{{"của", "thủ", "tướng", "chính", "phủ"}, {"của", "thủ", "tướng"}}},
	{[2]string{"qd", "ttg"}, [][]string{{"của", "thủ", "tướng", "chính", "phủ"}, {"cua", "thu", "tuong", "chinh", "phu"}, {"của", "thủ", "tướng"}, {"cua", "thu", "tuong"}}},
}

// issuerUnsaid drops the issuer a name says after a document's number
// whose initials already say it (issuers). words is changed in place.
func issuerUnsaid(words []string) []string {
	if !slices.Contains(words, "cp") && !slices.Contains(words, "ttg") {
		return words // most names
	}
	out := words[:0]
	for i := 0; i < len(words); i++ {
		out = append(out, words[i])
		if i == 0 {
			continue
		}
		for _, is := range issuers {
			if words[i-1] != is.initials[0] || words[i] != is.initials[1] {
				continue
			}
			for _, said := range is.said {
				if i+1+len(said) <= len(words) && slices.Equal(words[i+1:i+1+len(said)], said) {
					i += len(said)
					break
				}
			}
			break
		}
	}
	return out
}

// IssuerInitials reports whether a key word opens the issuer's part of a
// legal document's number: "NĐ-CP", "QĐ-TTg", "NQ-HĐND", "TT-BTC",
// "TTLT-…", "QH15", and the same typed without marks.
func IssuerInitials(w string) bool {
	switch w {
	case "nđ", "qđ", "tt", "nq", "ttlt", "qh", "ttg", "nd", "qd":
		return true
	}
	return false
}

// oneSpelling writes Cambodia one way: the catalogue itself says
// "Campuchia" in twelve names and "Căm-pu-chi-a" in one, and portals add
// "Cam - pu - chia" and "Căm – pu – chia". words is changed in place.
func oneSpelling(words []string) []string {
	if !slices.Contains(words, "pu") {
		return words
	}
	out := words[:0]
	for i := 0; i < len(words); i++ {
		if (words[i] == "căm" || words[i] == "cam") && i+2 < len(words) && words[i+1] == "pu" {
			switch {
			case words[i+2] == "chia":
				out = append(out, "campuchia")
				i += 2
				continue
			case words[i+2] == "chi" && i+3 < len(words) && words[i+3] == "a":
				out = append(out, "campuchia")
				i += 3
				continue
			}
		}
		out = append(out, words[i])
	}
	return out
}

// numberWord is the number a count may be written in ("một", "hai" …
// "mười"), as digits; "" for another word. A switch, not a map: every
// word of every key is asked.
func numberWord(w string) string {
	switch w {
	case "một":
		return "1"
	case "hai":
		return "2"
	case "ba":
		return "3"
	case "bốn":
		return "4"
	case "năm":
		return "5"
	case "sáu":
		return "6"
	case "bảy":
		return "7"
	case "tám":
		return "8"
	case "chín":
		return "9"
	case "mười":
		return "10"
	}
	return ""
}

// countedUnit reports whether a count before w counts it: times, units
// of the country, people, spans of time.
func countedUnit(w string) bool {
	switch w {
	case "lần", "tỉnh", "huyện", "xã", "phường", "người", "ngày", "tháng", "năm", "bước":
		return true
	}
	return false
}

// countsAsNumbers writes a count in words as a number: the catalogue
// says "trợ cấp một lần" and "trên phạm vi từ 02 tỉnh", portals "trợ cấp
// 1 lần" and "từ hai tỉnh". Only a number word before what it counts
// changes ("một phần", "một cửa", "ba mẹ" stay). words is changed in
// place.
func countsAsNumbers(words []string) []string {
	for i := 0; i+1 < len(words); i++ {
		if n := numberWord(words[i]); n != "" && countedUnit(words[i+1]) {
			words[i] = n
		}
	}
	return words
}

// gradeHead reports whether a grade's number follows w: "công trình cấp
// III", "hạng II", "loại I", "nhóm II", "bậc 2", "Phụ lục I", "mức độ
// IV".
func gradeHead(w string) bool {
	switch w {
	case "cấp", "hạng", "loại", "nhóm", "bậc", "lục", "độ":
		return true
	}
	return false
}

// romanGrade is a grade's Roman numeral as a number, "" for another
// word.
func romanGrade(w string) string {
	switch w {
	case "i":
		return "1"
	case "ii":
		return "2"
	case "iii":
		return "3"
	case "iv":
		return "4"
	case "v":
		return "5"
	}
	return ""
}

// RomanGrade reports whether a key word is a Roman numeral
// gradesAsNumbers may write as a number: "i" and "v" keep their length
// when it does, which a caller that tells a changed key by its length
// must know.
func RomanGrade(w string) bool { return romanGrade(w) != "" }

// gradesAsNumbers writes a grade's Roman numeral as a number: the
// catalogue says "công trình cấp III, cấp IV", "hạng I, II, III", and
// portals "cấp 3, cấp 4" as well. A numeral counts after a grade word
// or after another grade of the same list ("hạng I, II"). words is
// changed in place.
func gradesAsNumbers(words []string) []string {
	grade := false // the word before is a grade word or a grade
	for i, w := range words {
		if grade {
			if n := romanGrade(w); n != "" {
				words[i] = n
				continue
			}
		}
		grade = gradeHead(w) || grade && AllDigits(w)
	}
	return words
}

// datesAsNumbers writes a date the way portals do: "ngày 01 tháng 7 năm
// 2004" (catalogue) and "01/7/2004" (portal) are both "1 7 2004". Numbers lose
// their leading zeros ("01 tỉnh" is "1 tỉnh", "mẫu 02" "mẫu 2"), and
// "tháng" and "năm" between two numbers go. words is changed in place.
func datesAsNumbers(words []string) []string {
	changed := false
	for i, w := range words {
		if len(w) == 2 && w[0] == '0' && AllDigits(w) {
			words[i] = strings.TrimLeft(w, "0")
			if words[i] == "" {
				words[i] = "0"
			}
			changed = true
		}
	}
	if !changed && !slices.Contains(words, "tháng") && !slices.Contains(words, "năm") && !slices.Contains(words, "ngày") {
		return words
	}
	out := words[:0]
	for i, w := range words {
		if (w == "tháng" || w == "năm") && i > 0 && i+1 < len(words) && AllDigits(words[i-1]) && AllDigits(words[i+1]) {
			continue
		}
		// "ngày" before a date, which portals often leave out ("trước
		// 01/8/2024"); "30 ngày" (a time limit) keeps it.
		if w == "ngày" && i+2 < len(words) && AllDigits(words[i+1]) && (AllDigits(words[i+2]) || words[i+2] == "tháng") {
			continue
		}
		out = append(out, w)
	}
	return out
}

// AllDigits reports whether w is a non-empty run of ASCII digits (a
// number as a word of a name, a list number, a year).
func AllDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// ubndLong is "ủy ban nhân dân" in key form, shortened to "ubnd" as every
// portal abbreviates it.
var ubndLong = canonicalSyllable("ủy") + " ban nhân dân"

// StripLeading removes the openings that portals add and catalogues do
// not from key words: "thủ tục", "thủ tục hành chính", "tthc" (list
// numbering, "1", "a", is the crawler's and the matcher's business).
func StripLeading(toks []string) []string {
	for {
		switch {
		case len(toks) > 2 && toks[0] == "thủ" && toks[1] == "tục" && toks[2] == "hành" && len(toks) > 3 && toks[3] == "chính" && len(toks) > 4:
			toks = toks[4:]
		case len(toks) > 2 && toks[0] == "thủ" && toks[1] == "tục":
			toks = toks[2:]
		case len(toks) > 1 && toks[0] == "tthc":
			toks = toks[1:]
		default:
			return toks
		}
	}
}

// liaisonLead shortens the label of a joint procedure: "Liên thông thủ
// tục hành chính về …", "Liên thông các thủ tục hành chính về …" and
// "Liên thông về …" are all "liên thông …" (the national list writes the
// first two, portals all three). toks is changed in place.
func liaisonLead(toks []string) []string {
	for len(toks) > 3 && toks[0] == "liên" && toks[1] == "thông" {
		i := 2
		if toks[i] == "các" && toks[i+1] == "thủ" {
			i++
		}
		if i+1 < len(toks) && toks[i] == "thủ" && toks[i+1] == "tục" {
			i += 2
			if i+1 < len(toks) && toks[i] == "hành" && toks[i+1] == "chính" {
				i += 2
			}
		} else if i > 2 {
			return toks // "liên thông các …" without "thủ tục"
		}
		if i < len(toks) && toks[i] == "về" {
			i++
		}
		if i == 2 || len(toks)-i < 2 {
			return toks
		}
		toks = toks[:2+copy(toks[2:], toks[i:])]
	}
	return toks
}

// tokens splits lower-case text into words of letters and digits. "&" becomes
// the word "và"; every other punctuation mark separates words, dots between
// digits too ("150.000" gives "150 000"), so that no key holds a procedure
// code that Key would then remove (which would break idempotence).
// Words are appended to out.
func tokens(out []string, s string) []string {
	start := -1
	for i, r := range s {
		// ASCII first: most of the text is, and the unicode tables cost.
		// The Vietnamese letters with tones (U+1EA0–U+1EF9) are letters
		// without a search of the tables.
		word := r < 0x80 && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z') ||
			r >= 0x1EA0 && r <= 0x1EF9 ||
			r >= 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
		if word {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
		if r == '&' {
			out = append(out, "và")
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// Fold returns s without diacritics, đ as d, lower case, and with Key's
// punctuation rules. It is the last-resort key for text typed without accents.
func Fold(s string) string {
	return FoldKey(Key(s))
}

// FoldKey strips the diacritics of a key: it is Fold of text whose key
// k Key already gave, Fold(s) == FoldKey(Key(s)), without keying s again.
// Stripping can make text that Key would change again (a foreign mark
// over y leaves a lone y, which Key spells i; "tthç" becomes the prefix
// "tthc"), so the folded key is keyed and stripped again until it
// settles, which keeps Fold idempotent.
func FoldKey(k string) string {
	f := stripMarks(k)
	for i := 0; i < 4; i++ {
		g := stripMarks(Key(f))
		if g == f {
			break
		}
		f = g
	}
	return f
}

// stripMarks drops combining marks and turns đ into d.
func stripMarks(k string) string {
	d := norm.NFD.String(k)
	var b strings.Builder
	b.Grow(len(d))
	for _, r := range d {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ':
			r = 'd'
		}
		b.WriteRune(r)
	}
	out := b.String()
	if strings.Contains(out, "  ") || strings.HasPrefix(out, " ") || strings.HasSuffix(out, " ") {
		// A word of combining marks alone leaves nothing: close the gap.
		out = strings.Join(strings.Fields(out), " ")
	}
	return out
}
