package rules

import (
	"github.com/tthcaudit/tthcaudit/internal/crawler"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// checkGuest carries what the crawler did as a careful guest into the
// verdict: why the portal kept it out, and the trap patterns it cut.
func checkGuest() Check {
	return Check{ID: "guest", Run: func(s *State) {
		r := s.In.Crawl
		if r == nil {
			return
		}
		if b := r.Blocked; b != nil {
			s.Verdict.Blocked = &verdict.Blocked{Reason: b.Reason, URL: b.URL, Status: b.Status}
		}
		for _, t := range r.Traps {
			s.Verdict.Traps = append(s.Verdict.Traps, verdict.TrapCut(t))
		}
		s.Verdict.ActionLinksSkipped = r.Stats.ActionLinks
	}}
}

// blockedCrawl reports whether the crawl says the portal kept it out.
func blockedCrawl(r *crawler.Result) bool { return r != nil && r.Blocked != nil }
