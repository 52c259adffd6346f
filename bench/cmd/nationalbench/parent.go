package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"
)

// parent builds and serves the scenario, runs both sides as children run
// after run, and prints the figures.
func parent(f flags) error {
	if f.portals < 1 || f.details < 1 || f.runs < 1 || f.parallelism < 1 {
		return fmt.Errorf("-portals, -details, -runs and -parallelism must be at least 1")
	}
	fmt.Printf("machine: %s\n", machine())
	t0 := time.Now()
	cat, err := buildCatalog(f.procedures, f.catalogN)
	if err != nil {
		return err
	}
	initWords(cat)
	dir, err := os.MkdirTemp("", "nationalbench-")
	if err != nil {
		return err
	}
	if f.keep {
		fmt.Printf("scenario files: %s\n", dir)
	} else {
		defer os.RemoveAll(dir)
	}
	if err := os.WriteFile(filepath.Join(dir, "catalog.csv"), catalogCSV(cat), 0o644); err != nil {
		return err
	}

	levels := []string{"tinh", "huyen", "huyen", "xa"}
	var sites []*portalSite
	var urls []string
	var yaml strings.Builder
	fmt.Fprintf(&yaml, "catalog: catalog.csv\ndefaults:\n  delay: 1ns\n  parallelism: %d\n  max_pages: 1000000\n  timeout: 30s\nportals:\n", f.parallelism)
	totalPages, totalBytes := 0, 0
	for p := range f.portals {
		// Each portal publishes an overlapping window of the catalogue,
		// less one procedure in fifty (which the audit reports missing).
		var share []proc
		for i := 0; len(share) < f.details && i < len(cat); i++ {
			q := cat[(p*len(cat)/f.portals+i)%len(cat)]
			if hash32(q.Code+fmt.Sprint(p))%50 == 7 {
				continue
			}
			share = append(share, q)
		}
		layout := p % layouts
		if layout != layoutTable {
			slices.SortStableFunc(share, func(a, b proc) int { return strings.Compare(a.Field, b.Field) })
		}
		id := fmt.Sprintf("portal-%d", p+1)
		s := newSite(id, fmt.Sprintf("Cổng thông tin điện tử số %d", p+1), levels[p%len(levels)], layout, share)
		s.srv = httptest.NewServer(s)
		defer s.srv.Close()
		sites = append(sites, s)
		urls = append(urls, s.srv.URL+"/")
		fmt.Fprintf(&yaml, "  - id: %s\n    name: %q\n    level: %s\n    urls: [%q]\n", id, s.Name, s.Level, s.srv.URL+"/")
		totalPages += s.pageCount()
		for _, pg := range s.pages {
			totalBytes += len(pg) + len(s.head) + len(s.foot)
		}
	}
	cfgPath := filepath.Join(dir, "audit.yaml")
	if err := os.WriteFile(cfgPath, []byte(yaml.String()), 0o644); err != nil {
		return err
	}
	fmt.Printf("scenario: %d portals (%s), %d pages, %.0f MB of HTML (%.1f KB a page on average), catalogue of %d procedures; built in %s\n",
		f.portals, layoutList(sites), totalPages, float64(totalBytes)/1e6, float64(totalBytes)/float64(totalPages)/1e3, len(cat), time.Since(t0).Round(time.Millisecond))
	fmt.Printf("both sides: parallelism %d per host, all portals at once, robots.txt obeyed, no delay\n\n", f.parallelism)

	exe, err := os.Executable()
	if err != nil {
		return err
	}
	if f.profile != "" {
		if err := os.MkdirAll(f.profile, 0o755); err != nil {
			return err
		}
	}
	var runsA, runsC []measure
	for run := 1; run <= f.runs; run++ {
		// Alternate the order so that a change of load on a shared machine
		// does not always fall on the same side.
		sides := []string{"audit", "colly"}
		if run%2 == 0 {
			sides = []string{"colly", "audit"}
		}
		for _, side := range sides {
			if f.only != "" && side != f.only {
				continue
			}
			args := []string{"-child", side, "-parallelism", fmt.Sprint(f.parallelism), "-colly-transport", f.collyTrans, "-mid-profile", f.midProfile.String(), fmt.Sprintf("-colly-dedup=%v", f.collyDedup)}
			if side == "audit" {
				args = append(args, "-config", cfgPath)
				if run == 1 && f.dbSaves > 0 {
					args = append(args, "-db-saves", fmt.Sprint(f.dbSaves), "-db", filepath.Join(dir, "tthcaudit.db"))
				}
			} else {
				args = append(args, "-urls", strings.Join(urls, ","))
			}
			if f.profile != "" {
				base := filepath.Join(f.profile, fmt.Sprintf("%s-%d", side, run))
				args = append(args, "-cpuprofile", base+".cpu.pprof", "-memprofile", base+".heap.pprof")
			}
			var served int64
			for _, s := range sites {
				s.requests.Store(0)
			}
			m, err := child(exe, args)
			if err != nil {
				return fmt.Errorf("run %d, %s: %w", run, side, err)
			}
			for _, s := range sites {
				served += s.requests.Load()
			}
			fmt.Printf("run %d %-5s wall %8s  cpu %8s  pages %6d  errors %d  served %6d  %7.0f pages/s  peak RSS %6.1f MB (heap live %3.0f, goal %3.0f)  load %s\n",
				run, side, m.Wall.Round(time.Millisecond), m.CPU.Round(time.Millisecond), m.Pages, m.Errors, served,
				float64(m.Pages)/m.Wall.Seconds(), float64(m.HWMKB)/1024, m.LiveMB, m.GoalMB, loadavg())
			if m.Verdict != "" && run == 1 {
				fmt.Printf("      audit verdict: %s\n", m.Verdict)
			}
			if m.DBSaves > 0 {
				fmt.Printf("      store: %d audits saved, database %.2f MB = %.1f KB per audit (%.1f KB per portal-audit), %d ms per save\n",
					m.DBSaves, float64(m.DBBytes)/1e6, float64(m.DBBytes)/float64(m.DBSaves)/1e3, float64(m.DBBytes)/float64(m.DBSaves*f.portals)/1e3, m.DBSaveMS)
			}
			if side == "audit" {
				runsA = append(runsA, m)
			} else {
				runsC = append(runsC, m)
			}
		}
	}
	if len(runsA) == 0 || len(runsC) == 0 {
		return nil
	}
	a, c := median(runsA), median(runsC)
	fmt.Printf("\nmedians of %d runs      %12s %12s %8s\n", f.runs, "audit", "bare colly", "ratio")
	row := func(name string, av, cv float64, unit string) {
		fmt.Printf("%-22s %10.2f%-2s %10.2f%-2s %8.2f\n", name, av, unit, cv, unit, av/cv)
	}
	row("wall time", a.wall, c.wall, "s")
	row("CPU time (user+sys)", a.cpu, c.cpu, "s")
	row("pages/s", a.pps, c.pps, "")
	row("peak RSS", a.rss, c.rss, "MB")
	fmt.Printf("goal: wall ≤ 1.10 × colly: %s; peak RSS ≤ 2 × colly: %s\n", verdict(a.wall/c.wall <= 1.10), verdict(a.rss/c.rss <= 2))
	fmt.Printf("load average at the end: %s\n", loadavg())
	return nil
}

func verdict(ok bool) string {
	if ok {
		return "met"
	}
	return "NOT met"
}

func layoutList(sites []*portalSite) string {
	var out []string
	for _, s := range sites {
		out = append(out, layoutNames[s.Layout])
	}
	return strings.Join(out, ", ")
}

// child runs this binary as one side and reads its figures; CPU time comes
// from the child's rusage (user+sys), peak RSS from its VmHWM.
func child(exe string, args []string) (measure, error) {
	var out bytes.Buffer
	cmd := exec.Command(exe, args...)
	cmd.Stdout = &out
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return measure{}, err
	}
	var m measure
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &m); err != nil {
		return m, fmt.Errorf("child output %q: %w", out.String(), err)
	}
	m.CPU = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok && m.HWMKB == 0 {
		m.HWMKB = ru.Maxrss
	}
	return m, nil
}

// medians are a side's median figures, in seconds and MB.
type medians struct{ wall, cpu, pps, rss float64 }

func median(ms []measure) medians {
	pick := func(get func(measure) float64) float64 {
		v := make([]float64, len(ms))
		for i, m := range ms {
			v[i] = get(m)
		}
		slices.Sort(v)
		if len(v)%2 == 1 {
			return v[len(v)/2]
		}
		return (v[len(v)/2-1] + v[len(v)/2]) / 2
	}
	return medians{
		wall: pick(func(m measure) float64 { return m.Wall.Seconds() }),
		cpu:  pick(func(m measure) float64 { return m.CPU.Seconds() }),
		pps:  pick(func(m measure) float64 { return float64(m.Pages) / m.Wall.Seconds() }),
		rss:  pick(func(m measure) float64 { return float64(m.HWMKB) / 1024 }),
	}
}
