package web

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"
)

// ErrAuditRunning is StartAudit's answer while another audit runs.
var ErrAuditRunning = errors.New("an audit is already running")

// Clock is the time source of the runner and the schedule, swapped in
// tests.
type Clock interface {
	Now() time.Time
	// After delivers the time once d has passed, like time.After.
	After(d time.Duration) <-chan time.Time
}

// SystemClock is the real clock.
type SystemClock struct{}

// Now is time.Now.
func (SystemClock) Now() time.Time { return time.Now() }

// After is time.After.
func (SystemClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// RunState is what the dashboard and /healthz say about the runner.
type RunState struct {
	Running   bool
	Trigger   string
	StartedAt time.Time
	// LastEnd, LastErr and LastTrigger describe the last audit this
	// process ran (zero before the first one ends).
	LastEnd     time.Time
	LastErr     string
	LastTrigger string
}

// runner runs one audit at a time in the background. Nothing of the
// database is held while it crawls: the audit session writes only at the
// end, in its own transaction.
type runner struct {
	run     AuditFunc
	log     *slog.Logger
	clock   Clock
	timeout time.Duration

	mu     sync.Mutex
	st     RunState
	cancel context.CancelFunc
	done   chan struct{} // closed when the running audit ends
	closed bool
}

func newRunner(run AuditFunc, log *slog.Logger, clock Clock, timeout time.Duration) *runner {
	return &runner{run: run, log: log, clock: clock, timeout: timeout}
}

func (r *runner) state() RunState {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.st
}

// start begins an audit unless one runs. The audit's context is its own,
// not the request's: it outlives the POST that started it, and ends by the
// crawler's timeouts, the runner's timeout, or close.
func (r *runner) start(trigger string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed {
		return errors.New("the server is stopping")
	}
	if r.st.Running {
		return ErrAuditRunning
	}
	ctx, cancel := context.WithCancel(context.Background())
	if r.timeout > 0 {
		ctx, cancel = context.WithTimeout(context.Background(), r.timeout)
	}
	r.cancel = cancel
	r.done = make(chan struct{})
	r.st.Running, r.st.Trigger, r.st.StartedAt = true, trigger, r.clock.Now()
	go r.do(ctx, cancel, trigger, r.done)
	return nil
}

func (r *runner) do(ctx context.Context, cancel context.CancelFunc, trigger string, done chan struct{}) {
	defer close(done)
	defer cancel()
	begin := time.Now()
	r.log.Info("audit start", "trigger", trigger)
	err := r.audit(ctx)
	r.mu.Lock()
	r.st.Running = false
	r.st.LastEnd, r.st.LastTrigger, r.st.LastErr = r.clock.Now(), trigger, ""
	if err != nil {
		r.st.LastErr = err.Error()
	}
	r.mu.Unlock()
	if err != nil {
		r.log.Error("audit failed", "trigger", trigger, "duration_ms", time.Since(begin).Milliseconds(), "err", err)
		return
	}
	r.log.Info("audit end", "trigger", trigger, "duration_ms", time.Since(begin).Milliseconds())
}

func (r *runner) audit(ctx context.Context) (err error) {
	defer func() {
		// A panic in the pipeline must not take the dashboard down.
		if p := recover(); p != nil {
			err = errors.New("audit panicked: " + panicText(p))
		}
	}()
	return r.run(ctx)
}

// running returns a channel closed when the running audit ends, or nil
// when none runs.
func (r *runner) running() <-chan struct{} {
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.st.Running {
		return nil
	}
	return r.done
}

// wait blocks until no audit runs.
func (r *runner) wait() {
	r.mu.Lock()
	done := r.done
	r.mu.Unlock()
	if done != nil {
		<-done
	}
}

// close cancels the running audit, refuses new ones, and waits.
func (r *runner) close() {
	r.mu.Lock()
	r.closed = true
	if r.st.Running && r.cancel != nil {
		r.cancel()
	}
	r.mu.Unlock()
	r.wait()
}

func panicText(p any) string {
	switch v := p.(type) {
	case error:
		return v.Error()
	case string:
		return v
	}
	return "unknown panic"
}
