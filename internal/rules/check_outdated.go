package rules

import "sort"

// OutdatedName is a procedure published under a name a later decision
// replaced (tên chưa cập nhật theo quyết định mới): it is found, and the
// portal should update the name.
type OutdatedName struct {
	Code          string `json:"code"`
	Name          string `json:"name"`
	PublishedName string `json:"published_name"`
	URL           string `json:"url"`
}

// checkOutdated lists the entries matched by a former name of their
// procedure (match.Match.Outdated).
func checkOutdated() Check {
	return Check{ID: "outdated", Run: func(s *State) {
		if s.Unreachable {
			return
		}
		v := s.Verdict
		seen := map[string]bool{}
		for _, o := range s.OutdatedEntries {
			p := o.Match.Procedure
			url := entryURL(o.Entry)
			k := p.Code + "\x00" + o.Entry.Text + "\x00" + url
			if seen[k] {
				continue
			}
			seen[k] = true
			v.OutdatedNames = append(v.OutdatedNames, OutdatedName{Code: p.Code, Name: p.Name, PublishedName: o.Entry.Text, URL: url})
		}
		sort.Slice(v.OutdatedNames, func(i, j int) bool {
			a, b := v.OutdatedNames[i], v.OutdatedNames[j]
			if a.Code != b.Code {
				return a.Code < b.Code
			}
			return a.URL < b.URL
		})
	}}
}
