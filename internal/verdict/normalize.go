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

// NormalizeVerdict returns v with fresh, sorted, non-nil lists (see
// Report.Normalized). The caller's slices are not touched.
func NormalizeVerdict(v Verdict) Verdict {
	v.Missing = sorted(v.Missing, func(a, b Missing) int {
		return cmp.Or(cmp.Compare(a.Code, b.Code), cmp.Compare(a.Name, b.Name), cmp.Compare(a.Field, b.Field))
	})
	v.FoundProcedures = sorted(v.FoundProcedures, func(a, b Found) int {
		return cmp.Or(cmp.Compare(a.Code, b.Code), cmp.Compare(a.URL, b.URL), cmp.Compare(a.PublishedName, b.PublishedName))
	})
	v.Obsolete = sorted(v.Obsolete, func(a, b Obsolete) int {
		return cmp.Or(cmp.Compare(a.Code, b.Code), cmp.Compare(a.URL, b.URL), cmp.Compare(a.Name, b.Name))
	})
	v.Unmatched = sorted(v.Unmatched, func(a, b Unmatched) int {
		return cmp.Or(cmp.Compare(a.URL, b.URL), cmp.Compare(a.Text, b.Text))
	})
	v.Ambiguous = sorted(v.Ambiguous, func(a, b Ambiguous) int {
		return cmp.Or(cmp.Compare(a.URL, b.URL), cmp.Compare(a.Text, b.Text))
	})
	for i := range v.Ambiguous {
		v.Ambiguous[i].Candidates = sorted(v.Ambiguous[i].Candidates, cmp.Compare[string])
	}
	v.Incomplete = sorted(v.Incomplete, func(a, b Incomplete) int {
		return cmp.Or(cmp.Compare(a.Code, b.Code), cmp.Compare(a.URL, b.URL))
	})
	for i := range v.Incomplete {
		// Sections keep the rules' order: it is the standard order of a
		// procedure page, which reads better than the alphabet.
		v.Incomplete[i].MissingSections = nonNil(slices.Clone(v.Incomplete[i].MissingSections))
	}
	v.BrokenLinks = sorted(v.BrokenLinks, func(a, b BrokenLink) int {
		return cmp.Or(cmp.Compare(a.URL, b.URL), cmp.Compare(a.From, b.From), cmp.Compare(a.Status, b.Status))
	})
	v.Fields = sorted(v.Fields, func(a, b FieldCount) int { return cmp.Compare(a.Field, b.Field) })
	if len(v.FailedPages) > 0 {
		v.FailedPages = sorted(v.FailedPages, func(a, b FailedPage) int {
			return cmp.Or(cmp.Compare(a.URL, b.URL), cmp.Compare(a.Reason, b.Reason))
		})
	}
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
