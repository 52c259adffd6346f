package catalog

import (
	"sort"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// Changes is what changed between two versions of a catalogue. Every list is
// sorted by code (Recoded by the old code).
type Changes struct {
	// Added are procedures in force in the new version that the old one did
	// not have in force (new codes, and abolished ones brought back).
	Added []Procedure `json:"added"`
	// Abolished are procedures in force in the old version that the new one
	// drops or marks abolished.
	Abolished []Procedure `json:"abolished"`
	// Renamed are codes kept under a name with another textnorm.Key.
	Renamed []Renamed `json:"renamed"`
	// Recoded are names (by textnorm.Key) whose code was replaced: the old
	// code is gone and a new code carries the same name.
	Recoded []Recoded `json:"recoded"`
}

// Renamed is one procedure whose name changed.
type Renamed struct {
	Code    string `json:"code"`
	OldName string `json:"old_name"`
	NewName string `json:"new_name"`
}

// Recoded is one procedure whose code changed.
type Recoded struct {
	Name    string `json:"name"`
	OldCode string `json:"old_code"`
	NewCode string `json:"new_code"`
}

// Empty reports whether nothing changed.
func (c Changes) Empty() bool {
	return len(c.Added) == 0 && len(c.Abolished) == 0 && len(c.Renamed) == 0 && len(c.Recoded) == 0
}

// Diff compares two catalogues. Spelling that textnorm.Key evens out (tone
// placement, sĩ/sỹ, a trailing full stop) is no rename. Changes of levels,
// fields or agencies are not reported.
func Diff(old, new *Catalog) Changes {
	ch := Changes{Added: []Procedure{}, Abolished: []Procedure{}, Renamed: []Renamed{}, Recoded: []Recoded{}}
	var gone, added []Procedure
	for _, o := range old.Procedures {
		n, ok := new.ByCode(o.Code)
		switch {
		case !ok:
			gone = append(gone, o)
		case o.Active() && !n.Active():
			ch.Abolished = append(ch.Abolished, n)
		case !o.Active() && n.Active():
			ch.Added = append(ch.Added, n)
		}
		if ok && o.Name != n.Name && textnorm.Key(o.Name) != textnorm.Key(n.Name) {
			ch.Renamed = append(ch.Renamed, Renamed{Code: o.Code, OldName: o.Name, NewName: n.Name})
		}
	}
	for _, n := range new.Procedures {
		if _, ok := old.ByCode(n.Code); !ok {
			added = append(added, n)
		}
	}
	// Pair each vanished code with a new code of the same name, in code order.
	byKey := map[string][]int{}
	for i, n := range added {
		k := textnorm.Key(n.Name)
		byKey[k] = append(byKey[k], i)
	}
	paired := make([]bool, len(added))
	for _, o := range gone {
		k := textnorm.Key(o.Name)
		if is := byKey[k]; len(is) > 0 {
			i := is[0]
			byKey[k] = is[1:]
			paired[i] = true
			ch.Recoded = append(ch.Recoded, Recoded{Name: added[i].Name, OldCode: o.Code, NewCode: added[i].Code})
			continue
		}
		if o.Active() {
			ch.Abolished = append(ch.Abolished, o)
		}
	}
	for i, n := range added {
		if !paired[i] && n.Active() {
			ch.Added = append(ch.Added, n)
		}
	}
	sortByCode(ch.Added)
	sortByCode(ch.Abolished)
	sort.Slice(ch.Recoded, func(i, j int) bool { return ch.Recoded[i].OldCode < ch.Recoded[j].OldCode })
	return ch
}

func sortByCode(ps []Procedure) {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Code < ps[j].Code })
}
