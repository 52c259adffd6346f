package web

import (
	"bytes"
	"embed"
	"errors"
	"html/template"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/reports"
	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/tthcaudit/tthcaudit/internal/audit"
	"github.com/tthcaudit/tthcaudit/internal/store"
	"github.com/tthcaudit/tthcaudit/internal/tickets"
)

//go:embed templates/*.html
var templateFS embed.FS

// pageNames are the templates, each rendered inside layout.html.
var pageNames = []string{"overview", "portal", "tickets", "audits", "audit", "message"}

// pages holds the parsed templates and answers the dashboard's requests.
type pages struct {
	s    *Server
	tmpl map[string]*template.Template
}

func newPages(s *Server) (*pages, error) {
	p := &pages{s: s, tmpl: map[string]*template.Template{}}
	funcs := template.FuncMap{"web": webURL, "inc": func(i int) int { return i + 1 },
		// of and count read a verdict's findings of one kind by its name.
		"of":    func(v findingsOf, k string) []verdict.Finding { return v.Of(verdict.Kind(k)) },
		"count": func(v findingsOf, k string) int { return v.Count(verdict.Kind(k)) }}
	for _, name := range pageNames {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, err
		}
		p.tmpl[name] = t
	}
	return p, nil
}

// webURL reports whether s may become a link: only absolute http and https
// URLs exactly as written (a browser strips the blanks of " javascript:…"
// and runs it, so nothing is trimmed here).
func webURL(s string) bool {
	u, err := url.Parse(s)
	if err != nil {
		return false
	}
	return (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// loc formats for one request's language; templates call its methods.
type loc struct{ Lang msg.Lang }

// T is a label.
func (l loc) T(key string) string { return msg.T(l.Lang, key) }

// Tf is a label with arguments.
func (l loc) Tf(key string, args ...any) string { return msg.Tf(l.Lang, key, args...) }

// Pct formats a coverage fraction as a percentage number.
func (l loc) Pct(f float64) string { return msg.Percent(l.Lang, f) }

// Num formats a count.
func (l loc) Num(n int) string { return msg.Number(l.Lang, n) }

// Time formats a time; the zero time is a dash.
func (l loc) Time(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return msg.DateTime(l.Lang, t)
}

// Short formats a time for a table cell: date and minute, in the zone it
// was recorded in (the province's), without the offset.
func (l loc) Short(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	if l.Lang == msg.English {
		return t.Format("2006-01-02 15:04")
	}
	return t.Format("02/01/2006 15:04")
}

// ShortPtr formats an optional time for a table cell.
func (l loc) ShortPtr(t *time.Time) string {
	if t == nil {
		return ""
	}
	return l.Short(*t)
}

// Status is a portal status's label.
func (l loc) Status(s string) string { return msg.StatusLabel(l.Lang, s) }

// Level is a portal level's label.
func (l loc) Level(s string) string { return msg.LevelLabel(l.Lang, s) }

// Ticket is a ticket state's label.
func (l loc) Ticket(s string) string { return l.T("ticket." + s) }

// Event is a ticket event's label.
func (l loc) Event(s string) string { return l.T("event." + s) }

// By says where an officer's change was made ("trên bảng điều khiển"), or
// repeats what the database says when this build has no words for it.
func (l loc) By(s string) string {
	if msg.Has("history.by." + s) {
		return l.T("history.by." + s)
	}
	return s
}

// Href builds a link inside the dashboard from a path and query pairs,
// keeping the language.
func (l loc) Href(path string, kv ...string) string {
	q := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			q.Set(kv[i], kv[i+1])
		}
	}
	if l.Lang == msg.English {
		q.Set("lang", "en")
	}
	if len(q) == 0 {
		return path
	}
	return path + "?" + q.Encode()
}

// Portal is a portal page's path.
func (l loc) Portal(id string) string { return l.Href("/portals/" + url.PathEscape(id)) }

// Audit is an audit page's path.
func (l loc) Audit(id int64) string { return l.Href("/audits/" + itoa(id)) }

// page is what every page's layout needs.
type page struct {
	L         loc
	Title     string
	Nav       string
	CSRF      string
	Flash     string
	FlashBad  bool
	Running   string
	Failed    string
	OtherLang string
	// Refresh, when set, reloads the page at this address every few
	// seconds (the overview while an audit runs: no script needed).
	Refresh string
}

// base fills the layout's data for a request.
func (p *pages) base(w http.ResponseWriter, r *http.Request, nav, title string) page {
	l := p.lang(r)
	pg := page{L: l, Nav: nav, Title: title, CSRF: p.s.csrfToken(p.s.session(w, r))}
	st := p.s.runner.state()
	if st.Running {
		pg.Running = l.Tf("run.running", l.Time(st.StartedAt.In(audit.ICT)))
	} else if st.LastErr != "" {
		pg.Failed = l.Tf("run.failed", l.Time(st.LastEnd.In(audit.ICT)), st.LastErr)
	}
	q := r.URL.Query()
	if l.Lang == msg.English {
		q.Del("lang")
	} else {
		q.Set("lang", "en")
	}
	pg.OtherLang = r.URL.Path
	if len(q) > 0 {
		pg.OtherLang += "?" + q.Encode()
	}
	return pg
}

// lang is the request's language: ?lang=, else the server's.
func (p *pages) lang(r *http.Request) loc {
	if v := r.URL.Query().Get("lang"); v != "" {
		if l, err := msg.ParseLang(v); err == nil {
			return loc{Lang: l}
		}
	}
	return loc{Lang: p.s.lang}
}

// render executes a page into memory first, so that a template error
// becomes a clean 500 instead of half a page.
func (p *pages) render(w http.ResponseWriter, r *http.Request, name string, status int, data any) {
	var buf bytes.Buffer
	if err := p.tmpl[name].Execute(&buf, data); err != nil {
		p.s.log.Error("render", "page", name, "path", r.URL.Path, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	// Portal names may carry control characters: none reaches a page.
	_, _ = w.Write(reports.StripControls(buf.Bytes()))
}

// messageData is a page that only says something.
type messageData struct {
	page
	Message string
}

func (p *pages) message(w http.ResponseWriter, r *http.Request, status int, msg string) {
	d := messageData{page: p.base(w, r, "", msg), Message: msg}
	p.render(w, r, "message", status, d)
}

func (p *pages) notFound(w http.ResponseWriter, r *http.Request) {
	p.message(w, r, http.StatusNotFound, p.lang(r).T("err.notfound"))
}

// fail logs a server-side error and shows a page without its details
// (they may hold paths of the server).
func (p *pages) fail(w http.ResponseWriter, r *http.Request, err error) {
	p.s.log.Error("page", "path", r.URL.Path, "err", err)
	p.message(w, r, http.StatusInternalServerError, p.lang(r).T("err.internal"))
}

// portalInfo is a portal as the pages name it: from the configuration,
// or from the stored history when it has left the configuration.
type portalInfo struct {
	ID, Name, Level, URL string
}

// portalList is the configuration's portals, then those only the history
// knows, in order of first appearance.
func (p *pages) portalList(history []store.Point) []portalInfo {
	var out []portalInfo
	seen := map[string]bool{}
	for _, c := range p.s.cfg.Portals {
		pi := portalInfo{ID: c.ID, Name: c.Name, Level: c.Level}
		if len(c.URLs) > 0 {
			pi.URL = c.URLs[0]
		}
		out = append(out, pi)
		seen[c.ID] = true
	}
	for _, h := range history {
		if !seen[h.Portal] {
			seen[h.Portal] = true
			out = append(out, portalInfo{ID: h.Portal, Name: h.Name})
		}
	}
	return out
}

// overviewRow is one portal on the overview.
type overviewRow struct {
	portalInfo
	Colour      string
	Audited     bool
	Bar         bar
	Required    int
	Found       int
	Status      string
	Spark       *sparkline
	OpenTickets int
	At          time.Time
	AuditID     int64
}

type overviewData struct {
	page
	Last     *store.Audit
	Schedule string
	Total    string
	Chart    *svgChart
	Rows     []overviewRow
}

func (p *pages) overview(w http.ResponseWriter, r *http.Request) {
	status := http.StatusOK
	flash, bad := "", false
	switch r.URL.Query().Get("flash") {
	case "started":
		flash = "run.started"
	}
	p.renderOverview(w, r, status, flash, bad)
}

func (p *pages) renderOverview(w http.ResponseWriter, r *http.Request, status int, flash string, bad bool) {
	ctx := r.Context()
	d := overviewData{page: p.base(w, r, "overview", "")}
	l := d.L
	d.Title = l.T("app.title")
	if d.Running != "" {
		d.Refresh = l.Href("/")
	}
	if flash != "" {
		d.Flash, d.FlashBad = l.T(flash), bad
	}
	last, err := p.s.st.LastAudits(ctx, 1)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	if len(last) > 0 {
		d.Last = &last[0]
	}
	if p.s.every > 0 {
		next := p.s.NextAudit()
		when := "—"
		if !next.IsZero() {
			when = l.Time(next.In(audit.ICT))
		}
		d.Schedule = l.Tf("schedule.next", everyText(l.Lang, p.s.every), when)
	} else {
		d.Schedule = l.T("schedule.none")
	}
	hist, err := p.s.st.History(ctx, "")
	if err != nil {
		p.fail(w, r, err)
		return
	}
	open, err := p.s.st.Tickets(ctx, true)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	openBy := map[string]int{}
	for _, t := range open {
		openBy[t.Portal]++
	}
	byPortal := map[string][]store.Point{}
	for _, h := range hist {
		byPortal[h.Portal] = append(byPortal[h.Portal], h)
	}
	var series []chartSeries
	var req, found int
	for i, pi := range p.portalList(hist) {
		row := overviewRow{portalInfo: pi, Colour: colour(i), OpenTickets: openBy[pi.ID]}
		pts := byPortal[pi.ID]
		if len(pts) > 0 {
			lp := pts[len(pts)-1]
			row.Audited, row.Required, row.Found, row.Status, row.At, row.AuditID = true, lp.Required, lp.Found, lp.Status, lp.StartedAt, lp.AuditID
			row.Bar = newBar(l.Lang, lp.Coverage)
			if row.Name == "" {
				row.Name = lp.Name
			}
			var cps []chartPoint
			for _, h := range pts {
				if h.Status != verdict.StatusUnreachable {
					cps = append(cps, chartPoint{At: h.StartedAt, Cov: h.Coverage})
				}
			}
			row.Spark = newSparkline(l.Lang, row.Colour, cps)
			if len(cps) > 0 {
				series = append(series, chartSeries{Name: row.Name, Colour: row.Colour, Points: cps})
			}
			if lp.Status != verdict.StatusUnreachable {
				req += lp.Required
				found += lp.Found
			}
		}
		d.Rows = append(d.Rows, row)
	}
	d.Chart = lineChart(l.Lang, l.T("chart.trend"), 760, 260, series)
	if d.Last != nil {
		cov := 1.0
		if req > 0 {
			cov = float64(found) / float64(req)
		}
		d.Total = l.Tf("overview.total", l.Num(found), l.Num(req), l.Pct(cov), l.Num(len(open)))
	}
	p.render(w, r, "overview", status, d)
}

// everyText says a schedule's period the way people do ("7 ngày").
func everyText(lang msg.Lang, d time.Duration) string {
	en := lang == msg.English
	switch {
	case d%(24*time.Hour) == 0:
		if en {
			return itoa(int64(d/(24*time.Hour))) + " days"
		}
		return itoa(int64(d/(24*time.Hour))) + " ngày"
	case d%time.Hour == 0:
		if en {
			return itoa(int64(d/time.Hour)) + " h"
		}
		return itoa(int64(d/time.Hour)) + " giờ"
	}
	return d.String()
}

// startAudit is the button: a same-site POST with the session's token.
func (p *pages) startAudit(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 4096)
	if why := p.s.checkCSRF(r); why != "" {
		p.s.log.Warn("audit request refused", "reason", why, "remote", r.RemoteAddr)
		p.message(w, r, http.StatusForbidden, p.lang(r).Tf("run.refused", why))
		return
	}
	l := p.lang(r)
	switch err := p.s.StartAudit("button"); {
	case errors.Is(err, ErrAuditRunning):
		p.renderOverview(w, r, http.StatusConflict, "run.busy", true)
		return
	case err != nil:
		p.message(w, r, http.StatusServiceUnavailable, err.Error())
		return
	}
	http.Redirect(w, r, l.Href("/", "flash", "started"), http.StatusSeeOther)
}

// sortedPortalIDs lists the portal ids of tickets not in the
// configuration, for the filter.
func sortedExtra(ids map[string]bool) []string {
	out := make([]string, 0, len(ids))
	for id := range ids {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// ticketsOf filters tickets by portal and state ("" for any).
func ticketsOf(ts []tickets.Ticket, portal, state string) []tickets.Ticket {
	var out []tickets.Ticket
	for _, t := range ts {
		if (portal == "" || t.Portal == portal) && (state == "" || t.Status == state) {
			out = append(out, t)
		}
	}
	return out
}

// findingsOf is a verdict, or a view that embeds one, for the templates.
type findingsOf interface {
	Of(verdict.Kind) []verdict.Finding
	Count(verdict.Kind) int
}
