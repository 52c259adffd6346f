package msg

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
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
		return Decimal(lang, d.Seconds()) + " " + sec
	}
	d = d.Round(time.Second)
	m := int(d / time.Minute)
	return fmt.Sprintf("%s %s %d %s", Number(lang, m), min, int((d%time.Minute)/time.Second), sec)
}

// Decimal formats x with one decimal in lang's notation (-25,0 in
// Vietnamese, -25.0 in English), rounded to the nearest tenth.
func Decimal(lang Lang, x float64) string {
	s := strconv.FormatFloat(math.Round(x*10)/10, 'f', 1, 64)
	if lang != English {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}
