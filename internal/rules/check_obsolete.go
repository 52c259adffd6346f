package rules

import (
	"sort"

	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// checkObsolete lists the published procedures the catalogue marks
// abolished.
func checkObsolete() Check {
	return Check{ID: "obsolete", Run: func(s *State) {
		if s.Unreachable {
			return // nothing is claimed about a portal nobody saw
		}
		var list []verdict.Finding
		for _, ev := range s.Seen {
			if ev.Procedure.Active() {
				continue
			}
			list = append(list, verdict.Finding{Kind: verdict.KindObsolete, Code: ev.Procedure.Code, Name: ev.Procedure.Name, URL: ev.URL()})
		}
		sort.Slice(list, func(i, j int) bool {
			a, b := list[i], list[j]
			if a.Code != b.Code {
				return a.Code < b.Code
			}
			return a.URL < b.URL
		})
		s.Verdict.Add(list...)
	}}
}
