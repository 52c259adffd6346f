package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/dvcqg"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/reports"
)

// FetchArgs are the arguments of `catalog fetch`.
type FetchArgs struct {
	From, Department, Out, State, Lang string
	Progress                           bool
	// Tune, when set (tests), adjusts the client's options (a fake clock).
	Tune func(*dvcqg.Options)
}

var deptRe = regexp.MustCompile(`^[A-Za-z0-9.\-]{1,40}$`)

// CatalogFetch downloads the national list into a CSV or XLSX file,
// resuming from its state file after an interruption.
func CatalogFetch(ctx context.Context, e *Env, a FetchArgs) error {
	lang, err := ParseLang(a.Lang)
	if err != nil {
		return err
	}
	if a.Out == "" {
		return BadInput("%s", msg.T(lang, "fetch.noout"))
	}
	ext := strings.ToLower(filepath.Ext(a.Out))
	if ext != ".csv" && ext != ".xlsx" {
		return BadInput(msg.T(lang, "fetch.badout"), a.Out)
	}
	if u, err := url.Parse(a.From); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return BadInput(msg.T(lang, "fetch.badfrom"), a.From)
	}
	if a.Department != "" && !deptRe.MatchString(a.Department) {
		return BadInput(msg.T(lang, "fetch.baddept"), a.Department)
	}
	state := a.State
	if state == "" {
		state = a.Out + ".dvcqg-state"
	}
	ctx, stop := interruptible(ctx)
	defer stop()
	o := dvcqg.Options{Base: a.From, Department: a.Department, StatePath: state}
	if w := e.progress(a.Progress); w != nil {
		o.Progress = newFetchBar(w, lang).update
	}
	if a.Tune != nil {
		a.Tune(&o)
	}
	res, err := dvcqg.Fetch(ctx, o)
	if o.Progress != nil {
		fmt.Fprintln(e.Stderr)
	}
	if err != nil {
		if ctx.Err() != nil {
			return err
		}
		var se *dvcqg.SourceError
		if errors.As(err, &se) {
			return &ExitError{Code: ExitSourceUnreadable, Msg: fmt.Sprintf(msg.T(lang, "fetch.unreadable"), a.From, err, state)}
		}
		return BadInput("%v", err)
	}
	ps, warnings := dvcqg.Procedures(res.Records)
	var buf bytes.Buffer
	err = catalog.WriteFetched(&buf, catalog.New(a.Out, ps).Procedures, ext == ".xlsx")
	if err == nil {
		err = reports.WriteFileAtomic(a.Out, buf.Bytes())
	}
	if err != nil {
		return BadInput(msg.T(lang, "fetch.cantwrite"), a.Out, err)
	}
	_ = os.Remove(state)
	lacking := 0
	lv := map[catalog.Level]int{}
	for _, p := range ps {
		if len(p.Lacks) > 0 {
			lacking++
		}
		for _, l := range p.Levels {
			lv[l]++
		}
	}
	if res.Resumed > 0 {
		fmt.Fprintln(e.Stdout, msg.Tf(lang, "fetch.resumed", res.Resumed))
	}
	fmt.Fprintln(e.Stdout, msg.Tf(lang, "fetch.done", len(ps), a.Out, res.Requests, lacking))
	fmt.Fprintln(e.Stdout, msg.Tf(lang, "fetch.levels", lv[catalog.LevelTinh], lv[catalog.LevelXa], lv[catalog.LevelBo], lv[catalog.LevelKhac]))
	for _, w := range warnings {
		fmt.Fprintln(e.Stderr, w)
	}
	return nil
}
