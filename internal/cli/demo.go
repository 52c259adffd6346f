package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/tthcaudit/tthcaudit/internal/audit"
	"github.com/tthcaudit/tthcaudit/internal/demo"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/reports"
)

// DemoArgs are the demo command's arguments.
type DemoArgs struct {
	Era, Lang string
	Progress  bool
	// Keep is the folder to keep the demo's configuration, catalogue and
	// database in ("": a temporary one, removed).
	Keep string
	Out  reports.Outputs
}

// Demo serves the bundled demo province on loopback and audits it.
func Demo(ctx context.Context, e *Env, a DemoArgs) error {
	ctx, stop := interruptible(ctx)
	defer stop()
	lang, err := ParseLang(a.Lang)
	if err != nil {
		return err
	}
	a.Out.Lang = lang
	era, ok := demo.EraByID(a.Era)
	if !ok {
		return BadInput(msg.T(lang, "demo.bad_era"), a.Era)
	}
	prov, err := demo.StartEra(era)
	if err != nil {
		return err
	}
	defer prov.Close()
	dir := a.Keep
	if dir == "" {
		if dir, err = os.MkdirTemp("", "tthcaudit-demo-"); err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		defer os.RemoveAll(dir)
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return BadInput("--keep %s: %v", dir, err)
	}
	cfg, err := prov.Config(dir)
	if err != nil {
		return err
	}
	sess := &audit.Session{Config: cfg, Lang: lang, Progress: e.progress(a.Progress), Warnings: e.Stderr}
	if a.Keep != "" {
		// Kept: the audit is stored beside the configuration, for serve.
		sess.DBPath = filepath.Join(dir, DBFileName)
		defer fmt.Fprintln(e.Stderr, "tthcaudit: "+msg.Tf(lang, "demo.kept", dir, filepath.Join(dir, "audit.yaml")))
	}
	out, err := runSession(ctx, sess, nil)
	if err != nil {
		return err
	}
	if err := terminal(e, out.Report, lang); err != nil {
		return err
	}
	return writeOutputs(e, a.Out, out.Report, nil, cfg.Contacts())
}
