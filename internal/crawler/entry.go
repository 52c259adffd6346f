package crawler

import (
	"time"

	"github.com/tthcaudit/tthcaudit/internal/extract"
	"github.com/tthcaudit/tthcaudit/internal/msg"
)

// Entry is one procedure-like item a portal shows (see extract.Entry).
type Entry = extract.Entry

// StandardSections are the sections a detail page should carry (see
// extract.StandardSections).
var StandardSections = extract.StandardSections

// MaxEntriesPerPage bounds the entries read from one page (see
// extract.MaxEntriesPerPage).
const MaxEntriesPerPage = extract.MaxEntriesPerPage

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
	// ActionLinks counts the links that act instead of showing (votes,
	// logouts, Liferay actions, postbacks; weburl.ActionPatterns), over
	// every page read: never requested.
	ActionLinks int `json:"action_links,omitempty"`
	// OffTopic counts the links left alone because they lead away from
	// procedures (extract.OffTopics: the introduction, contact, galleries,
	// login, news items about something else…), by kind, each URL once:
	// never requested, since the crawl found procedures without them.
	OffTopic map[string]int `json:"off_topic,omitempty"`
}

// Result is everything one crawl of one portal found.
type Result struct {
	PortalID string  `json:"portal_id"`
	Entries  []Entry `json:"entries"`
	// BrokenLinks are procedure detail links that failed after retries.
	BrokenLinks []BrokenLink `json:"broken_links,omitempty"`
	// FailedPages are pages that could hold procedures and did not load.
	FailedPages []PageError `json:"failed_pages,omitempty"`
	// PageErrors are the other pages that did not load (a 404 from a
	// news link, a search page that timed out): neither list pages nor
	// procedure pages, so the findings stand, but every error is listed.
	PageErrors []PageError `json:"page_errors,omitempty"`
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
	// Traps are the URL patterns cut because their pages varied only by a
	// number or a token and brought no procedure (see Trap).
	Traps []Trap `json:"traps,omitempty"`
	// Blocked is set when the portal kept the crawler out (403, a firewall
	// or captcha page, 429 after waiting, every start page failing): then
	// nothing may be claimed missing.
	Blocked *Blocked `json:"blocked,omitempty"`
	// Notes are remarks on the crawl that do not make it partial, in
	// Vietnamese (a page with more entries than MaxEntriesPerPage).
	Notes []msg.Note `json:"notes,omitempty"`
}
