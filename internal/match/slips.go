package match

// A portal's slip can spell another word of the same length: "sửa chữa,
// cảo tạo" for "cải tạo", "người được toàn án tuyên bố" for "Tòa án". The
// review takes two words the catalogue both spells, one letter apart, for
// two words (a substitution, "khẩn cấp" / "khảo cổ"). Yet where the entry
// writes the name's own words on both sides of it and no catalogue name
// ever writes the entry's word beside them, the word is the name's,
// misspelt: a real other word would stand beside them somewhere.

// slipInPlace reports whether the entry's word at p and name id's word at
// q (keys are the name's key words) are one word misspelt: the entry
// writes the name's neighbours beside it (the one it has at the name's
// start or end, both elsewhere), and no current catalogue name writes
// the entry's word beside either.
func (ix *Index) slipInPlace(etoks []entryToken, p int, keys []string, q int) bool {
	e := etoks[p]
	if e.id < 0 {
		return false // unknown words are the typo index's
	}
	prev := p > 0 && q > 0 && etoks[p-1].key == keys[q-1]
	next := p+1 < len(etoks) && q+1 < len(keys) && etoks[p+1].key == keys[q+1]
	if q > 0 && !prev || q+1 < len(keys) && !next || !prev && !next {
		return false // every neighbour the name writes, the entry writes too
	}
	for _, id := range ix.postings[e.id] {
		nm := &ix.names[id]
		if nm.derived() {
			continue
		}
		for j, k := range nm.keyTok {
			if k != e.key {
				continue
			}
			if prev && j > 0 && nm.keyTok[j-1] == keys[q-1] || next && j+1 < len(nm.keyTok) && nm.keyTok[j+1] == keys[q+1] {
				return false
			}
		}
	}
	return true
}
