package web

import (
	"strconv"
	"strings"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/msg"
)

// palette colours the portals' lines (Tableau 10: distinct, also when
// printed in grey).
var palette = []string{"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"}

func colour(i int) string { return palette[i%len(palette)] }

// chartPoint is one audit's coverage of one portal.
type chartPoint struct {
	At  time.Time
	Cov float64
}

// chartSeries is one portal's line.
type chartSeries struct {
	Name   string
	Colour string
	Points []chartPoint
}

// svgChart is a line chart ready for the template: every coordinate is
// computed here, so the template only places numbers and escaped text.
type svgChart struct {
	W, H   int
	Label  string
	Grid   []svgTick
	XTicks []svgTick
	Lines  []svgLine
	// Left, Right, Top, Bottom are the plot area's edges.
	Left, Right, Top, Bottom float64
}

type svgTick struct {
	X, Y  string
	Label string
}

type svgLine struct {
	Name, Colour string
	Points       string
	Dots         []svgDot
}

type svgDot struct {
	X, Y  string
	Title string
}

func fnum(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }

// lineChart draws coverage (0–100 %) against the audits' times. Points are
// placed by time, so that a missed week shows as a longer segment.
func lineChart(lang msg.Lang, label string, w, h int, series []chartSeries) *svgChart {
	var times []time.Time
	for _, s := range series {
		for _, p := range s.Points {
			times = append(times, p.At)
		}
	}
	if len(times) == 0 {
		return nil
	}
	c := &svgChart{W: w, H: h, Label: label, Left: 48, Right: float64(w) - 16, Top: 12, Bottom: float64(h) - 28}
	lo, hi := times[0], times[0]
	for _, t := range times {
		if t.Before(lo) {
			lo = t
		}
		if t.After(hi) {
			hi = t
		}
	}
	x := func(t time.Time) float64 {
		if !hi.After(lo) {
			return (c.Left + c.Right) / 2
		}
		return c.Left + (c.Right-c.Left)*float64(t.Sub(lo))/float64(hi.Sub(lo))
	}
	y := func(cov float64) float64 {
		cov = min(max(cov, 0), 1)
		return c.Bottom - (c.Bottom-c.Top)*cov
	}
	for _, p := range []float64{0, 0.25, 0.5, 0.75, 1} {
		c.Grid = append(c.Grid, svgTick{Y: fnum(y(p)), Label: strconv.Itoa(int(p*100)) + "%"})
	}
	c.XTicks = timeTicks(lang, distinctTimes(times), x)
	for _, s := range series {
		l := svgLine{Name: s.Name, Colour: s.Colour}
		var pts []string
		for _, p := range s.Points {
			px, py := fnum(x(p.At)), fnum(y(p.Cov))
			pts = append(pts, px+","+py)
			l.Dots = append(l.Dots, svgDot{X: px, Y: py, Title: s.Name + ": " + msg.Percent(lang, p.Cov) + "% — " + msg.DateTime(lang, p.At)})
		}
		l.Points = strings.Join(pts, " ")
		c.Lines = append(c.Lines, l)
	}
	return c
}

func distinctTimes(ts []time.Time) []time.Time {
	seen := map[int64]bool{}
	var out []time.Time
	for _, t := range ts {
		k := t.Unix() / 60
		if !seen[k] {
			seen[k] = true
			out = append(out, t)
		}
	}
	// Insertion sort: the lists are short and nearly sorted.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Before(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// timeTicks labels at most six of the audits' dates, spread evenly.
func timeTicks(lang msg.Lang, ts []time.Time, x func(time.Time) float64) []svgTick {
	const most = 6
	step := 1
	if len(ts) > most {
		step = (len(ts) + most - 1) / most
	}
	layout := "02/01"
	if lang == msg.English {
		layout = "Jan 2"
	}
	var out []svgTick
	for i := 0; i < len(ts); i += step {
		out = append(out, svgTick{X: fnum(x(ts[i])), Label: ts[i].Format(layout)})
	}
	return out
}

// sparkline is the overview's small trend of one portal: a line without
// axes, the last point marked.
type sparkline struct {
	W, H   int
	Points string
	LastX  string
	LastY  string
	Title  string
	Colour string
}

func newSparkline(lang msg.Lang, colour string, pts []chartPoint) *sparkline {
	if len(pts) == 0 {
		return nil
	}
	s := &sparkline{W: 120, H: 30, Colour: colour}
	const pad = 3
	x := func(i int) float64 {
		if len(pts) == 1 {
			return float64(s.W) / 2
		}
		return pad + float64(s.W-2*pad)*float64(i)/float64(len(pts)-1)
	}
	y := func(c float64) float64 { return float64(s.H-pad) - float64(s.H-2*pad)*min(max(c, 0), 1) }
	var ps []string
	var titles []string
	for i, p := range pts {
		ps = append(ps, fnum(x(i))+","+fnum(y(p.Cov)))
		titles = append(titles, msg.Percent(lang, p.Cov)+"%")
	}
	s.Points = strings.Join(ps, " ")
	last := pts[len(pts)-1]
	s.LastX, s.LastY = fnum(x(len(pts)-1)), fnum(y(last.Cov))
	s.Title = strings.Join(titles, " → ")
	return s
}

// bar is a horizontal percentage bar.
type bar struct {
	Width string // 0–100, for the CSS width
	Text  string
	Class string // good | fair | bad
}

func newBar(lang msg.Lang, cov float64) bar {
	cls := "bad"
	switch {
	case cov >= 1:
		cls = "good"
	case cov >= 0.8:
		cls = "fair"
	}
	return bar{Width: fnum(min(max(cov, 0), 1) * 100), Text: msg.Percent(lang, cov), Class: cls}
}
