package rules

import (
	"sort"

	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// checkOutdated lists the entries matched by a former name of their
// procedure (match.Match.Outdated): found, and to be renamed on the portal
// (tên chưa cập nhật theo quyết định mới).
func checkOutdated() Check {
	return Check{ID: "outdated", Run: func(s *State) {
		if s.Unreachable {
			return
		}
		var list []verdict.Finding
		seen := map[string]bool{}
		for _, o := range s.OutdatedEntries {
			p := o.Match.Procedure
			url := entryURL(o.Entry)
			k := p.Code + "\x00" + o.Entry.Text + "\x00" + url
			if seen[k] {
				continue
			}
			seen[k] = true
			list = append(list, verdict.Finding{Kind: verdict.KindOutdated, Code: p.Code, Name: p.Name, PublishedName: o.Entry.Text, URL: url})
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
