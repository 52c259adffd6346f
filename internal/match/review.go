package match

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// Doubt goes to a person. A best candidate the matcher will not accept is
// not dropped (which would make one false "missing" and one "unmatched"
// entry): the match says MatchReview, with the candidate, its score and
// why it was not accepted.

// ReviewReason says why a candidate was not accepted.
type ReviewReason string

// The reasons of a review.
const (
	// ReasonDistinguishing: the names differ by a word that tells
	// catalogue procedures apart ("lại", "chuyên", "tạm"/"thường", a number).
	ReasonDistinguishing ReviewReason = "distinguishing_word"
	// ReasonLowScore: the best candidate scores under the accept threshold.
	ReasonLowScore ReviewReason = "low_score"
	// ReasonClose: another candidate scores nearly as well.
	ReasonClose ReviewReason = "close_candidates"
	// ReasonTwins: the catalogue has the name once per level or agency and
	// nothing on the page says which.
	ReasonTwins ReviewReason = "twins"
	// ReasonSubstituted: the reworded step found words of the entry
	// replaced by others of the candidate ("… cơ sở" / "… toàn quốc"),
	// which names another object more often than a rewording does.
	ReasonSubstituted ReviewReason = "substituted_words"
	// ReasonLevel: the catalogue has the name at another level than the
	// entry's ("Trình báo mất thẻ ABTC tại Công an cấp tỉnh" when only
	// the central procedure is listed).
	ReasonLevel ReviewReason = "other_level"
	// ReasonMerged: the entry is the old title of a procedure the
	// catalogue merged into a wider one, the candidate ("Cấp giấy phép
	// xây dựng công trình tôn giáo", one kind of works of today's graded
	// permit). The issue's own labels call such a title no procedure, its
	// successor noted: a person decides whether the portal should publish
	// the successor.
	ReasonMerged ReviewReason = "merged_procedure"
)

// ReviewReasons are every reason a review may give, for the reports'
// table of words to name each one.
var ReviewReasons = []ReviewReason{ReasonDistinguishing, ReasonLowScore, ReasonClose, ReasonTwins, ReasonSubstituted, ReasonLevel, ReasonMerged}

// Review is a candidate not accepted, for a person to decide.
type Review struct {
	// Candidate is the best candidate.
	Candidate *catalog.Procedure
	// Score is its similarity in [0,1].
	Score  float64
	Reason ReviewReason
	// Words are, for ReasonDistinguishing, the distinguishing words on one
	// side only (key form); for ReasonSubstituted, the words replaced.
	Words []string
}

// reviewOf is a match left to a person: p the candidate, with its score,
// why it was not taken and the words that say so.
func reviewOf(p *catalog.Procedure, score float64, reason ReviewReason, words []string) Match {
	return Match{Kind: MatchReview, Score: score, Candidates: []*catalog.Procedure{p},
		Review: &Review{Candidate: p, Score: score, Reason: reason, Words: words}}
}

// reviewName is reviewOf for name id's procedure, the score rounded as
// the steps report it.
func (ix *Index) reviewName(id int32, score float64, reason ReviewReason, words []string) Match {
	m := ix.nameMatch(id, MatchReview, round4(score))
	p := m.Procedure
	m.Procedure, m.Candidates = nil, []*catalog.Procedure{p}
	m.Review = &Review{Candidate: p, Score: m.Score, Reason: reason, Words: words}
	return m
}

// Thresholds of the reworded step (a published name said in other words:
// a phrase added or dropped, words reordered, an old wording). Its score
// is the plain weighted Dice of the two names' words, without the family
// penalties of the fuzzy step: the distinguishing-word guard does that
// work, and the margin keeps it off names that two procedures share.
const (
	// RewordThreshold is the least plain score accepted when no
	// distinguishing word differs.
	RewordThreshold = 0.74
	// RewordMargin is how far ahead of the next acceptable candidate the
	// best must be.
	RewordMargin = 0.08
	// ReviewFloor is the least score worth a person's look.
	ReviewFloor = 0.6
	// containedReviewFloor is the least score of a name holding every
	// word of the entry ("Đăng ký chương trình khuyến mại mang tính may
	// rủi" in "Đăng ký hoạt động khuyến mại đối với chương trình khuyến mại
	// mang tính may rủi thực hiện trên địa bàn …"): an old or shortened
	// name a person can confirm, rather than one more "missing" and one
	// more "unmatched".
	containedReviewFloor = 0.5
	// rewordMinWords: shorter texts are menus and headings, not names.
	rewordMinWords = 4
	// maxReworded is how many candidates the step scores in full.
	maxReworded = 48
)

// handDistinct are family words the catalogue may not pair up by itself
// (key form): a name without its plain twin in the list ("… trường trung
// học phổ thông chuyên") still must not take a published name lacking it.
// "nhánh" (chi nhánh: a branch's procedure is never its company's),
// "thế" (thay thế: a replacement, like cấp lại) and "đóng" (closing a
// port or a road is never operating it; đóng mới, building a ship, is
// never repairing one), "toán" (thanh toán, quyết toán, kiểm toán, kế
// toán: paying, settling or auditing is another act than the one named
// without it) and the neighbours "lào", "campuchia" (a procedure's
// countries are its scope) were found by TestLeaveOutPrecision.
var handDistinct = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("lại đổi sửa bổ sung hạn hồi lưu chấm dứt tạm ngừng ngưng điều chỉnh sáp nhập chia tách không trừ mới miễn giảm hủy huỷ xóa xoá chuyên thường trú ngoài lần đầu trích lục sao nhánh thế đóng toán lào campuchia") {
		m[textnorm.Key(w)] = true
	}
	return m
}()

// misspeltFamilyWord reports whether an entry's word the catalogue never
// uses is a hand family word misspelt, one letter added, dropped, changed
// or swapped: "Cấp lạ Giấy phép …", "Cấp li …", "cap lai …" are "Cấp
// lại", and a name without "lại" is not theirs. The fuzzy step reads a
// word it does not know as noise, which left the first issue's name
// whole. A word as near to one the name left unpaired (left, key form)
// is that word misspelt: "Giấy chứng hận" is "nhận", not "hạn".
func (ix *Index) misspeltFamilyWord(k string, left []string) bool {
	if _, known := ix.words.folds[k]; known || handDistinct[k] || utf8.RuneCountInString(k) < 2 {
		// A lone letter ("bị" split "b ị") is a word broken apart, not
		// one misspelt.
		return false
	}
	for _, c := range left {
		if osaWithinOne(k, c) {
			return false
		}
	}
	f := ""
	for w := range handDistinct {
		if !osaWithinOne(k, w) {
			continue
		}
		if f == "" {
			f = textnorm.FoldKey(k)
		}
		// Another tone is another word ("Lân Sư Rồng", the lion dance,
		// is no "lần"), which the catalogue may not know.
		if !handDistinctFolds[f] {
			return true
		}
	}
	return false
}

// handDistinctFolds are the handDistinct words folded, as the
// vocabulary holds them.
var handDistinctFolds = func() map[string]bool {
	m := map[string]bool{}
	for k := range handDistinct {
		m[textnorm.Fold(k)] = true
	}
	return m
}()

// shortenedDistinct are family words that stop a shortened name even
// when the catalogue has no plain twin to learn them from.
var shortenedDistinct = map[string]bool{"chuyên": true, "lại": true, "đổi": true, "ngoài": true, "tạm": true, "thường": true, "lưu": true}

// distinctPhrases are family phrases of two words (key form), each too
// common alone to tell procedures apart ("trung" of "trung ương",
// "trung tâm"): "học sinh phổ thông" is every general school's pupil, no
// "học sinh trung học phổ thông".
var distinctPhrases = map[string]bool{"trung học": true}

// maxDistinctShare: a learned word in more than this share of the names
// ("cấp", "giấy") separates some pairs by accident, not a family.
const maxDistinctShare = 0.05

// distinguishing reports whether a key word tells procedures apart.
func (ix *Index) distinguishing(key string) bool {
	if handDistinct[key] || hasDigit(key) {
		return true
	}
	return ix.learned(key)
}

// learned reports whether the catalogue itself tells two names apart by
// this word alone. One letter, a very common word or a tense word ("đã":
// "người đã được tặng" / "người được tặng"; aspect.go) does so only by
// accident.
func (ix *Index) learned(key string) bool {
	if ix.distinct[key] == 0 || smallWords[key] || aspectWords[key] || utf8.RuneCountInString(key) < 2 {
		return false
	}
	f, ok := ix.words.folds[key]
	if !ok {
		f = textnorm.Fold(key)
	}
	if id, ok := ix.vocab[f]; ok && float64(ix.tokens[id].df) > maxDistinctShare*float64(len(ix.names)) {
		return false
	}
	return true
}

// insertedContrast reports whether the entry's word at p is one the
// catalogue only ever set against another in its place ("chuyển đi" /
// "chuyển đến"), standing between two words the name writes side by
// side, where the name holds none of the words it was set against: "vợ
// hoặc chồng liệt sĩ [đi] lấy chồng" is the "đi" of going to do
// something, not the direction the catalogue tells apart.
func (ix *Index) insertedContrast(etoks []entryToken, p int, keys []string) bool {
	k := etoks[p].key
	if p == 0 || p+1 >= len(etoks) || handDistinct[k] || hasDigit(k) || ix.dropped[k] || len(ix.partners[k]) == 0 {
		return false
	}
	for _, o := range ix.partners[k] {
		if slices.Contains(keys, o) {
			return false
		}
	}
	for j := 0; j+1 < len(keys); j++ {
		if keys[j] == etoks[p-1].key && keys[j+1] == etoks[p+1].key {
			return true
		}
	}
	return false
}

// diff pairs the entry's words with name id's and returns the plain score
// and the distinguishing words left unpaired: any on the entry's side or
// inside the name; at the end of the name (a name shortened or cut, which
// drops its tail by nature) only a strong family word or a number.
// entryLevel are level words (folded) the entry's own qualifier named
// before it was stripped ("huyen" for "… cấp huyện").
func (ix *Index) diff(n textnorm.Name, id int32, entryLevel []string, bracketless bool) diffResult {
	sc := ix.scratch.Get().(*scratch)
	defer ix.scratch.Put(sc)
	etoks, eW := ix.entryTokens(sc, n)
	return ix.diffTokens(sc, etoks, eW, id, entryLevel, bracketless)
}

// diffTokens is diff on the entry's words already weighed (the fuzzy step
// has them at hand).
func (ix *Index) diffTokens(sc *scratch, etoks []entryToken, eW float64, id int32, entryLevel []string, bracketless bool) diffResult {
	if len(etoks) == 0 {
		return diffResult{}
	}
	nm := &ix.names[id]
	bare := int(ix.bareLen[id])
	if bracketless && bare < len(nm.keyTok) {
		// The entry lost its brackets: pair it with the name's words
		// before its own, whose words stay unpaired at the end.
		v := nm.head(bare)
		nm = &v
	}
	s := ix.scoreWith(sc, etoks, eW, nm, false)
	var eLeft, cLeft []string // folded words left unpaired, in order
	var eKeys, cKeys []string
	var ePos []int
	for i, t := range etoks {
		if !sc.eUsed[i] {
			eLeft, eKeys = append(eLeft, t.fold), append(eKeys, t.key)
			ePos = append(ePos, i)
		}
	}
	lastPaired := -1
	var cPos []int
	for j, k := range nm.keyTok {
		if sc.used[j] == 0 {
			cLeft, cKeys = append(cLeft, ix.tokens[nm.tokIDs[j]].text), append(cKeys, k)
			cPos = append(cPos, j)
		} else {
			lastPaired = j
		}
	}
	full := &ix.names[id]
	for j := len(nm.keyTok); j < len(full.keyTok); j++ {
		cLeft, cKeys = append(cLeft, ix.tokens[full.tokIDs[j]].text), append(cKeys, full.keyTok[j])
		cPos = append(cPos, j)
	}
	for _, l := range entryLevel {
		eLeft, eKeys = append(eLeft, l), append(eKeys, levelKey[l])
	}
	// A word split or joined differently ("Căm-pu-chia" / "Căm – pu – chi
	// – a", "Campuchia") is the same word.
	eOK, cOK := explainSplits(eLeft, cLeft), explainSplits(cLeft, eLeft)
	for i, w := range eLeft {
		if j := slices.Index(cLeft, w); levelWord[w] && j >= 0 {
			eOK[i], cOK[j] = true, true // the same level, said in another place
		}
	}
	// "trên địa bàn 1 tỉnh" is "trên địa bàn tỉnh" (scope.go).
	for i, p := range ePos {
		if p+1 < len(etoks) && singularLevel(eKeys[i], etoks[p+1].key, sc.eUsed[p+1]) {
			eOK[i] = true
		}
	}
	for j, p := range cPos {
		if p+1 < len(nm.keyTok) && singularLevel(cKeys[j], nm.keyTok[p+1], sc.used[p+1] != 0) {
			cOK[j] = true
		}
	}
	localAuthority(eKeys, cLeft, cPos, full.keyTok, eOK, cOK)
	// A word one letter from the name's, in its place between its
	// neighbours, where the catalogue never writes it, is the name's word
	// misspelt (slips.go): neither a word that tells procedures apart nor
	// one replaced. Tones alone ("thường" / "thương") are the folded
	// pairing's to judge.
	for i, p := range ePos {
		for j, q := range cPos {
			if !eOK[i] && !cOK[j] && eLeft[i] != cLeft[j] && osaWithinOne(cLeft[j], eLeft[i]) && ix.slipInPlace(etoks, p, full.keyTok, q) {
				eOK[i], cOK[j] = true, true
			}
		}
	}
	// "chế độ [trợ cấp]" for "chế độ [ưu đãi]": the kind of regime,
	// said either way for one procedure (split.go), when both sides say
	// one; a kind on one side only may stand where the other names the
	// regime's object ("chế độ [ưu đãi] người …" / "chế độ [con đẻ của]
	// người …").
	if eReg := regimeRuns(entryKeys(etoks)); eReg != nil {
		if cReg := regimeRuns(full.keyTok); cReg != nil {
			for i, p := range ePos {
				eOK[i] = eOK[i] || eReg[p]
			}
			for j, q := range cPos {
				cOK[j] = cOK[j] || cReg[q]
			}
		}
	}
	doubledLeft(full.keyTok, cPos, cOK)        // slips.go
	ix.subjectLeft(id, full.keyTok, cPos, cOK) // subject.go
	// saysMore: the entry has words of its own left unpaired.
	saysMore := false
	for i, k := range eKeys {
		if !eOK[i] && !smallWords[k] {
			saysMore = true
			break
		}
	}
	ix.firstTimeLeft(id, full.keyTok, cPos, cOK, saysMore) // firsttime.go
	// "Phê duyệt [hoặc điều chỉnh] Đề án …": an alternative the name
	// offers after a word the entry has, up to where they pair again, is
	// the same procedure named by its first act (the catalogue lists no
	// name with that act alone, or the exact steps would have found it).
	alternativeRuns(sc.used[:len(nm.tokIDs)], full.keyTok, cPos, cOK)
	ix.amendPair(etoks, sc.eUsed, ePos, eOK, full.keyTok)
	ix.amendPairName(etoks, sc.used[:len(nm.tokIDs)], cPos, cOK, full.keyTok)
	firstOfActs(etoks, full.keyTok, cPos, cOK)
	newIssue(etoks, ePos, eOK, full.keyTok)
	leftActs := ix.leftActItems(etoks, sc.eUsed, sc.used[:len(nm.tokIDs)], id, full.keyTok, cPos, cOK)
	// The first words each side pairs.
	fe, fc := -1, -1
	for i := range etoks {
		if sc.eUsed[i] {
			fe = i
			break
		}
	}
	for j, u := range sc.used[:len(nm.tokIDs)] {
		if u != 0 {
			fc = j
			break
		}
	}
	// The entry's first words, left unpaired, saying the name's act
	// another way: nothing distinguishing, nothing replaced.
	lead := restatedLead(etoks, fe, nm.keyTok, fc)
	sameLead := lead > 0
	for i, p := range ePos {
		eOK[i] = eOK[i] || p < lead
	}
	// "[Đăng ký,] cấp …" on one side only, the rest all paired:
	// registering for the issue (registersIssue), nothing distinguishing.
	// With more left on either side, the lead stays a word that may tell
	// the names apart (a list cut before "… nhập[, xuất kho ngoại
	// quan]" is no "… nhập khẩu").
	restPaired := func(from, upto int) bool {
		for i, p := range ePos {
			if p >= from && !eOK[i] && !smallWords[eKeys[i]] {
				return false
			}
		}
		for j, q := range cPos {
			if q >= upto && !cOK[j] && !smallWords[cKeys[j]] {
				return false
			}
		}
		return true
	}
	if fe >= 2 && fc >= 0 && etoks[fe].key == "cấp" && etoks[fe-1].key == register.keys[1] && etoks[fe-2].key == register.keys[0] {
		ek := firstKeys(etoks, fe+1)
		if registersIssue(ek, fe, ek[fe]) && onlyFillers(full.keyTok[:fc]) && restPaired(fe, fc) {
			for i, p := range ePos {
				eOK[i] = eOK[i] || p < fe
			}
		}
	}
	if fc >= 2 && fe >= 0 && registersIssue(full.keyTok, fc, full.keyTok[fc]) && onlyFillers(firstKeys(etoks, fe)) && restPaired(fe, fc) {
		for j, q := range cPos {
			cOK[j] = cOK[j] || q < fc
		}
	}
	// A level word is distinguishing when both sides leave one unpaired
	// (cấp huyện / cấp tỉnh) or one side leaves a whole "cấp tỉnh".
	// "hợp tác xã" names a cooperative, no commune.
	eCoop := func(i int) bool { // the entry's level words after ePos are its qualifier's
		return i < len(ePos) && eLeft[i] == "xa" && ePos[i] > 0 && etoks[ePos[i]-1].key == coopKey
	}
	cCoop := func(j int) bool { return cLeft[j] == "xa" && cPos[j] > 0 && full.keyTok[cPos[j]-1] == coopKey }
	for i := range ePos {
		eOK[i] = eOK[i] || eCoop(i)
	}
	for j := range cPos {
		cOK[j] = cOK[j] || cCoop(j)
	}
	eLevel, cLevel := levelLeftBut(eLeft, eCoop), levelLeftBut(cLeft, cCoop)
	var words []string
	for i, k := range eKeys {
		if eOK[i] || slices.Contains(words, k) {
			continue
		}
		if levelWord[eLeft[i]] {
			if (cLevel || i > 0 && eLeft[i-1] == "cap") && distinctLevel(k) {
				words = append(words, k)
			}
		} else if (ix.distinguishing(k) || ix.misspeltFamilyWord(k, cKeys)) && !ix.insertedContrast(etoks, ePos[i], full.keyTok) {
			words = append(words, k)
		}
	}
	for j, k := range cKeys {
		if cOK[j] || slices.Contains(words, k) {
			continue
		}
		trailing := cPos[j] > lastPaired
		switch {
		case levelWord[cLeft[j]]:
			if (eLevel || j > 0 && cLeft[j-1] == "cap") && distinctLevel(k) {
				words = append(words, k)
			}
		case trailing:
			if shortenedDistinct[k] && !conjoinedAfter(full.keyTok, lastPaired) && !(actRepeat[k] && ix.inOtherActItem(etoks, id, full.keyTok, lastPaired, cPos[j])) || hasDigit(k) && !docNumberAt(full.keyTok, cPos[j]) && !ix.repeatsNumber(etoks, id, full.keyTok, lastPaired, cPos[j]) {
				words = append(words, k)
			}
		case ix.distinguishing(k):
			words = append(words, k)
		}
	}
	// A family phrase the name leaves unpaired whose words are too common
	// alone ("trung học": "… học sinh [trung học] phổ thông").
	for j := 0; j+1 < len(cKeys); j++ {
		if !cOK[j] && !cOK[j+1] && cPos[j+1] == cPos[j]+1 && distinctPhrases[cKeys[j]+" "+cKeys[j+1]] && !slices.Contains(words, cKeys[j]) {
			words = append(words, cKeys[j], cKeys[j+1])
		}
	}
	// A tail the catalogue makes variants with (tails.go).
	var trailing []string
	for j, p := range cPos {
		if p > lastPaired && !cOK[j] {
			trailing = append(trailing, cKeys[j])
		}
	}
	for _, k := range ix.variantTail(trailing) {
		if !smallWords[k] && !slices.Contains(words, k) {
			words = append(words, k)
		}
	}
	// The province a local procedure names (province.go), unpaired.
	if len(cPos) > 0 && mayNameProvince(full.fold) {
		folds := make([]string, len(full.tokIDs))
		for j, t := range full.tokIDs {
			folds[j] = ix.tokens[t].text
		}
		for _, sp := range provinceSpans(folds) {
			if slices.Contains(cPos, sp[0]) && !slices.Contains(words, full.keyTok[sp[0]]) {
				words = append(words, full.keyTok[sp[0]])
			}
		}
	}
	// Another name goes on from the same words another way (tails.go):
	// the entry stopping there names neither. An entry going on with
	// words of its own replaced the tail (subst below) instead.
	stops := true
	for i, k := range eKeys {
		if !eOK[i] && !smallWords[k] && !levelWord[eLeft[i]] && !leadFiller[k] {
			stops = false
			break
		}
	}
	if stops && len(words) == 0 && len(trailing) > 0 && (ix.divergesAfter(id, lastPaired) || narrowingTail(trailing) || shortStop(etoks, trailing) && !ix.listedAt(id, lastPaired+1)) {
		for _, k := range trailing {
			if !smallWords[k] {
				words = append(words, k)
				break
			}
		}
	}
	// "Thông báo thành lập/thay đổi tổ hợp tác": acts the name offers as
	// alternatives near its start, of which the entry names one, are the
	// one procedure the old separate ones were merged into.
	for _, w := range slashActs(ix.written(full)) {
		if slices.ContainsFunc(etoks, func(t entryToken) bool { return t.fold == w }) {
			continue // the entry names that act too
		}
		for j, k := range cKeys {
			if !cOK[j] && cLeft[j] == w && !slices.Contains(words, k) {
				words = append(words, k)
			}
		}
	}
	// "tạm nhập, tái xuất" / "tạm xuất, tái nhập": the same words, the
	// other way round, are the other procedure.
	if w := swappedDirections(etoks, full.keyTok); w != "" && !slices.Contains(words, w) {
		words = append(words, w)
	}
	// The entry names another procedure whole besides this one ("Cấp
	// Giấy chứng nhận đủ điều kiện trạm nạp LPG vào chai, xe bồn" holds
	// both "… vào chai" and "… vào xe bồn"): a list of two, or an old
	// procedure the catalogue split, never this one alone.
	for i, p := range ePos {
		k := eKeys[i]
		if eOK[i] || smallWords[k] || levelWord[eLeft[i]] || slices.Contains(words, k) {
			continue
		}
		if ix.coversOther(etoks, p, id) {
			words = append(words, k)
		}
	}
	// A subject the entry names in its middle, another than the name's
	// (subjectrun.go).
	if k := ix.otherSubject(etoks, sc.eUsed, ePos, eOK, full.keyTok); k != "" && !slices.Contains(words, k) {
		words = append(words, k)
	}
	// "đã" on one side, "đang" on the other (aspect.go).
	for _, k := range aspectClash(eKeys, cKeys) {
		if !slices.Contains(words, k) {
			words = append(words, k)
		}
	}
	// An act put before the other's first word ("Thủ tục [cấp giấy] tạm
	// nhập khẩu …", "[Thông báo] chấm dứt hoạt động …"): issuing a paper
	// for an act, or notifying it, is another procedure than the act.
	// "Thủ tục", "giải quyết" and "hồ sơ đề nghị" only name the
	// procedure.
	leadAct := func(keys []string, first int) string {
		for _, k := range keys[:first] {
			if !smallWords[k] && !noAct(k) && !textnorm.AllDigits(k) {
				return k
			}
		}
		return ""
	}
	if fe >= 0 && fc >= 0 {
		// The name's words before its first paired one, but for acts of
		// its list the entry leaves out (actitems.go): "[thay đổi, cải
		// chính, bổ sung thông tin hộ tịch,] xác định lại dân tộc".
		nameLead := notLeft(nm.keyTok, fc, leftActs)
		ek := make([]string, fe)
		for i := range ek {
			ek[i] = etoks[i].key
		}
		if w := leadAct(ek, fe); w != "" && leadAct(nm.keyTok, fc) == "" && !slices.Contains(words, w) && !sameLead &&
			!(w == "cấp" && fe == 1 && fc == 0 && issueOf([]string{w, etoks[fe].key}, 1) && len(etoks) > 2 && len(nm.keyTok) > 1 && etoks[2].key == nm.keyTok[1]) &&
			!(fc == 0 && issuesPaper(firstKeys(etoks, fe+3), fe) && etoks[fe].key == nm.keyTok[0]) &&
			!(fc == 0 && confirmationPaper(firstKeys(etoks, fe+2), fe)) &&
			!(leadAct(nm.keyTok, fc) == "" && registersIssue(ek, fe, etoks[fe].key)) {
			words = append(words, w)
		} else if w := leadAct(nameLead, len(nameLead)); w != "" && leadAct(ek, fe) == "" && !slices.Contains(words, w) &&
			!(issueOf(nm.keyTok, fc) && fe == 0 && len(etoks) > 1 && len(nm.keyTok) > 2 && etoks[0].key == nm.keyTok[1] && etoks[1].key == nm.keyTok[2]) &&
			!(fe == 0 && issuesPaper(nm.keyTok, fc) && etoks[0].key == nm.keyTok[fc]) &&
			!(confirmationPaper(nm.keyTok, fc) && fe == 0 && len(etoks) > 1 && etoks[0].key == "xác" && etoks[1].key == "nhận") &&
			!registersIssue(nameLead, len(nameLead), nm.keyTok[fc]) {
			words = append(words, w)
		}
	}
	// The entry's level word where the name names another level: "…
	// nhiệm vụ cấp tỉnh …" beside "… nhiệm vụ cấp cơ sở …", "… do tỉnh
	// quản lý" beside "… do Bộ Nội vụ quản lý".
	for i, t := range etoks {
		if sc.eUsed[i] || !levelWord[t.fold] || !distinctLevel(t.key) || slices.Contains(words, t.key) {
			continue
		}
		el := levelIn("cap " + t.fold)
		if el == "" {
			continue
		}
		clash := false
		if i > 0 && etoks[i-1].fold == "cap" {
			for j := 0; j+1 < len(nm.keyTok); j++ {
				clash = clash || nm.keyTok[j] == "cấp" && sc.used[j] != 0 && sc.used[j+1] == 0
			}
		}
		if a := agencyLevel(strings.Join(cLeft, " ")); a != "" && a != el {
			clash = true
		}
		if clash {
			words = append(words, t.key)
		}
	}
	// And the other way: the name's level word where the entry names an
	// agency of another level ("… do tỉnh quản lý" beside "… do Bộ Nội
	// vụ quản lý").
	for j, k := range cKeys {
		if cOK[j] || !levelWord[cLeft[j]] || !distinctLevel(k) || slices.Contains(words, k) {
			continue
		}
		var eWords []string
		for i, t := range etoks {
			if !sc.eUsed[i] {
				eWords = append(eWords, t.fold)
			}
		}
		if a := agencyLevel(strings.Join(eWords, " ")); a != "" && a != levelIn("cap "+cLeft[j]) {
			words = append(words, k)
			continue
		}
		// "… nhiệm vụ cấp tỉnh …" beside "… nhiệm vụ cấp cơ sở …": the
		// name's level after its "cấp", other words after the entry's.
		if p := cPos[j]; p > 0 && p < len(nm.keyTok) && nm.keyTok[p-1] == "cấp" && sc.used[p-1] != 0 {
			for i := 0; i+1 < len(etoks); i++ {
				if etoks[i].key == "cấp" && sc.eUsed[i] && !sc.eUsed[i+1] && !levelWord[etoks[i+1].fold] {
					words = append(words, k)
					break
				}
			}
		}
	}
	// A misspelt word of the entry ("lạ iGiấy" for "lại Giấy") may hide a
	// distinguishing one: the reworded step never takes what it cannot
	// read.
	for i, t := range etoks {
		// A known word is taken as a misspelt family word only when the
		// catalogue hardly uses it ("lạ" for "lại"; not "đối" for "đổi").
		misspelt := t.id < 0 || t.df <= 2 && ix.nearDisc(t.key)
		if !sc.eUsed[i] && misspelt && !slices.Contains(words, t.key) && !eOKKey(eKeys, eOK, t.key) {
			words = append(words, t.key)
		}
	}
	// Content words unpaired on both sides: a substitution. Level words
	// and "cấp" are qualifiers, split words are the same word.
	// A word one typo from an unpaired word of the other side is that
	// word misspelt, not replaced.
	// Two words the catalogue both spells so ("đăng"/"bằng", "đích"/
	// "định") are two words, not one misspelt: the scoring would have
	// paired a typo. A word it never spells so ("nhâ" for "nhân") may be,
	// and so may one beside a damaged word, whose letter it may have
	// taken or lost ("đối vớit ổ chức").
	var damagedKeys []string // few or none: a slice beats a map
	for i, t := range etoks {
		if t.id < 0 || i > 0 && etoks[i-1].id < 0 || i+1 < len(etoks) && etoks[i+1].id < 0 {
			damagedKeys = append(damagedKeys, t.key)
		}
	}
	damaged := func(k string) bool { return slices.Contains(damagedKeys, k) }
	known := func(k string) bool { _, ok := ix.nearDiscKey[k]; return ok }
	// A word the catalogue spells with other tones ("lân" for its "lan")
	// is a word, not a typo of another of its length ("bàn"): a typo
	// that changes a letter and the tones both is rare. One with a letter
	// dropped ("nhâ" for "nhân", "chậ" for "chậm") may spell another word.
	wordLike := func(k, f string) bool {
		if known(k) {
			return true
		}
		_, ok := ix.vocab[f]
		return ok
	}
	content := func(left, keys []string, ok []bool, other, otherKeys []string) []string {
		var out []string
		for i, k := range keys {
			// Level words in key form: "phương" (tiện) folds like
			// "phường", "cập" (nhật) like "cấp".
			if ok[i] || smallWords[k] || aspectWords[k] || levelWord[left[i]] && distinctLevel(k) || k == "cấp" || textnorm.AllDigits(left[i]) || damaged(k) {
				continue
			}
			misspelt := false
			for j, o := range other {
				if !osaWithinOne(o, left[i]) {
					continue
				}
				if damaged(k) || damaged(otherKeys[j]) || len(o) >= 3 && !(known(k) && known(otherKeys[j])) &&
					!(len(o) == len(left[i]) && wordLike(k, left[i]) && wordLike(otherKeys[j], o)) {
					misspelt = true
					break
				}
			}
			if misspelt {
				continue
			}
			out = append(out, k)
		}
		return out
	}
	var subst []string
	if e, c := content(eLeft, eKeys, eOK, cLeft, cKeys), content(cLeft, cKeys, cOK, eLeft, eKeys); len(e) > 0 && len(c) > 0 {
		subst = append(e, c...)
	}
	// A word paired as a typo of another when both are words the
	// catalogue spells so, one letter replaced ("phân phối" / "phát
	// điện", "khẩn cấp" / "khảo cổ", "quyền liên quan" / "phương tiện"),
	// is a word replaced: the scoring pairs them for the misspelt word
	// that happens to spell another, which a known word beside no damage
	// is not. A letter dropped or added ("năng lưng" for "năng lượng")
	// and s for x ("sản suất") are the usual misspellings that spell
	// other words; they stay typos.
	var typoKeys []string
	for j, u := range sc.used[:len(nm.tokIDs)] {
		// An aspect word says when, not what: paired with any word, it
		// replaced no object (aspect.go).
		if u == usedTypo && known(nm.keyTok[j]) && !aspectWords[nm.keyTok[j]] {
			typoKeys = append(typoKeys, nm.keyTok[j])
		}
	}
	// So is a word paired without its diacritics with another the
	// catalogue spells ("đóng" / "động"), unless they differ only by the
	// hỏi and ngã tones, which writers confuse ("hổ trợ").
	for j, u := range sc.used[:len(nm.tokIDs)] {
		if u != usedFolded || !known(nm.keyTok[j]) {
			continue
		}
		for _, t := range etoks {
			if t.id == nm.tokIDs[j] && t.key != nm.keyTok[j] && known(t.key) && !damaged(t.key) &&
				!slices.Contains(nm.keyTok, t.key) && !hoiNga(t.key, nm.keyTok[j]) && !slices.Contains(subst, t.key) {
				subst = append(subst, t.key, nm.keyTok[j])
				break
			}
		}
	}
	if len(typoKeys) > 0 {
		for _, t := range etoks {
			if t.id >= 0 && !aspectWords[t.key] && known(t.key) && !damaged(t.key) && !slices.Contains(nm.keyTok, t.key) && !slices.Contains(subst, t.key) {
				for _, c := range typoKeys {
					if t.key != c && replacedLetter(t.fold, textnorm.Fold(c)) {
						subst = append(subst, t.key, c)
						break
					}
				}
			}
		}
	}
	var extra []string
	if len(cLeft) == 0 {
		// Words after the entry's last paired one: a qualifier of its own.
		lastE := -1
		for i := range etoks {
			if sc.eUsed[i] {
				lastE = i
			}
		}
		for i := lastE + 1; i < len(etoks); i++ {
			if k := etoks[i].key; !smallWords[k] && !textnorm.AllDigits(k) {
				extra = append(extra, k)
			}
		}
	}
	var tail string
	if len(entryLevel) > 0 {
		// Only levelClash reads it, for an entry that said a level.
		var t []string
		for j, p := range cPos {
			if p > lastPaired {
				t = append(t, cLeft[j])
			}
		}
		tail = strings.Join(t, " ")
	}
	return diffResult{score: s, words: words, extra: extra, subst: subst, tail: tail, split: ix.splitWords(sc, etoks, id, nm)}
}

// alternativeRuns marks in ok the unpaired words (at positions pos of
// the name's keys, the words of its bracket included) that run from an unpaired "hoặc" standing right after
// a paired word to the next paired word: "phê duyệt [hoặc điều chỉnh] đề
// án". used says which name words were paired. A run reaching the name's
// end is no alternative but a tail ("… hoặc cá nhân nước ngoài").
func alternativeRuns(used []uint8, keys []string, pos []int, ok []bool) {
	paired := func(q int) bool { return q < len(used) && used[q] != 0 }
	for j, p := range pos {
		if keys[p] != "hoặc" || p == 0 || !paired(p-1) {
			continue
		}
		end := p + 1
		for end < len(keys) && !paired(end) {
			end++
		}
		if end >= len(keys) || end-p > maxAlternativeWords {
			continue
		}
		for k := j; k < len(pos) && pos[k] < end; k++ {
			ok[k] = true
		}
	}
}

// amendPair marks the entry's unpaired "bổ sung" of the stock pair
// "thay đổi, bổ sung" / "sửa đổi, bổ sung" (amend), right after the
// entry's paired first verb, when name keys amends with that verb alone
// and the catalogue has no name with "bổ sung" there instead or as well:
// "Đăng ký thay đổi, bổ sung dấu nghiệp vụ …" is "Đăng ký thay đổi dấu
// nghiệp vụ …". Where the catalogue tells the acts apart ("Thủ tục sửa
// đổi giấy phép …" / "Thủ tục bổ sung giấy phép …") the word stays.
func (ix *Index) amendPair(etoks []entryToken, eUsed []bool, ePos []int, eOK []bool, keys []string) {
	for i, p := range ePos {
		if eOK[i] || i+1 >= len(ePos) || ePos[i+1] != p+1 || p < 2 ||
			etoks[p].key != "bổ" || etoks[p+1].key != "sung" || etoks[p-1].key != "đổi" || !eUsed[p-1] || !eUsed[p-2] {
			continue
		}
		if !ix.amendsAlone(keys, etoks[p-2].key) {
			continue
		}
		eOK[i], eOK[i+1] = true, true
	}
}

// coversOther reports whether the entry holds every word of a sibling
// of name id holding the entry's word at p, which name id lacks: a name
// of another procedure sharing two thirds of name id's words or more
// ("… trạm nạp LPG vào chai" beside "… vào xe bồn"). A sibling that
// lacks a family word of name id the entry has ("lại") is not what the
// entry says; a name sharing little ("Cấp lại Giấy chứng nhận do bị
// mất" beside "… hành nghề xử lý vật thể …") is another object. Only a
// word in few names is looked at: a common one ("cấp", "giấy") is no
// object of its own.
func (ix *Index) coversOther(etoks []entryToken, p int, id int32) bool {
	t := etoks[p].id
	nm := &ix.names[id]
	if t < 0 || nm.has(t) {
		return false // a word the name has too, written twice by the entry
	}
	sibs := ix.postings[t]
	if len(sibs) > maxHolding {
		// A common word ("tử", folded "tu" as "tư", "tự", "từ"): the
		// names holding the word before it too ("Đăng ký khai sinh, khai
		// tử có yếu tố nước ngoài": "khai" and "tử").
		if p == 0 || etoks[p-1].id < 0 {
			return false
		}
		if sibs = intersectSorted(sibs, ix.postings[etoks[p-1].id], maxHolding); sibs == nil {
			return false
		}
	}
	inEntry := func(tok int32) bool {
		return slices.ContainsFunc(etoks, func(e entryToken) bool { return e.id == tok })
	}
	for _, o := range sibs {
		sib := &ix.names[o]
		if o == id || sib.derived() || slices.Equal(sib.procs, nm.procs) || len(sib.bag) > len(etoks) {
			continue
		}
		covered, shared := true, 0
		for _, b := range sib.bag {
			if !inEntry(b.id) {
				covered = false
				break
			}
			if nm.has(b.id) {
				shared++
			}
		}
		if !covered || 3*shared < 2*len(nm.bag) {
			continue
		}
		sidesWithName := false
		for _, b := range nm.bag {
			if handDistinctFolds[ix.tokens[b.id].text] && inEntry(b.id) && !sib.has(b.id) {
				sidesWithName = true
				break
			}
		}
		if !sidesWithName {
			return true
		}
	}
	return false
}

// intersectSorted is the ids two sorted lists share, nil when there are
// none or more than most.
func intersectSorted(a, b []int32, most int) []int32 {
	var out []int32
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			if len(out) == most {
				return nil
			}
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

// firstOfActs marks the name's second act unpaired ("Công bố, [công bố
// lại] chất lượng dịch vụ viễn thông …") when the name lists an act and
// its repetition ("Cấp, cấp lại …", "Đăng ký, đăng ký lại …") and the
// entry opens with the first alone and leaves out nothing else: the one
// procedure covers both acts, and the catalogue has no other for the
// first (the exact steps would have found it).
func firstOfActs(etoks []entryToken, keys []string, cPos []int, cOK []bool) {
	for i := 1; i <= 2 && 2*i < len(keys); i++ {
		if !slices.Equal(keys[:i], keys[i:2*i]) || keys[2*i] != "lại" && keys[2*i] != "đổi" {
			continue
		}
		if len(etoks) <= i || slices.ContainsFunc(etoks, func(t entryToken) bool { return t.key == keys[2*i] }) {
			return
		}
		for k := range i {
			if etoks[k].key != keys[k] {
				return
			}
		}
		// Only when the second act is all the entry leaves out: a name
		// lacking another word too ("Công nhận giống cây trồng lâm
		// nghiệp" beside "Công nhận, công nhận lại nguồn giống …") is
		// another procedure as often.
		for j, p := range cPos {
			if !cOK[j] && (p < i || p > 2*i) {
				return
			}
		}
		for j, p := range cPos {
			if p >= i && p <= 2*i {
				cOK[j] = true
			}
		}
		return
	}
}

// amendPairName is amendPair the other way: it marks the name's unpaired
// "bổ sung" of its stock pair "sửa đổi, bổ sung" / "thay đổi, bổ sung"
// when the entry pairs the verb and "đổi" and has no "bổ sung" of its
// own, and the catalogue has no name with "bổ sung" instead of the pair:
// "Sửa đổi thông tin cá nhân trong hồ sơ người có công" is "Sửa đổi, bổ
// sung thông tin cá nhân …", the amending act named by its first verbs.
// ("Sửa đổi X" alone in the catalogue is the exact steps' to find.)
func (ix *Index) amendPairName(etoks []entryToken, used []uint8, cPos []int, cOK []bool, keys []string) {
	if slices.ContainsFunc(etoks, func(t entryToken) bool { return t.key == "bổ" }) {
		return
	}
	for j, p := range cPos {
		if cOK[j] || j+1 >= len(cPos) || cPos[j+1] != p+1 || p < 2 || p-1 >= len(used) ||
			keys[p] != "bổ" || keys[p+1] != "sung" || keys[p-1] != "đổi" || used[p-1] == 0 || used[p-2] == 0 ||
			keys[p-2] != "thay" && keys[p-2] != "sửa" {
			continue
		}
		instead := strings.Join(slices.Concat(keys[:p-2], keys[p:]), " ")
		if _, ok := ix.byKey[instead]; ok {
			continue
		}
		cOK[j], cOK[j+1] = true, true
	}
}

// amendsAlone reports whether name keys amends with verb ("thay" or
// "sửa") and "đổi" alone, and the catalogue has no name with "bổ sung"
// there instead of the pair or after it.
func (ix *Index) amendsAlone(keys []string, verb string) bool {
	if verb != "thay" && verb != "sửa" {
		return false
	}
	q := slices.Index(keys, "đổi")
	if q < 1 || keys[q-1] != verb || slices.Contains(keys, "bổ") {
		return false
	}
	both := strings.Join(slices.Concat(keys[:q+1], []string{"bổ", "sung"}, keys[q+1:]), " ")
	instead := strings.Join(slices.Concat(keys[:q-1], []string{"bổ", "sung"}, keys[q+1:]), " ")
	_, hasBoth := ix.byKey[both]
	_, hasInstead := ix.byKey[instead]
	return !hasBoth && !hasInstead
}

// amendDropped is n without the "bổ sung" of its stock pair "thay đổi,
// bổ sung" / "sửa đổi, bổ sung", and the pair's verb; ok is false when n
// has no such pair. The reworded step scores an entry so when the name it
// offers amends with the verb alone (amendsAlone): the pair's second word
// would otherwise count against a rewording that says the same act.
func (ix *Index) amendDropped(n textnorm.Name) (textnorm.Name, string, bool) {
	k := strings.Fields(n.Key)
	for i := 1; i+2 < len(k); i++ {
		if k[i] == "đổi" && k[i+1] == "bổ" && k[i+2] == "sung" && (k[i-1] == "thay" || k[i-1] == "sửa") {
			return ix.normalize(strings.Join(slices.Concat(k[:i+1], k[i+3:]), " ")), k[i-1], true
		}
	}
	return textnorm.Name{}, "", false
}

// maxAlternativeWords bounds an alternative act ("hoặc cho phép thành
// lập" is four words with its "hoặc").
const maxAlternativeWords = 5

// hoiNga reports whether two words differ only by the hỏi and ngã tones
// (or not at all).
func hoiNga(a, b string) bool {
	ra, rb := []rune(norm.NFD.String(a)), []rune(norm.NFD.String(b))
	if len(ra) != len(rb) {
		return false
	}
	for i := range ra {
		if ra[i] != rb[i] && !(isHoiNga(ra[i]) && isHoiNga(rb[i])) {
			return false
		}
	}
	return true
}

// isHoiNga: the combining hook above (hỏi) and tilde (ngã).
func isHoiNga(r rune) bool { return r == '\u0309' || r == '\u0303' }

// leadFiller are the words (key form) that open a name without naming
// its act: "Thủ tục", "Giải quyết", and the labels "Hồ sơ (đề nghị)".
var leadFiller = map[string]bool{"thủ": true, "tục": true, "giải": true, "quyết": true,
	"hồ": true, "sơ": true, "đề": true, "nghị": true, "xin": true}

// noAct reports whether a word (key form) opening a name names no act:
// a leadFiller, or "chế độ" (entitlements), which old titles put after
// "Giải quyết" ("Giải quyết chế độ trợ cấp một lần đối với …" for "Trợ
// cấp một lần đối với …"). splitsPhrase keeps "chế độ" a phrase: "chế
// độ [trợ cấp ưu đãi] đối với" is the renamed step's (renamed.go).
func noAct(k string) bool { return leadFiller[k] || k == "chế" || k == "độ" }

// registersIssue reports whether the words before first, a name's lead
// (key form), are "đăng ký" alone, the fillers aside, and act, the word
// at first, issues a paper: "[Thủ tục đăng ký] cấp lại Giấy xác nhận …",
// "[Đăng ký,] cấp giấy chứng nhận kiểm dịch …". Registering for an issue
// is applying for it; the national list names 28 procedures so and never
// one twice, with and without "đăng ký".
func registersIssue(keys []string, first int, act string) bool {
	if act != "cấp" || first > len(keys) {
		return false
	}
	n := 0 // the lead's words, fillers aside: "đăng", "ký"
	for _, k := range keys[:first] {
		if leadFiller[k] || smallWords[k] {
			continue
		}
		if n == 2 || k != register.keys[n] {
			return false
		}
		n++
	}
	return n == 2
}

// onlyFillers reports whether keys hold only words that name no act
// (noAct) and small words.
func onlyFillers(keys []string) bool {
	for _, k := range keys {
		if !noAct(k) && !smallWords[k] {
			return false
		}
	}
	return true
}

// maxCompoundTail is the most content words a name goes on with after a
// short entry that still make one compound with its last word ("thuốc
// [lá]", "khai quật [khẩn cấp]"); more is a qualifier of its own.
const maxCompoundTail = 2

// shortStop reports whether a short entry stops where its name goes on,
// without a comma, with a word or two: "Cấp giấy phép hoạt động ngân hàng [mô]", "… sản
// xuất chai LPG [mini]", "… nguyên liệu thuốc [lá]". Uncut, a short
// complete name is as likely another procedure the catalogue lacks as
// this one shortened; the prefix step asks the same of a name it takes
// (prefixMinTokensBoundary, prefixMinRunesBoundary).
func shortStop(etoks []entryToken, trailing []string) bool {
	content := 0
	for _, k := range trailing {
		// A word the entry has, paired elsewhere, is the pairing's
		// choice ("thành [lập] … độc lập"), not a word it lacks.
		if !smallWords[k] && !slices.ContainsFunc(etoks, func(t entryToken) bool { return t.key == k }) {
			content++
		}
	}
	if content == 0 || content > maxCompoundTail || qualifierNext(strings.Join(trailing, " ")) {
		return false // "… [của hội]" is narrowingTail's to judge
	}
	runes := 0
	for _, t := range etoks {
		runes += utf8.RuneCountInString(t.key) + 1
	}
	return len(etoks) < prefixMinTokensBoundary || runes < prefixMinRunesBoundary
}

// directions are pairs of words (key form) whose order says which way
// goods or people go.
var directions = [][2]string{{"nhập", "xuất"}, {"đến", "đi"}, {"vào", "ra"}}

// swappedDirections returns a direction word when the entry and the name
// both hold a pair of directions in opposite orders, "" otherwise.
func swappedDirections(etoks []entryToken, name []string) string {
	var keys []string // the entry's words, made only for a name with a pair
	for _, d := range directions {
		if !slices.Contains(name, d[0]) || !slices.Contains(name, d[1]) {
			continue // most names: no pair to order
		}
		if keys == nil {
			keys = make([]string, len(etoks))
			for i, t := range etoks {
				keys[i] = t.key
			}
		}
		a, b := slices.Index(keys, d[0]), slices.Index(keys, d[1])
		if a >= 0 && b >= 0 && (a < b) != (slices.Index(name, d[0]) < slices.Index(name, d[1])) {
			return d[1]
		}
	}
	return ""
}

// narrowingTail reports whether the words a name goes on with after the
// entry stopped are a qualifier of whom, what or where of two content
// words or more ("… dịch vụ ăn uống [trong siêu thị và trung tâm thương
// mại]", "… lần đầu [đối với tổ chức đang sử dụng đất]"): the entry names
// the plain procedure, which the catalogue may lack. "[của hội]" says no
// more than the name did.
func narrowingTail(trailing []string) bool {
	if !qualifierNext(strings.Join(trailing, " ")) {
		return false
	}
	content := 0
	for _, k := range trailing {
		if !smallWords[k] {
			content++
		}
	}
	return content >= 2
}

// conjoinedAfter reports whether the name goes on after word last with a
// second act joined by "và" ("Thu hồi Giấy chứng nhận đã cấp không đúng
// quy định … [và cấp lại Giấy chứng nhận sau khi thu hồi]"): an entry
// stopping there names the procedure by its first act, as old titles did
// before the second was added.
func conjoinedAfter(keys []string, last int) bool {
	return last >= 0 && last+2 < len(keys) && keys[last+1] == "và" && !smallWords[keys[last+2]]
}

// inOtherActItem reports whether the name's word j, after the last word
// the entry pairs, stands inside a further item of the name's list (the
// entry stopping at a comma, and one before the item's first word), not
// as its first word, and that item is another act than the entry's: it
// opens with a word the entry lacks ("Thủ tục thay đổi, cải chính, bổ sung thông tin hộ
// tịch[, xác định lại dân tộc]"), or with an act of its own, a word
// opening catalogue names, whose first two words are not the entry's
// ("Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh[, cấp đổi sang …]").
// The "lại" or "đổi" there belongs to an act the entry leaves off, as old
// titles did before a decision added it, not to the entry's own act done
// again. An item naming others the procedure serves ("…, người Việt Nam
// đang cư trú ở nước ngoài") is no act: its words still tell.
func (ix *Index) inOtherActItem(etoks []entryToken, id int32, keys []string, last, j int) bool {
	if last+1 >= len(keys) || !ix.listedAt(id, last+1) {
		return false
	}
	first := ix.itemStart(id, j, last+1) // the item holding j
	if j <= first {
		return false
	}
	f := textnorm.Fold(keys[first])
	if !slices.ContainsFunc(etoks, func(t entryToken) bool { return t.fold == f }) {
		return true
	}
	if !ix.leads[keys[first]] || first+1 >= len(keys) || len(etoks) < 2 {
		return false
	}
	for p := last + 1; p <= j; p++ {
		if ix.semicolonAt(id, p) && ix.leads[keys[p]] {
			// Past a semicolon, another alternative opens with its own
			// act even where it opens as the entry does ("Đăng ký thay
			// đổi nội dung đăng ký hợp tác xã[, liên hiệp hợp tác xã;
			// Đăng ký thay đổi nội dung đối với trường hợp …]").
			return true
		}
	}
	return etoks[0].key != keys[first] || etoks[1].key != keys[first+1]
}

// repeatsNumber reports whether the name's number at j, after the last
// word the entry pairs, repeats one the entry has written and paired,
// in a further item of the name's list: "… thương binh có tỷ lệ tổn
// thương cơ thể từ 81% trở lên[, bệnh binh có tỷ lệ … từ 81% trở lên]".
// The entry names the first item whole, its number included; a number
// of the item's own ("hạng 1[, hạng 2]") still tells procedures apart.
func (ix *Index) repeatsNumber(etoks []entryToken, id int32, keys []string, last, j int) bool {
	if last < 0 || j <= last+1 || !ix.listedAt(id, last+1) || !slices.Contains(keys[:last+1], keys[j]) {
		return false
	}
	return slices.ContainsFunc(etoks, func(t entryToken) bool { return t.key == keys[j] })
}

// docTypeEnds are the last words (key form) of the kinds of legal
// document a name cites: "Nghị định", "Quyết định", "Nghị quyết", "Thông
// tư", "Luật", "Pháp lệnh".
var docTypeEnds = map[string]bool{"định": true, "quyết": true, "tư": true, "luật": true, "lệnh": true, "số": true}

// docNumberAt reports whether the number at keys[j] is part of a cited
// document's number ("… hưởng trợ cấp theo Quyết định số 49/2015/QĐ-TTg
// …"): a name shortened before the law it cites is not another
// procedure, as one cut before "hạng II" or "nhóm 2" may be.
func docNumberAt(keys []string, j int) bool {
	// The keys write a reference by its number ("49 2015 qđ ttg",
	// textnorm's legalRefs): the issuer's initials after it say so.
	for i := j + 1; i < len(keys) && i <= j+2; i++ {
		if textnorm.IssuerInitials(keys[i]) {
			return true
		}
		if !textnorm.AllDigits(keys[i]) {
			break
		}
	}
	for i := j - 1; i >= max(0, j-3); i-- {
		if docTypeEnds[keys[i]] {
			return true
		}
		if !textnorm.AllDigits(keys[i]) {
			return false
		}
	}
	return false
}

// issueOf reports whether the words before keys[first] are "cấp" alone
// and keys[first] is "đổi" or "lại": "Cấp đổi Bằng …" is "Đổi Bằng …",
// one act said two ways, unlike "[Cấp giấy] tạm nhập khẩu …". The other
// side must then go on word for word ("Đăng ký lại phương tiện …" is no
// "Cấp lại Giấy chứng nhận đăng ký phương tiện …").
func issueOf(keys []string, first int) bool {
	return first == 1 && len(keys) > 1 && keys[0] == "cấp" && (keys[1] == "đổi" || keys[1] == "lại")
}

// paperHeads are the words (key form) a paper's name opens with, and the
// word that must follow when one is not enough ("chứng [chỉ]", "hộ
// [chiếu]"; "" when any may).
var paperHeads = map[string]string{"giấy": "", "thẻ": "", "bản": "sao", "sổ": "", "phù": "hiệu", "hộ": "chiếu", "chứng": "chỉ", "biển": "hiệu"}

// issuesPaper reports whether keys open with a bare "cấp" before a
// paper's name, which keys[first] opens: "[Cấp] bản sao trích lục hộ
// tịch", "[Cấp] thẻ hướng dẫn viên du lịch quốc tế". Issuing is all one
// does with a paper, so a portal naming the paper alone names the
// procedure that issues it; "cấp lại" or "cấp đổi" would be a word of
// their own (issueOf), and the national list names no act on a paper
// that is no issuing ("Chứng thực bản sao" opens with its act).
func issuesPaper(keys []string, first int) bool {
	if first != 1 || len(keys) < 2 || keys[0] != "cấp" {
		return false
	}
	return opensHead(paperHeads, keys, 1)
}

// opensHead reports whether word i of ws is one of heads, followed by
// the word heads names for it when one must follow ("bản [sao]", "nhà
// [trẻ]"; "" when any may): paperHeads and schoolWords are read so.
func opensHead(heads map[string]string, ws []string, i int) bool {
	next, ok := heads[ws[i]]
	return ok && (next == "" || i+1 < len(ws) && ws[i+1] == next)
}

// firstKeys are the key words of the first n entry words (fewer when it
// has fewer).
func firstKeys(etoks []entryToken, n int) []string {
	out := make([]string, 0, n)
	for _, t := range etoks[:min(n, len(etoks))] {
		out = append(out, t.key)
	}
	return out
}

// confirmationPaper reports whether the words before keys[first] are
// "cấp giấy" and keys[first] opens "xác nhận": "Cấp giấy xác nhận thân
// nhân của người có công" is "Xác nhận thân nhân của người có công", the
// paper being what confirming gives, as paperLead's certificate is what
// registering gives; either side may say it so, since no two names of
// the national list differ by "Cấp giấy" or "Cấp văn bản"
// (TestCertifyingPaper). "Cấp" alone says it too: the list's "Cấp xác
// nhận số chứng minh nhân dân 09 số, số định danh cá nhân (thực hiện
// tại cấp tỉnh)" is published "Xác nhận số chứng minh nhân dân …", and
// no name of the list is another's but for that "Cấp".
func confirmationPaper(keys []string, first int) bool {
	if first < 1 || len(keys) < first+2 || keys[0] != "cấp" || keys[first] != "xác" || keys[first+1] != "nhận" {
		return false
	}
	// "Cấp văn bản xác nhận thông tin hộ tịch" says the paper so too.
	return first == 1 || first == 2 && keys[1] == "giấy" || first == 3 && keys[1] == "văn" && keys[2] == "bản"
}

// paperLead is how many first words of a name (key form, which holds
// no "Thủ tục") issue the certificate of the registration they are
// followed by: "cấp giấy chứng nhận" before "đăng ký"; 0 for none. "Cấp
// giấy chứng nhận đăng ký phương tiện … lần đầu …" is "Đăng ký phương
// tiện lần đầu …", the certificate being what registering gives. Issuing
// any other paper for an act ("Cấp giấy tạm nhập khẩu …") is another
// procedure, and so is issuing the certificate again: "Cấp lại Giấy
// chứng nhận đăng ký phương tiện" (a lost paper) is not "Đăng ký lại
// phương tiện" (TestLeaveOutPrecision).
func paperLead(keys []string) int {
	n := len(certificateWords)
	if !hasWordsAt(keys, certificateWords, 0) || !hasWordsAt(keys, registerWords, n) {
		return 0
	}
	return n
}

// restatedLead is how many first words of the entry, all unpaired up to
// fe (its first paired word), say the act name keys opens with at fc
// (its first paired word) in other words; 0 for none: "Cấp phép [cho]
// …" for "Cho phép …" (permitLead), "Cấp giấy chứng nhận đăng ký …" for
// "Đăng ký …" (paperLead).
func restatedLead(etoks []entryToken, fe int, keys []string, fc int) int {
	if fe <= 0 || fc < 0 {
		return 0
	}
	if fe == 1 && len(etoks) > 1 && permitLead(etoks[0].key, etoks[1].key, keys[fc:]) {
		return 1
	}
	if !hasWordsAt(keys, registerWords, fc) {
		return 0
	}
	n := len(certificateWords)
	first := make([]string, 0, n+len(registerWords))
	for _, t := range etoks[:min(len(etoks), n+len(registerWords))] {
		first = append(first, t.key)
	}
	if k := paperLead(first); k > 0 && fe == k {
		return k
	}
	return 0
}

// hasWordsAt reports whether keys holds words at i.
func hasWordsAt(keys, words []string, i int) bool {
	return i >= 0 && i+len(words) <= len(keys) && slices.Equal(keys[i:i+len(words)], words)
}

// permitLead reports whether an entry opening with the words first and
// second issues the permit a name (key form) opening "cho phép" gives:
// "Cấp phép [cho] người Việt Nam định cư ở nước ngoài … nghiên cứu …" is
// "Cho phép người Việt Nam định cư ở nước ngoài … nghiên cứu …". The
// national list never names one procedure "Cấp phép X" and another "Cho
// phép X".
func permitLead(first, second string, name []string) bool {
	return first == permitWords[0][0] && second == permitWords[0][1] && hasWordsAt(name, permitWords[1], 0)
}

// permitWords are "cấp phép" and "cho phép" in key form.
var permitWords = [2][]string{strings.Fields(textnorm.Key("cấp phép")), strings.Fields(textnorm.Key("cho phép"))}

// certificateWords and registerWords are "cấp giấy chứng nhận" and
// "đăng ký" in key form.
var (
	certificateWords = strings.Fields(textnorm.Key("cấp giấy chứng nhận"))
	registerWords    = strings.Fields(textnorm.Key("đăng ký"))
)

// skipLeadFiller drops the words (key form) that open a name without
// naming its act (noAct: "Giải quyết chế độ [trợ cấp …]"), unless
// nothing else is left.
func skipLeadFiller(keys []string) []string {
	i := 0
	for i < len(keys)-1 && noAct(keys[i]) {
		i++
	}
	return keys[i:]
}

// replacedLetter reports whether two folded words of one length differ
// in one letter, other than s for x.
func replacedLetter(a, b string) bool {
	if len(a) != len(b) || a == b {
		return false
	}
	diff := -1
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	x, y := a[diff], b[diff]
	return !(x == 's' && y == 'x' || x == 'x' && y == 's')
}

// eOKKey reports whether the unpaired entry word k was explained as a
// split or joined word.
func eOKKey(keys []string, ok []bool, k string) bool {
	for i, v := range keys {
		if v == k && ok[i] {
			return true
		}
	}
	return false
}

// diffResult is what diff finds between an entry and a name.
type diffResult struct {
	score float64 // plain weighted Dice
	// words are the distinguishing words left unpaired.
	words []string
	// extra are the entry's words after its last paired one when the name
	// has none left: the entry is the name plus a qualifier of its own
	// ("… cấp sau", "… lưu động"), a narrower procedure.
	extra []string
	// subst are content words unpaired on both sides: words replaced.
	subst []string
	// split are the name's words inside a phrase of the entry (split.go).
	split []string
	// tail is the name's words after its last paired one (folded), what
	// a shortened entry leaves: often its agency ("bộ công thương"). Set
	// only for an entry whose qualifier said a level.
	tail string
}

// levelKey spells the folded level words in key form (textnorm.Key of the
// word, computed once here rather than per candidate).
var levelKey = func() map[string]string {
	m := map[string]string{"tinh": "tỉnh", "huyen": "huyện", "xa": "xã", "tw": "tw", "uong": "ương", "phuong": "phường", "cap": "cấp"}
	for f, w := range m {
		m[f] = textnorm.Key(w)
	}
	return m
}()

// levelWord are the words (folded) that name a level.
var levelWord = map[string]bool{"tinh": true, "huyen": true, "xa": true, "tw": true, "uong": true, "phuong": true}

// distinctLevel: a level word in key form (xã, not xa "car").
func distinctLevel(k string) bool {
	switch k {
	case "tỉnh", "huyện", "xã", "tw", "ương", "phường":
		return true
	}
	return false
}

// coopKey is "tác" (key form), before "xã" in "hợp tác xã": that "xã"
// is no level.
var coopKey = textnorm.Key("tác")

// levelLeftBut is levelLeft on the words but does not mark.
func levelLeftBut(left []string, but func(int) bool) bool {
	for i, w := range left {
		if levelWord[w] && !but(i) {
			return true
		}
	}
	return false
}

// levelLeft reports whether words (folded) hold a level word.
func levelLeft(left []string) bool {
	for _, w := range left {
		if levelWord[w] {
			return true
		}
	}
	return false
}

// slashActs are the folded words on either side of a slash between
// words among the first slashActWords words of a catalogue name
// ("thành lập/thay đổi" gives "lap", "thay"); a slash further on lists
// kinds, not acts ("(Công trình không theo tuyến/Theo tuyến …)").
func slashActs(name string) []string {
	if !strings.ContainsRune(name, '/') {
		return nil // most names, without cleaning them
	}
	var out []string
	words := strings.Fields(textnorm.Clean(name))
	for i, w := range words {
		if i >= slashActWords {
			break
		}
		a, b, ok := strings.Cut(w, "/")
		if !ok || a == "" || b == "" {
			continue
		}
		out = append(out, textnorm.Fold(a), textnorm.Fold(b))
	}
	return out
}

// slashActWords is how far into a name a slash joins acts.
const slashActWords = 6

// localAuthority marks a catalogue name's unpaired "địa phương" (local,
// against a twin "of a ministry or central agency": "Thanh lý rừng trồng
// thuộc thẩm quyền quyết định của địa phương") and the entry's unpaired
// words naming a local authority in its place ("… của Chủ tịch UBND cấp
// tỉnh", "… thuộc UBND tỉnh quản lý") as the same thing said two ways.
// Only a people's committee or council and the words of a province's,
// district's or commune's level count (eKeys in key form: "xã", not "xa"
// far); a ministry or the centre beside them explains nothing.
func localAuthority(eKeys, cLeft []string, cPos []int, keys []string, eOK, cOK []bool) {
	j := -1
	for k := 0; k+1 < len(cLeft); k++ {
		// Whose authority: "của địa phương", "thuộc địa phương quản lý";
		// not "Hội đồng cấp cơ sở tại địa phương", a place.
		if p := cPos[k]; cLeft[k] == "dia" && cLeft[k+1] == "phuong" && !cOK[k] && !cOK[k+1] &&
			p > 0 && (keys[p-1] == "của" || keys[p-1] == "thuộc") {
			j = k
			break
		}
	}
	if j < 0 {
		return
	}
	var local []int
	for i, k := range eKeys {
		switch {
		case eOK[i]:
		case k == "ubnd" || k == "hđnd" || k == "tỉnh" || k == "huyện" || k == "xã" || k == "cấp":
			local = append(local, i)
		case k == "bộ" || k == "ương" || k == "tw":
			return // a central authority beside it: not local
		}
	}
	if !slices.ContainsFunc(local, func(i int) bool { return eKeys[i] != "cấp" }) {
		return
	}
	for _, i := range local {
		eOK[i] = true
	}
	cOK[j], cOK[j+1] = true, true
}

// explainSplits marks the words of a that are words of b run together,
// or one of a run of a's words that together spell a word of b.
func explainSplits(a, b []string) []bool {
	ok := make([]bool, len(a))
	for i := range a {
		run := a[i]
		for j := i + 1; j < len(a) && len(run) < 24; j++ {
			run += a[j]
			if slices.Contains(b, run) {
				for k := i; k <= j; k++ {
					ok[k] = true
				}
			}
		}
	}
	for i, w := range a {
		for x := range b {
			run := b[x]
			for y := x + 1; y < len(b) && len(run) <= len(w); y++ {
				run += b[y]
				// A word broken in two, a letter lost at the break ("ti�u"
				// in a damaged catalogue name) or not.
				if run == w || len(w) >= 4 && osaWithinOne(run, w) {
					ok[i] = true
				}
			}
		}
	}
	return ok
}

// guard turns an accepted fuzzy, prefix or shortened-name match into a
// review when the names differ by a distinguishing word. A shortened
// name (the contained step, a name cut at a word) leaves the rest of the
// catalogue name unpaired by nature: there only a word the catalogue
// itself learned as distinguishing, or a family word, counts.
func (ix *Index) guard(n textnorm.Name, entryLevel []string, bracketless bool, m Match) Match {
	if m.Procedure == nil {
		return m
	}
	id := ix.nameOf(m)
	if id < 0 {
		return m
	}
	var words, subst []string
	if m.guarded && entryLevel == nil && !bracketless {
		words, subst = m.guardWords, m.guardSubst // computed by the fuzzy step
	} else {
		d := ix.diff(n, id, entryLevel, bracketless)
		words, subst = d.words, d.subst
		if ix.levelClash(d, id, entryLevel) {
			return reviewOf(m.Procedure, m.Score, ReasonLevel, nil)
		}
	}
	if (len(words) > 0 || len(subst) > 0) && ix.alternativeOf(n, id) {
		return m // the words differing are alternatives left out (alternatives.go)
	}
	if len(words) == 0 && len(subst) > 0 {
		// A content word of the entry stands where the name has another
		// ("tàu biển" / "tàu bay", "quốc tế" / "nội địa", "tổ chức" / "cá
		// nhân"): in a long name it barely moves the score, yet it names
		// a sibling procedure far more often than a rewording does.
		return reviewOf(m.Procedure, m.Score, ReasonSubstituted, subst)
	}
	if len(words) == 0 {
		return m
	}
	g := reviewOf(m.Procedure, m.Score, ReasonDistinguishing, words)
	g.alsoReplaced = subst
	return g
}

// levelClash reports whether the entry's own qualifier said one level
// and name id says another: by its own qualifier ("… (cấp huyện)"), or
// by the agency its unpaired tail names ("… thuộc thẩm quyền của UBND
// cấp tỉnh" stripped to its core, beside "… thuộc thẩm quyền của Bộ Công
// Thương"). That is the sibling at the other level, which the core step
// would not take either.
func (ix *Index) levelClash(d diffResult, id int32, entryLevel []string) bool {
	l := ownLevel(entryLevel)
	if l == "" {
		return false
	}
	if int(id) < len(ix.coreHint) && ix.coreHint[id] != "" && ix.coreHint[id] != l {
		return true
	}
	a := agencyLevel(d.tail)
	return a != "" && a != l
}

// ownLevel is the one level the level words (folded) an entry's own
// qualifier said name, "" for none or several.
func ownLevel(entryLevel []string) catalog.Level {
	var l catalog.Level
	for _, w := range entryLevel {
		v := levelIn("cap " + w)
		if v == "" || l != "" && v != l {
			return ""
		}
		l = v
	}
	return l
}

// nameOfProc is the indexed name of procedure p, today's, -1 for none.
func (ix *Index) nameOfProc(p *catalog.Procedure) int32 {
	if pi, ok := ix.byCode[p.Code]; ok {
		return ix.procName[pi]
	}
	return -1
}

// nameOf is the indexed name a match was made on.
func (ix *Index) nameOf(m Match) int32 {
	if m.name > 0 {
		return m.name - 1
	}
	return -1
}

// reworded runs the last step: the names that share most of the entry's
// words, scored plainly; the best is accepted when no distinguishing word
// differs, it reaches RewordThreshold and no other acceptable candidate
// comes within RewordMargin; otherwise, from ReviewFloor up, it goes to
// review.
func (ix *Index) reworded(n textnorm.Name, entryLevel []string, bracketless bool) Match {
	if len(ix.names) == 0 || strings.Count(n.Key, " ")+1 < rewordMinWords {
		return Match{}
	}
	// A rewording is made of words; an entry with a misspelt one is the
	// fuzzy step's, which has already answered.
	for w := range strings.FieldsSeq(n.Folded) {
		if _, ok := ix.vocab[w]; !ok {
			return Match{}
		}
	}
	sc := ix.scratch.Get().(*scratch)
	etoks, eW := ix.entryTokens(sc, n)
	if len(etoks) == 0 {
		ix.scratch.Put(sc)
		return Match{}
	}
	// A rewording is made of words; an entry with a misspelt one is the
	// fuzzy step's, which has already answered.
	for _, t := range etoks {
		if t.id < 0 {
			ix.scratch.Put(sc)
			return Match{}
		}
	}
	cands := ix.candidates(sc, etoks, eW, ReviewFloor)
	ix.bound(sc, etoks)
	bounded := sc.bounded[:0]
	for _, c := range cands {
		if ub := ix.upperBound(sc, eW, &ix.names[c.id]); ub >= ReviewFloor {
			bounded = append(bounded, scored{c.id, ub})
		}
	}
	sc.release()
	slices.SortFunc(bounded, byScore)
	var top []scored
	for i, c := range bounded {
		if i >= maxReworded {
			break
		}
		s := ix.scoreWith(sc, etoks, eW, &ix.names[c.id], false)
		// A rare word of the entry the name lacks ("cấp sau", "phát
		// điện") says another procedure more often than a rewording.
		pen := 1.0
		for i, t := range etoks {
			if !sc.eUsed[i] && t.weight >= rareWeight {
				pen *= rarePenalty
			}
		}
		// Acts of the name's list the entry leaves out weigh nothing
		// (actitems.go): read from the whole name's pairing, before
		// listCutScore pairs a cut.
		left := ix.pairedActsLeft(sc, etoks, c.id)
		if cs, ok := ix.listCutScore(sc, etoks, eW, c.id); ok && cs > s {
			s = cs
		}
		if as, ok := ix.actItemsView(sc, etoks, eW, c.id, left); ok && as > s {
			s = as
		}
		s *= pen
		if s >= ReviewFloor {
			top = append(top, scored{c.id, s})
		}
	}
	sc.bounded = bounded
	if len(top) == 0 {
		if id, left, ok := ix.oneActListObject(etoks); ok {
			// "Trợ cấp xã hội hàng tháng": the object of one name's
			// act list, named alone (actitems.go).
			s, ok := ix.actItemsView(sc, etoks, eW, id, left)
			ix.scratch.Put(sc)
			if ok {
				return ix.nameMatch(id, MatchFuzzy, round4(s))
			}
			return ix.reviewName(id, s, ReasonLowScore, nil)
		}
		c, ok := ix.holding(sc, etoks, eW)
		if !ok {
			// Too small a part of a long name to score, yet its head
			// and words all its alternatives share (sharedByAll).
			m, _ := ix.oneAlternative(n, ix.openingAlike(sc, n, etoks, eW), entryLevel, bracketless)
			ix.scratch.Put(sc)
			return m
		}
		as, acts := ix.actItemsScore(sc, etoks, eW, c.id)
		ix.scratch.Put(sc)
		if m, ok := ix.oneAlternative(n, []scored{c}, entryLevel, bracketless); ok {
			return m // the words left out are alternatives (alternatives.go)
		}
		m := ix.reviewName(c.id, c.score, ReasonLowScore, nil)
		d := ix.diff(n, c.id, entryLevel, bracketless)
		if len(d.words) > 0 {
			m.Review.Reason, m.Review.Words = ReasonDistinguishing, d.words
		} else if acts && as >= RewordThreshold && len(d.subst) == 0 && len(d.extra) == 0 && len(d.split) == 0 && (ix.sameAct(n, c.id) || ix.opensListItem(n, c.id)) {
			// "Cấp lại, đổi thẻ BHYT": the acts of the name's list it
			// leaves out weigh nothing (actitems.go).
			return ix.nameMatch(c.id, MatchFuzzy, round4(as))
		}
		return m
	}
	ix.scratch.Put(sc)
	slices.SortFunc(top, byScore)
	if m, ok := ix.oneAlternative(n, top, entryLevel, bracketless); ok {
		return m
	}
	best := top[0]
	var accept []scored
	var bestWords, substituted []string
	for i, c := range top {
		if c.score < best.score-2*RewordMargin {
			break
		}
		d := ix.diff(n, c.id, entryLevel, bracketless)
		words := d.words
		if len(words) == 0 && ix.levelClash(d, c.id, entryLevel) {
			words = []string{levelKey[entryLevel[0]]}
		}
		if len(words) == 0 {
			words = d.extra
		}
		if len(words) == 0 {
			words = d.split
		}
		if len(words) == 0 && len(d.subst) > 0 {
			if i == 0 {
				substituted = d.subst
			}
			continue
		}
		if len(words) == 0 && !ix.sameAct(n, c.id) {
			words = []string{strings.Fields(n.Key)[0]}
		}
		if len(words) == 0 {
			words = ix.objectElsewhere(n, c.id)
		}
		if i == 0 {
			bestWords = words
		}
		if len(words) == 0 {
			accept = append(accept, c)
		}
	}
	review := ix.reviewName
	switch {
	case len(substituted) > 0:
		// The closest name has words replaced: no lesser one is taken.
		return review(best.id, best.score, ReasonSubstituted, substituted)
	case len(accept) == 0 || len(bestWords) > 0 && accept[0].id != best.id:
		// The closest name was refused for a word that tells it from
		// its sibling: a lesser one is no safer ("… triển lãm do cá nhân
		// nước ngoài …" beside "Cấp lại … do cá nhân nước ngoài …").
		return review(best.id, best.score, ReasonDistinguishing, bestWords)
	case accept[0].score < RewordThreshold:
		return review(accept[0].id, accept[0].score, ReasonLowScore, nil)
	case len(accept) > 1 && accept[0].score-accept[1].score < RewordMargin:
		return review(accept[0].id, accept[0].score, ReasonClose, nil)
	}
	return ix.nameMatch(accept[0].id, MatchFuzzy, round4(accept[0].score))
}

// listCutScore is the plain score of the entry against name id cut
// where the entry's words stop pairing, when the name goes on there with
// further items of its list that nothing scopes (atListEnd): "Thủ tục
// thay đổi, cải chính, bổ sung hộ tịch" is 1.004859 "… bổ sung [thông
// tin] hộ tịch[, xác định lại dân tộc]", a wording that both drops a word
// and stops before the item a later decision added. The prefix step
// takes such a name said word for word; this is the same cut for a
// reworded one. ok is false when the name does not go on so, or the
// entry has words of its own left over. It reads the pairing of the
// whole name in sc and leaves that of the cut.
func (ix *Index) listCutScore(sc *scratch, etoks []entryToken, eW float64, id int32) (float64, bool) {
	nm := &ix.names[id]
	if ix.commaBefore[id] == nil {
		return 0, false
	}
	last := -1
	for j, u := range sc.used[:len(nm.tokIDs)] {
		if u != 0 {
			last = j
		}
	}
	cut := last + 1
	if last < 0 || cut >= len(nm.keyTok) {
		return 0, false
	}
	for i, t := range etoks {
		if !sc.eUsed[i] && !smallWords[t.key] && !leadFiller[t.key] {
			// The entry says more than the cut ("… hộ kinh doanh [do bị
			// mất]"): no name stopped short, but a case of its own.
			return 0, false
		}
	}
	if !ix.atListEnd(id, cut) {
		return 0, false
	}
	v := nm.head(cut)
	return ix.scoreWith(sc, etoks, eW, &v, false), true
}

// objectElsewhere is the block of words the entry inserts into name id
// when, with the word before it, the block stands in another catalogue
// name that holds more of the entry's words than id does: "Cấp lại Giấy
// chứng nhận [đăng ký hộ kinh doanh] do bị mất" holds all of 1.012786
// "Cấp lại Giấy chứng nhận do bị mất", and its block says which
// certificate, as 2.000575 "Cấp lại Giấy chứng nhận đăng ký hộ kinh
// doanh, …" writes it. An old wording's block ("Cấp giấy phép [kinh
// doanh] bán lẻ sản phẩm rượu") stands in names that hold less of it.
// nil when the entry does not hold the name's words in order, or inserts
// no such block.
func (ix *Index) objectElsewhere(n textnorm.Name, id int32) []string {
	e, c := strings.Fields(n.Folded), strings.Fields(ix.names[id].fold)
	inserted := make([]bool, len(e))
	j := 0
	for i, w := range e {
		if j < len(c) && w == c[j] {
			j++
			continue
		}
		inserted[i] = true
	}
	if j < len(c) {
		return nil
	}
	holds := func(fold string) int {
		words := strings.Fields(fold)
		k := 0
		for _, w := range e {
			if slices.Contains(words, w) {
				k++
			}
		}
		return k
	}
	own := holds(ix.names[id].fold)
	for i := 1; i < len(e); i++ {
		if !inserted[i] || inserted[i-1] {
			continue
		}
		end := i
		for end < len(e) && inserted[end] {
			end++
		}
		if end-i < 2 {
			continue
		}
		phrase := " " + strings.Join(e[i-1:end], " ") + " "
		for o := range ix.names {
			nm := &ix.names[o]
			if int32(o) != id && !nm.derived() && strings.Contains(" "+nm.fold+" ", phrase) && holds(nm.fold) > own {
				return strings.Fields(n.Key)[i:end]
			}
		}
	}
	return nil
}

// sameAct reports whether the entry opens with the act the name opens
// with ("Đăng ký …" / "Cấp giấy phép …" are different acts on the same
// object): the reworded step asks it, a rewording keeps the act.
func (ix *Index) sameAct(n textnorm.Name, id int32) bool {
	e, c := strings.Fields(n.Key), ix.names[id].keyTok
	if len(e) == 0 || len(c) == 0 {
		return false
	}
	if k := paperLead(e); k > 0 && hasWordsAt(c, registerWords, 0) || len(e) > 1 && permitLead(e[0], e[1], c) {
		return true
	}
	// "Cấp văn bản xác nhận thông tin hộ tịch": confirming, either way.
	for _, k := range []struct{ a, b []string }{{e, c}, {c, e}} {
		for first := 2; first <= 3; first++ {
			if confirmationPaper(k.a, first) && len(k.b) > 1 && k.b[0] == "xác" && k.b[1] == "nhận" {
				return true
			}
		}
	}
	// "Hội tự giải thể" / "Tự giải thể đối với hội": the act may move a
	// word or two.
	same := func(e, c []string) bool {
		return slices.Contains(c[:min(3, len(c))], e[0]) || slices.Contains(e[:min(3, len(e))], c[0])
	}
	// "Giải quyết chế độ [trợ cấp …]" / "Trợ cấp …": words that name no
	// act may open either.
	return same(e, c) || same(skipLeadFiller(e), skipLeadFiller(c))
}

// newIssue marks OK a "mới" standing right after an entry's "cấp" and
// left unpaired (ePos, eOK) where the name says "cấp" before the word
// that follows it: "Cấp mới giấy phép kinh doanh dịch vụ lữ hành quốc
// tế" is the list's "Thủ tục cấp giấy phép …", "Đăng ký và Cấp mới Sổ
// thuyền viên" its "Đăng ký và cấp Sổ thuyền viên". A first issue is
// said either way; the list never names one paper both ways
// (TestNewIssueTellsNoNamesApart), and the re-issue, exchange and
// extension are other words: the entry must go on with the paper
// ("Cấp mới và cấp lại …" names two acts). The name's own "Cấp mới" is
// read by its alias without it (newIssueForm), which keeps it beside a
// close sibling.
func newIssue(etoks []entryToken, ePos []int, eOK []bool, keys []string) {
	for p := 1; p+1 < len(etoks); p++ {
		if etoks[p-1].key != "cấp" || etoks[p].key != "mới" || issueActWord[etoks[p+1].key] || !holdsRun(keys, []string{"cấp", etoks[p+1].key}) {
			continue
		}
		for i, q := range ePos {
			eOK[i] = eOK[i] || q == p
		}
	}
}

// issueActWord holds the words after "cấp" that make it another act, or
// join it to one ("cấp mới [và] cấp lại").
var issueActWord = map[string]bool{"lại": true, "đổi": true, "mới": true, "và": true, "hoặc": true, "cấp": true, "bổ": true, "sửa": true}

// actRepeat are the family words that say an act is done again ("cấp
// lại", "cấp đổi"): in a further item of a list the entry stops before,
// they belong to that item's act (inOtherActItem). A word of whom or
// where ("… xác định lại dân tộc có yếu tố nước [ngoài]") scopes the
// whole list and still tells.
var actRepeat = map[string]bool{"lại": true, "đổi": true}
