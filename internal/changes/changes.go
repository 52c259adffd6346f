// Package changes compares two audits: what went missing, what was fixed,
// what abolished procedures appeared, and what a portal renamed. The diff
// command prints it and the audit reports carry it as their "so với lần
// trước" (since last time) section.
package changes

import (
	"sort"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/rules"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

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

// Procedure is a procedure named in a diff.
type Procedure struct {
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
	NewlyMissing []Procedure `json:"newly_missing"`
	// Fixed were missing before and are published now.
	Fixed []Procedure `json:"fixed"`
	// NewlyObsolete are abolished procedures published now and not before.
	NewlyObsolete []Procedure `json:"newly_obsolete"`
	// ObsoleteRemoved are abolished procedures the portal took down.
	ObsoleteRemoved []Procedure `json:"obsolete_removed"`
	// Renamed are published under a different name than before.
	Renamed []Renamed `json:"renamed"`
}

// Changed reports whether anything is listed.
func (p PortalDiff) Changed() bool {
	return len(p.NewlyMissing)+len(p.Fixed)+len(p.NewlyObsolete)+len(p.ObsoleteRemoved)+len(p.Renamed) > 0
}

// Audit is what a comparison reads of one audit. It holds the verdicts
// rather than the report so that the reports package, which renders a
// Diff, can depend on this one (reports.Report.AsAudit builds it).
type Audit struct {
	// ID is the stored audit's id; zero for one not stored yet.
	ID        int64
	StartedAt time.Time
	Portals   []rules.Verdict
}

// Compare returns cur against prev, portals in cur's order and then those
// only prev has. Either audit may be nil (an empty audit).
func Compare(prev, cur *Audit) Diff {
	var d Diff
	if prev == nil {
		prev = &Audit{}
	}
	if cur == nil {
		cur = &Audit{}
	}
	d.From = Ref{ID: prev.ID, StartedAt: prev.StartedAt}
	d.To = Ref{ID: cur.ID, StartedAt: cur.StartedAt}
	before := map[string]*rules.Verdict{}
	for i := range prev.Portals {
		before[prev.Portals[i].ID] = &prev.Portals[i]
	}
	seen := map[string]bool{}
	for i := range cur.Portals {
		v := &cur.Portals[i]
		seen[v.ID] = true
		d.Portals = append(d.Portals, comparePortal(before[v.ID], v))
	}
	for i := range prev.Portals {
		if v := &prev.Portals[i]; !seen[v.ID] {
			d.Portals = append(d.Portals, comparePortal(v, nil))
		}
	}
	return d
}

func comparePortal(a, b *rules.Verdict) PortalDiff {
	p := PortalDiff{NewlyMissing: []Procedure{}, Fixed: []Procedure{}, NewlyObsolete: []Procedure{}, ObsoleteRemoved: []Procedure{}, Renamed: []Renamed{}}
	if a != nil {
		p.Portal, p.Name = a.ID, a.Name
		p.StatusBefore, p.CoverageBefore, p.FoundBefore, p.RequiredBefore = a.Status, a.Coverage, a.Found, a.Required
	}
	if b != nil {
		p.Portal, p.Name = b.ID, b.Name
		p.StatusAfter, p.CoverageAfter, p.FoundAfter, p.RequiredAfter = b.Status, b.Coverage, b.Found, b.Required
	}
	switch {
	case a == nil:
		p.State = NewPortal
		return p
	case b == nil:
		p.State = Removed
		return p
	case a.Status == rules.StatusUnreachable || b.Status == rules.StatusUnreachable:
		p.State = Unseen
		return p
	}
	p.State = Compared

	missA, missB := missingSet(a), missingSet(b)
	foundB := foundSet(b)
	for _, m := range b.Missing {
		if _, ok := missA[m.Code]; !ok {
			p.NewlyMissing = append(p.NewlyMissing, Procedure{Code: m.Code, Name: m.Name, Field: m.Field})
		}
	}
	for _, m := range a.Missing {
		if _, still := missB[m.Code]; still {
			continue
		}
		// Only a procedure now published is fixed; one that is simply no
		// longer required (catalogue or config changed) is not.
		if f, ok := foundB[m.Code]; ok {
			p.Fixed = append(p.Fixed, Procedure{Code: m.Code, Name: m.Name, Field: m.Field, URL: f.URL})
		}
	}
	obsA, obsB := obsoleteSet(a), obsoleteSet(b)
	for _, o := range b.Obsolete {
		if _, ok := obsA[o.Code]; !ok {
			p.NewlyObsolete = append(p.NewlyObsolete, Procedure{Code: o.Code, Name: o.Name, URL: o.URL})
			obsA[o.Code] = o // once per code
		}
	}
	for _, o := range a.Obsolete {
		if _, ok := obsB[o.Code]; !ok {
			p.ObsoleteRemoved = append(p.ObsoleteRemoved, Procedure{Code: o.Code, Name: o.Name, URL: o.URL})
			obsB[o.Code] = o
		}
	}
	foundA := foundSet(a)
	for _, f := range b.FoundProcedures {
		g, ok := foundA[f.Code]
		if !ok || f.PublishedName == "" || g.PublishedName == "" {
			continue
		}
		if textnorm.Clean(f.PublishedName) != textnorm.Clean(g.PublishedName) {
			p.Renamed = append(p.Renamed, Renamed{Code: f.Code, Name: f.Name, Before: g.PublishedName, After: f.PublishedName, URL: f.URL})
			delete(foundA, f.Code) // once per code
		}
	}
	sortProcs(p.NewlyMissing)
	sortProcs(p.Fixed)
	sortProcs(p.NewlyObsolete)
	sortProcs(p.ObsoleteRemoved)
	sort.SliceStable(p.Renamed, func(i, j int) bool { return p.Renamed[i].Code < p.Renamed[j].Code })
	return p
}

func sortProcs(ps []Procedure) {
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].Code != ps[j].Code {
			return ps[i].Code < ps[j].Code
		}
		return ps[i].URL < ps[j].URL
	})
}

func missingSet(v *rules.Verdict) map[string]rules.Missing {
	m := make(map[string]rules.Missing, len(v.Missing))
	for _, x := range v.Missing {
		m[x.Code] = x
	}
	return m
}

// foundSet maps codes to the first (by the report's sorted order) place the
// procedure was found.
func foundSet(v *rules.Verdict) map[string]rules.Found {
	m := make(map[string]rules.Found, len(v.FoundProcedures))
	for _, x := range v.FoundProcedures {
		if _, ok := m[x.Code]; !ok {
			m[x.Code] = x
		}
	}
	return m
}

func obsoleteSet(v *rules.Verdict) map[string]rules.Obsolete {
	m := make(map[string]rules.Obsolete, len(v.Obsolete))
	for _, x := range v.Obsolete {
		if _, ok := m[x.Code]; !ok {
			m[x.Code] = x
		}
	}
	return m
}

// Totals sums the lists over the portals.
type Totals struct {
	NewlyMissing, Fixed, NewlyObsolete, ObsoleteRemoved, Renamed int
}

// Totals sums d's lists.
func (d Diff) Totals() Totals {
	var t Totals
	for _, p := range d.Portals {
		t.NewlyMissing += len(p.NewlyMissing)
		t.Fixed += len(p.Fixed)
		t.NewlyObsolete += len(p.NewlyObsolete)
		t.ObsoleteRemoved += len(p.ObsoleteRemoved)
		t.Renamed += len(p.Renamed)
	}
	return t
}
