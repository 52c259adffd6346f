package main

import (
	"encoding/json"
	"io"
	"mime"
	"mime/quotedprintable"
	"net/http"
	"net/http/httptest"
	"net/mail"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/tthcaudit/tthcaudit/internal/cli"

	"github.com/tthcaudit/tthcaudit/internal/store"
	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/tickets"
	"github.com/tthcaudit/tthcaudit/internal/tickets/smtptest"
)

// hookReceiver is a webhook endpoint that fails its first request and
// counts how often it accepted each event id.
type hookReceiver struct {
	mu       sync.Mutex
	tries    int
	accepted map[int64]int
	kinds    map[int64]string
}

func (h *hookReceiver) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.tries++
	if h.tries == 1 {
		http.Error(w, "tạm thời quá tải", http.StatusServiceUnavailable)
		return
	}
	var p tickets.Payload
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	for _, e := range p.Events {
		h.accepted[e.ID]++
		h.kinds[e.ID] = e.Ticket.ID + " " + e.Kind
	}
}

func ticketsByID(t *testing.T, cfg string) map[string]tickets.Ticket {
	t.Helper()
	code, out, stderr := runCLI(t, "tickets", "--config", cfg, "--json")
	require.Equal(t, cli.ExitOK, code, stderr)
	var ts []tickets.Ticket
	require.NoError(t, json.Unmarshal([]byte(out), &ts))
	m := map[string]tickets.Ticket{}
	for _, tk := range ts {
		m[tk.ID] = tk
	}
	return m
}

func lastDiff(t *testing.T, cfg string) verdict.PortalDiff {
	t.Helper()
	code, out, stderr := runCLI(t, "diff", "--config", cfg, "--json")
	require.Equal(t, cli.ExitOK, code, stderr)
	var d verdict.Diff
	require.NoError(t, json.Unmarshal([]byte(out), &d))
	require.Len(t, d.Portals, 1)
	return d.Portals[0]
}

func codes(ps []verdict.ChangedProcedure) []string {
	out := []string{}
	for _, p := range ps {
		out = append(out, p.Code)
	}
	return out
}

// TestWeeklyAuditsEndToEnd audits a fixture portal three times through the
// command line, changing what it publishes between runs, and checks the
// tickets (open → still open → resolved → reopened), the diffs, the
// history, and that the webhook (which fails its first try) receives each
// ticket event once and the contact gets one readable mail per audit.
func TestWeeklyAuditsEndToEnd(t *testing.T) {
	renamed := map[string]string{"1.010803": "Đính chính thông tin trên bia mộ liệt sỹ (sửa đổi 2026)"}
	portal := newChangingPortal(t, publishing(nil, "1.010801", "1.010802", "1.010803"))
	hook := &hookReceiver{accepted: map[int64]int{}, kinds: map[int64]string{}}
	hookSrv := httptest.NewServer(hook)
	defer hookSrv.Close()
	smtpSrv, err := smtptest.Start()
	require.NoError(t, err)
	defer smtpSrv.Close()
	cfg := writeFixtureConfig(t, portal.srv.URL, `webhook:
  url: "`+hookSrv.URL+`"
  timeout: 2s
  retries: 2
smtp:
  addr: "`+smtpSrv.Addr()+`"
  from: "Sở Nội vụ <tthc@sonoivu.example.gov.vn>"
`)

	// Before any audit: friendly, exit 0, empty JSON.
	code, out, stderr := runCLI(t, "tickets", "--config", cfg, "--json")
	assert.Equal(t, cli.ExitOK, code)
	assert.Equal(t, "[]\n", out)
	code, _, stderr = runCLI(t, "history", "--config", cfg)
	assert.Equal(t, cli.ExitOK, code)
	assert.Contains(t, stderr, "chưa có lần kiểm tra nào")

	// Week 1: 804 and 805 missing.
	code, _, stderr = runCLI(t, "audit", "--config", cfg, "--json", filepath.Join(t.TempDir(), "r1.json"))
	require.Equal(t, cli.ExitOK, code, stderr)
	ts := ticketsByID(t, cfg)
	require.Len(t, ts, 2, "%v", ts)
	t804, t805 := ts["xa-thu/1.010804"], ts["xa-thu/1.010805"]
	assert.Equal(t, tickets.Open, t804.Status)
	assert.Equal(t, tickets.Open, t805.Status)
	assert.Nil(t, t804.ResolvedAt)
	code, _, stderr = runCLI(t, "diff", "--config", cfg)
	assert.Equal(t, cli.ExitOK, code)
	assert.Contains(t, stderr, "cần ít nhất hai lần")

	// Week 2: 804 published, 803 renamed, the abolished 899 published.
	portal.set(publishing(renamed, "1.010801", "1.010802", "1.010803", "1.010804", "1.010899"))
	code, _, stderr = runCLI(t, "audit", "--config", cfg)
	require.Equal(t, cli.ExitOK, code, stderr)
	ts = ticketsByID(t, cfg)
	require.Len(t, ts, 2)
	assert.Equal(t, tickets.Resolved, ts["xa-thu/1.010804"].Status)
	require.NotNil(t, ts["xa-thu/1.010804"].ResolvedAt)
	assert.Equal(t, tickets.Open, ts["xa-thu/1.010805"].Status, "still missing: still open")
	assert.True(t, t805.OpenedAt.Equal(ts["xa-thu/1.010805"].OpenedAt), "one ticket while missing: opened_at unchanged")
	assert.Equal(t, portal.srv.URL+"/tthc/1.010804", ts["xa-thu/1.010804"].EvidenceURL, "resolved where found")
	d := lastDiff(t, cfg)
	assert.Equal(t, verdict.Compared, d.State)
	assert.Equal(t, []string{}, codes(d.NewlyMissing))
	assert.Equal(t, []string{"1.010804"}, codes(d.Fixed))
	assert.Equal(t, []string{"1.010899"}, codes(d.NewlyObsolete))
	require.Len(t, d.Renamed, 1)
	assert.Equal(t, "1.010803", d.Renamed[0].Code)
	assert.Equal(t, renamed["1.010803"], d.Renamed[0].After)
	assert.Equal(t, catalogName["1.010803"], d.Renamed[0].Before)

	// Week 3: 804 lost again, 899 taken down.
	portal.set(publishing(renamed, "1.010801", "1.010802", "1.010803"))
	code, _, stderr = runCLI(t, "audit", "--config", cfg)
	require.Equal(t, cli.ExitOK, code, stderr)
	ts = ticketsByID(t, cfg)
	require.Len(t, ts, 2)
	re := ts["xa-thu/1.010804"]
	assert.Equal(t, tickets.Open, re.Status, "reopened")
	assert.Nil(t, re.ResolvedAt)
	assert.True(t, re.OpenedAt.After(t804.OpenedAt), "reopened with a new opened_at")
	d = lastDiff(t, cfg)
	assert.Equal(t, []string{"1.010804"}, codes(d.NewlyMissing))
	assert.Equal(t, []string{}, codes(d.Fixed))
	assert.Equal(t, []string{"1.010899"}, codes(d.ObsoleteRemoved))
	assert.Empty(t, d.Renamed, "the same new name as last week")

	// The webhook got each event exactly once despite failing first.
	hook.mu.Lock()
	assert.Equal(t, map[int64]int{1: 1, 2: 1, 3: 1, 4: 1}, hook.accepted)
	assert.Equal(t, map[int64]string{1: "xa-thu/1.010804 opened", 2: "xa-thu/1.010805 opened", 3: "xa-thu/1.010804 resolved", 4: "xa-thu/1.010804 reopened"}, hook.kinds)
	hook.mu.Unlock()

	// One mail per audit to the portal's contact, in readable Vietnamese.
	msgs := smtpSrv.Messages()
	require.Len(t, msgs, 3)
	for _, m := range msgs {
		assert.Equal(t, []string{"cntt@xathu.example.gov.vn"}, m.To)
	}
	pm, err := mail.ReadMessage(strings.NewReader(msgs[2].Data))
	require.NoError(t, err)
	subj, err := new(mime.WordDecoder).DecodeHeader(pm.Header.Get("Subject"))
	require.NoError(t, err)
	assert.Equal(t, "[tthcaudit] UBND xã Thử Nghiệm: 1 thủ tục mới thiếu, 0 đã bổ sung, 2 còn thiếu", subj)
	body, err := io.ReadAll(quotedprintable.NewReader(pm.Body))
	require.NoError(t, err)
	assert.Contains(t, strings.ReplaceAll(string(body), "\r\n", "\n"), "Thủ tục bị thiếu trở lại (1):\n  - [UBND xã Thử Nghiệm] 1.010804 "+catalogName["1.010804"])

	// History: three points, coverage 3/5, 4/5, 3/5.
	code, out, stderr = runCLI(t, "history", "--config", cfg, "--json")
	require.Equal(t, cli.ExitOK, code, stderr)
	var h store.HistoryJSON
	require.NoError(t, json.Unmarshal([]byte(out), &h))
	require.Len(t, h.Portals, 1)
	var cov []float64
	for _, p := range h.Portals[0].Points {
		cov = append(cov, p.Coverage)
	}
	assert.Equal(t, []float64{0.6, 0.8, 0.6}, cov)
	code, out, _ = runCLI(t, "history", "--config", cfg)
	require.Equal(t, cli.ExitOK, code)
	assert.Contains(t, out, "▅▇▅")
	assert.Contains(t, out, "UBND xã Thử Nghiệm")
	code, out, _ = runCLI(t, "history", "--config", cfg, "--portal", "xa-thu")
	require.Equal(t, cli.ExitOK, code)
	assert.Contains(t, out, "#3")

	// The open tickets, as CSV for Excel.
	code, out, _ = runCLI(t, "tickets", "--config", cfg, "--open", "--csv")
	require.Equal(t, cli.ExitOK, code)
	assert.True(t, strings.HasPrefix(out, "\ufeffMã phiếu,"))
	assert.Equal(t, 3, strings.Count(out, "\r\n"), "header and two open tickets")
}
