package verdict

// Passes is the check command's criterion, the assessment's "100% of
// procedures published": the portal was crawled completely (status ok) and
// no required procedure is missing. An unreachable or partial portal fails,
// because nothing can be certified about pages that were not seen.
// Obsolete, incomplete and broken entries, and entries to review, are
// reported as things to fix but do not fail the check: the criterion counts
// procedures published, not the quality of each page. Which kinds of
// finding fail a portal is their registration's Fails.
func Passes(v Verdict) bool {
	return v.Status == StatusOK && !v.HasFailing()
}

// HasFailing reports whether v holds a finding of a kind that fails a
// portal (a required procedure missing).
func (v Verdict) HasFailing() bool {
	for _, f := range v.Findings {
		if k, ok := Info(f.Kind); ok && k.Fails {
			return true
		}
	}
	return false
}

// Failing counts the portals that fail --fail-on-missing: a required
// procedure missing, or the portal unreachable (nothing could be checked).
func Failing(vs []Verdict) int {
	n := 0
	for _, v := range vs {
		if v.HasFailing() || !Reached(&v) {
			n++
		}
	}
	return n
}
