package match

import (
	"iter"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hbollon/go-edlib"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// MatchKind says how a published entry was matched to the catalogue.
type MatchKind string

// The kinds of match, from the most to the least certain. An empty kind is
// no match.
const (
	MatchNone       MatchKind = ""
	MatchCode       MatchKind = "code"       // the entry's code is a catalogue code
	MatchExact      MatchKind = "exact"      // the cleaned text equals the name
	MatchNormalized MatchKind = "normalized" // equal keys (case, tones, sĩ/sỹ, punctuation, "Thủ tục")
	MatchFolded     MatchKind = "folded"     // equal without diacritics
	MatchPrefix     MatchKind = "prefix"     // a name cut short, the unique name it starts
	MatchFuzzy      MatchKind = "fuzzy"      // token similarity above the threshold, clear of the runner-up; or a shortened name standing in one name
	MatchAmbiguous  MatchKind = "ambiguous"  // close to several names: for review, not found
	MatchReview     MatchKind = "review"     // one best candidate not accepted (see Review): for a person, not found
)

// Match is the answer of Index.Match.
type Match struct {
	// Procedure is the matched procedure; nil when Kind is none or ambiguous.
	Procedure *catalog.Procedure
	Kind      MatchKind
	// Score is the confidence in [0,1]: 1 for code, exact and normalized.
	Score float64
	// Candidates are the procedures the entry could be when Kind is
	// ambiguous. For a definite match on a name that several procedures
	// share (one per level, say) they are every procedure with that name,
	// Procedure being the first (active first, then by code), so that the
	// caller can prefer the one it requires. Treat it as read-only: answers
	// are cached and shared.
	Candidates []*catalog.Procedure
	// Disputed is true when the entry's code and its name point at
	// different procedures. Conflict is the procedure the losing evidence
	// points at (nil when the name was ambiguous): the code wins unless the
	// name is an exact (or normalized, or folded) catalogue name far from
	// the code's procedure, which is then taken as a mistyped code. A name
	// matching nothing (a link text) never disputes a code.
	Disputed bool
	Conflict *catalog.Procedure
	// Outdated is true when the entry matched one of the procedure's
	// former names (catalog.Procedure.FormerNames): it is published, under
	// a name a later decision replaced, or as a phrase a later decision
	// renamed (renamed.go). FormerName is that name: the catalogue's former
	// name, or for a renamed phrase the published name.
	Outdated   bool
	FormerName string
	// Review is set when Kind is MatchReview: the candidate not accepted
	// and why.
	Review *Review
	// name is the indexed name matched, plus one (0: none).
	name int32
	// shortened: matched as a shortened or cut name (contained step,
	// prefix at a word boundary), which leaves catalogue words unpaired.
	shortened bool
	// guarded says guardWords hold the distinguishing words between the
	// entry and the name, as the fuzzy step found them.
	guarded    bool
	guardWords []string
	// guardSubst are the content words the fuzzy step found replaced
	// (diffResult.subst), when guarded.
	guardSubst []string
	// alsoReplaced are the content words replaced of a review the guard
	// made for distinguishing words (guard): the level word it names may
	// be the one the portal's level chose, the act it replaced not.
	alsoReplaced []string
}

// Found reports whether the match names one procedure.
func (m Match) Found() bool { return m.Procedure != nil }

// Thresholds of the fuzzy and prefix steps, tuned on
// testdata/matching/corpus.tsv.
const (
	// FuzzyThreshold is the least fuzzy score accepted.
	FuzzyThreshold = 0.86
	// FuzzyMargin is how far ahead of the runner-up the best must be.
	FuzzyMargin = 0.06
	// disputeBelow is the name-to-code-procedure similarity under which a
	// code and a name are said to disagree.
	disputeBelow = 0.5
	// maxAmbiguous caps the candidates listed for review.
	maxAmbiguous = 8
)

// Match finds the procedure an entry stands for: text as the portal shows
// it, code if the portal showed one (any form: "1.001193",
// "1.001193.000.00.00.H01"). A code embedded in text ("… (1.010803)") is
// used when code is empty. The cascade is code → exact name → normalized
// key → accent-free key (current and former names) → the same on the name
// rewritten without labels, numbering, qualifiers and abbreviations, and
// on its core beside the catalogue names' cores (rewrite.go, core.go) →
// unique prefix of a name cut short → fuzzy → a shortened name standing
// in one catalogue name (match_contained.go) → a reworded name
// (review.go) → the name under the wording a later decision gave it
// (renamed.go). Every loose step is guarded by the distinguishing words
// (distinguish.go, review.go): a candidate it refuses is returned as
// MatchReview, never as a match.
func (ix *Index) Match(text, code string) Match {
	return ix.MatchIn(text, code, Context{})
}

// MatchIn is Match with what the page says around the entry: its level,
// heading and agency choose between twins the catalogue lists once per
// level (see Context), and the agency between twins it lists once per
// agency (agency.go). Answers are kept by entry and page (answerKey)
// and shared between callers: treat a Match as read-only.
func (ix *Index) MatchIn(text, code string, ctx Context) Match {
	key, ok := answerKey(text, code, ctx)
	if !ok {
		return ix.matchInUncached(text, code, ctx.withLevels())
	}
	if m, ok := ix.answers.get(key); ok {
		return m
	}
	m := ix.matchInUncached(text, code, ctx.withLevels())
	ix.answers.put(key, m)
	return m
}

// maxAnswers bounds the answers MatchIn keeps (a few hundred bytes each).
const maxAnswers = 100000

// answerKey holds all MatchIn reads of an entry: its text, its code and
// the page's heading, level and agency, apart by NUL; an entry alone is
// its text. ok is false for a text holding a NUL, which could pass for
// another entry's key; it is not kept.
func answerKey(text, code string, ctx Context) (string, bool) {
	if strings.IndexByte(text, 0) >= 0 {
		return "", false
	}
	if code == "" && ctx.Heading == "" && ctx.Level == "" && ctx.Agency == "" {
		return text, true
	}
	return strings.Join([]string{text, code, ctx.Heading, string(ctx.Level), ctx.Agency}, "\x00"), true
}

// matchInUncached is MatchIn without its answer cache.
func (ix *Index) matchInUncached(text, code string, ctx Context) Match {
	// A catalogue name as written is read as written: the cuts below are
	// for what portals write around one (and cost a third of an exact
	// match's time).
	_, exact := ix.byExact[text]
	if t, ok := oneSpaced(text); ok && !exact {
		// "QT01.&nbsp;Cấp bản sao từ sổ gốc", two spaces where a page's
		// editor typed them: a browser shows one, and the cuts below
		// read words apart by one.
		text = t
		_, exact = ix.byExact[text]
	}
	var pre *textnorm.Name // the text normalized, when mayMend did
	written, mended := text, false
	if !exact {
		if t, ok := sentenceCased(text); ok {
			// "Đổi Giấy Phép Lái Xe Trực Tuyến" (titlecase.go).
			text, mended = t, true
			_, exact = ix.byExact[text]
		}
	}
	if !exact {
		n, mend := ix.mayMend(text)
		pre = &n
		mendWith := ix.mendWords
		if mend == mendTones {
			mendWith = ix.retoned
		}
		if mend != mendNone {
			if t, ok := mendWith(text); ok {
				text, pre, mended = t, nil, true
				_, exact = ix.byExact[text]
			}
		}
	}
	graded := false
	if !exact {
		if t, ok := portalNotesCut(text); ok {
			// "… (Sử dụng máy X quang chẩn đoán trong y tế) (Mức độ
			// 4)", "[DVCTT] …", "“…”": what a portal writes around a
			// name is no part of any, and read where it stands it hides
			// the bracket before it from the steps that cut brackets
			// last first.
			text, graded = t, true
		}
	}
	if graded {
		pre = nil // the notes cut: another text
	}
	m := ix.matchInWith(text, code, ctx, pre)
	if !exact && m.Procedure == nil {
		if t, ok := ownLevelLeadCut(text, ctx.level()); ok {
			// "Cấp xã: Đăng ký kết hôn lần đầu": as below, for a code.
			if alt, ok := ix.atOwnLevel(t, code, ctx); ok {
				m = alt
			}
		}
	}
	if !exact && m.Kind != MatchExact && m.Kind != MatchCode {
		if t, ok := ownLevelNoteCut(text, ctx.level()); ok {
			if m.Procedure == nil {
				if alt, ok := ix.atOwnLevel(t, code, ctx); ok {
					m = alt
				}
			} else if bare := ix.matchInWith(t, code, ctx, nil); bare.Procedure == nil && bare.Review != nil && bare.Review.Candidate == m.Procedure {
				// "Đăng ký khai tử, Xóa đăng ký thường trú - UBND
				// huyện": the qualifier only loosened what the bare
				// name's checks hold in doubt (a list of two).
				m = bare
			}
			// Otherwise a review stays the one made of the whole, whose
			// level words may be the name's own ("… (cấp xã)").
		}
	}
	if r, ok := ix.reissueSaid(text, code, ctx, m); ok {
		// "Cấp Giấy phép … do bị mất": a paper issued again (reissue.go).
		m = r
	}
	if r, ok := ix.reasonSaidOtherwise(text, code, m); ok {
		// "Cấp lại … do mất, rách, hỏng hoặc sai sót thông tin" for the
		// catalogue's "… do mất, rách, hỏng" (reasons.go).
		m = r
	}
	if r, ok := ix.caseNamed(text, code, ctx, m); ok {
		// "Xóa đăng ký phương tiện (trường hợp …)": a variant the
		// catalogue lists apart (subcase.go).
		m = r
	}
	if m.Kind == MatchFuzzy && holdsAny(text, listJoiners) && !holdsAny(m.Procedure.Name, listJoiners) {
		// "… đối với cơ sở sản xuất và kinh doanh thực phẩm": a list
		// joined by a word is the list joined by commas, which the steps
		// read as one ("… sản xuất, kinh doanh …" names the trade and
		// the production both, no procedure of the trade alone); the
		// fuzzy answer stands only when the list's answer does not
		// refuse or contradict it. A name with "và" of its own ("…
		// phát hiện và cấp lại …") is the entry's "và", not a list.
		alt := ix.matchIn(listJoined(text), code, ctx)
		switch {
		case alt.Procedure == nil && (alt.Review != nil || alt.Kind == MatchAmbiguous):
			m = alt
		case alt.Procedure != nil && alt.Procedure != m.Procedure:
			m = reviewOf(m.Procedure, m.Score, ReasonClose, nil)
		}
	}
	if (m.Kind == MatchFuzzy || m.Kind == MatchPrefix) && ix.listsBeside(text, ix.nameOf(m)) {
		// "Đăng ký kết hôn và nhận cha, mẹ, con có yếu tố nước ngoài":
		// the words the name lacks make, in its frame, another
		// catalogue name; the entry lists both, and neither is found.
		m = reviewOf(m.Procedure, m.Score, ReasonClose, nil)
	}
	if graded || mended {
		m = notAsWritten(m)
	}
	if mended && m.Outdated && m.FormerName == textnorm.Clean(text) {
		// A renamed phrase's published name: as the portal wrote it,
		// not as mended ("… cai chính …").
		m.FormerName = textnorm.Clean(written)
	}
	if t, ok := ix.fuzzyTwin(m, text, ctx); ok {
		m = t
	}
	if (m.Kind == MatchAmbiguous || m.Review != nil && m.Review.Reason == ReasonTwins) && ctx.Agency != "" {
		if p, ok := agencyTwin(m.Candidates, ctx.Agency); ok {
			return Match{Procedure: p, Kind: MatchNormalized, Score: agencyTwinScore}
		}
	}
	return m
}

// atOwnLevel is the code text t finds (an entry without a qualifier
// repeating the portal's own level: ownLevelNoteCut, ownLevelLeadCut),
// that level read as the entry's own heading so that it still chooses
// a twin: "Đăng ký kết hôn lần đầu - UBND xã" on a commune's portal. ok
// is false when t finds none.
func (ix *Index) atOwnLevel(t, code string, ctx Context) (Match, bool) {
	alt := ix.matchInWith(t, code, ctx.saying(ctx.level()), nil)
	if alt.Procedure == nil {
		return Match{}, false
	}
	return notAsWritten(alt), true
}

// mayMend is text normalized, and how it may be mended: no exact lookup
// finds it, and it holds a word no catalogue name writes or a mark
// between two letters (mendWords), or only a word written without its
// marks (retoned). Most entries (a name spelt another way, in capitals)
// pay nothing more, their normalized form passed on.
func (ix *Index) mayMend(text string) (textnorm.Name, mendKind) {
	n := ix.normalize(text)
	if _, ok := ix.byKey[n.Key]; ok || len(ix.byFold[n.Folded]) > 0 {
		return n, mendNone // found as it is, or twins: the exact steps' (exactSteps)
	}
	for w := range strings.FieldsSeq(n.Key) {
		if f, ok := ix.words.folds[w]; !ok || !oneSyllable(f) {
			// A piece ("đăn", "c" of "tụ c"), a run of two words, a
			// typo, an abbreviation.
			return n, mendAll
		}
	}
	switch {
	case brokenByMark(text):
		return n, mendAll
	case ix.mayRetone(n.Key):
		return n, mendTones
	}
	return n, mendNone
}

// mendKind is what mayMend found an entry may need.
type mendKind int

const (
	mendNone  mendKind = iota
	mendAll            // mendWords
	mendTones          // retoned alone: every word is a catalogue word
)

// brokenByMark reports whether a punctuation mark stands between two
// letters ("trìn,h"), what joinBroken mends.
func brokenByMark(t string) bool {
	for i := 1; i+1 < len(t); i++ {
		switch t[i] {
		case ',', '.', ';', '\'', '`':
			prev, _ := utf8.DecodeLastRuneInString(t[:i])
			next, _ := utf8.DecodeRuneInString(t[i+1:])
			if unicode.IsLetter(prev) && unicode.IsLetter(next) {
				return true
			}
		}
	}
	return false
}

// mendWords is text with its broken and run-together words mended: "Cấ,p
// thẻ tư vấn viên pháp luật", "công trìn,h" (a mark inside a
// word, whose pieces no name writes and whose whole a name does), "Chấm
// dứthoạt động" (a space left out), "Trợ cấp xã hộ i hàng tháng", "đ
// ủđiều kiện" (a space inside a word). Read mended from the start, the
// entry is what the portal meant in every step, a list's check and a
// level's included. ok is false when nothing moved.
func (ix *Index) mendWords(text string) (string, bool) {
	t, broken := ix.joinBroken(text)
	t, moved := ix.mendAround(t)
	t, toned := ix.retoned(t)
	return t, broken || moved || toned
}

// mendMargin is how many words either side of an unsettled word the
// mending steps read. A step moves an unsettled word, or the space
// between it and a neighbour, by reading the words beside it, and what
// it writes is syllables a name writes (settledWord): one word either
// side would do (TestMendAroundReadsAsWhole passes with 1 and fails with
// 0); the second keeps a moved neighbour's own neighbour in reach.
const mendMargin = 2

// mendAround runs the steps that mend a word's letters and spaces
// (splitJoined, joinSpaced, spacesShifted, unswapped, in that order) on
// the stretches of t around its unsettled words only, each with
// mendMargin words either side: a long name typed with one slip is
// mended at the slip, not read whole four times over. ok is false when
// nothing moved.
func (ix *Index) mendAround(t string) (string, bool) {
	// The words' byte ranges, apart by single spaces as the steps split
	// them; most names have fewer than 48.
	var wordBuf [48][2]int
	words := wordBuf[:0]
	for from := 0; ; {
		sp := strings.IndexByte(t[from:], ' ')
		if sp < 0 {
			words = append(words, [2]int{from, len(t)})
			break
		}
		words = append(words, [2]int{from, from + sp})
		from += sp + 1
	}
	var spanBuf [4][2]int
	spans := spanBuf[:0] // word ranges to mend, in order, apart
	for i, w := range words {
		if ix.settledWord(t[w[0]:w[1]]) {
			continue
		}
		a, b := max(0, i-mendMargin), min(len(words)-1, i+mendMargin)
		if n := len(spans); n > 0 && a <= spans[n-1][1]+1 {
			spans[n-1][1] = b
		} else {
			spans = append(spans, [2]int{a, b})
		}
	}
	var out strings.Builder // written from the first stretch mended on
	done := 0               // bytes of t written to out
	for _, s := range spans {
		from, to := words[s[0]][0], words[s[1]][1]
		m, ok := ix.mendSpan(t[from:to])
		if !ok {
			continue
		}
		out.WriteString(t[done:from])
		out.WriteString(m)
		done = to
	}
	if out.Len() == 0 {
		return t, false // no stretch moved
	}
	out.WriteString(t[done:])
	return out.String(), true
}

// mendSpan runs mendAround's steps on t whole.
func (ix *Index) mendSpan(t string) (string, bool) {
	t, split := ix.splitJoined(t)
	t, joined := ix.joinSpaced(t)
	t, shifted := ix.spacesShifted(t)
	t, swapped := ix.unswapped(t)
	return t, split || joined || shifted || swapped
}

// settledWord reports whether no step of mendAround moves word w or
// moves a neighbour for it: it holds no letter, or its letters, marks
// around them aside, are one syllable a catalogue name writes as written
// (not a lone letter, which a broken word leaves behind).
func (ix *Index) settledWord(w string) bool {
	_, core, _, ok := wordCore(w)
	if !ok {
		return true
	}
	return len(core) > 1 && lettersOnly(core) && ix.syllableAsWritten(core)
}

// notAsWritten is m found on a text the portal did not write (its notes
// cut, an act or a case read into it): an exact match is the catalogue's
// name, but not as written.
func notAsWritten(m Match) Match {
	if m.Kind == MatchExact {
		m.Kind, m.Score = MatchNormalized, min(m.Score, notedScore)
	}
	return m
}

// matchIn is MatchIn on text spaced once and without a portal's notes,
// before the agency chooses a twin.
func (ix *Index) matchIn(text, code string, ctx Context) Match {
	return ix.matchInWith(text, code, ctx, nil)
}

// matchInWith is matchIn with text already normalized when pre is not
// nil.
func (ix *Index) matchInWith(text, code string, ctx Context, pre *textnorm.Name) Match {
	truncated := isTruncated(text)
	if code == "" && !truncated && !textnorm.MayHoldCode(text) {
		// Most portals copy the catalogue's names: a name exactly as the
		// catalogue writes it (no code to read in it) needs no normalising.
		if id, ok := ix.byExact[text]; ok {
			return writtenFirst(ix.exactMatch(id, MatchExact, 1, ctx), text)
		}
		// A menu item, headline or odd name met before: its text alone
		// (no code in it, none given) decided that the exact steps find
		// nothing and the loose ones what they found, so the answer is
		// cached under it; normalising it again is not needed.
		if m, ok := ix.fuzzyCache.get(looseCacheKey(text, ctx)); ok {
			return m
		}
	}
	var n textnorm.Name
	if pre != nil {
		n = *pre
	} else {
		n = ix.normalize(text)
	}
	var c string
	if code != "" {
		if c = textnorm.ReduceCode(code); c == "" {
			c = textnorm.FindCode(code)
		}
	}
	if c == "" {
		c = n.Code
	}
	if c == "" && hasDigit(n.Text) {
		// A code anywhere in the text, say "Mã: 1.001193 – Đăng ký …".
		c = textnorm.FindCode(n.Text)
	}
	if c == "" {
		return ix.matchName(n, text, truncated, ctx)
	}
	pi, ok := ix.byCode[c]
	if !ok {
		return ix.matchName(n, text, truncated, ctx)
	}
	return ix.byPrintedCode(n, text, truncated, ctx, pi)
}

// has reports whether p is the match or one of its candidates.
func (m Match) has(p *catalog.Procedure) bool {
	if m.Procedure == p {
		return true
	}
	for _, c := range m.Candidates {
		if c == p {
			return true
		}
	}
	return false
}

// oneSpaced is s with every run of white space (no-break spaces, tabs,
// line breaks) one plain space, ends trimmed; ok is false when s has
// none to change, as nearly every name.
func oneSpaced(s string) (string, bool) {
	if !oddSpace(s) {
		return s, false
	}
	return strings.Join(strings.Fields(s), " "), true
}

// oddSpace reports whether s holds white space other than single plain
// spaces between words, in one pass over its bytes (every name goes
// through it): two spaces, a space at either end, a tab or line break,
// a no-break space (C2 A0) or U+0085, or the other spaces Unicode
// names: U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000.
func oddSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				return true
			}
		case c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			return true
		case c == 0xC2:
			if i+1 < len(s) && (s[i+1] == 0xA0 || s[i+1] == 0x85) {
				return true
			}
		case c == 0xE2:
			if i+2 < len(s) && (s[i+1] == 0x80 && (s[i+2] <= 0x8A || s[i+2] == 0xA8 || s[i+2] == 0xA9 || s[i+2] == 0xAF) || s[i+1] == 0x81 && s[i+2] == 0x9F) {
				return true
			}
		case c == 0xE1:
			if i+2 < len(s) && s[i+1] == 0x9A && s[i+2] == 0x80 {
				return true
			}
		case c == 0xE3:
			if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x80 {
				return true
			}
		}
	}
	return false
}

// isTruncated reports whether a listing cut the text short with an
// ellipsis.
func isTruncated(text string) bool {
	// "…;": a list item's end after the listing's mark.
	t := strings.TrimRight(text, " \t\r\n\u00a0;")
	if u, ok := strings.CutSuffix(t, "."); ok && strings.HasSuffix(u, "…") {
		t = u // "…." closes a sentence the listing cut
	}
	// A name never ends on an open bracket or a comma: the listing cut it.
	return strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...") ||
		strings.HasSuffix(t, "&hellip;") || strings.HasSuffix(t, "&#8230;") ||
		strings.HasSuffix(t, "(") || strings.HasSuffix(t, ",") || endsOnJoiner(t)
}

// danglingWords never end a procedure's name: a name that stops on one
// was cut by a listing that marked no cut ("Thủ tục đăng ký kết hôn có
// yếu tố nước ngoài tại", of "… tại khu vực biên giới"). Of the national
// list's 2,929 names none ends on one; "vào" ("cho phép đón đoàn vào"),
// "có" ("hiện có"), "được" ("đạt được") and "theo" ("kèm theo") may, and
// are not here.
var danglingWords = map[string]bool{
	"tại": true, "của": true, "cho": true, "đối": true, "với": true, "và": true, "hoặc": true,
	"thuộc": true, "trong": true, "giữa": true, "từ": true, "bằng": true, "để": true, "các": true,
	"những": true, "do": true, "khi": true, "bị": true, "là": true, "mà": true, "nếu": true,
}

// maxDanglingBytes is the longest dangling word in bytes ("những").
const maxDanglingBytes = 8

// endsOnJoiner reports whether t stops on a dangling word, or on
// "trường hợp" that no "mọi" or "các" comes before ("… cho mọi trường
// hợp" ends a name).
func endsOnJoiner(t string) bool {
	t = strings.TrimRight(t, " .;:")
	i := strings.LastIndexByte(t, ' ')
	if i < 0 {
		return false
	}
	last := t[i+1:]
	if r, _ := utf8.DecodeRuneInString(last); unicode.IsUpper(r) && len(last) <= maxDanglingBytes {
		last = strings.ToLower(last) // most names end in lower case
	}
	if last == "hợp" {
		w := strings.Fields(strings.ToLower(t[max(0, i-24):i]))
		return len(w) > 1 && w[len(w)-1] == "trường" && w[len(w)-2] != "mọi" && w[len(w)-2] != "các"
	}
	return danglingWords[last]
}

// matchName runs the name steps of the cascade: n is text normalized.
func (ix *Index) matchName(n textnorm.Name, text string, truncated bool, ctx Context) Match {
	if n.Key == "" {
		return Match{}
	}
	if truncated {
		// "Đăng ký khai sinh…" is a full name and the start of longer
		// ones: a cut name is one of them, and the listing does not say
		// which.
		if m, ok := ix.matchPrefix(n, true); ok {
			return m
		}
		if t := withoutSimpleLeads(text); t != text {
			// "1. Cho thuê, cho thuê mua nhà ở xã hội…", "Tên thủ tục:
			// …": the start of a name after the list's number or label.
			if m, ok := ix.matchPrefix(ix.normalize(t), true); ok {
				return m
			}
		}
		if t, ok := leadLabelCut(withoutSimpleLeads(text)); ok && !strings.HasSuffix(t, ")") {
			// "Bộ phận Một cửa: Đăng ký dự thi … chứng chỉ kế…": the
			// start of a name after a page's labels. Labels that said a
			// level leave it in a bracket, for the steps below to read.
			if m, ok := ix.matchPrefix(ix.normalize(t), true); ok {
				return m
			}
		}
		if s, ok := seqOf(n); ok {
			if e, ok := ix.spelledOut(s); ok {
				// "Thủ tục cấp GCN đủ điều kiện … thể thao đối…": the
				// start of a name, abbreviations spelt out. The steps
				// below would read the whole form and drop the cut
				// qualifier, leaving the plain name it goes beyond.
				if m, ok := ix.matchPrefix(e.name(), true); ok {
					return m
				}
			}
		}
	}
	if !truncated {
		if m, ok := ix.matchElided(text); ok {
			return m
		}
	}
	if m, id, ok := ix.exactSteps(n, 1); ok {
		if id >= 0 {
			return writtenFirst(ix.exactMatch(id, m.Kind, m.Score, ctx), n.Text)
		}
		return m
	}
	// What follows is the costly part; portals repeat their menus,
	// headlines and odd names on every page.
	ck := looseCacheKey(text, ctx)
	if m, ok := ix.fuzzyCache.get(ck); ok {
		return m
	}
	m := ix.matchLoose(n, text, truncated, ctx)
	if truncated && m.Procedure != nil {
		if ids := ix.cutAmong(n, m); len(ids) > 1 {
			// "Hồ sơ thủ tục cấp Giấy chứng nhận … hoạt động thể thao
			// …": found loosely, a cut name stops where several names
			// go on alike, and the listing does not say which.
			m = ix.ambiguous(ids)
		}
	}
	ix.fuzzyCache.put(ck, m)
	return m
}

// maxCutTail is how many of a cut entry's last words may stand after
// the word where it leaves the name it found ("… thể thao [đối với]…").
const maxCutTail = 3

// cutAmong returns the current names that open like m's name up to where
// the cut entry n stops in it, m's among them: the names n may be the
// start of. The entry stops at the last of its final maxCutTail words
// that m's name holds; nil when it holds none.
func (ix *Index) cutAmong(n textnorm.Name, m Match) []int32 {
	id := ix.nameOf(m)
	if id < 0 {
		return nil
	}
	name := ix.names[id].keyTok
	words := strings.Fields(n.Key)
	stop := -1
	for i := len(words) - 1; i >= 0 && i >= len(words)-maxCutTail && stop < 0; i-- {
		for j := len(name) - 1; j >= 0 && stop < 0; j-- {
			if name[j] == words[i] {
				stop = j // the last place it stands
			}
		}
	}
	if stop < minWords-1 {
		return nil
	}
	p := strings.Join(name[:stop+1], " ")
	var ids []int32
	for _, e := range ix.prefixRange(ix.sortedKey, p, keyOfName) {
		if k := ix.names[e].key; !ix.names[e].derived() && (len(k) == len(p) || k[len(p)] == ' ') {
			ids = append(ids, e)
		}
	}
	if !slices.Contains(ids, id) {
		// Past the first maxAmbiguous+1 names, or an alias: m's name
		// opens with p all the same (p is its words).
		ids = append(ids, id)
	}
	// An alias and its own name are one procedure, no choice.
	procs := map[int32]bool{}
	for _, e := range ids {
		for _, pi := range ix.names[e].procs {
			procs[pi] = true
		}
	}
	if len(procs) < 2 {
		return nil
	}
	return ids
}

// looseCacheKey is the key of the loose steps' answer for text: it holds
// all the context the steps read, the level (from heading, portal or
// agency) and the heading's own level, which chooses between twins
// (exactMatch); with the first alone, two entries of one text under
// different headings shared an answer, the first one matched.
func looseCacheKey(text string, ctx Context) string {
	return text + "\x00" + string(ctx.level()) + "\x00" + string(ctx.ownLevel())
}

// matchLoose runs the steps after the exact ones: rewritten forms, prefix,
// fuzzy, shortened, reworded, and last the published name renamed
// (renamed.go) when nothing else found it.
func (ix *Index) matchLoose(n textnorm.Name, text string, truncated bool, ctx Context) Match {
	m := ix.matchLooseAsWritten(n, text, truncated, ctx)
	if m.Procedure != nil || m.Kind == MatchAmbiguous {
		return m
	}
	for _, rewrite := range caseRewrites {
		if t, ok := rewrite(text); ok {
			if mm := ix.matchLooseAsWritten(ix.normalize(t), t, truncated, ctx); mm.Procedure != nil && !ix.caseSibling(ix.nameOf(mm)) {
				return mm
			}
		}
	}
	return m
}

// caseSibling reports whether the catalogue lists name id with a case
// said in the run after it, as another procedure ("X trong trường hợp
// bị mất" beside X): an entry of that shape whose words found nothing
// as written (a typo in its case, "… trường hợp bị ấmt") is the
// sibling as likely as X, so caseRewrites do not answer X.
func (ix *Index) caseSibling(id int32) bool {
	if id < 0 {
		return false
	}
	for _, o := range []string{"trong trường hợp", "đối với trường hợp"} {
		if len(ix.prefixRange(ix.sortedKey, ix.names[id].key+" "+textnorm.Key(o)+" ", func(nm *indexedName) string { return nm.key })) > 0 {
			return true
		}
	}
	return false
}

// caseRewrites write a case where names say it, in a closing bracket,
// for an entry that found nothing as written: "(Cấp lần đầu đối với
// phương tiện chưa khai thác) Cấp Giấy chứng nhận đăng ký phương tiện
// thủy nội địa", where the case in front hides the act
// (frontBracketMoved); "Cấp lại Chứng chỉ kiểm định viên đối với trường
// hợp bị hỏng hoặc mất", the case said in the run of the name
// (caseClauseBracketed).
var caseRewrites = []func(string) (string, bool){frontBracketMoved, caseClauseBracketed}

// caseOpeners open a case said in the run of a name, last in it: "…
// đối với trường hợp …", "… trong trường hợp …".
// A title in capitals ("CẤP LẠI … ĐỐI VỚI TRƯỜNG HỢP …") says them so.
var caseOpeners = []string{" đối với trường hợp ", " trong trường hợp ", " Đối với trường hợp ", " Trong trường hợp ",
	" ĐỐI VỚI TRƯỜNG HỢP ", " TRONG TRƯỜNG HỢP "}

// caseClauseBracketed is text with its closing case clause in a bracket
// ("… (trường hợp bị hỏng hoặc mất)"); ok is false when text has none,
// or a bracket after it.
func caseClauseBracketed(text string) (string, bool) {
	if !strings.Contains(text, "rường hợp") && !strings.Contains(text, "RƯỜNG HỢP") {
		return "", false // most names, without cleaning them
	}
	t := strings.TrimRight(strings.TrimSpace(text), ".;:")
	at, opener := -1, ""
	for _, o := range caseOpeners {
		if i := strings.LastIndex(t, o); i > at {
			at, opener = i, o
		}
	}
	if at < 0 {
		return "", false
	}
	head, cases := t[:at], t[at+len(opener):]
	if strings.ContainsAny(cases, "()") || len(strings.Fields(head)) < minWords || cases == "" {
		return "", false
	}
	return head + " (trường hợp " + cases + ")", true
}

// frontBracketMoved is text with a bracket opening it (after a number
// or tag) put at its end; ok is false when text opens with none, or
// with a level ("(Cấp tỉnh) …"), which the steps read where it stands.
func frontBracketMoved(text string) (string, bool) {
	// "1. (Cấp lần đầu …) Cấp …", "[DVCTT] (…) …": the bracket opens
	// the name after the list's number or tag.
	t := withoutSimpleLeads(strings.TrimLeft(text, " \t\u00a0"))
	if !strings.HasPrefix(t, "(") {
		return "", false // most names, without cleaning them
	}
	end := strings.IndexByte(t, ')')
	if end < 0 {
		return "", false
	}
	inner, rest := t[1:end], strings.TrimSpace(t[end+1:])
	if len(strings.Fields(rest)) < minWords || levelIn(textnorm.Fold(inner)) != "" {
		return "", false
	}
	return rest + " (" + inner + ")", true
}

// matchLooseAsWritten is matchLoose on the text as the portal wrote it.
func (ix *Index) matchLooseAsWritten(n textnorm.Name, text string, truncated bool, ctx Context) Match {
	var clean []cleanForm
	m := ix.matchSteps(n, text, truncated, ctx, &clean)
	if m.Procedure == nil && m.Kind != MatchAmbiguous && !truncated {
		if r, ok := ix.renamedMatch(clean, text, ctx); ok {
			m = r
		}
	} else if m.Kind == MatchFuzzy && !truncated && holdsRenamedPhrase(clean) {
		// "Thủ tục cấp bản sao hộ tịch từ sổ gốc" found "Thủ tục cấp
		// bản sao từ sổ gốc" loosely; a phrase the law renamed
		// (renamings) stands in no current name, so the name it became
		// says better which procedure the entry is.
		if r, ok := ix.renamedMatch(clean, text, ctx); ok && r.Procedure != nil {
			m = r
		}
	} else if m.Kind == MatchFuzzy && !truncated && opensWithOldAct(clean) {
		// "Giải quyết chế độ đối với thân nhân liệt sĩ": the fuzzy step
		// reads the act Decree 131/2021 renamed as a rewording ("chế độ
		// [trợ cấp ưu đãi]", split.go regimeWords); the renamed step
		// finding the same procedure says the title is the old one.
		if r, ok := ix.renamedMatch(clean, text, ctx); ok && r.Procedure == m.Procedure {
			m = r
		}
	}
	if (m.Kind == MatchFuzzy || m.Kind == MatchPrefix) && !truncated && ix.groupTwinNames[ix.nameOf(m)] {
		// Found loosely; a name the entry writes word for word (but for
		// a portal's notes) stays.
		if twins := ix.groupTwins(withoutSimpleLeads(text)); twins != nil {
			return ix.ambiguous(twins) // groups.go
		}
	}
	forms := append([]cleanForm{{name: n}}, clean...) // as written, then without a number, label or note
	if m.Procedure != nil && ix.actsListed(forms, ix.nameOf(m)) {
		// "Cấp, cấp lại X" names two procedures where the catalogue has
		// one per act: neither is the entry.
		return reviewOf(m.Procedure, m.Score, ReasonClose, nil)
	}
	if (m.Kind == MatchFuzzy || m.Kind == MatchPrefix) && (ix.namesMore(n.Text, ix.nameOf(m)) || slashedPair(n.Text) && !slashedPair(m.Procedure.Name)) {
		// "Đăng ký khai tử, Xóa đăng ký thường trú" is no "Xóa đăng ký
		// thường trú", "Đăng ký khai sinh/khai tử …" no "Đăng ký khai
		// sinh …" (listitems.go).
		return reviewOf(m.Procedure, m.Score, ReasonClose, nil)
	}
	if m.Procedure != nil && m.Kind != MatchExact && m.Kind != MatchCode && ix.namesTwo(n.Text, ix.nameOf(m)) {
		// "A; B", "A - B", "A/B" where A is a name of its own is no B,
		// however B was found: loosely, or word for word once a cut
		// took A for a badge ("Công nhận khu vực biển cấp tỉnh - …").
		return reviewOf(m.Procedure, m.Score, ReasonClose, nil)
	}
	if m.Kind == MatchFuzzy || m.Kind == MatchPrefix {
		if added := ix.itemAdded(n.Text, n.Folded, ix.nameOf(m)); len(added) > 0 {
			return reviewOf(m.Procedure, m.Score, ReasonDistinguishing, added)
		}
	}
	if m.Procedure != nil {
		// "1. Thủ tục chứng thực bản sao … của nước ngoài; …" as well.
		for _, c := range forms {
			if first, ok := ix.skipsFirstAlternative(c.name, ix.nameOf(m)); ok {
				return reviewOf(m.Procedure, m.Score, ReasonDistinguishing, []string{strings.Join(first, " ")})
			}
		}
	}
	if m.Procedure != nil && ix.centralElsewhere(m, n, ctx) {
		return reviewOf(m.Procedure, m.Score, ReasonLevel, nil)
	}
	return m
}

// levelSaidPrefix is the prefix step on the forms of an entry without
// the level they said, when the name the form starts says none and no
// name shares its core: then the level cannot choose another, and
// "Cấp đổi Giấy chứng nhận quyền sử dụng đất (Cấp tỉnh)" is "Cấp đổi
// Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với
// đất". Run after the fuzzy step, which reads the level.
func (ix *Index) levelSaidPrefix(clean []cleanForm, truncated bool) (Match, bool) {
	if truncated {
		return Match{}, false
	}
	for i, c := range clean {
		if i == 0 || len(c.level) == 0 {
			continue
		}
		m, ok := ix.matchPrefix(c.name, false)
		if !ok || m.Procedure == nil || !ix.levelless(ix.nameOf(m)) || ix.codeGoesOn(c.name, m) || ix.centralUnsaid(m, c.name) {
			continue
		}
		m.shortened = true
		if ix.cutBeforeEveryone(c.name, m) {
			return m, true // no one left out: nothing to guard
		}
		if g := ix.guard(c.name, c.level, c.bracketless, m); g.Procedure != nil {
			return g, true
		}
	}
	return Match{}, false
}

// riskyPrefixForm is the entry without a lead that may open a real
// name ("Thủ tục đề nghị cấp …", "Hồ sơ …", "Quy trình …": riskyLeads,
// leadActs). The exact steps look that form up (rewritten) but keep it
// out of the clean forms, so a listing that also cut the name short
// ("Thủ tục đề nghị cấp giấy phép kinh doanh vận tải bằng xe ô tô" for
// "… bằng xe ô tô, bằng xe bốn bánh có gắn động cơ") was found by no
// step. The prefix step reads it after every clean form: a name that
// opens with the lead is found by the entry itself first.
func (ix *Index) riskyPrefixForm(n textnorm.Name) (cleanForm, bool) {
	s, ok := seqOf(n)
	if !ok || s.len() == 0 {
		return cleanForm{}, false
	}
	_, risky, has := stripLead(s)
	if !has || risky.len() == 0 {
		return cleanForm{}, false
	}
	return cleanForm{name: risky.name()}, true
}

// matchSteps is matchLoose without the renamed step; the clean forms it
// compared are left in *cleanOut when it is not nil.
func (ix *Index) matchSteps(n textnorm.Name, text string, truncated bool, ctx Context, cleanOut *[]cleanForm) Match {
	clean, m, ok, held := ix.rewritten(n, text, ctx)
	if cleanOut != nil {
		*cleanOut = clean
	}
	if ok {
		return m
	}
	if m, ok := ix.withoutSettling(clean, ctx); ok {
		return m
	}
	for _, c := range clean {
		// "Gia hạn giấy phép xây dựng": the act of a permit the list
		// names once per grade of works, the portal's level choosing.
		lv := ownLevel(c.level)
		if lv == "" {
			lv = ctx.level()
		}
		if p, ok := ix.gradedPermit(c.name, lv); ok {
			return Match{Procedure: p, Kind: MatchNormalized, Score: gradedPermitScore}
		}
		if p, named, ok := ix.permitOfKind(c.name, lv); ok {
			m := Match{Procedure: p, Kind: MatchNormalized, Score: gradedPermitScore}
			switch named {
			case permitByKind:
				// "Cấp giấy phép xây dựng công trình tôn giáo": a kind of
				// works the merged permit lists, under the title of the
				// permit the merger ended. labelled.csv labels such
				// titles no procedure, successor noted ("Cấp giấy phép
				// xây dựng nhà ở tư nhân", "… cấp I, II; công trình tôn
				// giáo; …"): the successor goes to a person.
				return reviewOf(p, gradedPermitScore, ReasonMerged, nil)
			case permitByHome:
				// "Cấp giấy phép xây dựng nhà ở riêng lẻ (tại đô thị)":
				// the old home permit's title, today's name shortened.
				m.Outdated, m.FormerName = true, c.name.Text
			}
			return m
		}
	}
	if !truncated {
		// The entry, then its forms without a portal's notes ("… (Mức
		// độ 4)", "[DVCTT] …"), which a name the listing shortened may
		// wear as well as a whole one, and last without a lead that may
		// open a name (riskyPrefixForm).
		forms := clean
		if r, ok := ix.riskyPrefixForm(n); ok {
			forms = append(slices.Clip(clean), r)
		}
		for i, c := range forms {
			if i > 0 && (len(c.level) > 0 || c.name.Key == n.Key) {
				continue // a level said is the steps below's to read
			}
			v := c.name
			m, ok := ix.matchPrefix(v, false)
			if ok && ix.wholeOnlyAlias(ix.nameOf(m)) {
				// The start of "Cấp mới X" read as "Cấp X": two loosenings
				// at once. "Cấp giấy chứng nhận đăng ký hoạt động thử
				// nghiệm chất lượng sản phẩm, hàng hóa" is no "Cấp mới …
				// hàng hóa vật liệu xây dựng"; the steps below compare it
				// whole.
				ok = false
			}
			if !ok && (strings.Contains(v.Key, " các ") || strings.Contains(v.Key, " những ")) {
				if w, plural := withoutPlurals(v); plural {
					// "Chứng thực bản sao từ bản chính [các] giấy tờ, văn
					// bản": a plural marker the catalogue name does not
					// write.
					v = w
					m, ok = ix.matchPrefix(v, false)
				}
			}
			if ok && m.Procedure != nil && ctx.level() != catalog.LevelBo && ix.centralUnsaid(m, v) {
				// The start of a ministry's name, not on a ministry's
				// portal ("Cấp lại Giấy chứng nhận … vật liệu nổ công
				// nghiệp [thuộc thẩm quyền giải quyết của Bộ Quốc
				// phòng]"): the steps below may find the local procedure
				// (on a local portal the ministry's goes to review
				// anyway, centralElsewhere).
				continue
			}
			if ok && !ix.codeGoesOn(v, m) {
				if ix.cutMidWord(v, m) || ix.cutBeforeEveryone(v, m) {
					return m // plainly cut by the listing, or no one left out
				}
				if cm, ok := ix.contained(v); ok && cm.Kind == MatchAmbiguous {
					// Ended at a word that other names hold too: "… đối
					// với môn Lặn" starts "… môn Lặn biển thể thao giải
					// trí" and stands in "… môn Bơi, Lặn".
					if i == 0 {
						return cm
					}
					continue
				}
				m.shortened = true
				if g := ix.guard(v, nil, false, m); i == 0 || g.Procedure != nil {
					return g
				}
				// A form without notes that the guard refuses: the steps
				// below read the entry whole.
			}
		}
	}
	var review, ambiguous Match
	for _, c := range clean {
		v := c.name
		m := ix.fuzzyOrShortened(v)
		if m.Kind == MatchAmbiguous {
			// Twins per level: the entry's level may choose; else the
			// next form may, else it stays ambiguous.
			if t, ok := ix.twinOf(m, c.level, ctx); ok {
				g := ix.guard(v, c.level, c.bracketless, t)
				if len(c.level) == 0 && ix.chosenLevelWord(t, g, ctx.level()) {
					// The portal's level chose "… (CẤP TỈNH)" beside the
					// bare "…": the level word the entry leaves out is
					// the one that chose.
					g = t
				}
				if g.Procedure != nil {
					return g
				}
			}
			if ambiguous.Kind == MatchNone {
				ambiguous = m
			}
			continue
		}
		if m.Procedure != nil {
			g := ix.guard(v, c.level, c.bracketless, m)
			if len(c.level) == 0 && (ix.ownLevelWord(v, m, g, ctx.level()) || ix.ownLocality(v, g, ctx.level())) {
				// "Thủ tục sửa đổi, bổ sung, gia hạn giấy phép dự báo …"
				// on a provincial portal, for "… (cấp tỉnh)": the level
				// the name lacks is the portal's own.
				g = m
			}
			if g.Procedure != nil {
				if l := ownLevel(c.level); l != "" && ix.twinElsewhere(ix.nameOf(g), l) {
					// "Thủ tục giải thể hội (cấp huyện)" beside "THỦ TỤC
					// HỘI TỰ GIẢI THỂ" / "… (CẤP TỈNH)": as in the exact
					// steps (core.go), the bare name is not known to be
					// the level said.
					return reviewOf(g.Procedure, g.Score, ReasonLevel, nil)
				}
				return g
			} else if review.Kind == MatchNone {
				review = g
			}
		}
	}
	if ambiguous.Kind != MatchNone {
		return ambiguous
	}
	if m, ok := ix.levelSaidPrefix(clean, truncated); ok {
		return m
	}
	if !truncated {
		if m, ok := ix.groupMatch(text); ok {
			return m // "Liên thông đăng ký khai tử - xóa đăng ký thường trú - …" (groups.go)
		}
	}
	for _, c := range clean {
		if m, ok := ix.laterItem(c.name); ok && len(c.level) == 0 {
			return m // "Cấp bản sao Giấy khai sinh" (listitems.go)
		}
	}
	for _, c := range clean {
		m := ix.reworded(c.name, c.level, c.bracketless)
		if m.Kind == MatchReview && m.Review.Reason == ReasonLowScore {
			// "Đăng ký thay đổi, bổ sung dấu nghiệp vụ …" for "Đăng ký
			// thay đổi dấu nghiệp vụ …": the same candidate, scored
			// without the pair's second word.
			if v, verb, ok := ix.amendDropped(c.name); ok {
				if a := ix.reworded(v, c.level, c.bracketless); a.Procedure != nil && a.Procedure == m.Review.Candidate &&
					ix.amendsAlone(ix.names[ix.nameOf(a)].keyTok, verb) {
					m = a
				}
			}
		}
		if m.Procedure != nil {
			return m
		}
		if len(c.level) == 0 && m.Review != nil && m.Review.Score >= RewordThreshold && ix.ownLocality(c.name, m, ctx.level()) {
			// "Phê duyệt Đề án du lịch sinh thái, … trong rừng đặc
			// dụng" on a provincial portal, for "… thuộc địa phương
			// quản lý" (ownLocality).
			return ix.nameMatch(ix.nameOf(m), MatchFuzzy, m.Review.Score)
		}
		if len(c.level) == 0 && m.Review != nil && m.Review.Score >= RewordThreshold && ix.ownLevelWord(c.name, m, m, ctx.level()) {
			// "Cấp đổi, cấp lại Giấy chứng nhận đăng ký mẫu con dấu" on
			// a provincial portal, for "Đổi, cấp lại … (thực hiện tại
			// cấp tỉnh)": reworded, the level it leaves out the portal's.
			return ix.nameMatch(ix.nameOf(m), MatchFuzzy, m.Review.Score)
		}
		if m.Kind == MatchReview && (review.Kind == MatchNone || m.Review.Score > review.Review.Score) {
			review = m
		}
	}
	if !truncated {
		// The one name the entry starts is a better candidate for a
		// person than a near name of another object ("Cấp lại Giấy chứng
		// nhận đăng ký hộ kinh doanh" starts "…, Cấp đổi sang …").
		if m, ok := ix.startsOne(clean); ok && (review.Review == nil || review.Review.Candidate != m.Review.Candidate) {
			return m
		}
		if review.Kind == MatchNone {
			if m, ok := ix.extendsOne(clean); ok {
				return m
			}
			if m, ok := ix.sharesStart(clean); ok {
				return m
			}
		}
	}
	if review.Kind == MatchNone && held.text != "" {
		return ix.heldByCase(held, ctx)
	}
	return review
}

// heldByCase is, for a person, what the entry's text before a bracket
// naming a case is (rewritten kept the lookups from it): "Đăng ký lại
// mẫu con dấu (… bị biến dạng, mòn, hỏng hoặc thay đổi chất liệu …)".
// The bracket may tell the name from a sibling, so it is no answer; but
// the fuzzy steps, reading a long bracket with the name, leave nothing,
// and the procedure would be one missing and the entry one unmatched.
// The words are the bracket's that tell procedures apart.
func (ix *Index) heldByCase(held bracketCut, ctx Context) Match {
	m := ix.matchIn(held.text, "", ctx)
	if m.Procedure == nil {
		return m // a review of its own, or nothing
	}
	var words []string
	for _, p := range held.parts {
		for w := range strings.FieldsSeq(textnorm.Key(p)) {
			if ix.familyWord(w) && !slices.Contains(words, w) {
				words = append(words, w)
			}
		}
	}
	return reviewOf(m.Procedure, m.Score, ReasonDistinguishing, words)
}

// chosenLevelWord reports whether the guard refused t (giving g) for
// the level word of t's name alone, and t's name is marked for level,
// the portal's: the level that chose t among its twins (twinOf), or
// that the entry left out (ownLevelWord).
func (ix *Index) chosenLevelWord(t, g Match, level catalog.Level) bool {
	w, ok := levelKey[string(level)]
	if !ok || g.Review == nil || g.Review.Reason != ReasonDistinguishing {
		return false
	}
	if !slices.Equal(g.Review.Words, []string{w}) && !ix.managerWords(ix.nameOf(t), g.Review.Words) {
		return false
	}
	if len(g.alsoReplaced) > 0 {
		// "Đăng ký kết quả thực hiện nhiệm vụ …" for "Thủ tục đánh giá
		// kết quả … (cấp tỉnh)": the level chose the twin, but the act
		// is another.
		return false
	}
	id := ix.nameOf(t)
	return id >= 0 && int(id) < len(ix.coreHint) && ix.coreHint[id] == level
}

// ownLevelWord reports whether the guard refused m (giving g) for the
// level word of m's name alone, that level is the portal's, entry n says
// no level itself, and the catalogue lists the name at another level
// too: the entry's page says which twin its name leaves out.
func (ix *Index) ownLevelWord(n textnorm.Name, m, g Match, level catalog.Level) bool {
	if level == catalog.LevelBo || !ix.chosenLevelWord(m, g, level) || levelLeft(strings.Fields(n.Folded)) {
		return false
	}
	id := ix.nameOf(m)
	k, _ := ix.coreKeyOf(id)
	for _, o := range ix.byCore[k] {
		if o != id && ix.coreHint[o] != "" && ix.coreHint[o] != level {
			return true
		}
	}
	// "Đổi, cấp lại Giấy chứng nhận đăng ký mẫu con dấu (thực hiện tại
	// cấp tỉnh)", whose central twin the list leaves out: a closing
	// bracket saying where the procedure is done qualifies it, as no
	// level in the run of a name does ("… sản phẩm công nghiệp nông
	// thôn tiêu biểu cấp tỉnh", an award's grade).
	//
	// The same said without a bracket, closing the name: "Thủ tục cấp
	// giấy phép đủ điều kiện kinh doanh dịch vụ karaoke cấp tỉnh", which
	// a provincial portal lists as "… kinh doanh karaoke". The level is
	// the portal's own, so the words say no more than the page does,
	// when the entry has no word of its own: "… nhập khẩu nhằm mục đích
	// kinh doanh" is another procedure than "… nhập khẩu cấp tỉnh".
	w := ix.written(&ix.names[id])
	return levelBracketAt(w, level) || levelClosingAt(w, level) && wordsWithin(n.Folded, textnorm.Fold(w))
}

// wordsWithin reports whether every word of folded text a is a word of
// folded text b.
func wordsWithin(a, b string) bool {
	in := map[string]bool{}
	for _, w := range strings.Fields(b) {
		in[w] = true
	}
	for _, w := range strings.Fields(a) {
		if !in[w] {
			return false
		}
	}
	return true
}

// levelClosingAt reports whether name closes, outside brackets, with the
// words "cấp" and level right after what the procedure is about ("…
// karaoke cấp tỉnh"), not after an authority ("… tại Công an cấp tỉnh",
// "… của UBND cấp tỉnh", "… tại Hội đồng cấp tỉnh"), which names who
// decides: a central twin's entry may name its own authority there.
func levelClosingAt(name string, level catalog.Level) bool {
	t := strings.TrimRight(strings.TrimSpace(name), ".;")
	if strings.HasSuffix(t, ")") {
		return false
	}
	f := strings.Fields(textnorm.Fold(t))
	n := len(f)
	return n > 3 && f[n-2] == "cap" && catalog.Level(f[n-1]) == level && !authorityEnds[f[n-3]]
}

// authorityEnds are the last words (folded) of an authority named before
// its level, or of what opens one: "Công an", "Ủy ban nhân dân" (and the
// list's slip "Ủy ban nhân cấp tỉnh"), "UBND", "Chủ tịch", "Hội đồng",
// "tại", "của".
var authorityEnds = map[string]bool{"an": true, "dan": true, "ubnd": true, "tich": true, "dong": true, "tai": true, "cua": true, "nhan": true}

// levelBracket is a closing bracket that says where a procedure is done
// (folded, brackets off): "thực hiện tại cấp tỉnh", "cấp tỉnh".
var levelBracket = regexp.MustCompile(`^(?:thuc hien tai )?cap (tinh|huyen|xa)$`)

// levelBracketAt reports whether name closes with a bracket saying its
// procedure is done at level.
func levelBracketAt(name string, level catalog.Level) bool {
	cuts := bracketCuts(name)
	if len(cuts) == 0 {
		return false
	}
	m := levelBracket.FindStringSubmatch(strings.Join(strings.Fields(textnorm.Fold(cuts[0].said)), " "))
	return m != nil && catalog.Level(m[1]) == level
}

// ownLocality reports whether the guard refused a candidate (giving g)
// for the words "địa phương" alone, which its name says of whose
// authority it is ("… trong rừng đặc dụng thuộc địa phương quản lý",
// beside "… thuộc Bộ Nông nghiệp và Phát triển nông thôn quản lý"), on a
// portal of a local level, the entry n saying no central authority
// itself: the locality is the portal's own.
func (ix *Index) ownLocality(n textnorm.Name, g Match, level catalog.Level) bool {
	switch level {
	case catalog.LevelTinh, catalog.LevelHuyen, catalog.LevelXa:
	default:
		return false
	}
	if g.Review == nil || g.Review.Reason != ReasonDistinguishing || len(g.Review.Words) == 0 || g.Review.Candidate == nil {
		return false
	}
	if f := " " + n.Folded + " "; strings.Contains(f, " bo ") || strings.Contains(f, " trung uong ") {
		return false
	}
	id := ix.nameOfProc(g.Review.Candidate)
	if id < 0 {
		return false
	}
	tail := localityTail(ix.names[id].keyTok)
	if tail == nil {
		return false
	}
	for _, w := range g.Review.Words {
		if !slices.Contains(tail, w) {
			return false
		}
	}
	return true
}

// localityTail is the words closing a name (key form) that say a local
// authority decides it: "thuộc địa phương quản lý", "thuộc thẩm quyền
// quyết định của địa phương", "của địa phương"; nil for a name without.
func localityTail(keys []string) []string {
	var tail []string
	for p := len(keys) - 1; p > 0 && localityWords[keys[p]]; p-- {
		if keys[p] != keyThuoc && keys[p] != keyCua {
			continue
		}
		// The leftmost opener: "thuộc thẩm quyền quyết định của địa
		// phương" is one tail, not "của địa phương" alone.
		if i := slices.Index(keys[p:], localityKeys[0]); i >= 0 && p+i+1 < len(keys) && keys[p+i+1] == localityKeys[1] {
			tail = keys[p:]
		}
	}
	return tail
}

// localityKeys are "địa phương" in key form; localityWords the words a
// locality tail may hold; keyThuoc and keyCua open one.
var (
	localityKeys  = strings.Fields(textnorm.Key("địa phương"))
	localityWords = func() map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields(textnorm.Key("thuộc thẩm quyền quyết định giải quyết của địa phương quản lý")) {
			m[w] = true
		}
		return m
	}()
	keyThuoc, keyCua = textnorm.Key("thuộc"), textnorm.Key("của")
)

// fuzzyOrShortened is the fuzzy step's answer for n, or, when it has
// none, the shortened-name step's (match_contained.go), marked so.
func (ix *Index) fuzzyOrShortened(n textnorm.Name) Match {
	m := ix.fuzzy(n)
	if m.Kind == MatchNone {
		if c, ok := ix.contained(n); ok && !(c.Procedure != nil && ix.wholeOnlyAlias(ix.nameOf(c))) {
			// (Not the start of "Cấp mới X" read as "Cấp X", as in the
			// prefix step.)
			m = c
			m.shortened = true
		}
	}
	return m
}

// listsActs reports whether a name (folded) opens with a list of acts on
// one object, "Cấp, cấp lại …", "Cấp, cấp đổi …", "Đăng ký, đăng ký lại
// …", "Cấp và cấp lại …" (a leading "Thủ tục" aside), but for "Cấp, cấp
// lại (trường hợp hết hiệu lực) …", one act (expiredReissue).
func listsActs(f string) bool {
	// Its first words only, on the stack: every match asks, for each of
	// its entry's forms.
	var buf [12]string
	w := firstFields(buf[:0], f, len(buf))
	if len(w) > 2 && w[0] == "thu" && w[1] == "tuc" {
		w = w[2:]
	}
	if reissuedOnExpiry(w) {
		return false // one act: issuing anew (stripLead)
	}
	for i := 1; i+1 < len(w) && i <= 2; i++ {
		// "1.1. Đổi …" repeats a number, not an act.
		if 2*i < len(w) && slices.Equal(w[:i], w[i:2*i]) && (w[2*i] == "lai" || w[2*i] == "doi") && !textnorm.AllDigits(w[0]) {
			return true
		}
		// "Cấp và cấp lại …", "Cấp hoặc cấp đổi …": the list joined by a
		// word.
		if j := i + 1; 2*i+1 < len(w) && (w[i] == "va" || w[i] == "hoac") && slices.Equal(w[:i], w[j:j+i]) && (w[j+i] == "lai" || w[j+i] == "doi") {
			return true
		}
	}
	return false
}

// reissuedOnExpiry reports whether a name's first words (folded, its
// "Thủ tục" aside) open with a licence re-issued on expiry
// (expiredReissue), one act whatever list it writes.
func reissuedOnExpiry(w []string) bool {
	return slices.ContainsFunc(expiredReissue, func(p []string) bool { return len(w) > len(p) && slices.Equal(w[:len(p)], p) })
}

// actsListed reports whether the entry (its forms) lists acts on one
// object where name id, which the steps found, names one: "Cấp, cấp lại
// …" (listsActs), or "Cấp, gia hạn X" where the catalogue names "Cấp X"
// as a procedure of its own (listsActsWritten).
func (ix *Index) actsListed(forms []cleanForm, id int32) bool {
	if id < 0 {
		return false
	}
	if ix.listedActs[id] {
		return false
	}
	for _, c := range forms {
		if listsActs(c.name.Folded) {
			return true
		}
		if first := ix.listsActsWritten(c.name.Text); len(first) > 0 && ix.actSibling(first, id) {
			return true
		}
	}
	return false
}

// learnListedActs fills ix.listedActs once: the names are the same at
// every match.
func (ix *Index) learnListedActs() {
	ix.listedActs = make([]bool, len(ix.names))
	for id := range ix.names {
		nm := &ix.names[id]
		ix.listedActs[id] = listsActs(nm.fold) || len(ix.listsActsWritten(ix.written(nm))) > 0
	}
}

// actSibling reports whether the catalogue names act first (key words)
// on name id's object as a procedure of its own: id's name with its
// opening act (one or two words) replaced by first.
func (ix *Index) actSibling(first []string, id int32) bool {
	keys := ix.names[id].keyTok
	for k := 1; k <= 2 && k < len(keys); k++ {
		if o, ok := ix.byKey[strings.Join(slices.Concat(first, keys[k:]), " ")]; ok && !slices.Equal(ix.names[o].procs, ix.names[id].procs) {
			return true
		}
	}
	return false
}

// actSeparators join two acts written as a list.
var actSeparators = []string{", ", "/", " và ", " hoặc ", " Và ", " VÀ "}

// listsActsWritten returns the first act (key words) of a name as
// written that opens with two acts listed ("Cấp, gia hạn …", "Gia
// hạn/điều chỉnh …", "Cấp và gia hạn …"): an act of one or two words, a
// separator, and a word that opens catalogue names. Folded, the comma is
// gone and "Cấp điều chỉnh …", one act, reads the same; listsActs reads
// the lists that repeat the act ("Cấp, cấp lại …") without it. nil when
// the name opens otherwise.
func (ix *Index) listsActsWritten(t string) []string {
	// The first act is one or two words, after a "Thủ tục" perhaps: a
	// separator further in lists something else (most names), and is
	// not looked at.
	sepAt := -1
	for _, sep := range actSeparators {
		if i := strings.Index(t, sep); i > 0 && (sepAt < 0 || i < sepAt) {
			sepAt = i
		}
	}
	if sepAt < 0 || strings.Count(strings.TrimSpace(t[:sepAt]), " ") > 3 {
		return nil
	}
	t = textnorm.Clean(t)
	if f := strings.Fields(t); len(f) > 2 && strings.EqualFold(f[0], "thủ") && strings.EqualFold(f[1], "tục") {
		t = strings.Join(f[2:], " ")
	}
	key := func(w string) string { return ix.words.forms(strings.ToLower(strings.Trim(w, ",/"))).key }
	for _, sep := range actSeparators {
		i := strings.Index(t, sep)
		if i <= 0 {
			continue
		}
		first, rest := strings.Fields(t[:i]), strings.Fields(t[i+len(sep):])
		if len(first) == 0 || len(first) > 2 || len(rest) < 2 || !ix.leads[key(first[0])] || !ix.leads[key(rest[0])] {
			continue
		}
		var buf [12]string
		if reissuedOnExpiry(firstFields(buf[:0], textnorm.Fold(t), len(buf))) {
			return nil // one act: issuing anew (stripLead)
		}
		out := make([]string, len(first))
		for j, w := range first {
			out[j] = key(w)
		}
		return out
	}
	return nil
}

// holdsAny reports whether t holds any of parts: the cheap test before
// an expression or a fold ("Trình tự", "loại ", " và ").
func holdsAny(t string, parts []string) bool {
	return slices.ContainsFunc(parts, func(p string) bool { return strings.Contains(t, p) })
}

// firstFields appends to out the first n space-separated words of s.
func firstFields(out []string, s string, n int) []string {
	for len(out) < n {
		s = strings.TrimLeft(s, " ")
		if s == "" {
			break
		}
		w, rest, _ := strings.Cut(s, " ")
		out = append(out, w)
		s = rest
	}
	return out
}

// cutMidWord reports whether the entry ends inside a word of the name it
// matched as a prefix.
func (ix *Index) cutMidWord(n textnorm.Name, m Match) bool {
	id := ix.nameOf(m)
	if id < 0 {
		return true // ambiguous: nothing to guard
	}
	full, p := ix.startOf(n, id)
	if !strings.HasPrefix(full, p) {
		// Cut inside a legal reference the keys leave out (refStartCut):
		// inside a word of the name as written.
		c, ok := refStartCut(n)
		full, p = ix.startOf(c, id)
		return ok && strings.HasPrefix(full, p) && len(full) > len(p)
	}
	return len(full) > len(p) && full[len(p)] != ' '
}

// startOf is name id's key and n's, or, when the key does not start
// with n's, their folded forms: the pair a prefix match was made on.
func (ix *Index) startOf(n textnorm.Name, id int32) (full, p string) {
	if full = ix.names[id].key; strings.HasPrefix(full, n.Key) {
		return full, n.Key
	}
	return ix.names[id].fold, n.Folded
}

// cutBeforeEveryone reports whether n is m's name up to "cho" and the
// people it serves, several of them (forEveryone): the words left out
// narrow nothing, and the guard, which would read them, is not asked.
func (ix *Index) cutBeforeEveryone(n textnorm.Name, m Match) bool {
	id := ix.nameOf(m)
	if id < 0 {
		return false
	}
	full, p := ix.startOf(n, id)
	return ix.cutInWhom(id, p, full)
}

// cutInWhom reports whether p, the start of name id's full key (or
// folded form), stops right before "cho" and the several people the
// procedure serves (forEveryone). Not inside them: "Cấp Phiếu Lý lịch
// tư pháp cho công dân Việt Nam" was the provincial justice
// department's procedure for citizens, which the police's "… cho công
// dân Việt Nam, người nước ngoài …" replaced.
func (ix *Index) cutInWhom(id int32, p, full string) bool {
	return strings.HasPrefix(full, p+" ") && ix.forEveryone(id, full[len(p):])
}

// fuzzyTwin is the twin of a bare name found by the fuzzy step that the
// portal's level chooses, as exactMatch chooses for a name found
// exactly: "Thủ tục trả lại ku vực biển" (a letter slipped) or "Sửa đổ,i
// bổ sung …" (a broken word) on a provincial portal is "… (cấp tỉnh)",
// which the words alone score lower than the bare ministry's name for
// the words the level adds. Not when the entry text says a level of its
// own, which chose.
func (ix *Index) fuzzyTwin(m Match, text string, ctx Context) (Match, bool) {
	id := ix.nameOf(m)
	if m.Kind != MatchFuzzy || id < 0 {
		return Match{}, false
	}
	t, ok := ix.twinFor(id, ctx.twinLevel())
	if !ok || levelIn(textnorm.Fold(text)) != "" {
		return Match{}, false
	}
	return ix.nameMatch(t, MatchFuzzy, m.Score), true
}

// exactMatch is a match on name id found by an exact step; the level the
// page gives the entry itself may choose a twin the catalogue qualifies
// for that level.
func (ix *Index) exactMatch(id int32, kind MatchKind, score float64, ctx Context) Match {
	said := ctx.ownLevel()
	if t, ok := ix.twinFor(id, ctx.twinLevel()); ok {
		return ix.nameMatch(t, MatchNormalized, min(score, 0.97))
	}
	if int(id) < len(ix.coreHint) && levelsClash(ix.coreHint[id], said) {
		// The name says one level ("… tại cấp tỉnh"), the heading above
		// it or the agency its row names another ("UBND xã"): one of
		// them is wrong, and a person tells which. Not the portal's
		// level assumed above: a province's portal lists its communes'
		// procedures, "… thuộc thẩm quyền của Chủ tịch UBND cấp xã"
		// among them.
		return reviewOf(ix.procs[ix.names[id].procs[0]], score, ReasonLevel, nil)
	}

	if sib := ix.bracketSibling[id]; len(sib) > 0 {
		if _, ok := ix.liveSibling(id, sib); !ok {
			return ix.ambiguous(append([]int32{id}, sib...))
		}
		// nameMatch answers with the live sibling, not as written.
		kind, score = MatchNormalized, min(score, aliasScore)
	}
	return ix.nameMatch(id, kind, score)
}

// levelsClash reports whether two levels said of one entry, both known,
// contradict each other (a district and a commune do not, sameLocal).
func levelsClash(a, b catalog.Level) bool {
	return a != "" && b != "" && a != b && !sameLocal(a, b)
}

// sameLocal reports whether two levels may name one another's
// procedures since the communes took over the districts' (1 July 2025):
// a district heading above a commune procedure, or the reverse, is no
// contradiction.
func sameLocal(a, b catalog.Level) bool {
	local := func(l catalog.Level) bool { return l == catalog.LevelHuyen || l == catalog.LevelXa }
	return local(a) && local(b)
}

// exactSteps tries the exact, normalized, folded and loose keys, scores
// scaled by f. id is the name matched, -1 when ambiguous.
func (ix *Index) exactSteps(n textnorm.Name, f float64) (Match, int32, bool) {
	if n.Key == "" {
		return Match{}, -1, false
	}
	if id, ok := ix.byExact[n.Text]; ok && f == 1 && ix.names[id].key == n.Key {
		return ix.nameMatch(id, MatchExact, 1), id, true
	}
	if id, ok := ix.byKey[n.Key]; ok {
		return ix.nameMatch(id, MatchNormalized, f), id, true
	}
	if ids := ix.byFold[n.Folded]; len(ids) == 1 {
		return ix.nameMatch(ids[0], MatchFolded, 0.95*f), ids[0], true
	} else if len(ids) > 1 {
		return ix.ambiguous(ids), -1, true
	}
	if ids := ix.byLoose[looseKey(n.Key, n.Folded)]; len(ids) == 1 {
		return ix.nameMatch(ids[0], MatchFolded, 0.95*f), ids[0], true
	}
	return Match{}, -1, false
}

// nameMatch is a definite match on name id.
func (ix *Index) nameMatch(id int32, kind MatchKind, score float64) Match {
	if sib := ix.bracketSibling[id]; len(sib) > 0 {
		if live, ok := ix.liveSibling(id, sib); ok {
			// A stale record cut short of its live sibling, however the
			// entry was found (brackets.go): the sibling is the name.
			id = live
			if kind == MatchExact || kind == MatchFolded {
				kind, score = MatchNormalized, min(score, aliasScore)
			}
		}
	}
	nm := &ix.names[id]
	m := Match{Procedure: ix.procs[nm.procs[0]], Kind: kind, Score: score, name: id + 1}
	if nm.former {
		m.Outdated, m.FormerName = true, nm.text
	}
	if nm.alias && (kind == MatchExact || kind == MatchNormalized || kind == MatchFolded) {
		// The name without its list of kinds is not the name as the
		// catalogue writes it.
		m.Kind, m.Score = MatchNormalized, min(score, aliasScore)
	}
	if len(nm.procs) > 1 {
		m.Candidates = make([]*catalog.Procedure, len(nm.procs))
		for i, pi := range nm.procs {
			m.Candidates[i] = ix.procs[pi]
		}
	}
	return m
}

// gradedPermitScore is the score of a permit found by its act and the
// portal's level (grades.go).
const gradedPermitScore = 0.9

// listJoiners are "và" as pages write it between a list's items.
var listJoiners = []string{" và ", " Và ", " VÀ "}

// listJoined is t with every "và" a comma.
func listJoined(t string) string {
	for _, j := range listJoiners {
		t = strings.ReplaceAll(t, j, ", ")
	}
	return t
}

// notedScore is the most a name written with a portal's notes around
// it scores (portalNotesCut).
const notedScore = 0.97

// aliasScore is the score of a name found as its alias (shortforms.go).
const aliasScore = 0.95

// ambiguous lists the procedures of several names for review.
func (ix *Index) ambiguous(ids []int32) Match {
	m := Match{Kind: MatchAmbiguous}
	for _, id := range ids {
		for _, pi := range ix.names[id].procs {
			if len(m.Candidates) < maxAmbiguous && !slices.Contains(m.Candidates, ix.procs[pi]) {
				m.Candidates = append(m.Candidates, ix.procs[pi])
			}
		}
	}
	return m
}

// oneName returns, of names that all stand for one procedure alone (a
// name and its alias, shortforms.go), the one to answer with: today's
// name. ok is false when they name several procedures.
func (ix *Index) oneName(ids []int32) (int32, bool) {
	if len(ids) == 0 {
		return 0, false
	}
	first := ix.names[ids[0]].procs
	best := ids[0]
	for _, id := range ids {
		p := ix.names[id].procs
		if len(p) != 1 || len(first) != 1 || p[0] != first[0] {
			return 0, false
		}
		if !ix.names[id].derived() {
			best = id
		}
	}
	return best, true
}

// Prefix rules. A name marked cut ("…") needs a few words to be told
// apart; an unmarked one must be cut inside a word (a listing that cuts at
// a fixed width) or be long, because a complete short name is often the
// start of a longer one ("Cấp Giấy phép bán lẻ rượu" / "… rượu tại chỗ").
const (
	prefixMinTokensMarked   = 3
	prefixMinRunesMarked    = 12
	prefixMinTokensMidWord  = 4
	prefixMinRunesMidWord   = 25
	prefixMinTokensBoundary = 10
	prefixMinRunesBoundary  = 60
)

// matchPrefix finds the names that start with the entry's key (or folded
// key). It answers ok=false when the entry is too short to try or no name
// starts with it.
func (ix *Index) matchPrefix(n textnorm.Name, marked bool) (Match, bool) {
	runes := utf8.RuneCountInString(n.Key)
	toks := strings.Count(n.Key, " ") + 1
	if marked {
		if toks < prefixMinTokensMarked && runes < prefixMinRunesMarked {
			return Match{}, false
		}
	} else if toks < prefixMinTokensMidWord || runes < prefixMinRunesMidWord {
		return Match{}, false
	}
	ids := ix.prefixRange(ix.sortedKey, n.Key, func(nm *indexedName) string { return nm.key })
	folded := false
	if len(ids) == 0 {
		ids = ix.prefixRange(ix.sortedFold, n.Folded, func(nm *indexedName) string { return nm.fold })
		keys, folds := strings.Fields(n.Key), strings.Fields(n.Folded)
		ids = slices.DeleteFunc(ids, func(id int32) bool { return !marksAgree(keys, folds, ix.names[id].keyTok) })
		folded = true
	}
	if len(ids) == 0 {
		if c, ok := refStartCut(n); ok {
			// "… (Căn cứ Điều 35 Nghị qu": cut inside a legal reference,
			// whose kind the keys leave out (textnorm.legalRefs).
			return ix.matchPrefix(c, marked)
		}
	}
	if id, ok := ix.oneName(ids); ok {
		ids = []int32{id} // a name and its alias: one name, which both start
	}
	if len(ids) == 0 || len(ids) == 1 && (ix.names[ids[0]].key == n.Key || ix.names[ids[0]].fold == n.Folded) {
		// Nothing, or the whole name: the exact steps answer that.
		return Match{}, false
	}
	if !marked {
		// Unmarked, the text is known cut only when it ends inside a word
		// of every name it starts (or is long): then several names make it
		// ambiguous, one makes it that name.
		long := toks >= prefixMinTokensBoundary && runes >= prefixMinRunesBoundary
		p := n.Key
		if folded {
			p = n.Folded
		}
		for _, id := range ids {
			full := ix.names[id].key
			if folded {
				full = ix.names[id].fold
			}
			midWord := len(full) > len(p) && full[len(p)] != ' '
			if !midWord && (!long || qualifierNext(full[len(p):])) && !ix.headOnly(n, ids, toks) && !(len(ids) == 1 && (ix.atListEnd(id, toks) || ix.cutInWhom(id, p, full))) {
				return Match{}, false
			}
		}
		if len(ids) > 1 && long && !midWordAll(ix, ids, p, folded) {
			return Match{}, false
		}
	}
	if len(ids) > 1 {
		return ix.ambiguous(ids), true
	}
	full := utf8.RuneCountInString(ix.names[ids[0]].key)
	frac := float64(runes) / float64(max(full, 1))
	m := ix.nameMatch(ids[0], MatchPrefix, 0.8+0.2*min(frac, 1))
	if marked && !folded && cutBeforeWhom(n.Key, ix.names[ids[0]].key) {
		return reviewOf(m.Procedure, m.Score, ReasonLowScore, nil), true
	}
	return m, true
}

// marksAgree reports whether a name found by the folded start of an
// entry (its key and folded words) writes the entry's last word as the
// entry does when the entry writes its tone marks: "Thủ tục công nhận
// báo …" (a newspaper) does not start
// "Thủ tục công nhận bảo vật quốc gia …" (a treasure), whose folded
// words it shares, and where the listing cut it nothing after says
// which. A last word written without marks ("cong nhan bao") may be
// either; one cut inside the name's word ("… sang giúp Lào, Căm …" of
// "Campuchia") is its start; and one other word may carry a slip of its
// marks ("ảnh hướng đến sức khỏe" for "ảnh hưởng"), the words after it
// saying which name it is. Spelling variants ("sỹ", "hoá") are one key
// already.
func marksAgree(keys, folds, name []string) bool {
	if len(keys) != len(folds) || len(keys) > len(name) {
		return true // a word folded to nothing: no alignment to judge by
	}
	last := len(keys) - 1
	if k := keys[last]; k != folds[last] && k != name[last] && !strings.HasPrefix(name[last], k) {
		if nf := textnorm.Fold(name[last]); nf == folds[last] || !strings.HasPrefix(nf, folds[last]) {
			return false // the whole word, with other marks
		}
	}
	slips := 0
	for i, k := range keys[:last] {
		if k != folds[i] && k != name[i] {
			slips++
		}
	}
	return slips <= 1
}

// refKinds are the kinds of legal document a reference opens with, in
// key and folded form, each with its "số".
var refKinds = func() []string {
	var out []string
	for _, k := range textnorm.LegalKinds {
		if textnorm.Fold(k) == k {
			out = append(out, k+" so")
		} else {
			out = append(out, k+" số")
		}
	}
	return out
}()

// refOpeners are the words a cited reference follows besides a number
// (key and folded form): "theo Nghị định …", "tại Thông tư …", "căn cứ
// Nghị quyết …".
var refOpeners = map[string]bool{"theo": true, "tại": true, "tai": true, "cứ": true, "cu": true}

// refKindWords are the words of refKinds.
var refKindWords = strings.Fields(strings.Join(refKinds, " "))

// refStartCut is n without the start of a legal reference it ends with
// ("… Điều 35 N", "… Điều 35 Nghị quyết"), which a listing's cut left
// and the catalogue's keys no longer hold; ok is false when n ends
// otherwise.
func refStartCut(n textnorm.Name) (textnorm.Name, bool) {
	// Most keys end otherwise: their last word starts no word of a
	// reference's kind.
	last := n.Key[strings.LastIndexByte(n.Key, ' ')+1:]
	if last == "" || !slices.ContainsFunc(refKindWords, func(w string) bool { return strings.HasPrefix(w, last) }) {
		return n, false
	}
	cut := func(s string) (string, bool) {
		w := strings.Fields(s)
		for k := min(3, len(w)-1); k >= 1; k-- {
			// A reference is cited after an article's number or "theo",
			// "tại", "căn cứ": "… giao thông" ends on no reference.
			if before := w[len(w)-k-1]; !textnorm.AllDigits(before) && !refOpeners[before] {
				continue
			}
			tail := strings.Join(w[len(w)-k:], " ")
			for _, r := range refKinds {
				if strings.HasPrefix(r, tail) {
					return strings.Join(w[:len(w)-k], " "), true
				}
			}
		}
		return "", false
	}
	k, ok1 := cut(n.Key)
	f, ok2 := cut(n.Folded)
	if !ok1 || !ok2 || strings.Count(k, " ") != strings.Count(f, " ") {
		return n, false
	}
	n.Key, n.Folded = k, f
	return n, true
}

// pluralWords mark a plural (key form): "các", "những" before a noun
// change nothing of what the name names, and portals add or drop them
// ("Chứng thực bản sao từ bản chính [các] giấy tờ, văn bản").
var pluralWords = map[string]bool{"các": true, "những": true}

// withoutPlurals is n without its plural markers (pluralWords) inside
// it, key and folded forms word for word; ok is false when it has none
// or its forms do not pair up.
func withoutPlurals(n textnorm.Name) (textnorm.Name, bool) {
	keys, folds := strings.Fields(n.Key), strings.Fields(n.Folded)
	if len(keys) != len(folds) || len(keys) < 2 {
		return n, false
	}
	var k, f []string
	for i := range keys {
		if i > 0 && pluralWords[keys[i]] {
			continue
		}
		k, f = append(k, keys[i]), append(f, folds[i])
	}
	if len(k) == len(keys) {
		return n, false
	}
	v := n
	v.Key, v.Folded = strings.Join(k, " "), strings.Join(f, " ")
	return v, true
}

// listScopes open what may scope every item of a list before it (key
// form): "Giải quyết hưởng lương hưu, trợ cấp hằng tháng
// [đối với cán bộ xã]" is no "Giải quyết hưởng lương hưu" of everyone;
// nor is "Cấp lại Giấy phép hoạt động đối với trạm" the re-issue "…
// trạm, điểm sơ cấp cứu chữ thập đỏ [khi thay đổi địa điểm]", a case,
// a reason ("do …"), a purpose ("để", "nhằm") or a clause ("mà …") of
// its own: its sibling of another case reads the same. Found by cutting
// every national-list name at its commas with its procedure left out.
var listScopes = map[string]bool{"đối": true, "cho": true, "của": true, "tại": true, "trong": true, "thuộc": true,
	"do": true, "khi": true, "mà": true, "để": true, "nhằm": true, "theo": true, "trừ": true}

// atListEnd reports whether an entry of toks words, the start of name id
// only, stops where the name goes on with a further item of its list (a
// comma before its next word: "Cấp lại Giấy chứng nhận đăng ký hộ kinh
// doanh[, cấp đổi sang …]", "Công nhận thương binh[, người hưởng chính
// sách như thương binh]"), and nothing after scopes the whole list. The
// entry names the procedure by its first items, as titles did before a
// decision added the others; the guard still reads the items left out
// (a country, a level, "nước ngoài" tell procedures apart).
func (ix *Index) atListEnd(id int32, toks int) bool {
	if !ix.listedAt(id, toks) || ix.groupPart(id, toks) {
		return false
	}
	ws := ix.names[id].keyTok[toks:]
	for i, w := range ws {
		if i > 0 && ix.semicolonAt(id, toks+i) && ix.leads[w] {
			break // another alternative opens with its act: what follows scopes it
		}
		if listScopes[w] || i > 0 && w == "hợp" && ws[i-1] == "trường" {
			return false // "… trường hợp …": a case
		}
	}
	// The next item goes on as the entry's last one does ("quyền sử dụng
	// đất[, quyền sở hữu …]", "bằng xe ô tô[, bằng xe bốn bánh …]") or is
	// an act of its own ("…[, cấp đổi sang …]"); one that does neither
	// completes a compound the entry cut ("sản phẩm[, dịch vụ an toàn
	// thông tin mạng]" beside "…[, dịch vụ mật mã dân sự]", "chi
	// nhánh[, văn phòng đại diện …]"), whose sibling reads the same.
	keys := ix.names[id].keyTok
	if len(ws) == 0 {
		return false
	}
	start := ix.itemStart(id, toks-1, 0)
	next := textnorm.Fold(keys[toks])
	for _, k := range keys[start:toks] {
		if textnorm.Fold(k) == next {
			return true
		}
	}
	return ix.leads[keys[toks]] || ix.nextItemEndsAs(id, toks)
}

// groupPart reports whether the first toks words of name id list
// procedures of their own, each an act and its object ("Đăng ký khai
// tử, xóa đăng ký thường trú[, giải quyết mai táng phí, tử tuất]"): the
// name is a group done together, and a part of it is another group (the
// older two-part 1.007073), not its first items. Acts on one object
// ("Cấp, cấp lại …", "Sửa đổi, bổ sung …") are no group.
func (ix *Index) groupPart(id int32, toks int) bool {
	keys := ix.names[id].keyTok
	for j := minGroupItemWords; j < toks && j < len(keys); j++ {
		if ix.listedAt(id, j) && ix.leads[keys[j]] {
			return ix.itemStart(id, j-1, 0) == 0
		}
	}
	return false
}

// minGroupItemWords is the fewest words of a group's first procedure: an
// act and its object ("Đăng ký khai tử").
const minGroupItemWords = 3

// nextItemEndsAs reports whether the item after the entry's toks words
// ends with the two words the entry ends with: "hợp tác xã[, liên hiệp
// hợp tác xã]" lists a thing of its own, where "sản phẩm[, dịch vụ an
// toàn thông tin mạng]" completes a compound the entry cut.
func (ix *Index) nextItemEndsAs(id int32, toks int) bool {
	keys := ix.names[id].keyTok
	if toks < 2 {
		return false
	}
	end := toks + 1
	for end < len(keys) && !ix.listedAt(id, end) && !ix.semicolonAt(id, end) {
		end++
	}
	return end-toks >= 3 && keys[end-1] == keys[toks-1] && keys[end-2] == keys[toks-2]
}

// semicolonAt reports whether name id writes a semicolon before its
// word j.
func (ix *Index) semicolonAt(id int32, j int) bool {
	s := ix.semicolonBefore[id]
	return j < len(s) && s[j]
}

// cutBeforeWhom reports whether a listing cut the name (key p of full)
// right before, or inside, what says whom or which case it is for: the
// cut ends on an opener ("… đối với…", "… trường hợp…") or the unseen
// rest opens with a qualifier ("… lần đầu…" before "đối với tổ chức
// …"). The national list may hold the other continuations the catalogue
// lacks. A word cut in two is unseen; one word left unseen says little.
func cutBeforeWhom(p, full string) bool {
	if len(full) <= len(p) {
		return false
	}
	rest := full[len(p):]
	if rest[0] != ' ' {
		i := strings.IndexByte(rest, ' ')
		j := strings.LastIndexByte(p, ' ')
		if i < 0 || j < 0 {
			return false
		}
		rest, p = rest[i:], p[:j]
	}
	if len(strings.Fields(rest)) <= 1 {
		return false
	}
	ws := strings.Fields(p)
	switch last := ws[len(ws)-1]; last {
	case "với":
		return len(ws) < 2 || ws[len(ws)-2] != "liền" // "gắn liền với" is no opener
	case "cho", "của", "là", "hợp", "đối", "trong", "tại":
		return true
	}
	return qualifierNext(rest)
}

// qualifierOpeners open a qualifier of whom, what or where a name is for
// (key and folded forms): "… địa điểm kinh doanh [của hợp tác xã …]",
// "… [đối với cơ sở sản xuất …]", "… dịch vụ ăn uống [trong siêu thị …]",
// "… có yếu tố nước ngoài [tại khu vực biên giới]". A long name stopping
// right before one is the plain procedure, not the qualified one cut by
// a listing.
var qualifierOpeners = map[string]bool{"của": true, "cua": true, "đối": true, "doi": true, "cho": true,
	"trong": true, "tại": true, "tai": true, "có": true, "co": true}

// agencyAfterTai open the agency or level "tại" may name ("tại cấp tỉnh",
// "tại UBND cấp xã", "tại Công an tỉnh"), which says who handles the
// procedure, not which one it is (folded).
var agencyAfterTai = map[string]bool{"cap": true, "ubnd": true, "uy": true, "cong": true, "so": true,
	"bo": true, "phong": true, "trung": true, "co": true, "chi": true, "cuc": true}

// forEveryone reports whether the rest of name id is "cho" and the
// several people the procedure serves, listed: "Cấp Phiếu lý lịch tư
// pháp" stops before "cho công dân Việt Nam, người nước ngoài đang cư
// trú tại Việt Nam, người Việt Nam đang cư trú ở nước ngoài", which
// leaves out no one. One whom ("… cho người nước ngoài") narrows the
// name: "Cấp X" is then the plain procedure, which the list may lack.
// (Keys keep no comma: the name as written tells the list.)
func (ix *Index) forEveryone(id int32, rest string) bool {
	if !strings.HasPrefix(strings.TrimLeft(rest, " "), "cho ") {
		return false // most rests the prefix step asks of: no words split
	}
	if f := strings.Fields(rest); len(f) < 4 {
		return false
	}
	w := textnorm.Lower(ix.written(&ix.names[id]))
	i := strings.Index(w, " cho ")
	if i < 0 {
		return false
	}
	// The first whom, a few words, then a comma: "… cho các tổ chức
	// thực hiện kiểm định đối với các máy, thiết bị …" lists machines,
	// not people.
	first, _, listed := strings.Cut(w[i+len(" cho "):], ",")
	whom := strings.Fields(textnorm.Fold(first))
	return listed && len(whom) <= maxWhomWords && len(whom) > 0 && people[whom[0]]
}

// people open a whom forEveryone reads (folded): "cho công dân …",
// "cho người …", "cho tổ chức, cá nhân …", not "cho thiết bị xếp dỡ, nồi
// hơi …" nor "cho phương tiện của Lào, Campuchia".
var people = map[string]bool{"cong": true, "nguoi": true, "to": true, "ca": true, "cac": true, "can": true, "hoc": true}

// maxWhomWords bounds the first of the people forEveryone reads ("công
// dân Việt Nam").
const maxWhomWords = 4

// qualifierNext reports whether the rest of a name opens with a
// qualifier (qualifierOpeners).
func qualifierNext(rest string) bool {
	f := strings.Fields(rest)
	if len(f) == 0 || !qualifierOpeners[f[0]] {
		return false
	}
	if (f[0] == "tại" || f[0] == "tai") && len(f) > 1 && agencyAfterTai[textnorm.Fold(f[1])] {
		return false
	}
	return true
}

// prefixRange returns the names in sorted whose key starts with p (at most
// maxAmbiguous+1 of them: more only says "ambiguous").
func (ix *Index) prefixRange(sorted []int32, p string, key func(*indexedName) string) []int32 {
	var out []int32
	for i := ix.lowerBound(sorted, p, key); i < len(sorted) && len(out) <= maxAmbiguous; i++ {
		if !strings.HasPrefix(key(&ix.names[sorted[i]]), p) {
			break
		}
		out = append(out, sorted[i])
	}
	return out
}

// lowerBound is the first place in sorted whose name's key is p or after.
func (ix *Index) lowerBound(sorted []int32, p string, key func(*indexedName) string) int {
	lo, hi := 0, len(sorted)
	for lo < hi {
		mid := (lo + hi) / 2
		if key(&ix.names[sorted[mid]]) < p {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// currentOpens reports whether a current name's key (no alias or former
// name) opens with p's whole words: is p, or p and more words. It
// allocates nothing (the re-issue and case steps ask it of many
// entries).
func (ix *Index) currentOpens(p string) bool { return ix.currentWordsFrom(p, false, -1) }

// currentGoesOn reports whether a current name's key is key and more
// words: currentOpens without the name that is key itself.
func (ix *Index) currentGoesOn(key string) bool { return ix.currentWordsFrom(key, true, -1) }

// currentWordsFrom reports whether a current name's key other than name
// but's (-1: any) opens with p's whole words, and has more after them
// when more says so.
func (ix *Index) currentWordsFrom(p string, more bool, but int32) bool {
	for i := ix.lowerBound(ix.sortedKey, p, keyOfName); i < len(ix.sortedKey); i++ {
		nm := &ix.names[ix.sortedKey[i]]
		if !strings.HasPrefix(nm.key, p) {
			return false
		}
		if ix.sortedKey[i] != but && !nm.derived() && (len(nm.key) == len(p) && !more || len(nm.key) > len(p) && nm.key[len(p)] == ' ') {
			return true
		}
	}
	return false
}

// framed yields the names (aliases and former names too) whose key
// opens with the words before and closes with the words after, whatever
// stands between, nothing included. It walks the sorted keys from
// before's, as currentWordsFrom does, not every name.
func (ix *Index) framed(before, after []string) iter.Seq[int32] {
	return func(yield func(int32) bool) {
		p := strings.Join(before, " ") + " "
		for i := ix.lowerBound(ix.sortedKey, p, keyOfName); i < len(ix.sortedKey); i++ {
			id := ix.sortedKey[i]
			nm := &ix.names[id]
			if !strings.HasPrefix(nm.key, p) {
				return
			}
			if k := nm.keyTok; len(k) >= len(before)+len(after) && slices.Equal(k[len(k)-len(after):], after) && !yield(id) {
				return
			}
		}
	}
}

// keyOfName is a name's key, the order of sortedKey.
func keyOfName(n *indexedName) string { return n.key }

// midWordAll reports whether p ends inside a word of every name in ids.
func midWordAll(ix *Index, ids []int32, p string, folded bool) bool {
	for _, id := range ids {
		full := ix.names[id].key
		if folded {
			full = ix.names[id].fold
		}
		if len(full) <= len(p) || full[len(p)] == ' ' {
			return false
		}
	}
	return true
}

// smallWords are the words (key form) a portal may drop or add without
// naming another procedure.
var smallWords = map[string]bool{
	"của": true, "và": true, "các": true, "cho": true, "với": true, "tại": true,
	"trong": true, "về": true, "đối": true, "những": true, "được": true, "theo": true,
	"thuộc": true, "do": true, "từ": true, "việc": true, "hoặc": true,
}

// looseKey is the accent-free key without small words, from a key and its
// folded form (word for word); folded itself when they do not pair up.
func looseKey(key, folded string) string {
	whole := folded
	var b strings.Builder
	b.Grow(len(folded))
	for key != "" || folded != "" {
		var k, f string
		k, key, _ = strings.Cut(key, " ")
		f, folded, _ = strings.Cut(folded, " ")
		if (k == "") != (f == "") {
			return whole
		}
		if smallWords[k] {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(f)
	}
	return b.String()
}

// extendedLike reports whether name id (reached by trimming n to v) is the
// start of a longer catalogue name whose extra words look like what was
// trimmed off the end, or is no single name: "(cấp ỉtnh)" trimmed to reach
// "X" beside "X (cấp tỉnh)" is that name misspelt, while "tại UBND cấp
// huyện" trimmed beside "X (cấp tỉnh)" is X.
func (ix *Index) extendedLike(id int32, n, v textnorm.Name) bool {
	if id < 0 {
		return true
	}
	i := strings.LastIndex(n.Folded, v.Folded)
	if i < 0 {
		return true // cannot tell what was trimmed
	}
	trimmed := strings.TrimSpace(n.Folded[i+len(v.Folded):])
	if trimmed == "" {
		return false // trimmed in front only (numbering)
	}
	base := ix.names[id].fold
	// The domestic case said at length ("… giữa công dân Việt Nam cư
	// trú ở trong nước", rewrite.go domesticCitizensAt) is no longer
	// name's extra that reads alike ("… của công dân Việt Nam thường trú
	// ở khu vực biên giới …"), unless that extra says "trong nước" too.
	domesticCase := strings.HasSuffix(trimmed, "trong nuoc") && strings.Contains(trimmed, "cong dan viet nam")
	for _, e := range ix.prefixRange(ix.sortedFold, base+" ", func(nm *indexedName) string { return nm.fold }) {
		extra := strings.TrimSpace(ix.names[e].fold[len(base):])
		if domesticCase && !strings.Contains(extra, "trong nuoc") {
			continue
		}
		if sim, err := edlib.StringsSimilarity(trimmed, extra, edlib.Levenshtein); err == nil && sim >= 0.6 {
			return true
		}
	}
	return false
}

// settling is the opening "Giải quyết" (key form) that names no act of
// its own (noAct): "Giải quyết hưởng trợ cấp thất nghiệp" is the
// procedure of granting the allowance.
const settling = "giải quyết "

// benefitKey is "hưởng" in key form.
var benefitKey = textnorm.Key("hưởng")

// withoutSettling finds the one catalogue name that is a clean form of
// the entry with "Giải quyết" before it: "Hưởng trợ cấp thất nghiệp
// (Cấp tỉnh)" is 1.001978 "Giải quyết hưởng trợ cấp thất nghiệp", not
// the names that hold it after an act of their own ("Tiếp tục hưởng …",
// "Tạm dừng hưởng …"), among which the contained step cannot choose. A
// name the catalogue has without "Giải quyết" the exact steps found. The
// applicant's "Đăng ký hưởng trợ cấp thất nghiệp" asks for the same
// grant: no catalogue name opens with "Đăng ký hưởng". "Chế độ" after
// "hưởng" may be said or not (regimeToggled).
func (ix *Index) withoutSettling(clean []cleanForm, ctx Context) (Match, bool) {
	for _, c := range clean {
		k := c.name.Key
		if r, ok := strings.CutPrefix(k, registerKey+" "); ok && strings.HasPrefix(r, benefitKey+" ") {
			k = r
		}
		if k == "" || strings.HasPrefix(k, settling) || strings.Count(k, " ") < 2 {
			continue
		}
		for _, v := range []string{k, regimeToggled(k)} {
			if id, ok := ix.byKey[settling+v]; v != "" && ok && !ix.names[id].derived() {
				return ix.exactMatch(id, MatchNormalized, 0.95, ctx), true
			}
		}
	}
	return Match{}, false
}

// regimeToggled is key k opening "hưởng chế độ X" as "hưởng X", or
// "hưởng X" as "hưởng chế độ X"; "" for other keys. The list says
// "Giải quyết hưởng chế độ ốm đau" and "Giải quyết hưởng bảo hiểm xã hội
// một lần", and portals either way ("Hưởng chế độ bảo hiểm xã hội một
// lần"); no two of its names differ so alone.
func regimeToggled(k string) string {
	if r, ok := strings.CutPrefix(k, benefitKey+" "+regimeKey+" "); ok {
		return benefitKey + " " + r
	}
	if r, ok := strings.CutPrefix(k, benefitKey+" "); ok {
		return benefitKey + " " + regimeKey + " " + r
	}
	return ""
}

// regimeKey is "chế độ" in key form.
var regimeKey = textnorm.Key("chế độ")

// plainWords are the words of s in lower case, its leading "Thủ tục"
// kept (keys drop it).
func plainWords(s string) []string {
	return textnorm.Tokens(textnorm.Lower(textnorm.Clean(s)))
}

// holdsRun reports whether words hold run, side by side.
func holdsRun(words, run []string) bool { return runAt(words, run) >= 0 }

// runAt is where run first stands in seq, element for element, or -1.
func runAt[T comparable](seq, run []T) int {
	for i := 0; i+len(run) <= len(seq); i++ {
		if slices.Equal(seq[i:i+len(run)], run) {
			return i
		}
	}
	return -1
}

// oneScope reports whether procedures share their levels and agencies:
// nothing of a page's context chooses among them.
func oneScope(ps []*catalog.Procedure) bool {
	for _, p := range ps[1:] {
		if !slices.Equal(p.Levels, ps[0].Levels) || !slices.Equal(p.Agencies, ps[0].Agencies) {
			return false
		}
	}
	return true
}

// writtenFirst puts first, of the procedures an exact match shares one
// name with, one the catalogue writes exactly as the entry does: "Hỗ trợ
// phát triển sản xuất cộng đồng" is 1.012124's and 1.012254's name as
// written, and 1.011250's with "Thủ tục" before it, which the keys drop.
// A twin the page's level chose (a normalized match) stays; where no
// level or agency tells the procedures apart, the one whose words the
// entry holds whole and longest, letter case aside, comes first ("HỖ TRỢ
// PHÁT TRIỂN SẢN XUẤT CỘNG ĐỒNG" and "1. Hỗ trợ … (Mức độ 4)" are
// 1.012124's, "THỦ TỤC HỖ TRỢ …" 1.011250's), as the entry written
// exactly would have found it.
func writtenFirst(m Match, text string) Match {
	if m.Procedure == nil || len(m.Candidates) < 2 || textnorm.Clean(m.Procedure.Name) == text {
		return m
	}
	best := -1
	switch {
	case m.Kind == MatchExact:
		for i, c := range m.Candidates {
			if textnorm.Clean(c.Name) == text && c.Active() {
				best = i
				break
			}
		}
	case m.Kind == MatchNormalized && oneScope(m.Candidates):
		// "Tên thủ tục: …", "Thủ tục: …" name the field: their "thủ tục"
		// opens no name (withoutSimpleLeads).
		entry := plainWords(withoutSimpleLeads(text))
		longest := 0
		for i, c := range m.Candidates {
			if w := plainWords(c.Name); c.Active() && len(w) > longest && holdsRun(entry, w) {
				best, longest = i, len(w)
			}
		}
	}
	if best <= 0 {
		return m // none written so, or the first already
	}
	c := m.Candidates[best]
	m.Procedure, m.Candidates = c, append([]*catalog.Procedure{c}, slices.Delete(slices.Clone(m.Candidates), best, best+1)...)
	return m
}
