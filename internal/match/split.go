package match

// A portal shortens a name by dropping a phrase: a qualifier the
// catalogue adds after a preposition ("… đối với [trường hợp tặng hoặc
// truy tặng danh hiệu …] Bà mẹ Việt Nam anh hùng"), a verb before one
// ("… may rủi [thực hiện] trên địa bàn …"), a tail. It does not drop a
// word from inside a phrase: a catalogue name that splits two words the
// entry writes side by side with words of its own ("hộ [thoát] nghèo")
// names another object, however much else the two share. The contained
// and reworded steps, which take names far shorter than the catalogue's,
// refuse such a name (TestRealNamesGoldLeftOut found it: "Công nhận hộ
// nghèo, hộ cận nghèo …" taken for "Công nhận hộ thoát nghèo, hộ thoát
// cận nghèo …" when the catalogue lacked the first).

// boundaryWords open or close a phrase besides the small words
// (prepositions and conjunctions, key form): "trên địa bàn", "ở nước
// ngoài", "dưới 3 triệu lít", "khi …", "là …".
var boundaryWords = map[string]bool{"trên": true, "ở": true, "dưới": true, "khi": true, "là": true}

// atBoundary reports whether a key word begins or ends a phrase.
func atBoundary(k string) bool { return smallWords[k] || boundaryWords[k] }

// splitsPhrase reports whether the name's words run (weights w),
// standing between before and after (which the entry writes side by
// side), split a phrase of the entry rather than add one of their own:
// none of the three is at a phrase boundary, before is no word of the
// opening "Giải quyết" or "Thủ tục" ("Giải quyết [hưởng thêm một] chế
// độ …"), and run holds a rare word. Common words inserted are most
// often a rewording ("chế độ [trợ cấp] ưu đãi"); a rare one is the
// name's own object ("hộ [thoát] nghèo").
func splitsPhrase(before string, run []string, w []float64, after string) bool {
	if len(run) == 0 || atBoundary(before) || leadFiller[before] || atBoundary(run[0]) || atBoundary(after) {
		return false
	}
	for i, k := range run {
		if w[i] >= rareWeight && !hasDigit(k) {
			return true
		}
	}
	return false // numbers are the distinguishing words' business
}

// splitWords are the name's words that split a phrase of the entry, as
// scoreWith left the pairing of etoks and nm in sc.
func (ix *Index) splitWords(sc *scratch, etoks []entryToken, nm *indexedName) []string {
	used := sc.used[:len(nm.tokIDs)]
	var out []string
	prev := -1
	for j, u := range used {
		if u == 0 {
			continue
		}
		if prev >= 0 && j > prev+1 {
			before, after := ix.tokens[nm.tokIDs[prev]].text, ix.tokens[nm.tokIDs[j]].text
			run := nm.keyTok[prev+1 : j]
			if adjacentIn(etoks, before, after) && splitsPhrase(nm.keyTok[prev], run, nm.tokW[prev+1:j], nm.keyTok[j]) {
				for _, k := range run {
					if !smallWords[k] && !hasDigit(k) {
						out = append(out, k)
					}
				}
			}
		}
		prev = j
	}
	return out
}

// adjacentIn reports whether the entry writes the folded words a and b
// side by side.
func adjacentIn(etoks []entryToken, a, b string) bool {
	for i := 0; i+1 < len(etoks); i++ {
		if etoks[i].fold == a && etoks[i+1].fold == b {
			return true
		}
	}
	return false
}
