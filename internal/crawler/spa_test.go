package crawler

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A hash-routed start URL keeps its route, route links are distinct pages,
// plain anchors are not.
func TestCrawlHashRoutes(t *testing.T) {
	const page = `<html><head><title>Thủ tục hành chính</title></head><body><h1>Thủ tục hành chính</h1>
<h3>Lĩnh vực Hộ tịch</h3><ul><li><a href="#/tt/1.001193">Thủ tục đăng ký khai sinh</a> (1.001193)</li>
<li><a href="#!/tt/1.000894">Thủ tục đăng ký kết hôn</a> (1.000894)</li></ul><a href="#top">Về đầu trang</a> <a href="#section2">Mục 2</a></body></html>`
	f := newFixture(t, map[string]http.HandlerFunc{
		"/": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = w.Write([]byte(page))
		},
	})
	res := crawlFixture(t, testOptions(f.srv.URL+"/#/thu-tuc"))
	// Without a browser every route answers the same HTML, so each route
	// page shows the list again.
	got := map[string]bool{}
	pages := map[string]bool{}
	for _, e := range res.Entries {
		got[fmt.Sprintf("%s | %s | %s", e.Code, e.Text, e.Field)] = true
		pages[e.PageURL] = true
		assert.Empty(t, e.DetailURL, "a hash route is no detail page without a browser")
	}
	assert.Equal(t, map[string]bool{
		"1.000894 | Thủ tục đăng ký kết hôn | Hộ tịch":   true,
		"1.001193 | Thủ tục đăng ký khai sinh | Hộ tịch": true,
	}, got)
	assert.Equal(t, map[string]bool{
		f.srv.URL + "/#/thu-tuc":      true,
		f.srv.URL + "/#/tt/1.001193":  true,
		f.srv.URL + "/#!/tt/1.000894": true,
	}, pages, "the start route is kept and route links are pages; #top and #section2 are not")
	assert.Equal(t, 3, f.hitsUnder("/")-f.hitsUnder("/robots.txt"))
	// Minimal: the start route, which is the list, and its two entries'
	// routes (one HTML page each without a browser).
	assertNearMinimal(t, f, 1+2)
	assert.Equal(t, 3, res.Stats.Pages)
	assert.False(t, res.ScriptRendered)
}

// A Vite/React shell, scripts only in <head>, makes the crawl say it is
// script-rendered.
func TestCrawlViteShell(t *testing.T) {
	f := newFixture(t, map[string]http.HandlerFunc{
		"/": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = w.Write([]byte(`<!doctype html><html><head><title>Dịch vụ công</title><script type="module" src="/assets/index.js"></script></head><body><div id="root"></div></body></html>`))
		},
	})
	res := crawlFixture(t, testOptions(f.srv.URL+"/"))
	assert.True(t, res.ScriptRendered)
	assert.Empty(t, res.Entries)
	assert.Zero(t, f.hitsUnder("/assets/"), "scripts are not fetched")
	// Minimal: the start page (an empty shell: nothing more to read).
	assertNearMinimal(t, f, 1)
}
