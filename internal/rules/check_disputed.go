package rules

import (
	"fmt"
	"sort"

	"github.com/tthcaudit/tthcaudit/internal/msg"
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
		var items []msg.Note
		seen := map[string]bool{}
		for _, d := range s.DisputedEntries {
			other := msg.N("note.disputed.none")
			if d.Match.Conflict != nil {
				other = msg.Note{Text: d.Match.Conflict.Code}
			}
			key := fmt.Sprintf("%q\x00%s\x00%s\x00%s", d.Entry.Text, entryURL(d.Entry), d.Match.Procedure.Code, other.Text)
			if !seen[key] {
				seen[key] = true
				items = append(items, msg.N("note.disputed.item", d.Entry.Text, entryURL(d.Entry), d.Match.Procedure.Code, other))
			}
		}
		sort.Slice(items, func(i, j int) bool { return items[i].String() < items[j].String() })
		n := len(items)
		if n > maxDisputedShown {
			items = append(items[:maxDisputedShown], msg.Note{Text: "…"})
		}
		s.Verdict.Notes = append(s.Verdict.Notes, msg.N(NoteDisputed, n, items))
	}}
}
