package match

import (
	"hash/maphash"
)

// Distinguishing words are learned from the catalogue itself: a word is
// distinguishing when removing it from one catalogue name gives another
// catalogue name, or when two names are the same but for it and one other
// word ("Cấp Giấy phép …" / "Cấp lại Giấy phép …", "… trường trung học phổ
// thông" / "… trường trung học phổ thông chuyên", "… tạm trú …" / "…
// thường trú …"). A published name lacking such a word, or carrying one
// the candidate lacks, names another procedure however close the rest is:
// the guard works for fields nobody on the team has read. Adjacent pairs
// are learned the same way ("sửa đổi", "bổ sung"), so that two-word family
// words are caught without a hand list.

// distinctRec is one name with one or two adjacent words taken out.
type distinctRec struct {
	name    int32
	removed string // the words taken out, "" for the name itself
}

// learnDistinguishing fills ix.distinct from the indexed names.
func (ix *Index) learnDistinguishing() {
	seed := maphash.MakeSeed()
	sigs := map[uint64][]distinctRec{}
	var h maphash.Hash
	sig := func(toks []string, skip, n int) uint64 {
		h.SetSeed(seed)
		first := true
		for i, t := range toks {
			if i >= skip && i < skip+n {
				continue
			}
			if !first {
				h.WriteByte(' ')
			}
			first = false
			h.WriteString(t)
		}
		return h.Sum64()
	}
	for i := range ix.names {
		toks := ix.names[i].keyTok
		add := func(k uint64, removed string) {
			for _, r := range sigs[k] {
				if r.name == int32(i) {
					return
				}
			}
			sigs[k] = append(sigs[k], distinctRec{name: int32(i), removed: removed})
		}
		add(sig(toks, -1, 0), "")
		for j := range toks {
			add(sig(toks, j, 1), toks[j])
		}
	}
	ix.distinct = map[string]int{}
	for _, recs := range sigs {
		if len(recs) < 2 {
			continue
		}
		for _, r := range recs {
			if r.removed != "" {
				ix.distinct[r.removed]++
			}
		}
	}
}
