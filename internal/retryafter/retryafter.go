// Package retryafter reads the Retry-After header, which the crawler and the
// national list's client both obey.
package retryafter

import (
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Parse reads a Retry-After value, seconds or an HTTP date, as a wait from
// now kept within [0, limit]. ok is false when h is empty or neither form.
func Parse(h string, now time.Time, limit time.Duration) (d time.Duration, ok bool) {
	h = strings.TrimSpace(h)
	if h == "" {
		return 0, false
	}
	if n, err := strconv.Atoi(h); err == nil {
		d = time.Duration(n) * time.Second
	} else if t, err := http.ParseTime(h); err == nil {
		d = t.Sub(now)
	} else {
		return 0, false
	}
	return min(max(d, 0), limit), true
}
