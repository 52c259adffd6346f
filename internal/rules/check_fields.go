package rules

import (
	"sort"

	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// noField names the group of required procedures with no field.
const noField = "Chưa rõ lĩnh vực"

// checkFields counts, per field (the procedure's main field), the
// required procedures and those found: a field short of its count is
// where the portal is incomplete.
func checkFields() Check {
	return Check{ID: "fields", Run: func(s *State) {
		v := s.Verdict
		counts := map[string]*verdict.FieldCount{}
		for _, p := range s.Required {
			f := p.Field()
			if f == "" {
				f = noField
			}
			c := counts[f]
			if c == nil {
				c = &verdict.FieldCount{Field: f}
				counts[f] = c
			}
			c.Required++
			if _, ok := s.Seen[p.Code]; ok && !s.Unreachable {
				c.Found++
			}
		}
		for _, c := range counts {
			v.Fields = append(v.Fields, *c)
		}
		sort.Slice(v.Fields, func(i, j int) bool { return v.Fields[i].Field < v.Fields[j].Field })
	}}
}
