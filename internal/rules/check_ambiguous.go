package rules

import (
	"sort"

	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// checkAmbiguous lists the entries close to several procedures, for a
// person to decide; they do not count as found.
func checkAmbiguous() Check {
	return Check{ID: "ambiguous", Run: func(s *State) {
		if s.Unreachable {
			return // nothing is claimed about a portal nobody saw
		}
		v := s.Verdict
		seen := map[string]bool{}
		for _, a := range s.AmbiguousEntries {
			url := entryURL(a.Entry)
			if seen[a.Entry.Text+"\x00"+url] {
				continue
			}
			seen[a.Entry.Text+"\x00"+url] = true
			cands := []string{}
			for _, p := range a.Match.Candidates {
				cands = append(cands, p.Code)
			}
			sort.Strings(cands)
			v.Ambiguous = append(v.Ambiguous, verdict.Ambiguous{Text: a.Entry.Text, URL: url, Candidates: cands})
		}
		sort.Slice(v.Ambiguous, func(i, j int) bool {
			a, b := v.Ambiguous[i], v.Ambiguous[j]
			if a.URL != b.URL {
				return a.URL < b.URL
			}
			return a.Text < b.Text
		})
	}}
}
