// Package audit is the pipeline behind `audit`, `check` and `demo`: it reads
// the catalogue, crawls the configured portals concurrently, decides what
// each must publish and what it is missing, and assembles the report.
package audit

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/crawler"
	"github.com/tthcaudit/tthcaudit/internal/match"
	"github.com/tthcaudit/tthcaudit/internal/rules"
)

// ICT is Vietnam's time zone (UTC+7, no daylight saving). A fixed zone keeps
// the report's times right on machines without tzdata.
var ICT = time.FixedZone("ICT", 7*3600)

// DefaultConcurrency is how many portals are crawled at once when Options
// does not say: each portal keeps its own politeness limits, and this bounds
// the sockets and memory of the whole audit.
const DefaultConcurrency = 4

// RenderTimeout is the least time a render_js portal's page may take: the
// browser renders it and clicks through its list (render.DefaultTimeout)
// inside one request of the crawler.
const RenderTimeout = 120 * time.Second

// Options are one run's dependencies and choices.
type Options struct {
	// PortalIDs selects portals by id; empty means all, in config order.
	PortalIDs []string
	// Transport sends every request (nil: the crawler's default).
	Transport http.RoundTripper
	// TransportFor, when set, chooses each portal's transport instead of
	// Transport (a browser for render_js portals, an evidence recorder);
	// nil from it means the crawler's default. Capture.Apply sets it.
	TransportFor func(config.Portal) http.RoundTripper
	// Now is the clock (nil: time.Now).
	Now func() time.Time
	// Progress receives progress lines (nil: none).
	Progress io.Writer
	// Cache makes requests conditional across audits (optional).
	Cache crawler.Cache
	// Concurrency bounds the portals crawled at once (0: the
	// configuration's concurrent_portals, else DefaultConcurrency).
	Concurrency int
	// Lang is the language of the progress lines (Vietnamese when empty).
	Lang msg.Lang
	// AsOf is the day the catalogue is taken at when catalog: lists
	// decisions (zero: the audit's own date, in Vietnam's time zone).
	AsOf time.Time
}

// InputError is a problem with what the user gave (configuration,
// catalogue, portal ids): the CLI exits 1 on it.
type InputError struct{ Err error }

func (e *InputError) Error() string { return e.Err.Error() }
func (e *InputError) Unwrap() error { return e.Err }

// Run audits the selected portals of cfg and returns the report and the raw
// crawl results (same order as the report's portals, for storage). The
// error is an *InputError when the input is at fault, ctx's error when the
// run was cancelled.
func Run(ctx context.Context, cfg *config.Config, o Options) (*verdict.Report, []*crawler.Result, error) {
	now := o.Now
	if now == nil {
		now = time.Now
	}
	started := now().In(ICT)
	portals, err := Select(cfg, o.PortalIDs)
	if err != nil {
		return nil, nil, err
	}
	built, err := LoadCatalog(ctx, cfg, o.AsOf, started)
	if err != nil {
		return nil, nil, err
	}
	cat := built.Catalog
	// An audit never passes on nothing: a portal that must publish
	// nothing (an empty catalogue, no levels, a level the catalogue no
	// longer has) is a configuration to fix, said before any crawling.
	if err := nothingRequired(cfg, cat, portals); err != nil {
		return nil, nil, err
	}

	prog := newProgress(o.Progress, o.Lang, len(portals))
	prog.begin(maxPagesOf(cfg, portals))
	defer prog.end()
	results := make([]*crawler.Result, len(portals))
	errs := make([]error, len(portals))
	limit := o.Concurrency
	if limit <= 0 {
		limit = cfg.ConcurrentPortals
	}
	if limit <= 0 {
		limit = DefaultConcurrency
	}
	sem := make(chan struct{}, limit)
	var wg sync.WaitGroup
	for i, p := range portals {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				errs[i] = ctx.Err()
				return
			}
			defer func() { <-sem }()
			res, err := crawler.Crawl(ctx, p.ID, CrawlOptions(cfg, p, o, prog.pages(p.ID)))
			results[i], errs[i] = res, err
			prog.done(p.ID, res)
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	for i, err := range errs {
		if err != nil {
			// The crawler fails only on options it cannot use, and they
			// come from the configuration.
			return nil, nil, &InputError{Err: fmt.Errorf("%s: portal %s: %w", cfg.Path, portals[i].ID, err)}
		}
	}

	// The index is built only now: held through the crawl it would be a
	// large share of the heap while only the evaluation reads it.
	idx := match.NewIndex(cat)
	rep := &verdict.Report{
		Schema:  verdict.Schema,
		Catalog: CatalogInfo(cfg, built),
	}
	for i, p := range portals {
		rep.Portals = append(rep.Portals, rules.Evaluate(rules.Input{Portal: p, Catalog: cat, Index: idx, Crawl: results[i],
			PublishVia: cfg.PublishVia, AcceptByLink: cfg.AcceptByLink}))
	}
	rep.StartedAt = started
	rep.FinishedAt = now().In(ICT)
	return rep, results, nil
}

// AsOfDay is the calendar day of t in Vietnam, as the date a catalogue is
// taken at: a decision in force "from 1 October" applies to an audit run
// at 06:00 on 1 October in Hà Nội, whatever the machine's zone.
func AsOfDay(t time.Time) time.Time {
	t = t.In(ICT)
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// LoadCatalog reads the configuration's catalogue, a single file or a list
// of a base catalogue and decisions, as of asOf (zero: the day of now). A
// catalogue that cannot be read is an *InputError.
func LoadCatalog(ctx context.Context, cfg *config.Config, asOf, now time.Time) (*catalog.Built, error) {
	if asOf.IsZero() {
		asOf = AsOfDay(now)
	}
	o := catalog.ListOptions{AsOf: asOf, Context: ctx}
	if ref := cfg.CatalogReferencePath(); ref != "" {
		c, err := catalog.Load(ref)
		if err != nil {
			return nil, &InputError{Err: err}
		}
		o.Reference = c
	}
	b, err := catalog.LoadList(cfg.CatalogPaths(), o)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, &InputError{Err: err}
	}
	return b, nil
}

// CatalogInfo is the report's description of the catalogue: with
// decisions, the day it was taken at, the decisions applied and those
// not yet in force (upcoming changes).
func CatalogInfo(cfg *config.Config, b *catalog.Built) verdict.CatalogInfo {
	info := verdict.CatalogInfo{
		Source:     cfg.Catalog.String(),
		Procedures: len(b.Procedures),
		Active:     b.ActiveCount(),
	}
	if len(cfg.Catalog) > 1 || len(b.Applied) > 0 || len(b.Upcoming) > 0 {
		info.AsOf = b.AsOf.Format("2006-01-02")
		info.Decisions = b.Applied
		info.Upcoming = b.Upcoming
		info.Warnings = b.Warnings
	}
	for _, p := range b.Procedures {
		if len(p.Lacks) > 0 && p.Active() {
			info.Lacking = append(info.Lacking, verdict.LackingRecord{Code: p.Code, Name: p.Name, Field: p.Field(), Lacks: p.Lacks})
		}
	}
	return info
}

// Select returns the portals named by ids in config order (all when ids is
// empty); an unknown id is an *InputError naming it and the known ones.
func Select(cfg *config.Config, ids []string) ([]config.Portal, error) {
	if len(ids) == 0 {
		return cfg.Portals, nil
	}
	want := map[string]bool{}
	for _, id := range ids {
		if _, ok := cfg.Portal(id); !ok {
			known := make([]string, len(cfg.Portals))
			for i, p := range cfg.Portals {
				known[i] = p.ID
			}
			return nil, &InputError{Err: fmt.Errorf("%s: no portal has the id %q (the configuration lists: %s)", cfg.Path, id, strings.Join(known, ", "))}
		}
		want[id] = true
	}
	var out []config.Portal
	for _, p := range cfg.Portals {
		if want[p.ID] {
			out = append(out, p)
		}
	}
	return out, nil
}

// CrawlOptions translates a portal's configuration (its keys, then the
// defaults, then the built-in ones) into the crawler's options.
func CrawlOptions(cfg *config.Config, p config.Portal, o Options, progress func(int)) crawler.Options {
	e := cfg.Effective(p)
	retries := crawler.DefaultRetries
	if e.Retries != nil {
		retries = *e.Retries
		if retries == 0 {
			retries = -1 // the crawler reads 0 as "default", the config as "none"
		}
	}
	transport := o.Transport
	if o.TransportFor != nil {
		transport = o.TransportFor(p)
	}
	timeout := e.Timeout.D()
	cache := o.Cache
	if p.RenderJS {
		// The client's timeout bounds the whole rendering of a page,
		// clicks through its list included, not one request.
		timeout = max(timeout, RenderTimeout)
		// A script-built page's shell answers 304 while the list its
		// scripts fetch has changed: only a fresh render tells.
		cache = nil
	}
	return crawler.Options{
		StartURLs:    p.URLs,
		Scope:        p.Scope,
		Delay:        e.Delay.D(),
		Timeout:      timeout,
		Parallelism:  e.Parallelism,
		MaxPages:     e.MaxPages,
		UserAgent:    e.UserAgent,
		MaxBodyBytes: e.MaxBodyBytes,
		Retries:      retries,
		Selectors:    p.Selectors,
		Transport:    transport,
		TLS:          tlsConfig(cfg, p),
		Now:          o.Now,
		Progress:     progress,
		Cache:        cache,
	}
}

// IsInputError reports whether err is the user's to fix.
func IsInputError(err error) bool {
	var ie *InputError
	return errors.As(err, &ie)
}

// nothingRequired refuses an audit in which a portal must publish nothing:
// it would pass on nothing (0/0). Portals with the same reason are named
// together, so that one misconfigured level reads as one sentence.
func nothingRequired(cfg *config.Config, cat *catalog.Catalog, portals []config.Portal) error {
	var reasons []msg.Note
	ids := map[string][]string{}
	for _, p := range portals {
		n, ok := rules.NothingRequired(cat, p)
		if !ok {
			continue
		}
		key := n.Key + fmt.Sprint(n.Args[1:]...)
		if _, seen := ids[key]; !seen {
			reasons = append(reasons, n)
		}
		ids[key] = append(ids[key], p.ID)
	}
	if len(reasons) == 0 {
		return nil
	}
	var parts []string
	for _, n := range reasons {
		n.Args = append([]any{strings.Join(ids[n.Key+fmt.Sprint(n.Args[1:]...)], ", ")}, n.Args[1:]...)
		parts = append(parts, n.In(msg.Vietnamese)+" ("+n.In(msg.English)+")")
	}
	return &InputError{Err: fmt.Errorf("%s: %s", cfg.Path, strings.Join(parts, "; "))}
}

// maxPagesOf is the largest max_pages of the portals: the progress's
// estimate of a portal's size.
func maxPagesOf(cfg *config.Config, portals []config.Portal) int {
	n := 0
	for _, p := range portals {
		n = max(n, cfg.Effective(p).MaxPages)
	}
	return n
}

// tlsConfig is portal p's certificate settings; the configuration was
// checked when it loaded, so an error here cannot happen and is nil.
func tlsConfig(cfg *config.Config, p config.Portal) *tls.Config {
	t, _ := cfg.TLSConfig(p)
	return t
}
