package rules

import (
	"fmt"
	"sort"
	"strings"
)

// maxDisputedShown caps the entries a disputed note names.
const maxDisputedShown = 5

// checkDisputed notes the entries whose code and name point at different
// procedures: the verdict counts the likelier one (see match.Match), and
// a person should look.
func checkDisputed() Check {
	return Check{ID: "disputed", Run: func(s *State) {
		if len(s.DisputedEntries) == 0 {
			return
		}
		var items []string
		seen := map[string]bool{}
		for _, d := range s.DisputedEntries {
			other := "không thủ tục nào"
			if d.Match.Conflict != nil {
				other = d.Match.Conflict.Code
			}
			item := fmt.Sprintf("%q (%s) được tính là %s, không phải %s", d.Entry.Text, entryURL(d.Entry), d.Match.Procedure.Code, other)
			if !seen[item] {
				seen[item] = true
				items = append(items, item)
			}
		}
		sort.Strings(items)
		n := len(items)
		if n > maxDisputedShown {
			items = append(items[:maxDisputedShown], "…")
		}
		s.Verdict.Notes = append(s.Verdict.Notes,
			fmt.Sprintf("%d mục có mã và tên không cùng một thủ tục, cần kiểm tra: %s", n, strings.Join(items, "; ")))
	}}
}
