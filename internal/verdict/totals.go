package verdict

import "math"

// Reached reports whether anything was seen of the portal: an unreachable
// portal's counts say nothing about what it publishes.
func Reached(v *Verdict) bool { return v.Status != StatusUnreachable }

// LooksScriptRendered reports whether the crawl loaded pages yet recognised
// nothing procedure-like on them, the usual sign of a portal that builds its
// lists with JavaScript.
func LooksScriptRendered(v *Verdict) bool {
	return Reached(v) && v.Crawl.Pages > 0 && v.Required > 0 && v.Found == 0 &&
		v.Count(KindFound) == 0 && v.Count(KindObsolete) == 0 &&
		v.Count(KindUnmatched) == 0 && v.Count(KindAmbiguous) == 0
}

// Unreached is how many portals could not be audited.
func (t Totals) Unreached() int { return t.Portals - t.Reached }

// Totals are the sums over the portals of a report, for the footers.
type Totals struct {
	Portals, Reached                  int
	Required, Found, Missing          int
	Obsolete, Incomplete, BrokenLinks int
}

// Coverage is found / required over the reached portals: 1 when they
// require nothing, NaN (shown "—") when no portal was reached, so that
// portals nobody could read never add up to 100 %.
func (t Totals) Coverage() float64 {
	if t.Reached == 0 {
		return math.NaN()
	}
	if t.Required == 0 {
		return 1
	}
	return float64(t.Found) / float64(t.Required)
}

// Sum adds up the portals' figures. Required and found count only the
// portals that were reached, so that an unreachable portal does not pull the
// province's coverage down for procedures nobody could look for.
func Sum(r *Report) Totals {
	var t Totals
	for i := range r.Portals {
		v := &r.Portals[i]
		t.Portals++
		t.Obsolete += v.Count(KindObsolete)
		t.Incomplete += v.Count(KindIncomplete)
		t.BrokenLinks += v.Count(KindBroken)
		if !Reached(v) {
			continue
		}
		t.Reached++
		t.Required += v.Required
		t.Found += v.Found
		t.Missing += v.Count(KindMissing)
	}
	return t
}
