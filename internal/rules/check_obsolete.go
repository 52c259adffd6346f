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
		v := s.Verdict
		for _, ev := range s.Seen {
			if ev.Procedure.Active() {
				continue
			}
			v.Obsolete = append(v.Obsolete, verdict.Obsolete{Code: ev.Procedure.Code, Name: ev.Procedure.Name, URL: ev.URL()})
		}
		sort.Slice(v.Obsolete, func(i, j int) bool {
			a, b := v.Obsolete[i], v.Obsolete[j]
			if a.Code != b.Code {
				return a.Code < b.Code
			}
			return a.URL < b.URL
		})
	}}
}
