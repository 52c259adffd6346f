package rules

import (
	"sort"

	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// checkBroken lists the procedure links that answered an error or
// nothing, once each.
func checkBroken() Check {
	return Check{ID: "broken_links", Run: func(s *State) {
		if s.In.Crawl == nil {
			return
		}
		v := s.Verdict
		seen := map[verdict.BrokenLink]bool{}
		for _, b := range s.In.Crawl.BrokenLinks {
			l := verdict.BrokenLink{URL: b.URL, Status: b.Status, From: b.From}
			if !seen[l] {
				seen[l] = true
				v.BrokenLinks = append(v.BrokenLinks, l)
			}
		}
		sort.Slice(v.BrokenLinks, func(i, j int) bool {
			a, b := v.BrokenLinks[i], v.BrokenLinks[j]
			if a.URL != b.URL {
				return a.URL < b.URL
			}
			return a.From < b.From
		})
	}}
}
