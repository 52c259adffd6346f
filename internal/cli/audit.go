package cli

import (
	"context"
	"fmt"

	"github.com/tthcaudit/tthcaudit/internal/reports"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// AuditArgs are the audit command's arguments.
type AuditArgs struct {
	RunArgs
	// Portals are the ids to audit (none: every portal).
	Portals []string
	// FailOnMissing exits with ExitFailed when a portal lacks a required
	// procedure or could not be reached.
	FailOnMissing bool
}

// Audit audits the configured portals, prints the table, writes the
// reports asked for and stores the audit.
func Audit(ctx context.Context, e *Env, a AuditArgs) error {
	ctx, stop := interruptible(ctx)
	defer stop()
	sess, err := a.session(e)
	if err != nil {
		return err
	}
	out, err := runSession(ctx, sess, a.Portals)
	if err != nil {
		return err
	}
	rep := out.Report
	if err := terminal(e, rep, sess.Lang); err != nil {
		return err
	}
	if err := writeOutputs(e, a.Out, rep, out.Tickets, sess.Config.Contacts()); err != nil {
		return err
	}
	if out.StoreErr != nil {
		return BadInput("cannot store the audit in %s: %v (pass --db \"\" to audit without storing)", sess.DBPath, out.StoreErr)
	}
	if err := evidenceFailure(e, out.EvidenceErr); err != nil {
		return err
	}
	if a.FailOnMissing {
		if n := verdict.Failing(rep.Portals); n > 0 {
			return &ExitError{Code: ExitFailed, Msg: fmt.Sprintf("%d cổng còn thiếu thủ tục bắt buộc hoặc không truy cập được (--fail-on-missing)", n)}
		}
	}
	return nil
}

// CheckArgs are the check command's arguments.
type CheckArgs struct {
	RunArgs
	Portal string
}

// Check audits one portal and says pass or fail (ExitFailed). It stores
// nothing: a district checking its own portal before the assessment
// should not change the province's history.
func Check(ctx context.Context, e *Env, a CheckArgs) error {
	ctx, stop := interruptible(ctx)
	defer stop()
	if a.Portal == "" {
		return BadInput("check: thiếu --portal ID (name the portal to check; ids are in the configuration)")
	}
	a.DB, a.DBSet = "", true
	sess, err := a.session(e)
	if err != nil {
		return err
	}
	out, err := runSession(ctx, sess, []string{a.Portal})
	if err != nil {
		return err
	}
	rep := out.Report
	if len(rep.Portals) != 1 {
		return fmt.Errorf("check: the audit returned %d portals, want 1", len(rep.Portals))
	}
	pass := reports.Check(e.Stdout, rep.Portals[0], sess.Lang, e.StdoutTTY)
	if err := writeOutputs(e, a.Out, rep, nil, sess.Config.Contacts()); err != nil {
		return err
	}
	if err := evidenceFailure(e, out.EvidenceErr); err != nil {
		return err
	}
	if !pass {
		return &ExitError{Code: ExitFailed}
	}
	return nil
}
