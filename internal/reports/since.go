package reports

import (
	"fmt"
	"io"
	"math"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/jedib0t/go-pretty/v6/text"
)

// sinceView is Report.Since as the terminal, HTML and workbook show it.
type sinceView struct {
	Title             string // "So với lần trước (19/11/2026)"
	Previous, Current string // the two audits' start times
	// Rows are every portal of the diff, for the table.
	Rows []sincePortal
	// Shown are the portals with something to say, for the lists.
	Shown []sincePortal
}

// sincePortal is one portal of the diff.
type sincePortal struct {
	verdict.PortalDiff
	// Before and After are the coverages in the reader's notation; Note
	// replaces them for a portal not compared (new, removed, unreachable).
	Before, After, Note string
	Lists               []sinceList
}

// sinceList is one kind of change (newly missing, fixed, …) of a portal.
type sinceList struct {
	Title string
	Items []sinceItem
}

// sinceItem is one procedure in a sinceList; Detail holds a rename.
type sinceItem struct {
	Code, Name, Detail, URL string
}

// newSinceView returns nil when there is nothing to show (no earlier audit).
func newSinceView(d *verdict.Diff, lang msg.Lang) *sinceView {
	if d == nil {
		return nil
	}
	date := d.From.StartedAt.Format("02/01/2006")
	if lang == msg.English {
		date = d.From.StartedAt.Format("2006-01-02")
	}
	v := &sinceView{
		Title:    msg.Tf(lang, "sec.since", date),
		Previous: msg.DateTime(lang, d.From.StartedAt),
		Current:  msg.DateTime(lang, d.To.StartedAt),
	}
	for _, p := range d.Portals {
		sp := sincePortal{PortalDiff: p}
		switch p.State {
		case verdict.Compared:
			sp.Before, sp.After = msg.Percent(lang, p.CoverageBefore), msg.Percent(lang, p.CoverageAfter)
			if p.StatusBefore == verdict.StatusPartial || p.StatusAfter == verdict.StatusPartial {
				// Some pages failed to load: the lists may be incomplete.
				sp.Note = msg.T(lang, "since.partial")
			}
		case verdict.NewPortal:
			sp.Note = msg.T(lang, "since.new")
		case verdict.Removed:
			sp.Note = msg.T(lang, "since.removed")
		default:
			sp.Note = msg.T(lang, "since.unseen")
		}
		procs := func(key string, ps []verdict.ChangedProcedure) {
			if len(ps) == 0 {
				return
			}
			l := sinceList{Title: msg.T(lang, key)}
			for _, x := range ps {
				l.Items = append(l.Items, sinceItem{Code: x.Code, Name: x.Name, URL: x.URL})
			}
			sp.Lists = append(sp.Lists, l)
		}
		procs("since.newly_missing", p.NewlyMissing)
		procs("since.fixed", p.Fixed)
		procs("since.newly_obsolete", p.NewlyObsolete)
		procs("since.obsolete_removed", p.ObsoleteRemoved)
		if len(p.Renamed) > 0 {
			l := sinceList{Title: msg.T(lang, "since.renamed")}
			for _, r := range p.Renamed {
				l.Items = append(l.Items, sinceItem{Code: r.Code, Name: r.Name, URL: r.URL,
					Detail: "«" + oneLine(r.Before) + "» → «" + oneLine(r.After) + "»"})
			}
			sp.Lists = append(sp.Lists, l)
		}
		v.Rows = append(v.Rows, sp)
		if p.State != verdict.Compared || p.Changed() || sp.Before != sp.After {
			v.Shown = append(v.Shown, sp)
		}
	}
	return v
}

// coverageChange is "66,6% → 83,3%", or the note of a portal not compared.
func (p sincePortal) coverageChange() string {
	if p.State != verdict.Compared {
		return p.Note
	}
	s := p.Before + "% → " + p.After + "%"
	if p.Note != "" {
		s += " (" + p.Note + ")"
	}
	return s
}

// writeSince writes the terminal's "so với lần trước" section.
func writeSince(w io.Writer, d *verdict.Diff, lang msg.Lang, p paint) {
	v := newSinceView(d, lang)
	if v == nil {
		return
	}
	fmt.Fprintf(w, "\n%s\n", p(v.Title+":", text.Bold))
	if len(v.Shown) == 0 {
		fmt.Fprintf(w, "  %s\n", msg.T(lang, "since.nothing"))
		return
	}
	for _, sp := range v.Shown {
		fmt.Fprintf(w, "  - %s (%s): %s\n", oneLine(sp.Name), oneLine(sp.Portal), sp.coverageChange())
		for _, l := range sp.Lists {
			fmt.Fprintf(w, "      %s (%d):\n", l.Title, len(l.Items))
			for _, it := range l.Items {
				// A rename shows the two published names: the catalogue's
				// is the same as before and would only repeat one of them.
				line := oneLine(it.Code) + " " + oneLine(it.Name)
				if it.Detail != "" {
					line = oneLine(it.Code) + ": " + it.Detail
				}
				fmt.Fprintf(w, "        - %s\n", line)
			}
		}
	}
}

// bytesSavedNote says how much the incremental crawl saved on the portal,
// or "" when it reused nothing.
func bytesSavedNote(v *verdict.Verdict, lang msg.Lang) string {
	if v.Crawl.BytesReused <= 0 {
		return ""
	}
	return msg.Tf(lang, "note.bytes_saved", byteSize(lang, v.Crawl.BytesReused))
}

// displayNotes are the notes of a portal in the full reports: portalNotes
// and what the incremental crawl saved.
func displayNotes(v *verdict.Verdict, lang msg.Lang) []string {
	notes := portalNotes(v, lang)
	if s := bytesSavedNote(v, lang); s != "" {
		notes = append(notes, s)
	}
	return notes
}

// byteSize is n in MB (one decimal), KB or bytes, in lang's notation.
func byteSize(lang msg.Lang, n int64) string {
	switch {
	case n >= 1<<20:
		return msg.Decimal(lang, float64(n)/(1<<20)) + " MB"
	case n >= 1<<10:
		return msg.Number(lang, int(math.Round(float64(n)/(1<<10)))) + " KB"
	}
	return msg.Number(lang, int(n)) + " B"
}
