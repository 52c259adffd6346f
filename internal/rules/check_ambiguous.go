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
		var list []verdict.Finding
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
			list = append(list, verdict.Finding{Kind: verdict.KindAmbiguous, Text: a.Entry.Text, URL: url, Candidates: cands})
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
