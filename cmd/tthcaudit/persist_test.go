package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/cli"

	"github.com/tthcaudit/tthcaudit/internal/audit"
	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/store"
	"github.com/tthcaudit/tthcaudit/internal/tickets"
	"github.com/tthcaudit/tthcaudit/internal/tickets/smtptest"
)

// TestFailedDeliveryIsRetriedByTheNextAudit: the webhook and the mail
// server are down during the first audit; the second audit delivers the
// events of both, once; the third, with no new event, sends nothing.
func TestFailedDeliveryIsRetriedByTheNextAudit(t *testing.T) {
	var mu sync.Mutex
	up := false
	var posts [][]int64
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if !up {
			http.Error(w, "down", http.StatusBadGateway)
			return
		}
		var p tickets.Payload
		require.NoError(t, json.NewDecoder(r.Body).Decode(&p))
		var ids []int64
		for _, e := range p.Events {
			ids = append(ids, e.ID)
		}
		posts = append(posts, ids)
	}))
	defer hook.Close()
	// A mail address nothing listens on, until the server starts.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	deadAddr := ln.Addr().String()
	ln.Close()

	dir := t.TempDir()
	cfg := &config.Config{Path: filepath.Join(dir, "audit.yaml"),
		Portals: []config.Portal{{ID: "xa", Name: "UBND xã Bình Hòa", URLs: []string{"https://xa.example/tthc"}, Contact: "cntt@binhhoa.example.gov.vn"}},
		Webhook: &config.Webhook{URL: hook.URL, Retries: -1, Timeout: config.Duration(2 * time.Second)},
		SMTP:    &config.SMTP{Addr: deadAddr, From: "tthc@example.gov.vn"}}
	dbPath := filepath.Join(dir, cli.DBFileName)
	var errb bytes.Buffer
	e := &cli.Env{Stdout: &bytes.Buffer{}, Stderr: &errb}
	req := []string{"1.000001", "1.000002", "1.000003"}
	auditWeek := func(i int, missing ...string) {
		start := time.Date(2026, 11, 2+7*i, 8, 0, 0, 0, ict)
		rep := &verdict.Report{Schema: verdict.Schema, StartedAt: start, FinishedAt: start.Add(time.Minute),
			Portals: []verdict.Verdict{syntheticVerdict("xa", "UBND xã Bình Hòa", "ok", req, missing, nil, nil)}}
		ts, err := (&audit.Session{Config: cfg, DBPath: dbPath, Warnings: e.Stderr}).Save(context.Background(), rep, nil)
		require.NoError(t, err, "a failed delivery never fails the audit")
		assert.NotNil(t, ts)
	}

	auditWeek(0, "1.000001", "1.000002")
	assert.Contains(t, errb.String(), "không gửi được 2 sự kiện phiếu qua webhook")
	assert.Contains(t, errb.String(), "không gửi được thư cho [cntt@binhhoa.example.gov.vn]")
	assert.Empty(t, posts)

	mu.Lock()
	up = true
	mu.Unlock()
	mailSrv, err := smtptest.Start()
	require.NoError(t, err)
	defer mailSrv.Close()
	cfg.SMTP.Addr = mailSrv.Addr()
	errb.Reset()
	auditWeek(1, "1.000002")
	assert.Empty(t, errb.String())
	assert.Equal(t, [][]int64{{1, 2, 3}}, posts, "the first audit's two events and the second's one, once")
	require.Len(t, mailSrv.Messages(), 1, "one mail for the contact")

	auditWeek(2, "1.000002")
	assert.Len(t, posts, 1, "nothing new: nothing sent")
	assert.Len(t, mailSrv.Messages(), 1)

	st, err := store.Open(dbPath)
	require.NoError(t, err)
	defer st.Close()
	for _, ch := range []string{store.ChannelWebhook, store.ChannelMail} {
		p, err := st.Pending(context.Background(), ch)
		require.NoError(t, err)
		assert.Empty(t, p, ch)
	}
}

func TestPersistBusyDatabase(t *testing.T) {
	dir := t.TempDir()
	dbPath := filepath.Join(dir, cli.DBFileName)
	holder, err := store.Open(dbPath)
	require.NoError(t, err)
	defer holder.Close()
	tx, err := holder.DB().BeginTx(context.Background(), nil) // _txlock=immediate: the write lock
	require.NoError(t, err)
	defer tx.Rollback()

	cfg := &config.Config{Path: filepath.Join(dir, "audit.yaml")}
	rep := &verdict.Report{Schema: verdict.Schema, StartedAt: time.Now(), FinishedAt: time.Now()}
	_, err = (&audit.Session{Config: cfg, DBPath: dbPath}).Save(context.Background(), rep, nil)
	require.ErrorIs(t, err, store.ErrBusy)
	assert.Contains(t, err.Error(), "cơ sở dữ liệu đang bận (database busy): another tthcaudit is using "+dbPath)
}

func TestPreviousDiff(t *testing.T) {
	dir := t.TempDir()
	dbPath := filepath.Join(dir, cli.DBFileName)
	req := []string{"1.000001", "1.000002"}
	rep := func(i int, missing ...string) *verdict.Report {
		start := time.Date(2026, 11, 2+7*i, 8, 0, 0, 0, ict)
		return &verdict.Report{Schema: verdict.Schema, StartedAt: start, FinishedAt: start,
			Portals: []verdict.Verdict{syntheticVerdict("xa", "UBND xã", "ok", req, missing, nil, nil)}}
	}
	d, err := previousDiff(t, dbPath, rep(0))
	require.NoError(t, err)
	assert.Nil(t, d)
	assert.NoFileExists(t, dbPath)

	cfg := &config.Config{Path: filepath.Join(dir, "audit.yaml")}
	_, err = (&audit.Session{Config: cfg, DBPath: dbPath}).Save(context.Background(), rep(0), nil)
	require.NoError(t, err)
	d, err = previousDiff(t, dbPath, rep(1, "1.000002"))
	require.NoError(t, err)
	require.NotNil(t, d)
	require.Len(t, d.Portals, 1)
	assert.Equal(t, "1.000002", d.Portals[0].NewlyMissing[0].Code)
}

// previousDiff is the "so với lần trước" section a session computes for
// rep: nil when nothing is stored (and no database is created).
func previousDiff(t *testing.T, dbPath string, rep *verdict.Report) (*verdict.Diff, error) {
	t.Helper()
	if !store.Exists(dbPath) {
		return nil, nil
	}
	st, err := store.Open(dbPath)
	require.NoError(t, err)
	defer st.Close()
	return st.CompareWithLatest(context.Background(), rep)
}
