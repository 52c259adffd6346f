package rules

import "github.com/tthcaudit/tthcaudit/internal/verdict"

// checkMissing lists every required procedure not found. An unreachable
// portal lists none: nothing is claimed about a portal nobody saw.
func checkMissing() Check {
	return Check{ID: "missing", Run: func(s *State) {
		if s.Unreachable {
			return
		}
		for _, p := range s.Required { // sorted by code
			if _, ok := s.Seen[p.Code]; ok {
				continue
			}
			s.Verdict.Add(verdict.Finding{Kind: verdict.KindMissing, Code: p.Code, Name: p.Name, Field: p.Field()})
		}
	}}
}
