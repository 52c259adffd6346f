package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/cli"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/reports"
	"github.com/tthcaudit/tthcaudit/internal/store"
	"github.com/tthcaudit/tthcaudit/internal/tickets"
)

// lockedBuffer is a stderr the server's goroutines share.
type lockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestServeRefusesBadInput(t *testing.T) {
	cfg := demoConfig(t)
	t.Setenv(cli.TokenEnv, "")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no config", []string{"serve"}, "--config"},
		{"every interface without a token", []string{"serve", "--config", cfg, "--addr", ":8080"}, "--token"},
		{"LAN address without a token", []string{"serve", "--config", cfg, "--addr", "10.1.2.3:8080"}, "TTHCAUDIT_TOKEN"},
		{"a short token", []string{"serve", "--config", cfg, "--token", "ngan"}, "ít nhất 16 ký tự"},
		{"no database", []string{"serve", "--config", cfg, "--db", ""}, "database"},
		{"bad address", []string{"serve", "--config", cfg, "--addr", "8080"}, "host:port"},
		{"negative period", []string{"serve", "--config", cfg, "--every", "-1h"}, "negative"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, tc.args...)
			assert.Equal(t, cli.ExitBadInput, code)
			assert.Empty(t, stdout)
			assert.Contains(t, stderr, tc.want)
		})
	}
}

// startServe runs serve in the background on a free loopback port and
// returns its base URL; the cleanup stops it and checks it returned nil.
func startServe(t *testing.T, f cli.ServeArgs) (string, *lockedBuffer) {
	t.Helper()
	stderr := &lockedBuffer{}
	e := &cli.Env{Stdout: io.Discard, Stderr: stderr}
	ctx, cancel := context.WithCancel(context.Background())
	addr := make(chan string, 1)
	f.Ready = func(a string) { addr <- a }
	if f.Addr == "" {
		f.Addr = "127.0.0.1:0"
	}
	if f.Lang == "" {
		f.Lang = "vi"
	}
	done := make(chan error, 1)
	go func() { done <- cli.Serve(ctx, e, f) }()
	var base string
	select {
	case a := <-addr:
		base = "http://" + a
	case err := <-done:
		t.Fatalf("serve ended at once: %v\n%s", err, stderr.String())
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not start")
	}
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			assert.NoError(t, err)
		case <-time.After(20 * time.Second):
			t.Error("serve did not stop")
		}
	})
	return base, stderr
}

type healthz struct {
	OK        bool    `json:"ok"`
	LastAudit *string `json:"last_audit"`
	LastID    int64   `json:"last_audit_id"`
	Running   bool    `json:"running"`
	LastError string  `json:"last_error"`
	Next      *string `json:"next_audit"`
}

func getHealth(t *testing.T, c *http.Client, base string) healthz {
	t.Helper()
	resp, err := c.Get(base + "/healthz")
	require.NoError(t, err)
	defer resp.Body.Close()
	var h healthz
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&h))
	return h
}

// waitAuditStored polls /healthz until the audit with id want is stored
// and none runs.
func waitAuditStored(t *testing.T, c *http.Client, base string, want int64) healthz {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		h := getHealth(t, c, base)
		require.Empty(t, h.LastError)
		if !h.Running && h.LastID >= want {
			return h
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("audit %d not stored within a minute", want)
	return healthz{}
}

// TestServeScheduleAndButton serves the demo province with a weekly
// schedule: with no audit stored, the first runs at start; the button then
// runs a second. Both are stored by the audit command's own code path
// (tickets reconciled), in the database beside the configuration.
func TestServeScheduleAndButton(t *testing.T) {
	cfg := demoConfig(t)
	base, stderr := startServe(t, cli.ServeArgs{ConfigArgs: cli.ConfigArgs{Config: cfg}, Every: 168 * time.Hour})
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar, Timeout: 10 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

	h := waitAuditStored(t, c, base, 1)
	require.True(t, h.OK)
	require.NotNil(t, h.Next, "the next scheduled audit is announced")
	next, err := time.Parse(time.RFC3339, *h.Next)
	require.NoError(t, err)
	assert.WithinDuration(t, time.Now().Add(168*time.Hour), next, time.Minute)

	resp, err := c.Get(base + "/")
	require.NoError(t, err)
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	m := regexp.MustCompile(`name="csrf" value="([^"]+)"`).FindSubmatch(page)
	require.NotNil(t, m)
	assert.Contains(t, string(page), "mỗi 7 ngày")
	resp, err = c.PostForm(base+"/audits", url.Values{"csrf": {string(m[1])}})
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, http.StatusSeeOther, resp.StatusCode)
	waitAuditStored(t, c, base, 2)

	st, err := store.Open(filepath.Join(filepath.Dir(cfg), cli.DBFileName))
	require.NoError(t, err)
	defer st.Close()
	as, err := st.LastAudits(context.Background(), 0)
	require.NoError(t, err)
	assert.Len(t, as, 2)
	assert.Equal(t, cfg, as[0].ConfigPath, "stored with the configuration, as the audit command does")
	open, err := st.Tickets(context.Background(), true)
	require.NoError(t, err)
	assert.NotEmpty(t, open)

	logs := stderr.String()
	assert.Contains(t, logs, "bảng điều khiển tại (dashboard at) "+base+"/")
	assert.Contains(t, logs, `msg="audit start" trigger=schedule`)
	assert.Contains(t, logs, `msg="audit end" trigger=button`)
	assert.Contains(t, logs, "msg=request method=POST path=/audits status=303")
}

// TestServeToken serves on loopback with a token from the environment:
// pages need it, /healthz does not.
func TestServeToken(t *testing.T) {
	t.Setenv(cli.TokenEnv, "bi-mat-cua-so-noi-vu-cua-so-noi-vu")
	base, _ := startServe(t, cli.ServeArgs{ConfigArgs: cli.ConfigArgs{Config: demoConfig(t)}})
	resp, err := http.Get(base + "/")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusUnauthorized, resp.StatusCode)
	req, _ := http.NewRequest(http.MethodGet, base+"/", nil)
	req.SetBasicAuth("", "bi-mat-cua-so-noi-vu-cua-so-noi-vu")
	resp, err = http.DefaultClient.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	h := getHealth(t, http.DefaultClient, base)
	assert.True(t, h.OK)
	assert.Nil(t, h.LastAudit, "no schedule, no audit")
}

// pressAuditButton loads the overview for its CSRF token and presses
// "Kiểm tra ngay", as an officer does.
func pressAuditButton(t *testing.T, c *http.Client, base string) {
	t.Helper()
	resp, err := c.Get(base + "/")
	require.NoError(t, err)
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	m := regexp.MustCompile(`name="csrf" value="([^"]+)"`).FindSubmatch(page)
	require.NotNil(t, m)
	resp, err = c.PostForm(base+"/audits", url.Values{"csrf": {string(m[1])}})
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, http.StatusSeeOther, resp.StatusCode)
}

// TestDashboardAndCLIStoreTheSameReport: two audits of the same portal,
// once with the audit command and once with the dashboard's button, store
// the same report, the "so với lần trước" section included, and the same
// tickets: one session runs both.
func TestDashboardAndCLIStoreTheSameReport(t *testing.T) {
	portal := newChangingPortal(t, publishing(nil, allFixtureCodes[:3]...))
	weeks := []map[string]string{publishing(nil, allFixtureCodes[:3]...), publishing(nil, allFixtureCodes[1:4]...)}

	cliCfg := writeFixtureConfig(t, portal.srv.URL, "")
	for _, w := range weeks {
		portal.set(w)
		code, _, stderr := runCLI(t, "audit", "--config", cliCfg)
		require.Equal(t, cli.ExitOK, code, stderr)
	}

	webCfg := writeFixtureConfig(t, portal.srv.URL, "")
	base, _ := startServe(t, cli.ServeArgs{ConfigArgs: cli.ConfigArgs{Config: webCfg}})
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar, Timeout: 10 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for i, w := range weeks {
		portal.set(w)
		pressAuditButton(t, c, base)
		waitAuditStored(t, c, base, int64(i+1))
	}

	stored := func(cfg string) (string, []tickets.Ticket) {
		st, err := store.Open(filepath.Join(filepath.Dir(cfg), cli.DBFileName))
		require.NoError(t, err)
		defer st.Close()
		as, err := st.LastAudits(context.Background(), 1)
		require.NoError(t, err)
		require.Len(t, as, 1)
		rep, err := st.Report(context.Background(), as[0].ID)
		require.NoError(t, err)
		require.NotNil(t, rep.Since, "the stored audit carries its 'so với lần trước' section")
		// What differs between two runs: the times and the durations.
		rep.StartedAt, rep.FinishedAt = time.Time{}, time.Time{}
		rep.Since.From.StartedAt, rep.Since.To.StartedAt = time.Time{}, time.Time{}
		for i := range rep.Portals {
			rep.Portals[i].Crawl.DurationMS = 0
		}
		var b bytes.Buffer
		require.NoError(t, reports.WriteJSON(&b, rep))
		ts, err := st.Tickets(context.Background(), false)
		require.NoError(t, err)
		for i := range ts {
			ts[i].OpenedAt, ts[i].ResolvedAt = time.Time{}, nil
		}
		return b.String(), ts
	}
	cliRep, cliTickets := stored(cliCfg)
	webRep, webTickets := stored(webCfg)
	assert.Equal(t, cliRep, webRep)
	assert.Contains(t, cliRep, `"newly_missing"`)
	assert.Equal(t, cliTickets, webTickets)
}
