// Package verdict is the model of an audit's result, below every renderer:
// the report, each portal's verdict and findings, the totals, the pass
// criteria and the "so với lần trước" comparison. rules fills it; reports,
// store, evidence and the dashboard read it.
package verdict

import "github.com/tthcaudit/tthcaudit/internal/msg"

// Verdict is one portal's result: the contract's JSON report "portals"
// item. Everything the checks found is in Findings, one list of every kind
// (see kinds.go); the JSON encoder writes them as the contract's lists.
type Verdict struct {
	ID       string
	Name     string
	Level    string
	URL      string // first start URL: where missing procedures belong
	Status   string // ok | partial | unreachable
	Crawl    CrawlSummary
	Required int
	Found    int
	Coverage float64
	// Findings of every kind, in the order the checks added them
	// (Normalized sorts them per kind).
	Findings []Finding
	// Fields is the per-field tally.
	Fields []FieldCount
	// Notes are said about the portal as a whole, as message keys and
	// arguments (the JSON keeps their Vietnamese text).
	Notes []msg.Note
	// Blocked says why the portal kept the crawler out (status
	// unreachable); nil when it did not.
	Blocked *Blocked
	// Traps are the URL patterns the crawl cut; ActionLinksSkipped the
	// links that act (votes, logouts…) it never requested.
	Traps              []TrapCut
	ActionLinksSkipped int
}

// Blocked says why a portal could not be audited: it kept the crawler out
// (reason codes: crawler.Block*; crawler.Blocked.Text words them). A
// blocked portal's status is unreachable: no procedure is claimed missing,
// and its tickets stay as they were.
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

// Portal statuses.
const (
	StatusOK          = "ok"
	StatusPartial     = "partial"
	StatusUnreachable = "unreachable"
)

// CrawlSummary is the crawl's figures in the report.
type CrawlSummary struct {
	Pages      int   `json:"pages"`
	Errors     int   `json:"errors"`
	Skipped    int   `json:"skipped"`
	DurationMS int64 `json:"duration_ms"`
	// Bytes were transferred; BytesReused are the bodies of unchanged pages
	// reused from the crawl cache on 304 Not Modified (incremental crawl).
	Bytes       int64 `json:"bytes,omitempty"`
	BytesReused int64 `json:"bytes_reused,omitempty"`
}

// FieldCount is the per-field tally.
type FieldCount struct {
	Field    string `json:"field"`
	Required int    `json:"required"`
	Found    int    `json:"found"`
}
