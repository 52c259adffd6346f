package evidence

import (
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// FindingsFromReport turns an audit report into the findings the manifest
// links: every found, missing, obsolete and incomplete procedure and every
// broken link of every portal. A missing procedure points at the portal's
// listing page (the verdict's URL): that page is the proof of its absence.
func FindingsFromReport(rep *verdict.Report) []Finding {
	if rep == nil {
		return nil
	}
	var out []Finding
	for _, v := range rep.Portals {
		for _, f := range v.Of(verdict.KindFound) {
			out = append(out, Finding{Portal: v.ID, Kind: KindFound, Code: f.Code, Name: f.Name, URL: f.URL})
		}
		for _, m := range v.Of(verdict.KindMissing) {
			out = append(out, Finding{Portal: v.ID, Kind: KindMissing, Code: m.Code, Name: m.Name, URL: v.URL})
		}
		for _, o := range v.Of(verdict.KindObsolete) {
			out = append(out, Finding{Portal: v.ID, Kind: KindObsolete, Code: o.Code, Name: o.Name, URL: o.URL})
		}
		for _, b := range v.Of(verdict.KindBroken) {
			out = append(out, Finding{Portal: v.ID, Kind: KindBroken, URL: b.URL, SourceURL: b.From})
		}
		for _, in := range v.Of(verdict.KindIncomplete) {
			out = append(out, Finding{Portal: v.ID, Kind: KindIncomplete, Code: in.Code, URL: in.URL})
		}
	}
	return out
}
