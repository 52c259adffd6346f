package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/dvcqg"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/reports"
)

// exitSourceUnreadable is `catalog fetch`'s status when the national portal
// could not be read after retries (contract, turn 2).
const exitSourceUnreadable = 2

func init() { registerCatalogSub(newCatalogFetchCmd) }

type fetchFlags struct {
	from, department, out, state, lang string
	progress                           bool
}

var deptRe = regexp.MustCompile(`^[A-Za-z0-9.\-]{1,40}$`)

func newCatalogFetchCmd(e *env) *cobra.Command {
	var f fetchFlags
	cmd := &cobra.Command{
		Use:   "fetch [--from URL] [--department CODE] --out PATH.csv|PATH.xlsx",
		Short: "Tải Danh mục TTHC quốc gia từ Cổng Dịch vụ công quốc gia (fetch the national list from the national public-service portal)",
		Long:  help("catalog_fetch"),
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return runCatalogFetch(cmd, e, f) },
	}
	fl := cmd.Flags()
	fl.StringVar(&f.from, "from", dvcqg.DefaultBase, "địa chỉ của cổng (the portal's address)")
	fl.StringVar(&f.department, "department", "", "chỉ thủ tục của đơn vị có mã này, ví dụ H01 (only this unit's procedures)")
	fl.StringVar(&f.out, "out", "", "tệp kết quả .csv hoặc .xlsx (the output file)")
	fl.StringVar(&f.state, "state", "", "tệp tiến độ để tiếp tục khi bị ngắt (default: PATH.dvcqg-state beside --out)")
	fl.StringVar(&f.lang, "lang", "vi", "ngôn ngữ: vi | en")
	fl.BoolVar(&f.progress, "progress", false, "in tiến độ ra stderr kể cả khi không phải terminal")
	return cmd
}

// fetchTestOptions lets tests give the fetch a fake clock.
var fetchTestOptions func(*dvcqg.Options)

func runCatalogFetch(cmd *cobra.Command, e *env, f fetchFlags) error {
	lang, err := parseLang(f.lang)
	if err != nil {
		return err
	}
	if f.out == "" {
		return badInput("%s", msg.T(lang, "fetch.noout"))
	}
	ext := strings.ToLower(filepath.Ext(f.out))
	if ext != ".csv" && ext != ".xlsx" {
		return badInput(msg.T(lang, "fetch.badout"), f.out)
	}
	if u, err := url.Parse(f.from); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return badInput(msg.T(lang, "fetch.badfrom"), f.from)
	}
	if f.department != "" && !deptRe.MatchString(f.department) {
		return badInput(msg.T(lang, "fetch.baddept"), f.department)
	}
	state := f.state
	if state == "" {
		state = f.out + ".dvcqg-state"
	}
	ctx, stop := interruptible(cmd.Context())
	defer stop()
	o := dvcqg.Options{Base: f.from, Department: f.department, StatePath: state}
	if w := e.progress(f.progress); w != nil {
		o.Progress = newFetchBar(w, lang).update
	}
	if fetchTestOptions != nil {
		fetchTestOptions(&o)
	}
	res, err := dvcqg.Fetch(ctx, o)
	if o.Progress != nil {
		fmt.Fprintln(e.stderr)
	}
	if err != nil {
		if ctx.Err() != nil {
			return err
		}
		var se *dvcqg.SourceError
		if errors.As(err, &se) {
			return &exitError{code: exitSourceUnreadable, msg: fmt.Sprintf(msg.T(lang, "fetch.unreadable"), f.from, err, state)}
		}
		return badInput("%v", err)
	}
	ps, warnings := dvcqg.Procedures(res.Records)
	var buf bytes.Buffer
	if err := catalog.WriteFetched(&buf, catalog.New(f.out, ps).Procedures, ext == ".xlsx"); err == nil {
		err = reports.WriteFileAtomic(f.out, buf.Bytes())
		if err != nil {
			return badInput(msg.T(lang, "fetch.cantwrite"), f.out, err)
		}
	} else {
		return badInput(msg.T(lang, "fetch.cantwrite"), f.out, err)
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
		fmt.Fprintln(e.stdout, msg.Tf(lang, "fetch.resumed", res.Resumed))
	}
	fmt.Fprintln(e.stdout, msg.Tf(lang, "fetch.done", len(ps), f.out, res.Requests, lacking))
	fmt.Fprintln(e.stdout, msg.Tf(lang, "fetch.levels", lv[catalog.LevelTinh], lv[catalog.LevelXa], lv[catalog.LevelBo], lv[catalog.LevelKhac]))
	for _, w := range warnings {
		fmt.Fprintln(e.stderr, w)
	}
	return nil
}

// fetchBar draws the fetch's progress on one terminal line.
type fetchBar struct {
	w    io.Writer
	lang msg.Lang
	mu   sync.Mutex
	last int
}

func newFetchBar(w io.Writer, lang msg.Lang) *fetchBar { return &fetchBar{w: w, lang: lang, last: -1} }

func (b *fetchBar) update(p dvcqg.Progress) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if p.Phase == "list" {
		fmt.Fprintf(b.w, "\r%s", msg.Tf(b.lang, "fetch.list", p.Done))
		return
	}
	if p.Total == 0 {
		return
	}
	pct := p.Done * 100 / p.Total
	if pct == b.last && p.Done != p.Total {
		return
	}
	b.last = pct
	const width = 30
	fill := width * p.Done / p.Total
	fmt.Fprintf(b.w, "\r%s [%s%s] %d/%d (%d%%)   ", msg.T(b.lang, "fetch.detail"),
		strings.Repeat("█", fill), strings.Repeat("░", width-fill), p.Done, p.Total, pct)
}
