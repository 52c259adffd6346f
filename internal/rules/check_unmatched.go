package rules

import (
	"sort"

	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// checkUnmatched lists the procedure-like entries that match nothing, once
// per text and page.
func checkUnmatched() Check {
	return Check{ID: "unmatched", Run: func(s *State) {
		if s.Unreachable {
			return // nothing is claimed about a portal nobody saw
		}
		v := s.Verdict
		seen := map[verdict.Unmatched]bool{}
		for _, e := range s.UnmatchedEntries {
			u := verdict.Unmatched{Text: e.Text, URL: entryURL(e)}
			if !seen[u] {
				seen[u] = true
				v.Unmatched = append(v.Unmatched, u)
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
