// Package rules decides what each portal must publish and what it is missing,
// from the config, the catalogue and what the crawl found.
package rules

// Verdict is one portal's result, shaped as the contract's JSON report
// ("portals" items).
type Verdict struct {
	ID              string       `json:"id"`
	Name            string       `json:"name"`
	Level           string       `json:"level"`
	URL             string       `json:"url,omitempty"` // first start URL: where missing procedures belong
	Status          string       `json:"status"`        // ok | partial | unreachable
	Crawl           CrawlSummary `json:"crawl"`
	Required        int          `json:"required"`
	Found           int          `json:"found"`
	Coverage        float64      `json:"coverage"`
	Missing         []Missing    `json:"missing"`
	FoundProcedures []Found      `json:"found_procedures"`
	Obsolete        []Obsolete   `json:"obsolete"`
	Unmatched       []Unmatched  `json:"unmatched"`
	Ambiguous       []Ambiguous  `json:"ambiguous"`
	Incomplete      []Incomplete `json:"incomplete"`
	BrokenLinks     []BrokenLink `json:"broken_links"`
	Fields          []FieldCount `json:"fields"`
	FailedPages     []FailedPage `json:"failed_pages,omitempty"`
	// OutdatedNames are procedures published under a former name
	// (check_outdated.go); Review are entries whose best candidate was not
	// accepted, for a person (check_review.go). Both are left out of the
	// JSON when empty, which keeps reports without them as they were.
	OutdatedNames []OutdatedName `json:"outdated_names,omitempty"`
	Review        []ReviewItem   `json:"review,omitempty"`
	Notes         []string       `json:"notes,omitempty"`
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

// Missing is a required procedure the portal does not publish.
type Missing struct {
	Code  string `json:"code"`
	Name  string `json:"name"`
	Field string `json:"field"`
}

// Found is a catalogue procedure the portal publishes.
type Found struct {
	Code          string  `json:"code"`
	Name          string  `json:"name"`
	Required      bool    `json:"required"`
	URL           string  `json:"url"`
	PublishedName string  `json:"published_name"`
	Match         string  `json:"match"` // code | exact | normalized | fuzzy (and prefix, folded)
	Score         float64 `json:"score"`
}

// Obsolete is an abolished procedure still published.
type Obsolete struct {
	Code string `json:"code"`
	Name string `json:"name"`
	URL  string `json:"url"`
}

// Unmatched is a procedure-like entry that matches no procedure.
type Unmatched struct {
	Text string `json:"text"`
	URL  string `json:"url"`
}

// Ambiguous is an entry close to several procedures: listed for review and
// not counted as found.
type Ambiguous struct {
	Text       string   `json:"text"`
	URL        string   `json:"url"`
	Candidates []string `json:"candidates"`
}

// Incomplete is a published procedure whose detail page lacks standard sections.
type Incomplete struct {
	Code            string   `json:"code"`
	URL             string   `json:"url"`
	MissingSections []string `json:"missing_sections"`
}

// BrokenLink is a procedure link that answered an error or nothing.
type BrokenLink struct {
	URL    string `json:"url"`
	Status int    `json:"status"`
	From   string `json:"from"`
}

// FieldCount is the per-field tally.
type FieldCount struct {
	Field    string `json:"field"`
	Required int    `json:"required"`
	Found    int    `json:"found"`
}

// FailedPage is a page that could hold procedures and did not load.
type FailedPage struct {
	URL    string `json:"url"`
	Status int    `json:"status,omitempty"`
	Reason string `json:"reason"`
}
