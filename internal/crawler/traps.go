package crawler

import (
	"container/heap"
	"net/url"
	"slices"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/weburl"
)

// trapRun is how many pages in a row of one URL pattern may bring no new
// procedure before the pattern is cut. A month calendar, reprints with a
// fresh session id and "next" past a list's last page all show nothing
// new from their first page on; a real list or a run of detail pages
// brings something on almost every page. Two workers in flight may add
// one or two pages past the run.
const trapRun = 4

// Trap is a URL pattern the crawl stopped following: its pages differed
// only by an incrementing or random parameter and brought no procedure.
type Trap struct {
	// Pattern is the URL with its varying parts as # (a number or date)
	// and * (a random token): "host/lich-cong-tac?month=#".
	Pattern string `json:"pattern"`
	// Example is the last page fetched under it.
	Example string `json:"example"`
	// Fetched counts its pages fetched; Skipped its links left unfetched
	// once it was cut.
	Fetched int `json:"fetched"`
	Skipped int `json:"skipped"`
}

// trapState is one pattern's tally.
type trapState struct {
	run, fetched, skipped int
	cut                   bool
	example               string
	// inflight counts its tasks handed to workers; held are its tasks
	// kept back meanwhile (see trapHold).
	inflight int
	held     []*task
}

// patternOf returns u's pattern when u varies by a number, a date or a
// random token in its query, a random token in its path, or is a calendar
// page; "" otherwise (a plain page, or one that differs from its kin only
// by a path id, such as /tin-tuc/123: many portals publish procedures
// that way, and such families end).
func patternOf(u *url.URL) string {
	variable := weburl.IsCalendarLike(u)
	var b strings.Builder
	b.Grow(len(u.Host) + len(u.Path) + len(u.RawQuery) + 2)
	b.WriteString(u.Host)
	path := u.Path
	for path != "" {
		var seg string
		seg, path, _ = strings.Cut(strings.TrimPrefix(path, "/"), "/")
		if path != "" {
			path = "/" + path
		}
		b.WriteByte('/')
		switch {
		case allDigits(seg):
			b.WriteByte('#')
		case randomToken(seg):
			b.WriteByte('*')
			variable = true
		default:
			b.WriteString(seg)
		}
	}
	if u.RawQuery != "" {
		b.WriteByte('?')
		for i, p := range strings.Split(u.RawQuery, "&") {
			if i > 0 {
				b.WriteByte('&')
			}
			k, v, _ := strings.Cut(p, "=")
			b.WriteString(k)
			b.WriteByte('=')
			switch {
			case allDigits(v) || dateLike(v):
				b.WriteByte('#')
				variable = true
			case randomToken(v):
				b.WriteByte('*')
				variable = true
			default:
				b.WriteString(v)
			}
		}
	}
	if !variable {
		return ""
	}
	return b.String()
}

// allDigits reports whether s is a number: ASCII digits only, at least one.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// dateLike reports whether a query value is a date or a month: 2026-05,
// 05/2026, 2026-05-04, 04%2F05%2F2026.
func dateLike(s string) bool {
	if len(s) < 6 || len(s) > 14 {
		return false
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '-' || c == '/' || c == '.' || c == '%' || c == 'F' || c == 'f':
		default:
			return false
		}
	}
	return digits >= 4
}

// randomToken reports whether s looks like a session id or a nonce: at
// least 6 characters, letters and digits mixed (two of each at least), no
// word separators (a DNN "ReqId/8c74701", a PHP session, a nonce).
func randomToken(s string) bool {
	if len(s) < 6 || len(s) > 128 {
		return false
	}
	letters, digits := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters++
		case c == '_' || c == '%' || c == '=' || c == '+':
		default:
			return false
		}
	}
	return digits >= 2 && letters >= 2
}

// cutPattern returns the state of pattern p when the crawl has cut it, nil
// otherwise (an empty pattern is never tracked). Callers hold cr.mu.
func (cr *crawler) cutPattern(p string) *trapState {
	if ts := cr.traps[p]; ts != nil && ts.cut {
		return ts
	}
	return nil
}

// trapCut reports whether pattern p was cut; it counts the link as
// skipped, by the pattern and by the crawl, when so. Callers hold cr.mu.
func (cr *crawler) trapCut(p string) bool {
	ts := cr.cutPattern(p)
	if ts == nil {
		return false
	}
	ts.skipped++
	cr.skipped++
	return true
}

// trap is pattern p's state, created on first use. Callers hold cr.mu.
func (cr *crawler) trap(p string) *trapState {
	ts := cr.traps[p]
	if ts == nil {
		ts = &trapState{}
		cr.traps[p] = ts
	}
	return ts
}

// trapHold keeps t back while its pattern is suspect (its last page
// brought nothing) and another of its pages is in flight: a suspect
// pattern is tried one page at a time, so that the workers do not all
// walk into a trap before the first of them finds it empty. It counts t
// in flight when it lets it go. Callers hold cr.mu.
func (cr *crawler) trapHold(t *task) bool {
	if t.pattern == "" {
		return false
	}
	ts := cr.trap(t.pattern)
	if ts.run > 0 && ts.inflight > 0 {
		ts.held = append(ts.held, t)
		return true
	}
	ts.inflight++
	return false
}

// trapDone ends t's flight and queues again the tasks its pattern held
// (next drops them if the pattern was cut meanwhile). Callers hold cr.mu
// and wake the workers.
func (cr *crawler) trapDone(t *task) {
	if t.pattern == "" {
		return
	}
	ts := cr.traps[t.pattern]
	ts.inflight--
	for _, h := range ts.held {
		heap.Push(&cr.queue, h)
	}
	ts.held = nil
}

// trapSeen records a fetched page of t's pattern, productive or not, and
// cuts the pattern after trapRun unproductive pages in a row. Callers
// hold cr.mu.
func (cr *crawler) trapSeen(t *task, productive bool) {
	if t.pattern == "" {
		return
	}
	ts := cr.trap(t.pattern)
	ts.fetched++
	if productive {
		ts.run = 0
		return
	}
	ts.run++
	ts.example = t.us
	if ts.run >= trapRun {
		ts.cut = true
	}
}

// cutTraps are the patterns cut, for the Result, sorted.
func (cr *crawler) cutTraps() []Trap {
	var out []Trap
	for p, ts := range cr.traps {
		if ts.cut {
			out = append(out, Trap{Pattern: p, Example: ts.example, Fetched: ts.fetched, Skipped: ts.skipped})
		}
	}
	slices.SortFunc(out, func(a, b Trap) int { return strings.Compare(a.Pattern, b.Pattern) })
	return out
}
