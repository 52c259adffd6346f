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
