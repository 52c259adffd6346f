package main

import (
	"io/fs"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/cli"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNoOutputHoldsTheWebhookSecret audits through a webhook whose URL
// carries a password and a key, first answering 502, then refusing the
// connection under serve, and greps everything the tool printed or wrote
// — stdout, stderr, the serve log, the reports, the tickets exports and
// the database files — for either secret.
func TestNoOutputHoldsTheWebhookSecret(t *testing.T) {
	const password, key = "pw-S3CRET-7731", "k-S3CRET-9924"
	portal := newChangingPortal(t, publishing(nil, "1.010801", "1.010802"))
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "down", http.StatusBadGateway)
	}))
	hookURL := strings.Replace(hook.URL, "http://", "http://bot:"+password+"@", 1) + "/hook?key=" + key + "&room=7"
	cfg := writeFixtureConfig(t, portal.srv.URL, `webhook:
  url: "`+hookURL+`"
  timeout: 2s
  retries: -1
`)
	dir := filepath.Dir(cfg)
	out := filepath.Join(dir, "out")
	var printed []string
	check := func(what, s string) {
		t.Helper()
		assert.NotContains(t, s, password, what)
		assert.NotContains(t, s, key, what)
	}

	code, stdout, stderr := runCLI(t, "audit", "--config", cfg, "--out", out, "--json", filepath.Join(dir, "report.json"))
	require.Equal(t, cli.ExitOK, code, stderr)
	assert.Contains(t, stderr, "webhook", "the delivery failure is reported")
	assert.Contains(t, stderr, "key=***", "with the URL redacted")
	printed = append(printed, stdout, stderr)
	for _, args := range [][]string{
		{"tickets", "--config", cfg},
		{"tickets", "--config", cfg, "--json"},
		{"tickets", "--config", cfg, "--csv"},
		{"history", "--config", cfg},
		{"diff", "--config", cfg},
		{"check", "--config", cfg, "--portal", "xa-thu"},
	} {
		_, o, e := runCLI(t, args...)
		printed = append(printed, o, e)
	}

	// The dashboard: the webhook now refuses connections, so the client's
	// own error (which names the URL) reaches the log.
	hook.Close()
	func() {
		base, logs := startServe(t, cli.ServeArgs{ConfigArgs: cli.ConfigArgs{Config: cfg}, Every: time.Hour})
		jar, _ := cookiejar.New(nil)
		c := &http.Client{Jar: jar, Timeout: 10 * time.Second,
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
		pressAuditButton(t, c, base)
		waitAuditStored(t, c, base, 2)
		for _, p := range []string{"/", "/tickets", "/tickets.csv", "/audits/2", "/audits/2/report.json", "/healthz"} {
			resp, err := c.Get(base + p)
			require.NoError(t, err)
			b := make([]byte, 1<<20)
			n, _ := resp.Body.Read(b)
			resp.Body.Close()
			check("page "+p, string(b[:n]))
		}
		require.Eventually(t, func() bool { return strings.Contains(logs.String(), "webhook") }, 20*time.Second, 20*time.Millisecond)
		printed = append(printed, logs.String())
	}()
	for _, s := range printed {
		check("output", s)
	}
	assert.Contains(t, strings.Join(printed, ""), "/hook?key=***&room=***", "the logs name the endpoint, without its secrets")

	// Every file the tool wrote beside the configuration: reports, the
	// JSON, the database and its journal.
	files := 0
	require.NoError(t, filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Base(p) == "audit.yaml" {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		files++
		check(p, string(b))
		return nil
	}))
	assert.Greater(t, files, 5)
}
