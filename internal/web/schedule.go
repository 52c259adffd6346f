package web

import (
	"context"
	"errors"
	"time"
)

// Schedule starts an audit every period until ctx ends, and returns then.
//
// The next audit is due one period after the last one started, counting
// both the audits stored in the database (by any command) and those this
// process started (on the button too, and failed ones): so a restart does
// not reset a weekly schedule, a button press postpones the next scheduled
// run, and a failing audit is retried one period later, not in a loop.
// When no audit is stored yet, or the last is older than the period, the
// first runs at once.
//
// An audit that outlasts the period counts as that period's audit: the
// schedule waits for it to end (never asks again in a loop), and the next
// one starts right after it when its due time has passed by then.
func (s *Server) Schedule(ctx context.Context, every time.Duration) error {
	if every <= 0 {
		return errors.New("web: the schedule's period must be positive")
	}
	for {
		due := s.nextDue(ctx, every)
		s.setNext(due)
		if wait := due.Sub(s.clock.Now()); wait > 0 {
			select {
			case <-ctx.Done():
				return nil
			case <-s.clock.After(wait):
			}
			// Something else (the button) may have started an audit while
			// waiting: the due time moves with it.
			if s.nextDue(ctx, every).After(s.clock.Now()) {
				continue
			}
		}
		if ctx.Err() != nil {
			return nil
		}
		switch err := s.StartAudit("schedule"); {
		case errors.Is(err, ErrAuditRunning):
			// The running one counts as this period's audit: wait for it
			// to end, then count the period from its start.
			if done := s.runner.running(); done != nil {
				s.log.Info("scheduled audit waits: one is running")
				select {
				case <-ctx.Done():
					return nil
				case <-done:
				}
			}
		case err != nil:
			return nil // the server is stopping
		}
	}
}

// nextDue is when the next scheduled audit should start.
func (s *Server) nextDue(ctx context.Context, every time.Duration) time.Time {
	var last time.Time
	if as, err := s.st.LastAudits(ctx, 1); err == nil && len(as) > 0 {
		last = as[0].StartedAt
	} else if err != nil {
		s.log.Warn("schedule: cannot read the last audit", "err", err)
	}
	if st := s.runner.state(); st.StartedAt.After(last) {
		last = st.StartedAt
	}
	if last.IsZero() {
		return s.clock.Now()
	}
	return last.Add(every)
}

func (s *Server) setNext(t time.Time) {
	s.nextMu.Lock()
	s.next = t
	s.nextMu.Unlock()
}

// NextAudit is when the schedule starts the next audit (zero without a
// schedule).
func (s *Server) NextAudit() time.Time {
	s.nextMu.Lock()
	defer s.nextMu.Unlock()
	return s.next
}
