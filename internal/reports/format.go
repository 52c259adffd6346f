package reports

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/rules"
)

// Percent formats a coverage fraction (0..1) as a percentage with one
// decimal, in lang's notation (91,7 in Vietnamese, 91.7 in English). It
// rounds down so that a portal missing one procedure in thousands never
// shows 100.
func Percent(lang Lang, coverage float64) string {
	if math.IsNaN(coverage) || math.IsInf(coverage, 0) {
		return "—"
	}
	p := math.Floor(coverage*1000+1e-9) / 10
	s := strconv.FormatFloat(p, 'f', 1, 64)
	if lang != English {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// Number formats an integer with lang's thousands separator (2.929 in
// Vietnamese, 2,929 in English).
func Number(lang Lang, n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	sep := "."
	if lang == English {
		sep = ","
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// DateTime formats t, in its own zone, the way lang's readers write dates.
func DateTime(lang Lang, t time.Time) string {
	if lang == English {
		return t.Format("2006-01-02 15:04 -07:00")
	}
	return t.Format("02/01/2006 15:04 -07:00")
}

// Duration formats a crawl time given in milliseconds: "1,2 giây",
// "4 phút 10 giây" (English: "1.2 s", "4 min 10 s").
func Duration(lang Lang, ms int64) string {
	sec, min := "giây", "phút"
	if lang == English {
		sec, min = "s", "min"
	}
	d := time.Duration(ms) * time.Millisecond
	if d < time.Minute {
		s := strconv.FormatFloat(math.Round(d.Seconds()*10)/10, 'f', 1, 64)
		if lang != English {
			s = strings.Replace(s, ".", ",", 1)
		}
		return s + " " + sec
	}
	d = d.Round(time.Second)
	m := int(d / time.Minute)
	return fmt.Sprintf("%s %s %d %s", Number(lang, m), min, int((d%time.Minute)/time.Second), sec)
}

// reached reports whether anything was seen of the portal: an unreachable
// portal's counts say nothing about what it publishes.
func reached(v *rules.Verdict) bool { return v.Status != rules.StatusUnreachable }

// looksScriptRendered reports whether the crawl loaded pages yet recognised
// nothing procedure-like on them, the usual sign of a portal that builds its
// lists with JavaScript.
func looksScriptRendered(v *rules.Verdict) bool {
	return reached(v) && v.Crawl.Pages > 0 && v.Required > 0 && v.Found == 0 &&
		len(v.FoundProcedures) == 0 && len(v.Obsolete) == 0 &&
		len(v.Unmatched) == 0 && len(v.Ambiguous) == 0
}

// Totals are the sums over the portals of a report, for the footers.
type Totals struct {
	Portals, Reached                  int
	Required, Found, Missing          int
	Obsolete, Incomplete, BrokenLinks int
}

// Coverage is found / required over the reached portals (1 when nothing is required).
func (t Totals) Coverage() float64 {
	if t.Required == 0 {
		return 1
	}
	return float64(t.Found) / float64(t.Required)
}

// Sum adds up the portals' figures. Required and found count only the
// portals that were reached, so that an unreachable portal does not pull the
// province's coverage down for procedures nobody could look for.
func Sum(r *Report) Totals {
	var t Totals
	for i := range r.Portals {
		v := &r.Portals[i]
		t.Portals++
		t.Obsolete += len(v.Obsolete)
		t.Incomplete += len(v.Incomplete)
		t.BrokenLinks += len(v.BrokenLinks)
		if !reached(v) {
			continue
		}
		t.Reached++
		t.Required += v.Required
		t.Found += v.Found
		t.Missing += len(v.Missing)
	}
	return t
}
