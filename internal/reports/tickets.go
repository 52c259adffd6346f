package reports

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/tickets"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// Tickets derives the IT department's tickets from one audit: one open
// ticket per portal and missing procedure, id tickets.ID(portal, code),
// opened at the audit's end (to the second, as report.json shows it), with
// the portal's start URL as the evidence URL (where the procedure should be
// published) and the portal's contact from contacts (keyed by portal id)
// when there is one. A code listed twice gives one ticket. Unreachable portals have no missing list, so no
// tickets. Sorted by id. The history across audits (resolved, reopened) is
// the tickets package's reconciliation; this is one audit's view.
func Tickets(r *verdict.Report, contacts map[string]string) []tickets.Ticket {
	opened := r.FinishedAt.Truncate(time.Second)
	out := []tickets.Ticket{}
	for _, v := range r.Portals {
		for _, m := range v.Of(verdict.KindMissing) {
			out = append(out, tickets.Ticket{
				ID:          tickets.ID(v.ID, m.Code),
				Portal:      v.ID,
				Code:        m.Code,
				Name:        m.Name,
				Field:       m.Field,
				Status:      tickets.Open,
				OpenedAt:    opened,
				EvidenceURL: v.URL,
				Contact:     contacts[v.ID],
			})
		}
	}
	slices.SortStableFunc(out, func(a, b tickets.Ticket) int { return cmp.Compare(a.ID, b.ID) })
	// A catalogue listing a code twice must not give two tickets one id.
	return slices.CompactFunc(out, func(a, b tickets.Ticket) bool { return a.ID == b.ID })
}

// WriteTicketsJSON writes tickets as the contract's tickets.json: a JSON
// array ([] when there are none), indented by two spaces, sorted by id.
func WriteTicketsJSON(w io.Writer, ts []tickets.Ticket) error {
	ts = slices.Clone(ts)
	if ts == nil {
		ts = []tickets.Ticket{}
	}
	slices.SortStableFunc(ts, func(a, b tickets.Ticket) int { return cmp.Compare(a.ID, b.ID) })
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(ts); err != nil {
		return fmt.Errorf("encoding tickets: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}
