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
		type key struct {
			url, from string
			status    int
		}
		seen := map[key]bool{}
		var list []verdict.Finding
		for _, b := range s.In.Crawl.BrokenLinks {
			k := key{b.URL, b.From, b.Status}
			if !seen[k] {
				seen[k] = true
				list = append(list, verdict.Finding{Kind: verdict.KindBroken, URL: b.URL, Status: b.Status, From: b.From})
			}
		}
		sort.Slice(list, func(i, j int) bool {
			a, b := list[i], list[j]
			if a.URL != b.URL {
				return a.URL < b.URL
			}
			return a.From < b.From
		})
		s.Verdict.Add(list...)
	}}
}
