package store

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/crawler"
)

const (
	helperEnv   = "TTHCAUDIT_STORE_HELPER"
	helperDBEnv = "TTHCAUDIT_STORE_DB"
)

// bigAudit is an audit large enough that saving it takes a while: 6
// portals of 120 required procedures.
func bigAudit(start time.Time) (*verdict.Report, []portal) {
	var ps []portal
	for i := 0; i < 6; i++ {
		p := portal{id: fmt.Sprintf("p%02d", i), obsolete: []string{"2.000001", "2.000002"}}
		for c := 0; c < 120; c++ {
			code := fmt.Sprintf("1.%06d", c)
			p.required = append(p.required, code)
			if (c+i)%7 == 0 {
				p.missing = append(p.missing, code)
			}
		}
		ps = append(ps, p)
	}
	rep, _ := audit(start, ps...)
	return rep, ps
}

// TestHelperProcess is not a test: the kill tests run the test binary again
// with helperEnv set, and this is what that child does.
func TestHelperProcess(t *testing.T) {
	mode := os.Getenv(helperEnv)
	if mode == "" {
		t.Skip("run by the kill tests as a child process")
	}
	s, err := Open(os.Getenv(helperDBEnv))
	if err != nil {
		fmt.Println("error", err)
		os.Exit(2)
	}
	switch mode {
	case "loop":
		for i := 1; ; i++ {
			rep, ps := bigAudit(t0.Add(time.Duration(i) * week))
			results := resultsOf(ps)
			id, _, err := s.SaveAudit(ctx, rep, results, t0.Add(time.Duration(i)*week))
			if err != nil {
				fmt.Println("error", err)
				os.Exit(2)
			}
			fmt.Println("saved", id)
		}
	case "hold":
		testHookMidSave = func() {
			fmt.Println("holding")
			select {} // until killed
		}
		rep, ps := bigAudit(t0.Add(week))
		_, _, err := s.SaveAudit(ctx, rep, resultsOf(ps), t0.Add(week))
		fmt.Println("error: returned", err)
		os.Exit(2)
	}
}

// startHelper runs TestHelperProcess in a child and returns it with a
// scanner on its output.
func startHelper(t *testing.T, mode, path string) (*exec.Cmd, *bufio.Scanner) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), helperEnv+"="+mode, helperDBEnv+"="+path)
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	cmd.Stderr = os.Stderr
	require.NoError(t, cmd.Start())
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	return cmd, bufio.NewScanner(out)
}

// checkWhole asserts the database is sound and every stored audit is whole:
// its report reads, and it has one verdict per portal and every finding.
func checkWhole(t *testing.T, s *Store) []Audit {
	t.Helper()
	ok, err := s.IntegrityCheck(ctx)
	require.NoError(t, err)
	require.Equal(t, "ok", ok)
	as, err := s.LastAudits(ctx, 0)
	require.NoError(t, err)
	for _, a := range as {
		rep, err := s.Report(ctx, a.ID)
		require.NoError(t, err, "audit %d", a.ID)
		var verdicts, findings int
		require.NoError(t, s.DB().QueryRow("SELECT count(*) FROM verdicts WHERE audit_id = ?", a.ID).Scan(&verdicts))
		require.NoError(t, s.DB().QueryRow("SELECT count(*) FROM findings WHERE audit_id = ?", a.ID).Scan(&findings))
		want := 0
		for _, v := range rep.Portals {
			want += len(findingsOf(v))
		}
		assert.Equal(t, len(rep.Portals), verdicts, "audit %d verdicts", a.ID)
		assert.Equal(t, want, findings, "audit %d findings", a.ID)
	}
	var orphans int
	require.NoError(t, s.DB().QueryRow("SELECT count(*) FROM ticket_events e LEFT JOIN audits a ON a.id = e.audit_id WHERE a.id IS NULL").Scan(&orphans))
	assert.Zero(t, orphans, "no event outlives its audit")
	return as
}

// TestKilledWhileHoldingAWrite kills a child that is in the middle of
// writing an audit: the database stays sound, the previous audit reads back
// whole, the half-written one is gone, and while the child held the write
// lock this process got the clear busy error.
func TestKilledWhileHoldingAWrite(t *testing.T) {
	s, path := openTemp(t)
	rep, rs := audit(t0, portal{id: "p00", required: []string{"1.000001", "1.000002"}, missing: []string{"1.000002"}})
	_, _, err := s.SaveAudit(ctx, rep, rs, t0)
	require.NoError(t, err)
	before, err := s.Tickets(ctx, false)
	require.NoError(t, err)

	cmd, out := startHelper(t, "hold", path)
	require.True(t, out.Scan(), "child said nothing")
	require.Equal(t, "holding", out.Text())

	other, err := OpenWith(path, Options{BusyTimeout: 100 * time.Millisecond})
	require.NoError(t, err)
	_, _, err = other.SaveAudit(ctx, rep, rs, t0.Add(time.Hour))
	require.ErrorIs(t, err, ErrBusy, "a second process gets the busy error")
	assert.Contains(t, err.Error(), "database busy")
	require.NoError(t, other.Close())

	require.NoError(t, cmd.Process.Signal(syscall.SIGKILL))
	_ = cmd.Wait()

	s2, err := Open(path)
	require.NoError(t, err)
	defer s2.Close()
	as := checkWhole(t, s2)
	require.Len(t, as, 1, "the killed audit left nothing")
	got, err := s2.Report(ctx, 1)
	require.NoError(t, err)
	assert.Equal(t, noEvidence(rep.Normalized().Portals), got.Normalized().Portals)
	after, err := s2.Tickets(ctx, false)
	require.NoError(t, err)
	assert.Equal(t, before, after)
	_, _, err = s2.SaveAudit(ctx, rep, rs, t0.Add(week))
	require.NoError(t, err, "the lock died with the child")
}

// TestKilledWhileSavingInALoop kills a child that saves large audits back to
// back, so the kill lands at an arbitrary point of a write.
func TestKilledWhileSavingInALoop(t *testing.T) {
	_, path := openTemp(t)
	cmd, out := startHelper(t, "loop", path)
	saved := 0
	for saved < 3 && out.Scan() {
		line := out.Text()
		require.True(t, strings.HasPrefix(line, "saved "), line)
		saved++
	}
	require.Equal(t, 3, saved)
	time.Sleep(30 * time.Millisecond) // into the next write
	require.NoError(t, cmd.Process.Signal(syscall.SIGKILL))
	_ = cmd.Wait()

	s, err := Open(path)
	require.NoError(t, err)
	defer s.Close()
	as := checkWhole(t, s)
	assert.GreaterOrEqual(t, len(as), 3)
	rep, _ := bigAudit(t0.Add(3 * week))
	got, err := s.Report(ctx, 3)
	require.NoError(t, err)
	assert.Equal(t, noEvidence(rep.Normalized().Portals), got.Normalized().Portals, "the third audit reads back whole")
}

func resultsOf(ps []portal) []*crawler.Result {
	var rs []*crawler.Result
	for _, p := range ps {
		rs = append(rs, p.result())
	}
	return rs
}
