package web

import (
	"github.com/tthcaudit/tthcaudit/internal/cellsafe"

	"bytes"
	"net/http"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/tickets"
)

type ticketRow struct {
	tickets.Ticket
	PortalName string
	// Marks are the form's choices for this ticket, the likeliest first.
	Marks []option
}

type option struct {
	Value, Label string
	Selected     bool
}

type ticketsData struct {
	page
	Portal, State string
	Portals       []option
	States        []option
	Rows          []ticketRow
	CSV, XLSX     string
	// MarkAction is the forms' address, keeping the filter and language
	// for the way back.
	MarkAction string
	// Focus is the ticket just marked: its history is shown open.
	Focus string
	// MaxNote is the longest note, for the browser to stop at.
	MaxNote int
}

// filteredTickets reads the tickets and applies ?portal= and ?status=.
func (p *pages) filteredTickets(r *http.Request) (all, sel []tickets.Ticket, portal, state string, err error) {
	portal, state = r.URL.Query().Get("portal"), r.URL.Query().Get("status")
	switch state {
	case tickets.Open, tickets.Resolved, tickets.NotApplicable:
	default:
		state = ""
	}
	all, err = p.s.st.Tickets(r.Context(), false)
	if err != nil {
		return nil, nil, "", "", err
	}
	sel = ticketsOf(all, portal, state)
	tickets.Sort(sel)
	return all, sel, portal, state, nil
}

func (p *pages) tickets(w http.ResponseWriter, r *http.Request) {
	all, sel, portal, state, err := p.filteredTickets(r)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	d := ticketsData{page: p.base(w, r, "tickets", ""), Portal: portal, State: state, MaxNote: tickets.MaxNote}
	l := d.L
	d.Title = l.T("tickets.title")
	p.ticketsFlash(r, &d, all)
	if sel, err = p.s.st.WithHistory(r.Context(), sel); err != nil {
		p.fail(w, r, err)
		return
	}
	names := p.s.cfg.Names()
	d.Portals = append(d.Portals, option{Value: "", Label: l.T("filter.all_portal"), Selected: portal == ""})
	for _, c := range p.s.cfg.Portals {
		d.Portals = append(d.Portals, option{Value: c.ID, Label: c.Name, Selected: portal == c.ID})
	}
	extra := map[string]bool{}
	for _, t := range all {
		if _, ok := names[t.Portal]; !ok {
			extra[t.Portal] = true
		}
	}
	for _, id := range sortedExtra(extra) {
		d.Portals = append(d.Portals, option{Value: id, Label: id, Selected: portal == id})
	}
	d.States = []option{
		{Value: "", Label: l.T("filter.all_state"), Selected: state == ""},
		{Value: tickets.Open, Label: l.Ticket(tickets.Open), Selected: state == tickets.Open},
		{Value: tickets.Resolved, Label: l.Ticket(tickets.Resolved), Selected: state == tickets.Resolved},
		{Value: tickets.NotApplicable, Label: l.Ticket(tickets.NotApplicable), Selected: state == tickets.NotApplicable},
	}
	for _, t := range sel {
		n := names[t.Portal]
		if n == "" {
			n = t.Portal
		}
		d.Rows = append(d.Rows, ticketRow{Ticket: t, PortalName: n, Marks: markChoices(l, t.Status)})
	}
	d.MarkAction = l.Href("/tickets/mark", "portal", portal, "status", state)
	d.CSV = l.Href("/tickets.csv", "portal", portal, "status", state)
	d.XLSX = l.Href("/tickets.xlsx", "portal", portal, "status", state)
	p.render(w, r, "tickets", http.StatusOK, d)
}

// ticketsCSV exports the filtered tickets as the tickets package writes
// them (UTF-8 with BOM for Excel, formulas defused).
func (p *pages) ticketsCSV(w http.ResponseWriter, r *http.Request) {
	_, sel, _, _, err := p.filteredTickets(r)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	var buf bytes.Buffer
	if err := tickets.WriteCSV(&buf, sel); err != nil {
		p.fail(w, r, err)
		return
	}
	download(w, "text/csv; charset=utf-8", "tthcaudit-tickets.csv", buf.Bytes())
}

// ticketsXLSX exports the filtered tickets as a workbook.
func (p *pages) ticketsXLSX(w http.ResponseWriter, r *http.Request) {
	_, sel, _, _, err := p.filteredTickets(r)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	b, err := TicketsXLSX(sel, p.s.cfg.Names(), p.lang(r).Lang)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	download(w, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "tthcaudit-tickets.xlsx", b)
}

// TicketsXLSX renders tickets as an Excel workbook: one sheet, a header
// row, one row per ticket (sorted by id, the officer's note last), times
// as Excel dates in the zone they were recorded in, and the header
// repeated on every printed page.
func TicketsXLSX(ts []tickets.Ticket, names map[string]string, lang msg.Lang) ([]byte, error) {
	l := loc{Lang: lang}
	f := excelize.NewFile()
	defer f.Close()
	sheet := l.T("nav.tickets")
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return nil, err
	}
	header := []any{l.T("col.ticket"), l.T("col.portal_id"), l.T("col.portal"), l.T("col.code"), l.T("col.name"),
		l.T("col.field"), l.T("col.state"), l.T("col.opened"), l.T("col.resolved"), l.T("col.evidence"), l.T("col.contact"), l.T("col.note")}
	if err := f.SetSheetRow(sheet, "A1", &header); err != nil {
		return nil, err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}})
	if err != nil {
		return nil, err
	}
	dateStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: ptr("dd/mm/yyyy hh:mm")})
	if err != nil {
		return nil, err
	}
	if err := f.SetCellStyle(sheet, "A1", "L1", bold); err != nil {
		return nil, err
	}
	out := append([]tickets.Ticket(nil), ts...)
	tickets.Sort(out)
	for i, t := range out {
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		var resolved any = ""
		if t.ResolvedAt != nil {
			resolved = localWall(*t.ResolvedAt)
		}
		row := []any{t.ID, t.Portal, names[t.Portal], t.Code, t.Name, t.Field, l.Ticket(t.Status), localWall(t.OpenedAt), resolved, t.EvidenceURL, t.Contact, t.Note}
		for j, v := range row {
			if s, ok := v.(string); ok {
				row[j] = cellsafe.Defuse(s)
			}
		}
		if err := f.SetSheetRow(sheet, cell, &row); err != nil {
			return nil, err
		}
		h, _ := excelize.CoordinatesToCellName(8, i+2)
		k, _ := excelize.CoordinatesToCellName(9, i+2)
		if err := f.SetCellStyle(sheet, h, k, dateStyle); err != nil {
			return nil, err
		}
	}
	for col, width := range map[string]float64{"A": 22, "B": 14, "C": 30, "D": 12, "E": 60, "F": 22, "G": 12, "H": 17, "I": 17, "J": 40, "K": 24, "L": 40} {
		if err := f.SetColWidth(sheet, col, col, width); err != nil {
			return nil, err
		}
	}
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return nil, err
	}
	if err := f.AutoFilter(sheet, "A1:L"+itoa(int64(len(out)+1)), nil); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// localWall keeps a time's wall clock for Excel, which has no zones: a
// ticket opened at 08:00 ICT shows 08:00.
func localWall(t time.Time) time.Time {
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	return time.Date(y, mo, d, h, mi, s, 0, time.UTC)
}

func ptr[T any](v T) *T { return &v }

// download answers a file to save.
func download(w http.ResponseWriter, ctype, name string, b []byte) {
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+`"`)
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write(b)
}
