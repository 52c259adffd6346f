package web

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func TestCSRF(t *testing.T) {
	audits := newBlockingAudit(fixtureReports()[1])
	close(audits.release)
	e := newEnv(t, nil, nil, func(o *Options) { o.Audit = audits.runOn(o) })
	origin := e.http.URL

	tests := []struct {
		name   string
		token  func(c *http.Client) string
		hdr    map[string]string
		fresh  bool // a client that never loaded the page
		status int
	}{
		{"no token", func(*http.Client) string { return "" }, nil, false, http.StatusForbidden},
		{"wrong token", func(*http.Client) string { return "forged" }, nil, false, http.StatusForbidden},
		{"token of another session", func(*http.Client) string { return e.token(e.client()) }, nil, false, http.StatusForbidden},
		{"no session cookie", func(*http.Client) string { return e.token(e.client()) }, nil, true, http.StatusForbidden},
		{"foreign Origin", e.token, map[string]string{"Origin": "http://evil.example"}, false, http.StatusForbidden},
		{"foreign port", e.token, map[string]string{"Origin": "http://" + strings.Split(strings.TrimPrefix(origin, "http://"), ":")[0] + ":1"}, false, http.StatusForbidden},
		{"null Origin", e.token, map[string]string{"Origin": "null"}, false, http.StatusForbidden},
		{"cross-site fetch", e.token, map[string]string{"Sec-Fetch-Site": "cross-site"}, false, http.StatusForbidden},
		{"same-site fetch", e.token, map[string]string{"Sec-Fetch-Site": "same-site"}, false, http.StatusForbidden},
		{"same origin", e.token, map[string]string{"Origin": origin, "Sec-Fetch-Site": "same-origin"}, false, http.StatusSeeOther},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := e.client()
			tok := tc.token(c)
			if tc.fresh {
				c = e.client()
			}
			code, body, hdr := e.post(c, tok, tc.hdr)
			require.Equal(t, tc.status, code, body)
			if code == http.StatusSeeOther {
				assert.Equal(t, "/?flash=started", hdr.Get("Location"))
				e.srv.Wait()
				return
			}
			assert.Contains(t, body, "Yêu cầu bị từ chối")
		})
	}
	assert.Equal(t, 1, audits.count(), "only the same-origin request started an audit")
	assert.Contains(t, e.logs.String(), "audit request refused")
}

func TestOneAuditAtATime(t *testing.T) {
	audits := newBlockingAudit(fixtureReports()[1])
	e := newEnv(t, nil, nil, func(o *Options) { o.Audit = audits.runOn(o) })
	c := e.client()
	tok := e.token(c)
	code, _, _ := e.post(c, tok, nil)
	require.Equal(t, http.StatusSeeOther, code)
	<-audits.started

	code, body, _ := e.post(c, tok, nil)
	assert.Equal(t, http.StatusConflict, code)
	assert.Contains(t, body, "Đang có một lần kiểm tra chạy")
	assert.Contains(t, body, `id="run-audit" disabled`)
	assert.Contains(t, body, `<meta http-equiv="refresh" content="10; url=/">`, "the overview reloads itself while the audit runs")
	assert.ErrorIs(t, e.srv.StartAudit("test"), ErrAuditRunning)

	_, body, _ = e.get(c, "/healthz")
	assert.Contains(t, body, `"running":true`)
	_, body, _ = e.get(c, "/")
	assert.Contains(t, body, "Đang kiểm tra các cổng")

	close(audits.release)
	e.srv.Wait()
	assert.Equal(t, 1, audits.count())
	as, err := e.st.LastAudits(context.Background(), 0)
	require.NoError(t, err)
	require.Len(t, as, 1, "the audit was stored")
	tks, err := e.st.Tickets(context.Background(), true)
	require.NoError(t, err)
	assert.NotEmpty(t, tks)

	// Once it ended, the button works again.
	audits2 := e.srv
	require.NoError(t, audits2.StartAudit("test"))
	e.srv.Wait()
	assert.Equal(t, 2, audits.count())
	logs := e.logs.String()
	assert.Contains(t, logs, "msg=\"audit start\" trigger=button")
	assert.Contains(t, logs, "msg=\"audit end\" trigger=button")
}

func TestFailedAuditShown(t *testing.T) {
	e := newEnv(t, nil, nil, func(o *Options) {
		o.Audit = func(context.Context) error { return assert.AnError }
	})
	require.NoError(t, e.srv.StartAudit("test"))
	e.srv.Wait()
	_, body, _ := e.get(nil, "/")
	assert.Contains(t, body, "không thành công")
	_, body, _ = e.get(nil, "/healthz")
	assert.Contains(t, body, `"last_error":"assert.AnError`)
}

func TestTokenAuth(t *testing.T) {
	e := newEnv(t, nil, fixtureReports(), func(o *Options) { o.Token = "s3cret" })
	get := func(set func(*http.Request)) int {
		req, _ := http.NewRequest(http.MethodGet, e.http.URL+"/tickets", nil)
		if set != nil {
			set(req)
		}
		resp, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		resp.Body.Close()
		return resp.StatusCode
	}
	assert.Equal(t, http.StatusUnauthorized, get(nil))
	assert.Equal(t, http.StatusUnauthorized, get(func(r *http.Request) { r.Header.Set("Authorization", "Bearer wrong") }))
	assert.Equal(t, http.StatusUnauthorized, get(func(r *http.Request) { r.SetBasicAuth("s3cret", "x") }))
	assert.Equal(t, http.StatusOK, get(func(r *http.Request) { r.Header.Set("Authorization", "Bearer s3cret") }))
	assert.Equal(t, http.StatusOK, get(func(r *http.Request) { r.SetBasicAuth("anyone", "s3cret") }))

	resp, err := http.Get(e.http.URL + "/")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Contains(t, resp.Header.Get("WWW-Authenticate"), "Basic")
	// The health check answers monitors without the token.
	resp, err = http.Get(e.http.URL + "/healthz")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
}

func TestIsLoopback(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:8080": true, "localhost:80": true, "[::1]:8080": true, "127.0.0.2:1": true,
		":8080": false, "0.0.0.0:8080": false, "10.0.0.5:8080": false, "[::]:80": false, "example.com:80": false, "nonsense": false,
	} {
		assert.Equal(t, want, IsLoopback(addr), addr)
	}
}

func TestSameOrigin(t *testing.T) {
	for _, tc := range []struct {
		origin, host string
		want         bool
	}{
		{"http://127.0.0.1:8080", "127.0.0.1:8080", true},
		{"http://dash.tinh.gov.vn", "dash.tinh.gov.vn", true},
		{"https://dash.tinh.gov.vn", "dash.tinh.gov.vn:443", true},
		{"http://dash.tinh.gov.vn", "dash.tinh.gov.vn:8080", false},
		{"http://127.0.0.1:9999", "127.0.0.1:8080", false},
		{"null", "127.0.0.1:8080", false},
		{"http://evil.example", "127.0.0.1:8080", false},
	} {
		assert.Equal(t, tc.want, sameOrigin(tc.origin, tc.host), tc.origin+" vs "+tc.host)
	}
}

// Hostile payloads a crawled portal may carry.
const (
	payloadScript = `<script>alert(1)</script>`
	payloadAttr   = `"><img src=x onerror=alert(1)>`
	payloadJSURL  = `javascript:alert(1)`
)

// hostileReport is the reports package's hostile fixture carried over to
// the dashboard: every crawled string tries markup or script.
func hostileReport() *verdict.Report {
	r := fixtureReports()[1]
	v := &r.Portals[0]
	v.Name = "UBND " + payloadScript
	v.URL = payloadJSURL
	v.Replace(verdict.KindMissing, append(v.Of(verdict.KindMissing), verdict.Finding{Kind: verdict.KindMissing, Code: "1.009999", Name: payloadScript, Field: payloadAttr}))
	v.Add(
		verdict.Finding{Kind: verdict.KindUnmatched, Text: payloadScript, URL: payloadJSURL},
		verdict.Finding{Kind: verdict.KindUnmatched, Text: payloadAttr, URL: "https://x.gov.vn/x?q=" + payloadAttr})
	v.Replace(verdict.KindAmbiguous, append(v.Of(verdict.KindAmbiguous), verdict.Finding{Kind: verdict.KindAmbiguous, Text: payloadAttr, URL: " javascript:alert(1)", Candidates: []string{payloadScript}}))
	v.At(verdict.KindObsolete, 0).URL = "JavaScript:alert(1)"
	v.At(verdict.KindObsolete, 0).Name = payloadScript
	v.At(verdict.KindIncomplete, 0).MissingSections = []string{payloadScript}
	v.Replace(verdict.KindBroken, append(v.Of(verdict.KindBroken), verdict.Finding{Kind: verdict.KindBroken, URL: " javascript:alert(1)", From: payloadJSURL}))
	v.Replace(verdict.KindFailedPage, append(v.Of(verdict.KindFailedPage), verdict.Finding{Kind: verdict.KindFailedPage, URL: payloadJSURL, Reason: payloadScript}))
	v.Notes = append(v.Notes, msg.Note{Text: payloadScript})
	v.Fields = append(v.Fields, verdict.FieldCount{Field: payloadAttr, Required: 1})
	v.At(verdict.KindFound, 0).PublishedName = payloadScript
	v.At(verdict.KindFound, 0).URL = "data:text/html,<script>alert(1)</script>"
	// A portal only the history knows, named by its crawl.
	x := fixtureVerdict("x<script>", payloadScript, []string{"1.001001"}, "1.001001")
	x.URL = payloadJSURL
	r.Portals = append(r.Portals, x)
	r.Catalog.Source = payloadScript
	return r
}

func TestHostileStringsEscaped(t *testing.T) {
	e := newEnv(t, nil, []*verdict.Report{fixtureReports()[0], hostileReport()}, nil)
	// Tickets carry crawled names and the evidence URL too.
	_, err := e.st.DB().Exec(`UPDATE tickets SET evidence_url = ?`, payloadJSURL)
	if err != nil {
		t.Logf("tickets not updated (schema changed?): %v", err)
	}
	pages := []string{"/", "/?lang=en", "/portals/tri-ton", "/portals/x%3Cscript%3E", "/tickets", "/tickets?portal=x%3Cscript%3E",
		"/audits", "/audits/2", "/audits/2/report.html", "/portals/" + payloadScript, "/nothing/" + payloadScript}
	for _, p := range pages {
		_, body, _ := e.get(nil, p)
		for _, problem := range activeContent(body) {
			t.Errorf("page %s: %s", p, problem)
		}
		assert.NotContains(t, body, payloadScript, "page %s", p)
		assert.NotContains(t, body, payloadAttr, "page %s", p)
	}
	_, body, _ := e.get(nil, "/portals/tri-ton")
	assert.Contains(t, body, "&lt;script&gt;alert(1)&lt;/script&gt;", "the payload shows as text")
	assert.Contains(t, body, `<span class="url">JavaScript:alert(1)</span>`, "a non-web URL is shown, not linked")
	_, body, _ = e.get(nil, "/")
	assert.Contains(t, body, "&lt;script&gt;alert(1)&lt;/script&gt;", "the history-only portal is listed, escaped")
}

// activeContent parses a page as a browser would and lists what could run:
// script elements, event-handler attributes, and links or sources whose
// URL is not http(s) or a path of this site.
func activeContent(page string) []string {
	var out []string
	z := html.NewTokenizer(strings.NewReader(page))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		tok := z.Token()
		if tok.Data == "script" || tok.Data == "iframe" || tok.Data == "object" || tok.Data == "embed" {
			out = append(out, "element <"+tok.Data+">")
		}
		for _, a := range tok.Attr {
			k := strings.ToLower(a.Key)
			if strings.HasPrefix(k, "on") {
				out = append(out, "attribute "+k+" on <"+tok.Data+">")
			}
			if k == "href" || k == "src" || k == "action" || k == "formaction" || k == "xlink:href" {
				v := strings.ToLower(strings.TrimSpace(a.Val))
				if !strings.HasPrefix(v, "http://") && !strings.HasPrefix(v, "https://") && !strings.HasPrefix(v, "/") && !strings.HasPrefix(v, "#") {
					out = append(out, k+"="+a.Val+" on <"+tok.Data+">")
				}
			}
		}
	}
}
