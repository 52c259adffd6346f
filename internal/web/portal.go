package web

import (
	"errors"
	"net/http"

	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/tthcaudit/tthcaudit/internal/store"
)

// fieldRow is one field (lĩnh vực) of a portal with its bar.
type fieldRow struct {
	verdict.FieldCount
	Bar bar
}

type portalData struct {
	page
	Info        portalInfo
	Audited     bool
	AuditID     int64
	AuditAt     string
	V           verdict.Verdict
	Bar         bar
	Chart       *svgChart
	Fields      []fieldRow
	OpenTickets int
}

func (p *pages) portal(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	id := r.PathValue("id")
	hist, err := p.s.st.History(ctx, id)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	var info *portalInfo
	for _, pi := range p.portalList(hist) {
		if pi.ID == id {
			info = &pi
			break
		}
	}
	if info == nil {
		p.message(w, r, http.StatusNotFound, p.lang(r).T("portal.unknown"))
		return
	}
	d := portalData{page: p.base(w, r, "overview", info.Name), Info: *info}
	l := d.L
	if len(hist) > 0 {
		lp := hist[len(hist)-1]
		rep, err := p.s.st.Report(ctx, lp.AuditID)
		if err != nil && !errors.Is(err, store.ErrNoAudit) {
			p.fail(w, r, err)
			return
		}
		if rep != nil {
			for _, v := range rep.Portals {
				if v.ID == id {
					d.Audited, d.AuditID, d.V = true, lp.AuditID, verdict.NormalizeVerdict(v)
					d.AuditAt = l.Time(rep.StartedAt)
				}
			}
		}
		var cps []chartPoint
		for _, h := range hist {
			if h.Status != verdict.StatusUnreachable {
				cps = append(cps, chartPoint{At: h.StartedAt, Cov: h.Coverage})
			}
		}
		if len(cps) > 0 {
			d.Chart = lineChart(l.Lang, l.T("chart.history"), 760, 220, []chartSeries{{Name: info.Name, Colour: colour(0), Points: cps}})
		}
	}
	if d.Audited {
		if d.Info.Name == "" {
			d.Info.Name = d.V.Name
		}
		if d.V.URL != "" {
			d.Info.URL = d.V.URL
		}
		d.Bar = newBar(l.Lang, d.V.Coverage)
		for _, f := range d.V.Fields {
			cov := 1.0
			if f.Required > 0 {
				cov = float64(f.Found) / float64(f.Required)
			}
			d.Fields = append(d.Fields, fieldRow{FieldCount: f, Bar: newBar(l.Lang, cov)})
		}
	}
	open, err := p.s.st.Tickets(ctx, true)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	d.OpenTickets = len(ticketsOf(open, id, ""))
	p.render(w, r, "portal", http.StatusOK, d)
}
