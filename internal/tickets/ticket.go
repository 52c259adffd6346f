// Package tickets turns missing procedures into tickets for the IT
// department: one per portal and procedure, open while it is missing,
// resolved when it is found, reopened if it is lost again. An officer may
// also mark a ticket by hand (resolved, not applicable, open again) with a
// note; the history keeps every change.
package tickets

import "time"

// Ticket states.
const (
	Open     = "open"
	Resolved = "resolved"
	// NotApplicable is an officer's judgement that the procedure does not
	// apply to the portal (không áp dụng): audits never reopen it, and it
	// counts as neither open nor resolved.
	NotApplicable = "not_applicable"
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
	// MarkedAt is when an officer set the current status by hand; nil
	// when the last change of status was an audit's.
	MarkedAt *time.Time `json:"marked_at,omitempty"`
	// Note is the officer's note of that mark (the reason, for a ticket
	// not applicable); empty when the status is an audit's.
	Note string `json:"note,omitempty"`
	// History lists every change of the ticket, oldest first, where the
	// listing asks for it (tickets --json, the dashboard); events' copies
	// of a ticket never carry it.
	History []Change `json:"history,omitempty"`
}

// ID returns the ticket id of a portal and a procedure code.
func ID(portal, code string) string { return portal + "/" + code }

// Change is one line of a ticket's history.
type Change struct {
	// Kind is one of the Event kinds.
	Kind string    `json:"kind"`
	At   time.Time `json:"at"`
	// AuditID is the audit that made the change; absent for an officer's.
	AuditID int64 `json:"audit_id,omitempty"`
	// By says where an officer's change was made ("dashboard"); absent for
	// an audit's.
	By string `json:"by,omitempty"`
	// Note is the officer's note.
	Note string `json:"note,omitempty"`
	// Overrode is set when an audit undid an officer's mark: the mark's
	// kind ("marked_resolved" on a ticket reopened because the procedure
	// is still missing).
	Overrode string `json:"overrode,omitempty"`
}

// WithHistory returns ts with each ticket's History taken from history
// (by ticket id); ts is not modified.
func WithHistory(ts []Ticket, history map[string][]Change) []Ticket {
	out := make([]Ticket, len(ts))
	for i, t := range ts {
		t.History = history[t.ID]
		out[i] = t
	}
	return out
}
