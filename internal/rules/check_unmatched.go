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
		seen := map[[2]string]bool{}
		var list []verdict.Finding
		for _, e := range s.UnmatchedEntries {
			u := verdict.Finding{Kind: verdict.KindUnmatched, Text: e.Text, URL: entryURL(e)}
			if k := [2]string{u.Text, u.URL}; !seen[k] {
				seen[k] = true
				list = append(list, u)
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
