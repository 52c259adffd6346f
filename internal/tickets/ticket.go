// Package tickets turns missing procedures into tickets for the IT
// department: one per portal and procedure, open while it is missing,
// resolved when it is found, reopened if it is lost again.
package tickets

import "time"

// Ticket states.
const (
	Open     = "open"
	Resolved = "resolved"
)

// Ticket is the contract's ticket.
type Ticket struct {
	// ID is "portal/code", stable across audits.
	ID          string     `json:"id"`
	Portal      string     `json:"portal"`
	Code        string     `json:"code"`
	Name        string     `json:"name"`
	Status      string     `json:"status"`
	OpenedAt    time.Time  `json:"opened_at"`
	ResolvedAt  *time.Time `json:"resolved_at"`
	EvidenceURL string     `json:"evidence_url"`
	// Contact is the portal's contact from the config, when configured.
	Contact string `json:"contact,omitempty"`
	// Field is the procedure's field, for sorting and digests.
	Field string `json:"field,omitempty"`
}

// ID returns the ticket id of a portal and a procedure code.
func ID(portal, code string) string { return portal + "/" + code }
