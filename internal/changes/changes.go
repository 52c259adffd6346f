// Package changes compares two audits: what went missing, what was fixed,
// what abolished procedures appeared, and what a portal renamed. The diff
// command prints it and the audit reports carry it as their "so với lần
// trước" (since last time) section.
package changes

import (
	"sort"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// Compare returns cur against prev, portals in cur's order and then those
// only prev has. Either report may be nil (an empty audit); prevID and
// curID are the stored audits' ids, zero for one not stored yet.
func Compare(prev *verdict.Report, prevID int64, cur *verdict.Report, curID int64) verdict.Diff {
	var d verdict.Diff
	if prev == nil {
		prev = &verdict.Report{}
	}
	if cur == nil {
		cur = &verdict.Report{}
	}
	d.From = verdict.Ref{ID: prevID, StartedAt: prev.StartedAt}
	d.To = verdict.Ref{ID: curID, StartedAt: cur.StartedAt}
	before := map[string]*verdict.Verdict{}
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

func comparePortal(a, b *verdict.Verdict) verdict.PortalDiff {
	p := verdict.PortalDiff{NewlyMissing: []verdict.ChangedProcedure{}, Fixed: []verdict.ChangedProcedure{}, NewlyObsolete: []verdict.ChangedProcedure{}, ObsoleteRemoved: []verdict.ChangedProcedure{}, Renamed: []verdict.Renamed{}}
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
		p.State = verdict.NewPortal
		return p
	case b == nil:
		p.State = verdict.Removed
		return p
	case a.Status == verdict.StatusUnreachable || b.Status == verdict.StatusUnreachable:
		p.State = verdict.Unseen
		return p
	}
	p.State = verdict.Compared

	missA, missB := missingSet(a), missingSet(b)
	foundB := foundSet(b)
	for _, m := range b.Of(verdict.KindMissing) {
		if _, ok := missA[m.Code]; !ok {
			p.NewlyMissing = append(p.NewlyMissing, verdict.ChangedProcedure{Code: m.Code, Name: m.Name, Field: m.Field})
		}
	}
	for _, m := range a.Of(verdict.KindMissing) {
		if _, still := missB[m.Code]; still {
			continue
		}
		// Only a procedure now published is fixed; one that is simply no
		// longer required (catalogue or config changed) is not.
		if f, ok := foundB[m.Code]; ok {
			p.Fixed = append(p.Fixed, verdict.ChangedProcedure{Code: m.Code, Name: m.Name, Field: m.Field, URL: f.URL})
		}
	}
	obsA, obsB := obsoleteSet(a), obsoleteSet(b)
	for _, o := range b.Of(verdict.KindObsolete) {
		if _, ok := obsA[o.Code]; !ok {
			p.NewlyObsolete = append(p.NewlyObsolete, verdict.ChangedProcedure{Code: o.Code, Name: o.Name, URL: o.URL})
			obsA[o.Code] = o // once per code
		}
	}
	for _, o := range a.Of(verdict.KindObsolete) {
		if _, ok := obsB[o.Code]; !ok {
			p.ObsoleteRemoved = append(p.ObsoleteRemoved, verdict.ChangedProcedure{Code: o.Code, Name: o.Name, URL: o.URL})
			obsB[o.Code] = o
		}
	}
	foundA := foundSet(a)
	for _, f := range b.Of(verdict.KindFound) {
		g, ok := foundA[f.Code]
		if !ok || f.PublishedName == "" || g.PublishedName == "" {
			continue
		}
		if textnorm.Clean(f.PublishedName) != textnorm.Clean(g.PublishedName) {
			p.Renamed = append(p.Renamed, verdict.Renamed{Code: f.Code, Name: f.Name, Before: g.PublishedName, After: f.PublishedName, URL: f.URL})
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

func sortProcs(ps []verdict.ChangedProcedure) {
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].Code != ps[j].Code {
			return ps[i].Code < ps[j].Code
		}
		return ps[i].URL < ps[j].URL
	})
}

func missingSet(v *verdict.Verdict) map[string]verdict.Finding {
	m := make(map[string]verdict.Finding, len(v.Of(verdict.KindMissing)))
	for _, x := range v.Of(verdict.KindMissing) {
		m[x.Code] = x
	}
	return m
}

// foundSet maps codes to the first (by the report's sorted order) place the
// procedure was found.
func foundSet(v *verdict.Verdict) map[string]verdict.Finding {
	m := make(map[string]verdict.Finding, len(v.Of(verdict.KindFound)))
	for _, x := range v.Of(verdict.KindFound) {
		if _, ok := m[x.Code]; !ok {
			m[x.Code] = x
		}
	}
	return m
}

func obsoleteSet(v *verdict.Verdict) map[string]verdict.Finding {
	m := make(map[string]verdict.Finding, len(v.Of(verdict.KindObsolete)))
	for _, x := range v.Of(verdict.KindObsolete) {
		if _, ok := m[x.Code]; !ok {
			m[x.Code] = x
		}
	}
	return m
}
