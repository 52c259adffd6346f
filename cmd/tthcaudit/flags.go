package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/store"
)

// dbFileName is the database's default name, beside the configuration.
const dbFileName = "tthcaudit.db"

// configFlags are the flags of every command that reads a configuration:
// --config, --lang and, where the command keeps or reads audits, --db.
type configFlags struct {
	config, lang, db string
	// dbSet: --db was given (--db "" stores nothing).
	dbSet bool
}

// add declares the flags; dbHelp, when not empty, adds --db with it.
func (f *configFlags) add(cmd *cobra.Command, dbHelp string) {
	fl := cmd.Flags()
	fl.StringVar(&f.config, "config", "", "tệp cấu hình YAML (the audit configuration)")
	fl.StringVar(&f.lang, "lang", "vi", "ngôn ngữ: vi | en (language)")
	if dbHelp != "" {
		fl.StringVar(&f.db, "db", "", dbHelp)
	}
}

// load reads --lang and the configuration. Whether --db was given is the
// command's to record in dbSet (see dbGiven) before.
func (f *configFlags) load() (*config.Config, msg.Lang, error) {
	lang, err := parseLang(f.lang)
	if err != nil {
		return nil, "", err
	}
	if f.config == "" {
		return nil, "", badInput("thiếu --config FILE (the audit configuration, YAML)")
	}
	cfg, err := config.Load(f.config)
	if err != nil {
		return nil, "", badInput("%v", err)
	}
	return cfg, lang, nil
}

// dbPath is the database the flags name: tthcaudit.db beside the
// configuration unless --db says otherwise ("" for none).
func (f *configFlags) dbPath(cfg *config.Config) string {
	if f.dbSet {
		return f.db
	}
	return filepath.Join(filepath.Dir(cfg.Path), dbFileName)
}

// storeFlags are the flags of the commands that read the stored audits.
type storeFlags struct {
	configFlags
	json bool
}

func (f *storeFlags) add(cmd *cobra.Command) {
	f.configFlags.add(cmd, "cơ sở dữ liệu các lần kiểm tra (default: tthcaudit.db beside the config)")
	cmd.Flags().BoolVar(&f.json, "json", false, "in JSON ra stdout (print JSON)")
}

// dbGiven records whether cmd's --db was given: --db "" means "store
// nothing", which an absent flag does not.
func (f *configFlags) dbGiven(cmd *cobra.Command) { f.dbSet = f.dbSet || cmd.Flags().Changed("db") }

// withStore loads the configuration, opens its database for reading and
// runs body; st is nil when no audit has been stored yet (body then says
// so and prints an empty result: not a mistake, exit 0).
func (f *storeFlags) withStore(cmd *cobra.Command, body func(cfg *config.Config, st *store.Store, lang msg.Lang) error) error {
	f.dbGiven(cmd)
	cfg, lang, err := f.load()
	if err != nil {
		return err
	}
	path := f.dbPath(cfg)
	if path == "" {
		return badInput(`--db "": no database to read (give the path of the one the audits were stored in)`)
	}
	var st *store.Store
	if store.Exists(path) {
		if st, err = store.Open(path); err != nil {
			return badInput("%v", err)
		}
		defer st.Close()
	}
	return body(cfg, st, lang)
}

// noAudits tells the user that nothing is stored yet.
func noAudits(e *env, lang msg.Lang, path string) {
	fmt.Fprintln(e.stderr, "tthcaudit: "+msg.Tf(lang, "store.none", path))
}

func parseLang(s string) (msg.Lang, error) {
	l, err := msg.ParseLang(s)
	if err != nil {
		return "", badInput("%v", err)
	}
	return l, nil
}

// printJSON prints v indented, without HTML escaping.
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// interruptible ends ctx on Ctrl-C or SIGTERM, so that the browser and
// the crawl stop cleanly.
func interruptible(ctx context.Context) (context.Context, context.CancelFunc) {
	if ctx == nil {
		ctx = context.Background()
	}
	return signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
}

// progress is where progress lines go: stderr when it is a terminal or
// --progress asks, else nowhere.
func (e *env) progress(asked bool) io.Writer {
	if asked || e.stderrTTY {
		return e.stderr
	}
	return nil
}
