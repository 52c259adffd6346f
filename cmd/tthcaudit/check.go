package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/reports"
)

func init() { register(newCheckCmd) }

type checkFlags struct {
	run    runFlags
	portal string
}

func newCheckCmd(e *env) *cobra.Command {
	var f checkFlags
	cmd := &cobra.Command{
		Use:   "check --config FILE --portal ID",
		Short: "Tự kiểm tra một cổng: ĐẠT / KHÔNG ĐẠT (check one portal: pass or fail)",
		Long:  help("check"),
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return runCheck(cmd.Context(), e, f) },
	}
	// check stores nothing: a district checking its own portal before the
	// assessment should not change the province's history.
	f.run.add(cmd, false)
	cmd.Flags().StringVar(&f.portal, "portal", "", "mã cổng cần kiểm tra (the portal's id)")
	return cmd
}

func runCheck(ctx context.Context, e *env, f checkFlags) error {
	ctx, stop := interruptible(ctx)
	defer stop()
	if f.portal == "" {
		return badInput("check: thiếu --portal ID (name the portal to check; ids are in the configuration)")
	}
	f.run.db, f.run.dbSet = "", true
	sess, err := f.run.session(e)
	if err != nil {
		return err
	}
	out, err := runSession(ctx, sess, []string{f.portal})
	if err != nil {
		return err
	}
	rep := out.Report
	if len(rep.Portals) != 1 {
		return fmt.Errorf("check: the audit returned %d portals, want 1", len(rep.Portals))
	}
	pass := reports.Check(e.stdout, rep.Portals[0], sess.Lang, e.stdoutTTY)
	if err := f.run.out.Write(rep, nil, sess.Config.Contacts()); err != nil {
		return badInput("%v", err)
	}
	if err := evidenceFailure(e, out.EvidenceErr); err != nil {
		return err
	}
	if !pass {
		return &exitError{code: exitFailed}
	}
	return nil
}
