package extract

import "time"

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

// MaxEntriesPerPage bounds the entries read from one page: no real list
// page shows more (a national catalogue has a few thousand procedures),
// and a hostile page of 100,000 links would otherwise hold hundreds of MB.
const MaxEntriesPerPage = 20_000
