package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/jedib0t/go-pretty/v6/table"
	"github.com/jedib0t/go-pretty/v6/text"
	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/crawler"
	"github.com/tthcaudit/tthcaudit/internal/reports"
	"github.com/tthcaudit/tthcaudit/internal/store"
	"github.com/tthcaudit/tthcaudit/internal/tickets"
)

func init() { persistAudit, previousAudit = persistToStore, previousDiff }

// persistToStore stores the audit and reconciles the tickets in one transaction,
// then delivers the ticket events (webhook, mail) when the configuration
// asks for it. A delivery failure is a warning, never the audit's failure:
// the events stay pending and the next audit sends them again.
func persistToStore(ctx context.Context, e *env, cfg *config.Config, dbPath string, rep *verdict.Report, results []*crawler.Result) ([]tickets.Ticket, error) {
	st, err := store.Open(dbPath)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	now := rep.FinishedAt
	if now.IsZero() {
		now = time.Now()
	}
	webhook := cfg.Webhook != nil && cfg.Webhook.URL != ""
	mail := cfg.SMTP != nil && cfg.SMTP.Addr != ""
	id, _, err := st.SaveAudit(ctx, rep, results, now, store.WithConfig(cfg), store.WithDelivery(webhook, mail))
	if err != nil {
		return nil, err
	}
	warn := func(format string, a ...any) {
		fmt.Fprintf(e.stderr, "tthcaudit: cảnh báo (warning): "+format+"\n", a...)
	}
	d := deliverer{st: st, cfg: cfg, warn: warn}
	d.deliver(ctx, id, now)
	// Pages not fetched for half a year are most likely gone from the
	// portals; an unchanged one is simply fetched whole once more.
	if _, err := st.Cache().Prune(ctx, now.Add(-cachePruneAge)); err != nil {
		warn("crawl cache: %v", err)
	}
	return st.Tickets(ctx, false)
}

// cachePruneAge is how long a cached page is kept without being fetched.
const cachePruneAge = 180 * 24 * time.Hour

// previousDiff compares rep, an audit not yet stored, with the last audit
// stored at dbPath: the "so với lần trước" (since last time) section of
// the audit's reports. It returns nil, nil when nothing is stored yet and
// never creates the database.
func previousDiff(ctx context.Context, dbPath string, rep *verdict.Report) (*verdict.Diff, error) {
	if dbPath == "" || !store.Exists(dbPath) {
		return nil, nil
	}
	st, err := store.Open(dbPath)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	return st.CompareWithLatest(ctx, rep)
}

// deliverer sends the stored events still pending on each configured
// channel and records each delivery, so that an event is sent once.
type deliverer struct {
	st   *store.Store
	cfg  *config.Config
	warn func(format string, a ...any)
	// mailer and webhook override the configured ones in tests.
	mailer  *tickets.Mailer
	webhook *tickets.Webhook
}

func (d deliverer) deliver(ctx context.Context, auditID int64, now time.Time) {
	if w := d.webhookClient(); w != nil {
		d.sendWebhook(ctx, w, auditID, now)
	}
	if m := d.mailClient(); m != nil {
		d.sendMail(ctx, m, now)
	}
}

func (d deliverer) webhookClient() *tickets.Webhook {
	if d.webhook != nil {
		return d.webhook
	}
	c := d.cfg.Webhook
	if c == nil || c.URL == "" {
		return nil
	}
	return &tickets.Webhook{URL: c.URL, Timeout: c.Timeout.D(), Retries: c.Retries, UserAgent: config.DefaultUserAgent}
}

func (d deliverer) mailClient() *tickets.Mailer {
	if d.mailer != nil {
		return d.mailer
	}
	c := d.cfg.SMTP
	if c == nil || c.Addr == "" {
		return nil
	}
	return &tickets.Mailer{Addr: c.Addr, From: c.From, Username: c.Username, Password: c.Password}
}

func (d deliverer) sendWebhook(ctx context.Context, w *tickets.Webhook, auditID int64, now time.Time) {
	pending, err := d.st.Pending(ctx, store.ChannelWebhook)
	if err != nil {
		d.warn("webhook: %v", err)
		return
	}
	if len(pending) == 0 {
		return
	}
	if err := w.Send(ctx, tickets.NewPayload(auditID, pending, now)); err != nil {
		d.warn("không gửi được %d sự kiện phiếu qua webhook, sẽ gửi lại ở lần kiểm tra sau (%d ticket events not delivered; the next audit retries): %v", len(pending), len(pending), err)
		return
	}
	if err := d.st.MarkDelivered(ctx, store.ChannelWebhook, eventIDs(pending), now); err != nil {
		d.warn("webhook: delivered, but could not record it (the next audit may send these events again): %v", err)
	}
}

func (d deliverer) sendMail(ctx context.Context, m *tickets.Mailer, now time.Time) {
	pending, err := d.st.Pending(ctx, store.ChannelMail)
	if err != nil {
		d.warn("mail: %v", err)
		return
	}
	if len(pending) == 0 {
		return
	}
	all, err := d.st.Tickets(ctx, true)
	if err != nil {
		d.warn("mail: %v", err)
		return
	}
	names := map[string]string{}
	for _, p := range d.cfg.Portals {
		names[p.ID] = p.Name
	}
	for _, dg := range tickets.Digests(pending, all, names, now) {
		if err := m.SendDigest(ctx, dg); err != nil {
			d.warn("không gửi được thư cho %s, sẽ gửi lại ở lần kiểm tra sau (mail not sent; the next audit retries): %v", dg.To, err)
			continue
		}
		if err := d.st.MarkDelivered(ctx, store.ChannelMail, eventIDs(dg.Events), now); err != nil {
			d.warn("mail to %s sent, but could not record it: %v", dg.To, err)
		}
	}
}

func eventIDs(es []tickets.Event) []int64 {
	ids := make([]int64, len(es))
	for i, e := range es {
		ids[i] = e.ID
	}
	return ids
}

// openCrawlCache opens the database at dbPath for the crawler's cache
// (ETag, Last-Modified and body per URL), so that the audit sends
// conditional requests and reuses unchanged pages. The audit command sets
// audit.Options.Cache to the cache and calls closeCache when the crawl is
// over (it writes the pages still buffered).
func openCrawlCache(dbPath string) (cache crawler.Cache, closeCache func() error, err error) {
	st, err := store.Open(dbPath)
	if err != nil {
		return nil, nil, err
	}
	return st.Cache(), st.Close, nil
}

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
func (f *storeFlags) readStore(cmd *cobra.Command) (cfg *config.Config, st *store.Store, lang reports.Lang, err error) {
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
func noAudits(e *env, lang reports.Lang, path string) {
	fmt.Fprintln(e.stderr, viEn(lang,
		"tthcaudit: chưa có lần kiểm tra nào được lưu trong "+path+" — hãy chạy `tthcaudit audit --config FILE` trước.",
		"tthcaudit: no audit stored yet in "+path+": run `tthcaudit audit --config FILE` first."))
}

// tr picks the Vietnamese or English text.
func viEn(lang reports.Lang, vi, en string) string {
	if lang == reports.English {
		return en
	}
	return vi
}

// printJSON prints v indented, without HTML escaping.
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// fmtWhen shows a stored time as the office reads it, in the offset the
// audit ran with.
func fmtAuditTime(t time.Time) string { return t.Format("02/01/2006 15:04") }

// newStoreTable is a go-pretty table in the style of the audit's table.
func newStoreTable(w io.Writer) table.Writer {
	t := table.NewWriter()
	t.SetOutputMirror(w)
	t.SetStyle(table.StyleLight)
	t.Style().Format.Header = text.FormatDefault
	t.Style().Format.Footer = text.FormatDefault
	return t
}
