package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/tthcaudit/tthcaudit/internal/audit"
	"github.com/tthcaudit/tthcaudit/internal/reports"
	"github.com/tthcaudit/tthcaudit/internal/store"
	"github.com/tthcaudit/tthcaudit/internal/tickets"
)

type auditRow struct {
	store.Audit
	Portals int
	Bar     bar
	HasBar  bool
}

type auditsData struct {
	page
	Rows []auditRow
}

// audits lists the stored audits, newest first, with the province's
// coverage in each.
func (p *pages) audits(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	as, err := p.s.st.LastAudits(ctx, 0)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	hist, err := p.s.st.History(ctx, "")
	if err != nil {
		p.fail(w, r, err)
		return
	}
	type sum struct{ portals, req, found int }
	sums := map[int64]*sum{}
	for _, h := range hist {
		s := sums[h.AuditID]
		if s == nil {
			s = &sum{}
			sums[h.AuditID] = s
		}
		s.portals++
		if h.Status != verdict.StatusUnreachable {
			s.req += h.Required
			s.found += h.Found
		}
	}
	d := auditsData{page: p.base(w, r, "audits", "")}
	d.Title = d.L.T("audits.title")
	for _, a := range as {
		row := auditRow{Audit: a}
		if s := sums[a.ID]; s != nil {
			cov := 1.0
			if s.req > 0 {
				cov = float64(s.found) / float64(s.req)
			}
			row.Portals, row.Bar, row.HasBar = s.portals, newBar(d.L.Lang, cov), true
		}
		d.Rows = append(d.Rows, row)
	}
	p.render(w, r, "audits", http.StatusOK, d)
}

type auditPortal struct {
	verdict.Verdict
	Bar bar
}

type auditData struct {
	page
	ID       int64
	Report   *verdict.Report
	Totals   verdict.Totals
	TotalBar bar
	Portals  []auditPortal
	Events   []tickets.Event
	Files    []auditFile
	Names    map[string]string
}

type auditFile struct{ Href, Label, Name string }

// auditFiles are the downloads of an audit, rendered from its stored
// report by the reports package, as `audit --out` writes them.
var auditFiles = []struct{ name, label string }{
	{reports.FileHTML, "audit.html"},
	{reports.FileXLSX, "audit.xlsx"},
	{reports.FileJSON, "audit.json"},
	{reports.FileMissing, "audit.missing"},
}

func (p *pages) storedReport(w http.ResponseWriter, r *http.Request) (int64, *verdict.Report, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		p.message(w, r, http.StatusNotFound, p.lang(r).T("audit.unknown"))
		return 0, nil, false
	}
	rep, err := p.s.st.Report(r.Context(), id)
	if errors.Is(err, store.ErrNoAudit) {
		p.message(w, r, http.StatusNotFound, p.lang(r).T("audit.unknown"))
		return 0, nil, false
	}
	if err != nil {
		p.fail(w, r, err)
		return 0, nil, false
	}
	return id, rep, true
}

func (p *pages) audit(w http.ResponseWriter, r *http.Request) {
	id, rep, ok := p.storedReport(w, r)
	if !ok {
		return
	}
	evs, err := p.s.st.Events(r.Context(), id)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	d := auditData{page: p.base(w, r, "audits", ""), ID: id, Report: rep, Events: evs, Totals: verdict.Sum(rep), Names: p.s.cfg.Names()}
	for _, v := range rep.Portals {
		if d.Names[v.ID] == "" {
			d.Names[v.ID] = v.Name
		}
	}
	l := d.L
	d.Title = l.Tf("audit.title", id)
	d.TotalBar = newBar(l.Lang, d.Totals.Coverage())
	for _, v := range rep.Portals {
		d.Portals = append(d.Portals, auditPortal{Verdict: v, Bar: newBar(l.Lang, v.Coverage)})
	}
	for _, f := range auditFiles {
		d.Files = append(d.Files, auditFile{Href: l.Href("/audits/" + itoa(id) + "/" + f.name), Label: l.T(f.label), Name: f.name})
	}
	p.render(w, r, "audit", http.StatusOK, d)
}

// auditFile renders one of an audit's reports for download.
func (p *pages) auditFile(w http.ResponseWriter, r *http.Request) {
	file := r.PathValue("file")
	known := false
	for _, f := range auditFiles {
		known = known || f.name == file
	}
	if !known {
		p.notFound(w, r)
		return
	}
	id, rep, ok := p.storedReport(w, r)
	if !ok {
		return
	}
	lang := p.lang(r).Lang
	var buf bytes.Buffer
	var err error
	var ctype string
	switch file {
	case reports.FileHTML:
		ctype, err = "text/html; charset=utf-8", reports.HTML(&buf, rep, lang)
	case reports.FileXLSX:
		ctype, err = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", reports.XLSX(&buf, rep, lang)
	case reports.FileJSON:
		ctype, err = "application/json", reports.WriteJSON(&buf, rep)
	case reports.FileMissing:
		ctype, err = "text/csv; charset=utf-8", reports.MissingCSV(&buf, rep, lang)
	}
	if err != nil {
		p.fail(w, r, err)
		return
	}
	name := "tthcaudit-" + itoa(id) + "-" + file
	if file == reports.FileHTML {
		// The HTML report opens in the browser (it prints from there);
		// the others are files to keep.
		w.Header().Set("Content-Type", ctype)
		w.Header().Set("Content-Disposition", `inline; filename="`+name+`"`)
		_, _ = w.Write(buf.Bytes())
		return
	}
	download(w, ctype, name, buf.Bytes())
}

// health is /healthz's answer.
type health struct {
	OK           bool    `json:"ok"`
	LastAudit    *string `json:"last_audit"`
	LastAuditID  int64   `json:"last_audit_id,omitempty"`
	Running      bool    `json:"running"`
	RunningSince *string `json:"running_since,omitempty"`
	LastError    string  `json:"last_error,omitempty"`
	NextAudit    *string `json:"next_audit,omitempty"`
	Error        string  `json:"error,omitempty"`
}

func (p *pages) healthz(w http.ResponseWriter, r *http.Request) {
	h := health{OK: true}
	st := p.s.runner.state()
	h.Running, h.LastError = st.Running, st.LastErr
	if st.Running {
		h.RunningSince = rfc(st.StartedAt)
	}
	if n := p.s.NextAudit(); !n.IsZero() {
		h.NextAudit = rfc(n)
	}
	as, err := p.s.st.LastAudits(r.Context(), 1)
	if err != nil {
		h.OK, h.Error = false, "database: "+err.Error()
	} else if len(as) > 0 {
		h.LastAudit, h.LastAuditID = rfc(as[0].FinishedAt), as[0].ID
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	if !h.OK {
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	_ = json.NewEncoder(w).Encode(h)
}

// healthzBare is /healthz for a request without the token when one is
// required: that the service is up and its database readable, nothing of
// the audits.
func (p *pages) healthzBare(w http.ResponseWriter, r *http.Request) {
	ok := p.s.st.DB().PingContext(r.Context()) == nil
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	if !ok {
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	_ = json.NewEncoder(w).Encode(struct {
		OK bool `json:"ok"`
	}{ok})
}

// rfc writes a time as RFC 3339 in Vietnam's zone, as the reports do.
func rfc(t time.Time) *string {
	s := t.In(audit.ICT).Format(time.RFC3339)
	return &s
}
