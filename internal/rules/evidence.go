package rules

import (
	"github.com/tthcaudit/tthcaudit/internal/crawler"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// AttachEvidence gives every finding the fetched page it rests on: the
// page at the finding's URL when an entry was read from it, else the page
// that listed it; for a broken link, the page that links to it. A missing
// procedure rests on the portal as a whole and gets none. This is the one
// place that joins findings to pages, so the store, the evidence pack and
// the dashboard read the same evidence.
func AttachEvidence(v *verdict.Verdict, r *crawler.Result) {
	if r == nil {
		return
	}
	pages := map[string]verdict.Evidence{}
	for _, e := range r.Entries {
		if e.PageURL != "" && e.BodyHash != "" {
			pages[e.PageURL] = verdict.Evidence{URL: e.PageURL, BodySHA256: e.BodyHash, FetchedAt: e.FetchedAt}
		}
	}
	for _, e := range r.Entries {
		if e.DetailURL == "" || e.BodyHash == "" {
			continue
		}
		if _, ok := pages[e.DetailURL]; !ok {
			pages[e.DetailURL] = verdict.Evidence{URL: e.PageURL, BodySHA256: e.BodyHash, FetchedAt: e.FetchedAt}
		}
	}
	for i := range v.Findings {
		f := &v.Findings[i]
		switch f.Kind {
		case verdict.KindMissing, verdict.KindFailedPage:
		case verdict.KindBroken:
			f.Evidence = pages[f.From]
		default:
			f.Evidence = pages[f.URL]
		}
	}
}
