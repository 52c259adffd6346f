package match

import (
	"hash/maphash"
	"slices"
)

// Distinguishing words are learned from the catalogue itself: a word is
// distinguishing when removing it from one catalogue name gives another
// catalogue name, or when two names are the same but for it and one other
// word ("Cấp Giấy phép …" / "Cấp lại Giấy phép …", "… trường trung học phổ
// thông" / "… trường trung học phổ thông chuyên", "… tạm trú …" / "…
// thường trú …"). A published name lacking such a word, or carrying one
// the candidate lacks, names another procedure however close the rest is:
// the guard works for fields nobody on the team has read. Adjacent pairs
// are not learned word by word: each half ("phái", "sinh") would then
// guard wherever it stands, which cost five of the labelled real names;
// two-word family words come from the hand list (review.go), and the
// tails that make variants are learned whole (tails.go).

// distinctRec is one name with one or two adjacent words taken out.
type distinctRec struct {
	name    int32
	removed string // the words taken out, "" for the name itself
}

// learnDistinguishing fills ix.distinct from the current names (former
// names say nothing of today's families). Each name and each of its
// one-word deletions is hashed as a word sequence in O(length) with
// prefix and suffix sums of a polynomial hash; a collision could only add
// a spurious distinguishing word, which sends a match to review, never to
// a wrong code.
func (ix *Index) learnDistinguishing() {
	seed := maphash.MakeSeed()
	const p = 1000003
	// Most sequences are one name's alone: first holds them, multi the
	// shared ones (the only ones that teach anything).
	words := 0
	for i := range ix.names {
		words += len(ix.names[i].keyTok) + 1
	}
	first := make(map[uint64]distinctRec, words)
	multi := map[uint64][]distinctRec{}
	var th, pre, suf, pow []uint64
	for i := range ix.names {
		if ix.names[i].derived() {
			continue
		}
		toks := ix.names[i].keyTok
		L := len(toks)
		th, pre, suf, pow = th[:0], append(pre[:0], 0), make([]uint64, L+1), append(pow[:0], 1)
		for j, t := range toks {
			th = append(th, maphash.String(seed, t)|1)
			pre = append(pre, pre[j]*p+th[j])
			pow = append(pow, pow[j]*p)
		}
		for j := L - 1; j >= 0; j-- {
			suf[j] = suf[j+1] + th[j]*pow[L-1-j]
		}
		add := func(k uint64, removed string) {
			rec := distinctRec{name: int32(i), removed: removed}
			f, ok := first[k]
			if !ok {
				first[k] = rec
				return
			}
			if f.name == rec.name {
				return
			}
			m := multi[k]
			if m == nil {
				m = []distinctRec{f}
			}
			for _, r := range m {
				if r.name == rec.name {
					return
				}
			}
			multi[k] = append(m, rec)
		}
		add(pre[L]^uint64(L)<<56, "")
		for j := range toks {
			// The sequence without word j, hashed as if written so.
			add((pre[j]*pow[L-1-j]+suf[j+1])^uint64(L-1)<<56, toks[j])
		}
	}
	ix.distinct = map[string]int{}
	ix.dropped = map[string]bool{}
	ix.partners = map[string][]string{}
	for _, recs := range multi {
		whole := false
		for _, r := range recs {
			whole = whole || r.removed == ""
		}
		for _, r := range recs {
			if r.removed == "" {
				continue
			}
			ix.distinct[r.removed]++
			if whole {
				ix.dropped[r.removed] = true
				continue
			}
			for _, o := range recs {
				if o.removed != "" && o.removed != r.removed && !slices.Contains(ix.partners[r.removed], o.removed) {
					ix.partners[r.removed] = append(ix.partners[r.removed], o.removed)
				}
			}
		}
	}
}
