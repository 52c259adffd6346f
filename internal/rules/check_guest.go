package rules

import "github.com/tthcaudit/tthcaudit/internal/crawler"

// Blocked says why a portal could not be audited: it kept the crawler out
// (reason codes: crawler.Block*; crawler.Blocked.Text words them in
// Vietnamese and English). A blocked portal's status is unreachable: no
// procedure is claimed missing, and its tickets stay as they were.
type Blocked struct {
	Reason string `json:"reason"`
	URL    string `json:"url"`
	Status int    `json:"status,omitempty"`
}

// TrapCut is a URL pattern the crawl stopped following (see crawler.Trap).
type TrapCut struct {
	Pattern string `json:"pattern"`
	Example string `json:"example"`
	Fetched int    `json:"fetched"`
	Skipped int    `json:"skipped"`
}

// checkGuest carries what the crawler did as a careful guest into the
// verdict: why the portal kept it out, and the trap patterns it cut.
func checkGuest() Check {
	return Check{ID: "guest", Run: func(s *State) {
		r := s.In.Crawl
		if r == nil {
			return
		}
		if b := r.Blocked; b != nil {
			s.Verdict.Blocked = &Blocked{Reason: b.Reason, URL: b.URL, Status: b.Status}
		}
		for _, t := range r.Traps {
			s.Verdict.Traps = append(s.Verdict.Traps, TrapCut(t))
		}
		s.Verdict.ActionLinksSkipped = r.Stats.ActionLinks
	}}
}

// blockedCrawl reports whether the crawl says the portal kept it out.
func blockedCrawl(r *crawler.Result) bool { return r != nil && r.Blocked != nil }
