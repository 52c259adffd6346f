// Command nationalbench measures tthcaudit against the crawler it is built
// on, at national scale, on loopback.
//
// It generates a national-scale scenario (a catalogue of at least 5,000
// procedures from the real national list plus level variants; several
// portals of ~2,500 procedure pages each, in the layouts real portals use,
// 20-60 KB a page), serves it on 127.0.0.1, and then, in the same run and
// against the same pages, runs
//
//   - the full audit (audit.Run on a generated configuration: delay ~0, the
//     given parallelism per host, every portal at once, robots.txt obeyed,
//     the JSON report rendered), and
//   - a bare colly collector (same parallelism per host, robots.txt obeyed,
//     following every in-host link, each page once: -colly-dedup),
//
// each in a child process of its own (this binary re-executed with -child),
// so that each side's peak RSS and CPU time are its own. It prints wall time,
// CPU time (user+sys of the child), pages/s and peak RSS of both, run by run,
// their medians and the ratios audit/colly.
//
// Usage (from the module root):
//
//	go run ./bench/cmd/nationalbench                  # 4 portals × 2,500 procedures, 3 runs
//	go run ./bench/cmd/nationalbench -runs 5 -profile /tmp/prof
//
// With -profile DIR each child writes DIR/<side>-<run>.cpu.pprof and
// .heap.pprof. With -db-saves N the audit's report is also saved N times
// (as N weekly audits) in a store database, and the file size per audit is
// printed (docs/SCALING.md uses it).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"
)

// flags of the parent and of the children.
type flags struct {
	child       string
	config      string
	urls        string
	parallelism int
	portals     int
	details     int
	catalogN    int
	runs        int
	procedures  string
	profile     string
	keep        bool
	dbSaves     int
	db          string
	collyTrans  string
	cpuprofile  string
	memprofile  string
	only        string
	midProfile  time.Duration
	collyDedup  bool
}

func main() {
	var f flags
	flag.StringVar(&f.child, "child", "", "internal: run one side (audit or colly) and print its figures as JSON")
	flag.StringVar(&f.config, "config", "", "internal: the audit configuration (child audit)")
	flag.StringVar(&f.urls, "urls", "", "internal: comma-separated start URLs (child colly)")
	flag.IntVar(&f.parallelism, "parallelism", 4, "requests in flight per host, both sides")
	flag.IntVar(&f.portals, "portals", 4, "portals served (each on its own port)")
	flag.IntVar(&f.details, "details", 2500, "procedure detail pages per portal (plus list, news and info pages)")
	flag.IntVar(&f.catalogN, "catalog", 5200, "procedures in the generated catalogue (at least the 2,929 real ones)")
	flag.IntVar(&f.runs, "runs", 3, "runs of each side; medians are reported")
	flag.StringVar(&f.procedures, "procedures", "testdata/dvcqg/procedures.csv", "the real national list")
	flag.StringVar(&f.profile, "profile", "", "directory for CPU and heap profiles of each child")
	flag.BoolVar(&f.keep, "keep", false, "keep the generated catalogue and configuration (their folder is printed)")
	flag.IntVar(&f.dbSaves, "db-saves", 0, "also save the first audit's report this many times in a store database and print its size")
	flag.StringVar(&f.db, "db", "", "internal: the store database (child audit, with -db-saves)")
	flag.StringVar(&f.collyTrans, "colly-transport", "tuned", "bare colly's HTTP transport: tuned (idle connections per host as the audit's) or default (colly's own)")
	flag.StringVar(&f.cpuprofile, "cpuprofile", "", "internal: CPU profile file (child)")
	flag.StringVar(&f.memprofile, "memprofile", "", "internal: heap profile file (child)")
	flag.StringVar(&f.only, "only", "", "run only one side: audit or colly")
	flag.BoolVar(&f.collyDedup, "colly-dedup", true, "bare colly: skip links already queued with an atomic set (colly's own visited check races in async mode and refetches pages)")
	flag.DurationVar(&f.midProfile, "mid-profile", 8*time.Second, "with -profile: when to take the heap profile in the middle of the crawl")
	flag.Parse()

	var err error
	switch f.child {
	case "":
		err = parent(f)
	case "audit", "colly":
		var m measure
		m, err = runChild(f)
		if err == nil {
			err = json.NewEncoder(os.Stdout).Encode(m)
		}
	default:
		err = fmt.Errorf("-child %q: want audit or colly", f.child)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "nationalbench:", err)
		os.Exit(1)
	}
}

// machine describes the machine for the record: CPUs, model, Go, load.
func machine() string {
	model := "?"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(l, "model name") {
				_, model, _ = strings.Cut(l, ":")
				model = strings.TrimSpace(model)
				break
			}
		}
	}
	return fmt.Sprintf("%d CPUs (%s), %s %s/%s, load average %s", runtime.NumCPU(), model, runtime.Version(), runtime.GOOS, runtime.GOARCH, loadavg())
}

// loadavg is the first three fields of /proc/loadavg.
func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	fs := strings.Fields(string(b))
	if len(fs) < 3 {
		return "?"
	}
	return strings.Join(fs[:3], " ")
}
