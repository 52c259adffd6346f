package web

import (
	"context"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/store"

	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeClock is a clock the test moves by hand; After hands each wait to
// the test, which fires it.
type fakeClock struct {
	mu    sync.Mutex
	now   time.Time
	waits chan fakeWait
}

type fakeWait struct {
	d  time.Duration
	ch chan time.Time
}

func newFakeClock(now time.Time) *fakeClock {
	return &fakeClock{now: now, waits: make(chan fakeWait, 4)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) set(t time.Time) {
	c.mu.Lock()
	c.now = t
	c.mu.Unlock()
}

func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	ch := make(chan time.Time, 1)
	c.waits <- fakeWait{d: d, ch: ch}
	return ch
}

// nextWait returns the scheduler's next wait, failing after a while.
func (c *fakeClock) nextWait(t *testing.T) fakeWait {
	t.Helper()
	select {
	case w := <-c.waits:
		return w
	case <-time.After(5 * time.Second):
		t.Fatal("the scheduler did not wait")
		return fakeWait{}
	}
}

const week = 7 * 24 * time.Hour

func startSchedule(t *testing.T, e *env) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		assert.NoError(t, e.srv.Schedule(ctx, week))
	}()
	t.Cleanup(func() {
		cancel()
		<-done
	})
}

func TestScheduleAfterLastAudit(t *testing.T) {
	clock := newFakeClock(t2.Add(3 * 24 * time.Hour))
	audits := newBlockingAudit(fixtureReports()[1])
	close(audits.release)
	e := newEnv(t, nil, fixtureReports(), func(o *Options) { o.Audit, o.Clock, o.Every = audits.runOn(o), clock, week })
	startSchedule(t, e)

	w := clock.nextWait(t)
	assert.Equal(t, 4*24*time.Hour, w.d, "due one week after the last stored audit")
	assert.Equal(t, 0, audits.count())
	assert.True(t, t2.Add(week).Equal(e.srv.NextAudit()), "next audit %v", e.srv.NextAudit())
	_, body, _ := e.get(nil, "/")
	assert.Contains(t, body, "Kiểm tra tự động: mỗi 7 ngày; lần tới lúc 30/11/2026 08:00")

	clock.set(t2.Add(week))
	w.ch <- clock.Now()
	w = clock.nextWait(t)
	e.srv.Wait()
	assert.Equal(t, 1, audits.count(), "the scheduled audit ran")
	assert.Equal(t, week, w.d, "the next one a week after it")
	assert.Contains(t, e.logs.String(), "trigger=schedule")
}

func TestScheduleAtStartWithoutAudit(t *testing.T) {
	clock := newFakeClock(t1)
	audits := newBlockingAudit(fixtureReports()[1])
	e := newEnv(t, nil, nil, func(o *Options) { o.Audit, o.Clock = audits.runOn(o), clock })
	startSchedule(t, e)
	select {
	case <-audits.started:
	case <-time.After(5 * time.Second):
		t.Fatal("no audit at start although none is stored")
	}
	w := clock.nextWait(t)
	assert.Equal(t, week, w.d)
	close(audits.release)
	e.srv.Wait()
}

func TestScheduleOverdueAndButton(t *testing.T) {
	// The last audit is older than a week: one runs at once. Then a button
	// press half-way postpones the scheduled one.
	clock := newFakeClock(t2.Add(10 * 24 * time.Hour))
	audits := newBlockingAudit(fixtureReports()[1])
	close(audits.release)
	e := newEnv(t, nil, fixtureReports(), func(o *Options) { o.Audit, o.Clock = audits.runOn(o), clock })
	startSchedule(t, e)
	w := clock.nextWait(t)
	e.srv.Wait()
	require.Equal(t, 1, audits.count())
	assert.Equal(t, week, w.d)

	pressed := clock.Now().Add(3 * 24 * time.Hour)
	clock.set(pressed)
	require.NoError(t, e.srv.StartAudit("button"))
	e.srv.Wait()
	clock.set(pressed.Add(4 * 24 * time.Hour)) // the old due time
	w.ch <- clock.Now()
	w = clock.nextWait(t)
	assert.Equal(t, 2, audits.count(), "no scheduled audit three days after the button")
	assert.True(t, pressed.Add(week).Equal(clock.Now().Add(w.d)))
}

func TestScheduleRejectsZero(t *testing.T) {
	e := newEnv(t, nil, nil, nil)
	assert.Error(t, e.srv.Schedule(context.Background(), 0))
}

var _ = verdict.Schema

// countingHandler is a log sink that counts lines and, past limit, ends
// the schedule: a spinning loop then fails the test instead of hanging it.
type countingHandler struct {
	slog.Handler
	mu     sync.Mutex
	lines  []string
	limit  int
	cancel context.CancelFunc
}

func (h *countingHandler) Handle(ctx context.Context, r slog.Record) error {
	h.mu.Lock()
	h.lines = append(h.lines, r.Message)
	if len(h.lines) > h.limit {
		h.cancel()
	}
	h.mu.Unlock()
	return nil
}

func (h *countingHandler) Enabled(context.Context, slog.Level) bool { return true }

func (h *countingHandler) snapshot() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]string(nil), h.lines...)
}

// TestScheduleAuditOutlastsPeriod runs a 1 s schedule over audits lasting
// 2.5 s in a synctest bubble (fake time, system clock): the schedule waits
// for the running audit instead of asking again, the next audit starts
// right after the previous one ends, and the log stays a few lines.
func TestScheduleAuditOutlastsPeriod(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		dir := t.TempDir()
		cfg := writeConfig(t, dir, "", fixturePortals)
		st, err := store.Open(filepath.Join(dir, "tthcaudit.db"))
		require.NoError(t, err)
		defer st.Close()

		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		h := &countingHandler{limit: 100, cancel: cancel}
		var mu sync.Mutex
		var starts []time.Duration
		begin := time.Now()
		srv, err := New(Options{Config: cfg, Store: st, Logger: slog.New(h), Audit: func(actx context.Context) error {
			mu.Lock()
			starts = append(starts, time.Since(begin))
			mu.Unlock()
			select {
			case <-time.After(2500 * time.Millisecond):
				return nil
			case <-actx.Done():
				return actx.Err()
			}
		}})
		require.NoError(t, err)

		done := make(chan struct{})
		go func() {
			defer close(done)
			assert.NoError(t, srv.Schedule(ctx, time.Second))
		}()
		time.Sleep(9 * time.Second)
		cancel()
		<-done
		srv.Close()

		lines := h.snapshot()
		assert.LessOrEqual(t, len(lines), 20, "a few log lines, not a flood: %v", lines)
		assert.Equal(t, []time.Duration{0, 2500 * time.Millisecond, 5 * time.Second, 7500 * time.Millisecond}, starts,
			"each audit starts right after the previous one ends")
		waits := 0
		for _, l := range lines {
			if strings.Contains(l, "waits") {
				waits++
			}
		}
		assert.Equal(t, 4, waits, "one wait per overrun period: %v", lines)
	})
}
