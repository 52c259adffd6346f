package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/cli"

	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/audit"
	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/store"
)

var allFixtureCodes = []string{"1.010801", "1.010802", "1.010803", "1.010804", "1.010805"}

// TestIncrementalCrawlTransfersLittle audits an unchanged fixture portal
// twice with the store's crawl cache, as the audit command does, and
// checks on the server's byte counter that the second audit transferred at
// most 20% of the bytes of the first, with the same findings.
func TestIncrementalCrawlTransfersLittle(t *testing.T) {
	portal := newChangingPortal(t, publishing(nil, allFixtureCodes[:4]...))
	cfgPath := writeFixtureConfig(t, portal.srv.URL, "")
	cfg, err := config.Load(cfgPath)
	require.NoError(t, err)
	dbPath := filepath.Join(filepath.Dir(cfgPath), cli.DBFileName)
	var errb bytes.Buffer
	e := &cli.Env{Stdout: &bytes.Buffer{}, Stderr: &errb}
	ctx := context.Background()

	auditOnce := func() (*verdict.Report, int64) {
		before := portal.bytes.Load()
		out, err := (&audit.Session{Config: cfg, DBPath: dbPath, Warnings: e.Stderr}).Run(ctx, nil)
		require.NoError(t, err)
		require.NoError(t, out.StoreErr)
		return out.Report, portal.bytes.Load() - before
	}
	rep1, first := auditOnce()
	require.Equal(t, "ok", rep1.Portals[0].Status)
	require.Equal(t, 4, rep1.Portals[0].Found)
	assert.Zero(t, portal.notMod.Load())

	rep2, second := auditOnce()
	t.Logf("first audit: %d bytes, second: %d bytes (%.1f%%), %d answers 304", first, second, 100*float64(second)/float64(first), portal.notMod.Load())
	assert.LessOrEqual(t, second*5, first, "the second audit transfers at most 20%% of the first's bytes")
	assert.Positive(t, portal.notMod.Load())
	// Same findings from reused pages, resting on the same bodies (fetched
	// again: only the fetch times differ).
	for _, r := range []*verdict.Report{rep1, rep2} {
		for i := range r.Portals[0].Findings {
			r.Portals[0].Findings[i].Evidence.FetchedAt = time.Time{}
		}
	}
	assert.Equal(t, rep1.Portals[0].Of(verdict.KindMissing), rep2.Portals[0].Of(verdict.KindMissing))
	assert.Equal(t, rep1.Portals[0].Of(verdict.KindFound), rep2.Portals[0].Of(verdict.KindFound))
	assert.Empty(t, errb.String())

	st, err := store.Open(dbPath)
	require.NoError(t, err)
	defer st.Close()
	h, err := st.History(ctx, "xa-thu")
	require.NoError(t, err)
	require.Len(t, h, 2)
	assert.Zero(t, h[0].BytesReused)
	assert.Positive(t, h[1].BytesReused, "the stored audit says how many bytes were reused")
}

const (
	auditHelperEnv = "TTHCAUDIT_AUDIT_HELPER_ARGS"
)

// TestAuditHelperProcess is not a test: TestKilledMidCrawl runs the test
// binary again with auditHelperEnv set, and this child runs the command
// line it holds.
func TestAuditHelperProcess(t *testing.T) {
	js := os.Getenv(auditHelperEnv)
	if js == "" {
		t.Skip("run by TestKilledMidCrawl as a child process")
	}
	var args []string
	if err := json.Unmarshal([]byte(js), &args); err != nil {
		os.Exit(2)
	}
	os.Exit(run(args, &cli.Env{Stdout: os.Stdout, Stderr: os.Stderr}))
}

// TestKilledMidCrawl stores one audit, then kills (SIGKILL) a second audit
// process while it waits on a page: the database is sound and the first
// audit, its findings and the tickets read back whole.
func TestKilledMidCrawl(t *testing.T) {
	portal := newChangingPortal(t, publishing(nil, allFixtureCodes[:3]...))
	cfg := writeFixtureConfig(t, portal.srv.URL, "")
	code, _, stderr := runCLI(t, "audit", "--config", cfg)
	require.Equal(t, cli.ExitOK, code, stderr)
	dbPath := filepath.Join(filepath.Dir(cfg), cli.DBFileName)
	ctx := context.Background()
	snapshot := func() (*verdict.Report, []store.Finding, string) {
		st, err := store.Open(dbPath)
		require.NoError(t, err)
		defer st.Close()
		ok, err := st.IntegrityCheck(ctx)
		require.NoError(t, err)
		require.Equal(t, "ok", ok)
		as, err := st.LastAudits(ctx, 0)
		require.NoError(t, err)
		require.Len(t, as, 1)
		rep, err := st.Report(ctx, as[0].ID)
		require.NoError(t, err)
		fs, err := st.Findings(ctx, as[0].ID)
		require.NoError(t, err)
		ts, err := st.Tickets(ctx, false)
		require.NoError(t, err)
		tj, _ := json.Marshal(ts)
		return rep, fs, string(tj)
	}
	rep1, fs1, ts1 := snapshot()
	require.Len(t, rep1.Portals[0].Of(verdict.KindMissing), 2)

	hold := make(chan struct{})
	portal.mu.Lock()
	portal.hold = hold
	portal.published = publishing(nil, allFixtureCodes...)
	portal.mu.Unlock()
	args, _ := json.Marshal([]string{"audit", "--config", cfg})
	cmd := exec.Command(os.Args[0], "-test.run=^TestAuditHelperProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), auditHelperEnv+"="+string(args))
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	go func() {
		// Drain the child's output so that it never blocks on a pipe.
		s := bufio.NewScanner(out)
		for s.Scan() {
		}
	}()
	select {
	case <-hold:
	case <-time.After(30 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatal("the child audit never reached the held page")
	}
	require.NoError(t, cmd.Process.Signal(syscall.SIGKILL))
	err = cmd.Wait()
	require.Error(t, err, "killed")
	assert.Contains(t, fmt.Sprint(err), "killed")

	rep2, fs2, ts2 := snapshot()
	assert.Equal(t, rep1, rep2, "the previous audit reads back whole")
	assert.Equal(t, fs1, fs2)
	assert.Equal(t, ts1, ts2, "the tickets are as the previous audit left them")
	// What a writer killed mid-write leaves (its process id in the name),
	// in the folders the next audit writes to.
	outDir := filepath.Join(filepath.Dir(cfg), "out")
	require.NoError(t, os.MkdirAll(outDir, 0o755))
	dead := strconv.Itoa(cmd.Process.Pid)
	for _, p := range []string{filepath.Join(outDir, ".report.json."+dead+"-7.tmp"), filepath.Join(outDir, ".missing.csv."+dead+"-8.tmp"),
		filepath.Join(filepath.Dir(cfg), ".r.json."+dead+"-9.tmp")} {
		require.NoError(t, os.WriteFile(p, []byte(`{"trunc`), 0o644))
	}
	code, _, stderr = runCLI(t, "audit", "--config", cfg, "--out", outDir, "--json", filepath.Join(filepath.Dir(cfg), "r.json"))
	require.Equal(t, cli.ExitOK, code, "the database takes the next audit: %s", stderr)
	require.NoError(t, filepath.WalkDir(filepath.Dir(cfg), func(p string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".tmp") {
			t.Errorf("a temporary file outlived the next audit: %s", p)
		}
		return err
	}))
}
