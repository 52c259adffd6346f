package cli

import (
	"fmt"
	"path/filepath"

	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/store"
)

// DBFileName is the database's default name, beside the configuration.
const DBFileName = "tthcaudit.db"

// ConfigArgs are the arguments of every command that reads a
// configuration: --config, --lang and, where the command keeps or reads
// audits, --db.
type ConfigArgs struct {
	Config, Lang, DB string
	// DBSet: --db was given (--db "" stores nothing, which an absent flag
	// does not).
	DBSet bool
}

// load reads --lang and the configuration.
func (a *ConfigArgs) load() (*config.Config, msg.Lang, error) {
	lang, err := ParseLang(a.Lang)
	if err != nil {
		return nil, "", err
	}
	if a.Config == "" {
		return nil, "", BadInput("thiếu --config FILE (the audit configuration, YAML)")
	}
	cfg, err := config.Load(a.Config)
	if err != nil {
		return nil, "", BadInput("%v", err)
	}
	return cfg, lang, nil
}

// dbPath is the database the arguments name: tthcaudit.db beside the
// configuration unless --db says otherwise ("" for none).
func (a *ConfigArgs) dbPath(cfg *config.Config) string {
	if a.DBSet {
		return a.DB
	}
	return filepath.Join(filepath.Dir(cfg.Path), DBFileName)
}

// StoreArgs are the arguments of the commands that read the stored audits.
type StoreArgs struct {
	ConfigArgs
	JSON bool
}

// withStore loads the configuration, opens its database for reading and
// runs body; st is nil when no audit has been stored yet (body then says
// so and prints an empty result: not a mistake, exit 0).
func (a *StoreArgs) withStore(body func(cfg *config.Config, st *store.Store, lang msg.Lang) error) error {
	cfg, lang, err := a.load()
	if err != nil {
		return err
	}
	path := a.dbPath(cfg)
	if path == "" {
		return BadInput(`--db "": no database to read (give the path of the one the audits were stored in)`)
	}
	var st *store.Store
	if store.Exists(path) {
		if st, err = store.Open(path); err != nil {
			return BadInput("%v", err)
		}
		defer st.Close()
	}
	return body(cfg, st, lang)
}

// noAudits tells the user that nothing is stored yet.
func noAudits(e *Env, lang msg.Lang, path string) {
	fmt.Fprintln(e.Stderr, "tthcaudit: "+msg.Tf(lang, "store.none", path))
}
