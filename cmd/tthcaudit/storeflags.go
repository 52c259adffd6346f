package main

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/reports"

	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/store"
)

// storeFlags are the flags of the commands that read the database.
type storeFlags struct {
	config string
	db     string
	dbSet  bool
	json   bool
	lang   string
}

func (f *storeFlags) add(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.config, "config", "", "tệp cấu hình YAML (the audit configuration)")
	fl.StringVar(&f.db, "db", "", "cơ sở dữ liệu các lần kiểm tra (default: tthcaudit.db beside the config)")
	fl.BoolVar(&f.json, "json", false, "in JSON ra stdout (print JSON)")
	fl.StringVar(&f.lang, "lang", "vi", "ngôn ngữ: vi | en")
}

// readStore loads the configuration and opens its database for reading.
// st is nil when no audit has been stored yet: the command then says so
// and prints an empty result (exit 0), since that is not a mistake.
func (f *storeFlags) readStore(cmd *cobra.Command) (cfg *config.Config, st *store.Store, lang msg.Lang, err error) {
	f.dbSet = cmd.Flags().Changed("db")
	if lang, err = parseLang(f.lang); err != nil {
		return nil, nil, "", err
	}
	if cfg, err = loadConfig(f.config); err != nil {
		return nil, nil, "", err
	}
	path := f.db
	if !f.dbSet {
		path = filepath.Join(filepath.Dir(cfg.Path), dbFileName)
	}
	if path == "" {
		return nil, nil, "", badInput(`--db "": no database to read (give the path of the one the audits were stored in)`)
	}
	if !store.Exists(path) {
		return cfg, nil, lang, nil
	}
	st, err = store.Open(path)
	if err != nil {
		return nil, nil, "", badInput("%v", err)
	}
	return cfg, st, lang, nil
}

// dbPathOf is the database path the flags name, for messages.
func (f *storeFlags) dbPathOf(cfg *config.Config) string {
	if f.dbSet {
		return f.db
	}
	return filepath.Join(filepath.Dir(cfg.Path), dbFileName)
}

// noAudits tells the user that nothing is stored yet.
func noAudits(e *env, lang msg.Lang, path string) {
	fmt.Fprintln(e.stderr, reports.ViEn(lang,
		"tthcaudit: chưa có lần kiểm tra nào được lưu trong "+path+" — hãy chạy `tthcaudit audit --config FILE` trước.",
		"tthcaudit: no audit stored yet in "+path+": run `tthcaudit audit --config FILE` first."))
}

// printJSON prints v indented, without HTML escaping.
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
