package crawler

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The same windows-1258 portal, this time declared in the HTTP header
// (colly would convert it; the crawler must not decode it twice).
func TestPortalWindows1258Header(t *testing.T) {
	f := newFixture(t, map[string]http.HandlerFunc{
		"/index.htm": servePage(t, "cp1258/index.htm", "text/html; charset=windows-1258"),
	})
	res := crawlFixture(t, testOptions(f.srv.URL+"/index.htm"))
	assert.Len(t, res.Entries, 5)
	assert.Contains(t, summary(res), "1.001193 | Thủ tục đăng ký khai sinh | Hộ tịch")
	// Minimal: the start page, which is the whole list. Not: the about page.
	assertNearMinimal(t, f, 1)
}
