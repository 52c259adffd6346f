package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	vd "github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/gocolly/colly/v2"

	"github.com/tthcaudit/tthcaudit/internal/audit"
	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/reports"
	"github.com/tthcaudit/tthcaudit/internal/store"
)

// measure is what a child reports about its side.
type measure struct {
	Side   string        `json:"side"`
	Wall   time.Duration `json:"wall_ns"`
	Pages  int           `json:"pages"`
	Errors int           `json:"errors"`
	// HWMKB is the child's peak resident set (VmHWM), in KiB.
	HWMKB int64 `json:"hwm_kb"`
	// CPU is filled by the parent from the child's rusage.
	CPU time.Duration `json:"cpu_ns"`
	// Verdict summarises the audit's findings (audit side).
	Verdict string `json:"verdict,omitempty"`
	// LiveMB and GoalMB are the peaks of the Go heap's live bytes after a
	// GC and of the GC's heap goal, sampled every 10 ms: what RSS is made of.
	LiveMB float64 `json:"live_mb"`
	GoalMB float64 `json:"goal_mb"`
	// DB figures (audit side with -db-saves).
	DBBytes  int64 `json:"db_bytes,omitempty"`
	DBSaves  int   `json:"db_saves,omitempty"`
	DBSaveMS int64 `json:"db_save_ms,omitempty"`
}

// runChild runs one side and measures it.
func runChild(f flags) (measure, error) {
	m := measure{Side: f.child}
	if f.cpuprofile != "" {
		pf, err := os.Create(f.cpuprofile)
		if err != nil {
			return m, err
		}
		defer pf.Close()
		if err := pprof.StartCPUProfile(pf); err != nil {
			return m, err
		}
	}
	stopSampling := sampleHeap(&m)
	if f.memprofile != "" {
		// A finer sampling, and a profile in the middle of the crawl: what
		// is held while pages are in flight.
		runtime.MemProfileRate = 64 << 10
		mid := time.AfterFunc(f.midProfile, func() { _ = heapProfile(f.memprofile + ".mid") })
		defer mid.Stop()
	}
	var err error
	var after func() error
	if f.child == "audit" {
		after, err = auditSide(f, &m)
	} else {
		err = collySide(f, &m)
	}
	stopSampling()
	if f.cpuprofile != "" {
		pprof.StopCPUProfile()
	}
	if err != nil {
		return m, err
	}
	m.HWMKB = vmHWM()
	if after != nil {
		// Database figures come after the measure: not part of the crawl.
		if err := after(); err != nil {
			return m, err
		}
	}
	return m, nil
}

// auditSide runs the full audit of the generated configuration. It
// returns, when -db-saves asks, the saving to do after the measure.
func auditSide(f flags, m *measure) (func() error, error) {
	cfg, err := config.Load(f.config)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	rep, results, err := audit.Run(context.Background(), cfg, audit.Options{Concurrency: len(cfg.Portals)})
	if err != nil {
		return nil, err
	}
	if err := reports.WriteJSON(io.Discard, rep); err != nil {
		return nil, err
	}
	m.Wall = time.Since(start)
	// The heap profile is taken while the report and the crawl results
	// are still held: its in-use figures are what the audit keeps.
	if err := heapProfile(f.memprofile); err != nil {
		return nil, err
	}
	runtime.KeepAlive(rep)
	runtime.KeepAlive(results)
	var found, required, missing int
	var statuses []string
	for i, r := range results {
		m.Pages += r.Stats.Pages
		m.Errors += r.Stats.Errors
		p := rep.Portals[i]
		found += p.Found
		required += p.Required
		missing += p.Count(vd.KindMissing)
		statuses = append(statuses, p.ID+"="+p.Status)
	}
	m.Verdict = fmt.Sprintf("found %d of %d required, %d missing; %s", found, required, missing, strings.Join(statuses, " "))
	if f.dbSaves <= 0 || f.db == "" {
		return nil, nil
	}
	return func() error {
		st, err := store.Open(f.db)
		if err != nil {
			return err
		}
		t0 := time.Now()
		for i := range f.dbSaves {
			// Each save stands for one weekly audit.
			week := time.Duration(i) * 7 * 24 * time.Hour
			rep.StartedAt = rep.StartedAt.Add(week)
			rep.FinishedAt = rep.FinishedAt.Add(week)
			if _, _, err := st.SaveAudit(context.Background(), rep, results, rep.FinishedAt); err != nil {
				st.Close()
				return err
			}
		}
		m.DBSaveMS = time.Since(t0).Milliseconds() / int64(f.dbSaves)
		if err := st.Close(); err != nil {
			return err
		}
		m.DBSaves = f.dbSaves
		for _, suffix := range []string{"", "-wal"} {
			if fi, err := os.Stat(f.db + suffix); err == nil {
				m.DBBytes += fi.Size()
			}
		}
		return nil
	}, nil
}

// collySide crawls the same portals with a bare colly collector: the same
// parallelism per host, robots.txt obeyed, every link within the start
// hosts followed once.
func collySide(f flags, m *measure) error {
	starts := strings.Split(f.urls, ",")
	c := colly.NewCollector(colly.Async(true), colly.UserAgent(config.DefaultUserAgent), colly.AllowedDomains("127.0.0.1"))
	c.IgnoreRobotsTxt = false
	if f.collyTrans == "tuned" {
		// The audit's crawler keeps max(2×parallelism, 4) idle connections
		// per host; colly's default transport keeps 2, which would make it
		// reconnect and lose. Both sides get the same.
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.MaxIdleConnsPerHost = max(f.parallelism*2, 4)
		t.MaxIdleConns = 100
		c.WithTransport(t)
	}
	c.SetRequestTimeout(30 * time.Second)
	for _, s := range starts {
		u, err := url.Parse(s)
		if err != nil {
			return err
		}
		if err := c.Limit(&colly.LimitRule{DomainRegexp: "^" + regexp.QuoteMeta(u.Host) + "$", Parallelism: f.parallelism}); err != nil {
			return err
		}
	}
	var pages, errs atomic.Int64
	c.OnResponse(func(*colly.Response) { pages.Add(1) })
	c.OnError(func(r *colly.Response, err error) {
		pages.Add(1)
		errs.Add(1)
	})
	if f.collyDedup {
		// colly's visited check and mark are two steps: in async mode two
		// pages linking the same URL at once both pass, and on a quiet
		// machine colly fetched up to 2.4× the pages. An atomic set before
		// Visit makes it fetch each page once, at the same URL-parsing cost
		// (AbsoluteURL once, then Collector.Visit parses once, as
		// Request.Visit would).
		var seen sync.Map
		for _, s := range starts {
			seen.Store(s, true)
		}
		c.OnHTML("a[href]", func(e *colly.HTMLElement) {
			abs := e.Request.AbsoluteURL(e.Attr("href"))
			if abs == "" {
				return
			}
			if _, dup := seen.LoadOrStore(abs, true); dup {
				return
			}
			_ = c.Visit(abs)
		})
	} else {
		c.OnHTML("a[href]", func(e *colly.HTMLElement) { _ = e.Request.Visit(e.Attr("href")) })
	}
	start := time.Now()
	for _, s := range starts {
		if err := c.Visit(s); err != nil {
			return err
		}
	}
	c.Wait()
	m.Wall = time.Since(start)
	if err := heapProfile(f.memprofile); err != nil {
		return err
	}
	runtime.KeepAlive(c)
	m.Pages, m.Errors = int(pages.Load()), int(errs.Load())
	return nil
}

// vmHWM is the process's peak resident set size in KiB, from
// /proc/self/status (getrusage's maxrss as a fallback).
func vmHWM() int64 {
	if b, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
				n, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
				if err == nil {
					return n
				}
			}
		}
	}
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		return ru.Maxrss
	}
	return 0
}

// sampleHeap records the peaks of the live heap and of the heap goal until
// the returned function is called.
func sampleHeap(m *measure) func() {
	samples := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/heap/goal:bytes"}}
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(samples)
			m.LiveMB = max(m.LiveMB, float64(samples[0].Value.Uint64())/(1<<20))
			m.GoalMB = max(m.GoalMB, float64(samples[1].Value.Uint64())/(1<<20))
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	return func() { close(stop); <-done }
}

// heapProfile writes the heap profile (in-use and allocated) to path, when
// one is asked for.
func heapProfile(path string) error {
	if path == "" {
		return nil
	}
	hf, err := os.Create(path)
	if err != nil {
		return err
	}
	defer hf.Close()
	runtime.GC()
	return pprof.Lookup("allocs").WriteTo(hf, 0)
}
