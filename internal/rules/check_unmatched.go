package rules

import (
	"sort"

	"github.com/tthcaudit/tthcaudit/internal/extract"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
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
		var list []verdict.Finding
		byKey := map[string]int{}
		for _, e := range s.UnmatchedEntries {
			if e.Code == "" && !extract.PlausibleName(e.Text) {
				continue
			}
			k := e.Key
			if k == "" {
				k = textnorm.Key(e.Text)
			}
			u := verdict.Finding{Kind: verdict.KindUnmatched, Text: e.Text, URL: entryURL(e), Count: 1}
			i, ok := byKey[k]
			if !ok {
				byKey[k] = len(list)
				list = append(list, u)
				continue
			}
			w := &list[i]
			w.Count++
			if u.URL < w.URL {
				w.URL, w.Text = u.URL, u.Text
			}
		}
		for i := range list {
			if list[i].Count == 1 {
				list[i].Count = 0 // the JSON shows a count only when there are several
			}
		}
		sort.Slice(list, func(i, j int) bool {
			a, b := list[i], list[j]
			if a.URL != b.URL {
				return a.URL < b.URL
			}
			return a.Text < b.Text
		})
		s.Verdict.Add(list...)
	}}
}
