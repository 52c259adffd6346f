package verdict

import "time"

// Ref names one of the two audits compared.
type Ref struct {
	ID        int64     `json:"id,omitempty"`
	StartedAt time.Time `json:"started_at"`
}

// Diff is the later audit against the earlier one.
type Diff struct {
	From    Ref          `json:"from"`
	To      Ref          `json:"to"`
	Portals []PortalDiff `json:"portals"`
}

// ChangedProcedure is a procedure named in a diff.
type ChangedProcedure struct {
	Code  string `json:"code"`
	Name  string `json:"name"`
	Field string `json:"field,omitempty"`
	URL   string `json:"url,omitempty"`
}

// Renamed is a procedure the portal publishes, under the same code, with a
// different name than last time.
type Renamed struct {
	Code   string `json:"code"`
	Name   string `json:"name"`
	Before string `json:"before"`
	After  string `json:"after"`
	URL    string `json:"url,omitempty"`
}

// Portal comparison states.
const (
	// Compared: the portal was read in both audits.
	Compared = "compared"
	// NewPortal: the portal is not in the earlier audit.
	NewPortal = "new"
	// Removed: the portal is not in the later audit.
	Removed = "removed"
	// Unseen: the portal was unreachable in one of the two audits, so
	// nothing is said about what changed on it.
	Unseen = "unseen"
)

// PortalDiff is what changed on one portal.
type PortalDiff struct {
	Portal string `json:"portal"`
	Name   string `json:"name"`
	// State is one of Compared, NewPortal, Removed, Unseen.
	State          string  `json:"state"`
	StatusBefore   string  `json:"status_before,omitempty"`
	StatusAfter    string  `json:"status_after,omitempty"`
	CoverageBefore float64 `json:"coverage_before"`
	CoverageAfter  float64 `json:"coverage_after"`
	FoundBefore    int     `json:"found_before"`
	FoundAfter     int     `json:"found_after"`
	RequiredBefore int     `json:"required_before"`
	RequiredAfter  int     `json:"required_after"`
	// NewlyMissing are required procedures missing now and not before.
	NewlyMissing []ChangedProcedure `json:"newly_missing"`
	// Fixed were missing before and are published now.
	Fixed []ChangedProcedure `json:"fixed"`
	// NewlyObsolete are abolished procedures published now and not before.
	NewlyObsolete []ChangedProcedure `json:"newly_obsolete"`
	// ObsoleteRemoved are abolished procedures the portal took down.
	ObsoleteRemoved []ChangedProcedure `json:"obsolete_removed"`
	// Renamed are published under a different name than before.
	Renamed []Renamed `json:"renamed"`
}

// Changed reports whether anything is listed.
func (p PortalDiff) Changed() bool {
	return len(p.NewlyMissing)+len(p.Fixed)+len(p.NewlyObsolete)+len(p.ObsoleteRemoved)+len(p.Renamed) > 0
}

// DiffTotals sums the lists of a Diff over the portals.
type DiffTotals struct {
	NewlyMissing, Fixed, NewlyObsolete, ObsoleteRemoved, Renamed int
}

// Totals sums d's lists.
func (d Diff) Totals() DiffTotals {
	var t DiffTotals
	for _, p := range d.Portals {
		t.NewlyMissing += len(p.NewlyMissing)
		t.Fixed += len(p.Fixed)
		t.NewlyObsolete += len(p.NewlyObsolete)
		t.ObsoleteRemoved += len(p.ObsoleteRemoved)
		t.Renamed += len(p.Renamed)
	}
	return t
}
