package rules

import (
	"sort"

	"github.com/tthcaudit/tthcaudit/internal/extract"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// checkUnmatched lists the entries that match nothing and plausibly name a
// procedure (they carry a procedure code, or extract.PlausibleName: never
// navigation, vote or action links), once per text: the first page in URL
// order, and how many times the text was seen.
func checkUnmatched() Check {
	return Check{ID: "unmatched", Run: func(s *State) {
		if s.Unreachable {
			return // nothing is claimed about a portal nobody saw
		}
		v := s.Verdict
		byKey := map[string]int{}
		for _, e := range s.UnmatchedEntries {
			if e.Code == "" && !extract.PlausibleName(e.Text) {
				continue
			}
			k := e.Key
			if k == "" {
				k = textnorm.Key(e.Text)
			}
			u := Unmatched{Text: e.Text, URL: entryURL(e), Count: 1}
			i, ok := byKey[k]
			if !ok {
				byKey[k] = len(v.Unmatched)
				v.Unmatched = append(v.Unmatched, u)
				continue
			}
			w := &v.Unmatched[i]
			w.Count++
			if u.URL < w.URL {
				w.URL, w.Text = u.URL, u.Text
			}
		}
		for i := range v.Unmatched {
			if v.Unmatched[i].Count == 1 {
				v.Unmatched[i].Count = 0 // the JSON shows a count only when there are several
			}
		}
		sort.Slice(v.Unmatched, func(i, j int) bool {
			a, b := v.Unmatched[i], v.Unmatched[j]
			if a.URL != b.URL {
				return a.URL < b.URL
			}
			return a.Text < b.Text
		})
	}}
}
