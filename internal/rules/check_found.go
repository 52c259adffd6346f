package rules

import (
	"sort"

	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// checkFound lists every active catalogue procedure found, required or
// not, and counts the required ones found (found, coverage).
func checkFound() Check {
	return Check{ID: "found", Run: func(s *State) {
		v := s.Verdict
		v.Required = len(s.Required)
		if s.Unreachable {
			v.Found, v.Coverage = 0, coverage(0, v.Required)
			return
		}
		var list []verdict.Finding
		for code, ev := range s.Seen {
			if !ev.Procedure.Active() {
				continue
			}
			req := s.IsRequired[code]
			if req {
				v.Found++
			}
			list = append(list, verdict.Finding{Kind: verdict.KindFound,
				Code: ev.Procedure.Code, Name: ev.Procedure.Name, Required: req,
				URL: ev.URL(), PublishedName: ev.Entry.Text,
				Match: string(ev.Match.Kind), Score: round4(ev.Match.Score),
			})
		}
		sort.Slice(list, func(i, j int) bool {
			a, b := list[i], list[j]
			if a.Code != b.Code {
				return a.Code < b.Code
			}
			return a.URL < b.URL
		})
		v.Add(list...)
		v.Coverage = coverage(v.Found, v.Required)
	}}
}

// coverage is found/required to four decimals, 1 when nothing is required.
func coverage(found, required int) float64 {
	if required == 0 {
		return 1
	}
	return round4(float64(found) / float64(required))
}
