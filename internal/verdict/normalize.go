package verdict

import (
	"cmp"
	"slices"
)

// Normalized returns a copy of r in the contract's canonical form: every list
// present (empty, never nil), every list sorted by code, then url (entries
// without a code by url, then text), and the schema set. Portals keep their
// order, which is the config's. r itself is not changed.
func (r *Report) Normalized() *Report {
	out := *r
	if out.Schema == "" {
		out.Schema = Schema
	}
	out.Portals = make([]Verdict, len(r.Portals))
	for i := range r.Portals {
		out.Portals[i] = NormalizeVerdict(r.Portals[i])
	}
	return &out
}

// NormalizeVerdict returns v with fresh, sorted lists (see
// Report.Normalized): findings grouped by kind in registration order, each
// kind sorted by its own order. The caller's slices are not touched.
func NormalizeVerdict(v Verdict) Verdict {
	fs := slices.Clone(v.Findings)
	for i := range fs {
		if len(fs[i].Candidates) > 0 {
			fs[i].Candidates = sorted(fs[i].Candidates, cmp.Compare[string])
		}
		// Sections keep the rules' order: it is the standard order of a
		// procedure page, which reads better than the alphabet.
		fs[i].MissingSections = slices.Clone(fs[i].MissingSections)
	}
	slices.SortStableFunc(fs, func(a, b Finding) int {
		ra, oka := rank[a.Kind]
		rb, okb := rank[b.Kind]
		if !oka {
			ra = len(registry)
		}
		if !okb {
			rb = len(registry)
		}
		if c := cmp.Compare(ra, rb); c != 0 || !oka {
			return c
		}
		return registry[ra].Compare(a, b)
	})
	v.Findings = fs
	v.Fields = sorted(v.Fields, func(a, b FieldCount) int { return cmp.Compare(a.Field, b.Field) })
	if len(v.Notes) > 0 {
		v.Notes = slices.Clone(v.Notes)
	}
	return v
}

// sorted returns a sorted, non-nil copy of s.
func sorted[T any](s []T, c func(a, b T) int) []T {
	out := nonNil(slices.Clone(s))
	slices.SortStableFunc(out, c)
	return out
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
