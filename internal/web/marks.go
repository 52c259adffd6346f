package web

import (
	"errors"
	"net/http"
	"net/url"

	"github.com/tthcaudit/tthcaudit/internal/audit"
	"github.com/tthcaudit/tthcaudit/internal/store"
	"github.com/tthcaudit/tthcaudit/internal/tickets"
)

// maxMarkForm bounds a mark's form: a note of tickets.MaxNote characters,
// each up to four bytes and percent-encoded, and the rest.
const maxMarkForm = 64 << 10

// markTicket is a ticket's form on the tickets page: a same-site POST with
// the session's token, checked as the audit button's is, then back to the
// tickets page (303) at the ticket, whose history shows the mark.
func (p *pages) markTicket(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxMarkForm)
	l := p.lang(r)
	if why := p.s.checkCSRF(r); why != "" {
		p.s.log.Warn("ticket mark refused", "reason", why, "remote", r.RemoteAddr)
		p.message(w, r, http.StatusForbidden, l.Tf("mark.refused", why))
		return
	}
	id, kind := r.PostFormValue("ticket"), r.PostFormValue("mark")
	// The dashboard's clock, in the province's zone as the audits' times.
	now := p.s.clock.Now().In(audit.ICT)
	_, err := p.s.st.MarkTicket(r.Context(), id, kind, r.PostFormValue("note"), tickets.ByDashboard, now)
	back := func(flash string) string {
		q := r.URL.Query()
		return l.Href("/tickets", "portal", q.Get("portal"), "status", q.Get("status"), "flash", flash, "ticket", id) +
			"#" + (&url.URL{Fragment: rowID(id)}).EscapedFragment()
	}
	switch {
	case err == nil:
		// The server log says from where: the dashboard has no users.
		p.s.log.Info("ticket marked", "ticket", id, "mark", kind, "remote", r.RemoteAddr)
		http.Redirect(w, r, back("marked"), http.StatusSeeOther)
	case errors.Is(err, tickets.ErrNoteRequired):
		http.Redirect(w, r, back("note_required"), http.StatusSeeOther)
	case errors.Is(err, tickets.ErrSameStatus):
		http.Redirect(w, r, back("same"), http.StatusSeeOther)
	case errors.Is(err, store.ErrNoTicket):
		p.message(w, r, http.StatusNotFound, l.T("mark.unknown"))
	case errors.Is(err, tickets.ErrUnknownMark):
		p.message(w, r, http.StatusBadRequest, l.T("mark.bad"))
	case errors.Is(err, tickets.ErrNoteTooLong):
		p.message(w, r, http.StatusBadRequest, l.Tf("mark.too_long", tickets.MaxNote))
	case errors.Is(err, store.ErrBusy):
		p.message(w, r, http.StatusServiceUnavailable, l.T("mark.busy"))
	default:
		p.fail(w, r, err)
	}
}

// rowID is the HTML id of a ticket's row, the target of the way back.
func rowID(ticket string) string { return "t-" + ticket }

// ticketFlashes are the messages the way back from a mark may ask for,
// and whether each says something went wrong. Nothing else of the query
// reaches the page.
var ticketFlashes = map[string]bool{"marked": false, "note_required": true, "same": true}

// ticketsFlash fills the tickets page's flash and focus from the query of
// the way back from a mark. The ticket is named only when it exists, so
// that a crafted link cannot make the page say an arbitrary thing.
func (p *pages) ticketsFlash(r *http.Request, d *ticketsData, all []tickets.Ticket) {
	q := r.URL.Query()
	bad, ok := ticketFlashes[q.Get("flash")]
	id := q.Get("ticket")
	known := false
	for _, t := range all {
		if t.ID == id {
			known = true
			break
		}
	}
	if known {
		d.Focus = id
	}
	if !ok {
		return
	}
	l := d.L
	switch flash := q.Get("flash"); {
	case flash == "marked" && known:
		d.Flash = l.Tf("mark.done", id)
	case flash == "marked":
		d.Flash = l.T("mark.done_any")
	default:
		d.Flash = l.T("mark." + flash)
	}
	d.FlashBad = bad
}

// markChoices are the marks offered for a ticket of status: those that
// change it, the likeliest first (resolved for an open ticket, open again
// for a closed one), and a note alone last.
func markChoices(l loc, status string) []option {
	var kinds []string
	switch status {
	case tickets.Open:
		kinds = []string{tickets.EventMarkedResolved, tickets.EventMarkedNotApplicable}
	case tickets.Resolved:
		kinds = []string{tickets.EventMarkedOpen, tickets.EventMarkedNotApplicable}
	default:
		kinds = []string{tickets.EventMarkedOpen, tickets.EventMarkedResolved}
	}
	kinds = append(kinds, tickets.EventNote)
	out := make([]option, len(kinds))
	for i, k := range kinds {
		out[i] = option{Value: k, Label: l.T("mark.to." + k)}
	}
	return out
}
