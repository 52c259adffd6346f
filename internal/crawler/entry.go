package crawler

import (
	"time"

	"github.com/tthcaudit/tthcaudit/internal/msg"
)

// Entry is one procedure-like item a portal shows: a table row, a list link,
// a card or a detail page.
type Entry struct {
	// Text is the name as shown (NFC, whitespace collapsed), completed from
	// the detail page when the listing cut it short.
	Text string `json:"text"`
	// Key is textnorm.Key(Text).
	Key string `json:"key"`
	// Code is the procedure code seen with the entry ([123].dddddd), if any.
	Code string `json:"code,omitempty"`
	// Field is the field (lĩnh vực) the portal groups it under, if any.
	Field string `json:"field,omitempty"`
	// Agency and Level are what a detail page says, if it says.
	Agency string `json:"agency,omitempty"`
	Level  string `json:"level,omitempty"`
	// PageURL is the page the entry was found on.
	PageURL string `json:"page_url"`
	// DetailURL is the entry's own page, if it links one.
	DetailURL string `json:"detail_url,omitempty"`
	// DetailStatus is the HTTP status of DetailURL (0: not fetched or no answer).
	DetailStatus int `json:"detail_status,omitempty"`
	// Sections are the standard detail-page sections present (see
	// StandardSections); nil when no detail page was read.
	Sections []string `json:"sections,omitempty"`
	// Truncated is true when the listing cut the name with "…" or "...".
	Truncated bool `json:"truncated,omitempty"`
	// Kind says which layout it came from: table, list, card, detail, selector.
	Kind string `json:"kind"`
	// FetchedAt is when PageURL was fetched.
	FetchedAt time.Time `json:"fetched_at"`
	// BodyHash is the hex SHA-256 of PageURL's body, as evidence.
	BodyHash string `json:"body_hash"`
}

// BrokenLink is a link to a procedure page that answered an error or nothing.
type BrokenLink struct {
	URL    string `json:"url"`
	Status int    `json:"status"` // 0: no answer (timeout, refused, DNS)
	From   string `json:"from"`
	Reason string `json:"reason,omitempty"`
}

// PageError is a page that could not be read.
type PageError struct {
	URL    string `json:"url"`
	From   string `json:"from,omitempty"`
	Status int    `json:"status,omitempty"`
	// Kind is one of the Err* kinds.
	Kind   string `json:"kind"`
	Detail string `json:"detail,omitempty"`
}

// Error kinds, as counted in Stats.ErrorsByKind.
const (
	ErrTimeout  = "timeout"
	ErrDNS      = "dns"
	ErrTLS      = "tls"
	ErrHTTP     = "http"
	ErrTooLarge = "too_large"
	ErrRobots   = "robots"
	ErrNetwork  = "network"
	ErrRedirect = "redirect"
	// ErrParse: a page that could not be read as HTML, even flattened.
	ErrParse = "parse"
)

// Stats are the crawl's figures.
type Stats struct {
	Pages        int            `json:"pages"`
	Errors       int            `json:"errors"`
	Skipped      int            `json:"skipped"`
	Duration     time.Duration  `json:"duration"`
	Bytes        int64          `json:"bytes"`
	ErrorsByKind map[string]int `json:"errors_by_kind,omitempty"`

	// BytesReused counts cached bodies reused on 304 Not Modified.
	BytesReused int64 `json:"bytes_reused,omitempty"`
}

// Result is everything one crawl of one portal found.
type Result struct {
	PortalID string  `json:"portal_id"`
	Entries  []Entry `json:"entries"`
	// BrokenLinks are procedure detail links that failed after retries.
	BrokenLinks []BrokenLink `json:"broken_links,omitempty"`
	// FailedPages are pages that could hold procedures and did not load.
	FailedPages []PageError `json:"failed_pages,omitempty"`
	// StartPagesLoaded counts the configured start URLs that loaded; 0
	// means the portal was unreachable.
	StartPagesLoaded int `json:"start_pages_loaded"`
	// Partial is true when the crawl stopped early (cancelled, deadline,
	// max_pages) or pages that could hold procedures failed.
	Partial bool `json:"partial"`
	// PartialReasons says why, in plain words.
	PartialReasons []msg.Note `json:"partial_reasons,omitempty"`
	// ScriptRendered is true when pages look built by JavaScript (an empty
	// app container, a procedures page with no procedures): render_js needed.
	ScriptRendered bool  `json:"script_rendered,omitempty"`
	Stats          Stats `json:"stats"`
	// Notes are remarks on the crawl that do not make it partial, in
	// Vietnamese (a page with more entries than MaxEntriesPerPage).
	Notes []msg.Note `json:"notes,omitempty"`
}

// MaxEntriesPerPage bounds the entries read from one page: no real list
// page shows more (a national catalogue has a few thousand procedures),
// and a hostile page of 100,000 links would otherwise hold hundreds of MB.
const MaxEntriesPerPage = 20_000
