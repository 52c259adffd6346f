package web

import (
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// do sends a request with method, path and headers to e's server; host,
// when set, replaces the Host header.
func (e *env) do(method, path, host string, hdr map[string]string, body string) (int, string, http.Header) {
	e.t.Helper()
	req, err := http.NewRequest(method, e.http.URL+path, strings.NewReader(body))
	require.NoError(e.t, err)
	if host != "" {
		req.Host = host
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := e.client().Do(req)
	require.NoError(e.t, err)
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

func TestForeignHostRefused(t *testing.T) {
	audits := newBlockingAudit(fixtureReports()[1])
	close(audits.release)
	e := newEnv(t, nil, fixtureReports(), func(o *Options) {
		o.Audit = audits.runOn(o)
		o.AllowHosts = []string{"dash.tinh.gov.vn", "proxy.local:8443"}
	})
	port := e.http.Listener.Addr().(interface{ String() string }).String()
	port = port[strings.LastIndex(port, ":"):]
	for _, tc := range []struct {
		host string
		want int
	}{
		{"", http.StatusOK}, // 127.0.0.1:port
		{"localhost" + port, http.StatusOK},
		{"LOCALHOST.", http.StatusOK},
		{"[::1]" + port, http.StatusOK},
		{"dash.tinh.gov.vn", http.StatusOK},
		{"Dash.Tinh.Gov.Vn:443", http.StatusOK},
		{"proxy.local", http.StatusOK},
		{"evil.example" + port, http.StatusMisdirectedRequest},
		{"evil.example", http.StatusMisdirectedRequest},
		{"127.0.0.1.evil.example" + port, http.StatusMisdirectedRequest},
		{"localhost.evil.example", http.StatusMisdirectedRequest},
		{"10.0.0.5" + port, http.StatusMisdirectedRequest},
		{"sub.dash.tinh.gov.vn", http.StatusMisdirectedRequest},
	} {
		for _, path := range []string{"/", "/tickets", "/tickets.csv", "/audits/2/report.json", "/healthz", "/nothing"} {
			code, body, _ := e.do(http.MethodGet, path, tc.host, nil, "")
			if tc.want == http.StatusOK && path == "/nothing" {
				assert.Equal(t, http.StatusNotFound, code, "%s %s", tc.host, path)
				continue
			}
			assert.Equal(t, tc.want, code, "Host %q %s", tc.host, path)
			if tc.want != http.StatusOK {
				assert.Contains(t, body, "tên máy chủ (Host)")
				assert.NotContains(t, body, "1.001002", "nothing of the audits")
			}
		}
	}
	// A rebinding page can start no audit, even with a valid form token:
	// the Host is refused before the handler.
	c := e.client()
	tok := e.token(c)
	form := url.Values{"csrf": {tok}}.Encode()
	req, _ := http.NewRequest(http.MethodPost, e.http.URL+"/audits", strings.NewReader(form))
	req.Host = "evil.example" + port
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", "http://evil.example"+port)
	resp, err := c.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusMisdirectedRequest, resp.StatusCode)
	assert.Equal(t, 0, audits.count())
	assert.Contains(t, e.logs.String(), "request refused: unknown Host")
	_, body, _ := e.do(http.MethodGet, "/?lang=en", "evil.example", nil, "")
	assert.Contains(t, body, "--allow-host")
}

func TestOriginChecksAllowedNames(t *testing.T) {
	audits := newBlockingAudit(fixtureReports()[1])
	close(audits.release)
	e := newEnv(t, nil, nil, func(o *Options) { o.Audit = audits.runOn(o) })
	port := e.http.URL[strings.LastIndex(e.http.URL, ":"):]
	for _, tc := range []struct {
		host, origin string
		want         int
	}{
		{"", "http://127.0.0.1" + port, http.StatusSeeOther},
		{"localhost" + port, "http://localhost" + port, http.StatusSeeOther},
		// The Origin names a host the server does not answer to, even
		// when a (forged) Host header matches it: refused.
		{"", "http://evil.example" + port, http.StatusForbidden},
		{"localhost" + port, "http://127.0.0.1" + port, http.StatusForbidden},
		{"", "ftp://127.0.0.1" + port, http.StatusForbidden},
	} {
		c := e.client()
		tok := e.token(c)
		req, _ := http.NewRequest(http.MethodPost, e.http.URL+"/audits", strings.NewReader(url.Values{"csrf": {tok}}.Encode()))
		if tc.host != "" {
			req.Host = tc.host
		}
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Origin", tc.origin)
		u, _ := url.Parse(e.http.URL)
		for _, ck := range c.Jar.Cookies(u) {
			req.AddCookie(ck)
		}
		resp, err := (&http.Client{CheckRedirect: c.CheckRedirect}).Do(req)
		require.NoError(t, err)
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		assert.Equal(t, tc.want, resp.StatusCode, "Host %q Origin %q: %s", tc.host, tc.origin, b)
		e.srv.Wait()
	}
	assert.Equal(t, 2, audits.count())
}

func TestHostSet(t *testing.T) {
	for _, tc := range []struct {
		addr  string
		extra []string
		yes   []string
		no    []string
	}{
		{"127.0.0.1:8080", nil, []string{"127.0.0.1:8080", "localhost:8080", "[::1]:8080", "localhost"}, []string{"evil.example:8080", "10.0.0.5:8080", "", "a b"}},
		{"", nil, []string{"127.0.0.1"}, []string{"evil.example"}},
		{"0.0.0.0:80", []string{"dash.tinh.gov.vn, may-chu"}, []string{"10.0.0.5", "[fe80::1]:80", "dash.tinh.gov.vn", "MAY-CHU:80", "localhost"}, []string{"evil.example", "tinh.gov.vn"}},
		{"dash.tinh.gov.vn:8080", nil, []string{"dash.tinh.gov.vn:8080"}, []string{"localhost:8080", "10.0.0.5:8080"}},
		{"10.0.0.5:8080", nil, []string{"10.0.0.5:8080"}, []string{"10.0.0.6:8080", "localhost"}},
	} {
		hs, err := newHostSet(tc.addr, tc.extra)
		require.NoError(t, err, tc.addr)
		for _, h := range tc.yes {
			assert.True(t, hs.allowed(h), "%s: %q", tc.addr, h)
		}
		for _, h := range tc.no {
			assert.False(t, hs.allowed(h), "%s: %q", tc.addr, h)
		}
	}
	_, err := newHostSet("127.0.0.1:80", []string{"http://x/"})
	assert.Error(t, err)
}

func TestMethodsNotAllowed(t *testing.T) {
	e := newEnv(t, nil, fixtureReports(), nil)
	for _, m := range []string{http.MethodPut, http.MethodDelete, http.MethodPatch, http.MethodOptions, "PROPFIND"} {
		for _, path := range []string{"/", "/audits", "/audits/2", "/tickets.csv", "/healthz", "/nothing"} {
			code, _, hdr := e.do(m, path, "", nil, "x")
			assert.Equal(t, http.StatusMethodNotAllowed, code, "%s %s", m, path)
			assert.Equal(t, "GET, HEAD, POST", hdr.Get("Allow"), "%s %s", m, path)
		}
	}
	// A POST to a page that only reads.
	code, body, hdr := e.do(http.MethodPost, "/tickets", "", nil, "")
	assert.Equal(t, http.StatusMethodNotAllowed, code)
	assert.Equal(t, "GET, HEAD", hdr.Get("Allow"))
	assert.Contains(t, body, "Phương thức không được hỗ trợ")
	code, _, _ = e.do(http.MethodPost, "/nothing", "", nil, "")
	assert.Equal(t, http.StatusNotFound, code)
	code, _, _ = e.do(http.MethodHead, "/tickets", "", nil, "")
	assert.Equal(t, http.StatusOK, code)
}

func TestHealthzWithoutTokenSaysOnlyOK(t *testing.T) {
	e := newEnv(t, nil, fixtureReports(), func(o *Options) { o.Token = "s3cret" })
	code, body, _ := e.do(http.MethodGet, "/healthz", "", nil, "")
	assert.Equal(t, http.StatusOK, code)
	assert.JSONEq(t, `{"ok":true}`, body, "no audit time, id, state or error without the token")

	code, body, _ = e.do(http.MethodGet, "/healthz", "", map[string]string{"Authorization": "Bearer s3cret"}, "")
	assert.Equal(t, http.StatusOK, code)
	assert.Contains(t, body, `"last_audit":"2026-11-23T08:04:00+07:00"`, "the full answer with the token")

	// Without a token configured (loopback), every caller may see it all.
	open := newEnv(t, nil, fixtureReports(), nil)
	_, body, _ = open.do(http.MethodGet, "/healthz", "", nil, "")
	assert.Contains(t, body, `"last_audit"`)
}

func TestPagesStripControlCharacters(t *testing.T) {
	reps := fixtureReports()
	reps[1].Portals[0].Name = "UBND\x1b[2J huyện\x0c Tri Tôn\u009b"
	e := newEnv(t, nil, reps, nil)
	for _, p := range []string{"/", "/portals/tri-ton", "/audits/2", "/audits/2/report.html"} {
		code, body, _ := e.get(nil, p)
		require.Equal(t, http.StatusOK, code, p)
		for _, c := range body {
			if c != '\t' && c != '\n' && c != '\r' && (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)) {
				t.Errorf("%s: control character %U", p, c)
				break
			}
		}
	}
}
