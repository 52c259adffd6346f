package verdict

import "time"

// Schema is the JSON report's schema name (the contract's).
const Schema = "tthcaudit.report/v1"

// Report is one audit: the contract's JSON report.
type Report struct {
	Schema     string      `json:"schema"`
	StartedAt  time.Time   `json:"started_at"`
	FinishedAt time.Time   `json:"finished_at"`
	Catalog    CatalogInfo `json:"catalog"`
	Portals    []Verdict   `json:"portals"`
	// Since is this audit against the last stored one, the "so với lần
	// trước" section (an extension of the contract's report); nil when no
	// earlier audit is stored or nothing is stored at all.
	Since *Diff `json:"since,omitempty"`
}

// CatalogInfo describes the catalogue the audit used.
type CatalogInfo struct {
	Source     string `json:"source"`
	Procedures int    `json:"procedures"`
	Active     int    `json:"active"`
}
