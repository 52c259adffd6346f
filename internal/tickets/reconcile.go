package tickets

import (
	"sort"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// Event kinds: what an audit did to a ticket.
const (
	EventOpened   = "opened"
	EventResolved = "resolved"
	EventReopened = "reopened"
)

// Event is one change of a ticket, made by an audit or by an officer
// (see Mark).
type Event struct {
	// ID is the store's id of the event (0 before it is stored); receivers
	// use it to recognise an event they have already seen.
	ID int64 `json:"id,omitempty"`
	// AuditID is the audit that made the change (0 before it is stored,
	// and for an officer's mark).
	AuditID int64     `json:"audit_id,omitempty"`
	Kind    string    `json:"kind"`
	At      time.Time `json:"at"`
	// By, Note and Overrode are a Change's.
	By       string `json:"by,omitempty"`
	Note     string `json:"note,omitempty"`
	Overrode string `json:"overrode,omitempty"`
	// Ticket is the ticket as the change left it.
	Ticket Ticket `json:"ticket"`
}

// Change is the event as a line of its ticket's history.
func (e Event) Change() Change {
	return Change{Kind: e.Kind, At: e.At, AuditID: e.AuditID, By: e.By, Note: e.Note, Overrode: e.Overrode}
}

// Item is one required procedure missing from a portal.
type Item struct {
	Code  string
	Name  string
	Field string
}

// Observation is what one audit saw of one portal it could read.
type Observation struct {
	// Missing are the required procedures the portal does not publish.
	Missing []Item
	// FoundURLs maps the code of each procedure found to where it was seen,
	// the evidence of a resolved ticket.
	FoundURLs map[string]string
	// EvidenceURL is where the portal was looked at (its first start page),
	// the evidence of an open ticket.
	EvidenceURL string
	// Contact receives the portal's tickets (from the config), optional.
	Contact string
}

// Current is one audit's observations by portal id. A portal that is absent
// (unreachable, or not audited this time) leaves its tickets as they were:
// nothing is claimed about an unseen portal.
type Current map[string]Observation

// FromVerdicts builds the observations of an audit's verdicts, skipping
// unreachable portals. startURLs and contacts (by portal id, either may be
// nil) fill the evidence and contact of each observation.
func FromVerdicts(vs []verdict.Verdict, startURLs, contacts map[string]string) Current {
	cur := Current{}
	for _, v := range vs {
		if v.Status == verdict.StatusUnreachable {
			continue
		}
		o := Observation{FoundURLs: map[string]string{}, EvidenceURL: startURLs[v.ID], Contact: contacts[v.ID]}
		for _, m := range v.Of(verdict.KindMissing) {
			o.Missing = append(o.Missing, Item{Code: m.Code, Name: m.Name, Field: m.Field})
		}
		for _, f := range v.Of(verdict.KindFound) {
			if _, ok := o.FoundURLs[f.Code]; !ok {
				o.FoundURLs[f.Code] = f.URL
			}
		}
		cur[v.ID] = o
	}
	return cur
}

// Reconcile applies one audit's observations to the tickets so far. A
// required procedure missing for the first time opens a ticket; one still
// missing keeps its ticket as it is (opened_at unchanged); an open ticket
// whose procedure is no longer missing is resolved; a resolved ticket whose
// procedure is missing again is reopened under the same id with a new
// opened_at — also one an officer marked resolved, since the audit is the
// evidence that it is not (the event's Overrode says so). A ticket an
// officer marked not applicable is left so, whatever the audit sees: the
// officer's judgement is about the procedure, not about this week's page.
// Portals absent from cur keep their tickets unchanged. prev is not
// modified; next and events are sorted by ticket id.
func Reconcile(prev []Ticket, cur Current, now time.Time) (next []Ticket, events []Event) {
	byID := make(map[string]Ticket, len(prev))
	for _, t := range prev {
		byID[t.ID] = t
	}
	for portal, o := range cur {
		missing := make(map[string]bool, len(o.Missing))
		for _, m := range o.Missing {
			id := ID(portal, m.Code)
			missing[id] = true
			t, ok := byID[id]
			switch {
			case !ok:
				t = Ticket{ID: id, Portal: portal, Code: m.Code, Name: m.Name, Field: m.Field,
					Status: Open, OpenedAt: now, EvidenceURL: o.EvidenceURL, Contact: o.Contact}
				events = append(events, Event{Kind: EventOpened, At: now, Ticket: t})
			case t.Status == NotApplicable:
				// Still missing, and that is expected: only the
				// descriptive fields follow the catalogue and config.
				t.Name, t.Field, t.Contact = m.Name, m.Field, o.Contact
			case t.Status != Open:
				e := Event{Kind: EventReopened, At: now}
				if t.MarkedAt != nil {
					e.Overrode = EventMarkedResolved
				}
				t.Status, t.OpenedAt, t.ResolvedAt, t.MarkedAt, t.Note = Open, now, nil, nil, ""
				t.Name, t.Field, t.EvidenceURL, t.Contact = m.Name, m.Field, o.EvidenceURL, o.Contact
				e.Ticket = t
				events = append(events, e)
			default:
				// Still missing: the same ticket; only the descriptive fields
				// follow the catalogue and config.
				t.Name, t.Field, t.Contact = m.Name, m.Field, o.Contact
			}
			byID[id] = t
		}
		for id, t := range byID {
			if t.Portal != portal || t.Status != Open || missing[id] {
				continue
			}
			at := now
			// The audit's finding replaces an officer's reopening.
			t.Status, t.ResolvedAt, t.Contact, t.MarkedAt, t.Note = Resolved, &at, o.Contact, nil, ""
			if u := o.FoundURLs[t.Code]; u != "" {
				t.EvidenceURL = u
			}
			byID[id] = t
			events = append(events, Event{Kind: EventResolved, At: now, Ticket: t})
		}
	}
	next = make([]Ticket, 0, len(byID))
	for _, t := range byID {
		next = append(next, t)
	}
	Sort(next)
	sort.SliceStable(events, func(i, j int) bool { return events[i].Ticket.ID < events[j].Ticket.ID })
	return next, events
}

// Sort orders tickets by id (portal, then code), the order of every listing.
func Sort(ts []Ticket) {
	sort.SliceStable(ts, func(i, j int) bool { return ts[i].ID < ts[j].ID })
}

// OpenOnly returns the open tickets of ts.
func OpenOnly(ts []Ticket) []Ticket {
	var out []Ticket
	for _, t := range ts {
		if t.Status == Open {
			out = append(out, t)
		}
	}
	return out
}
