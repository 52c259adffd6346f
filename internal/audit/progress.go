package audit

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/crawler"
	"github.com/tthcaudit/tthcaudit/internal/msg"
)

// progressEvery is how many pages pass between two progress lines of one
// portal: enough to show life on a slow portal without flooding a log.
const progressEvery = 25

// heartbeatEvery is the longest silence of the progress: a portal that
// hangs still gets a line saying what runs and for how long.
const heartbeatEvery = 5 * time.Second

// progress writes progress lines from concurrent crawls, one whole line at
// a time: a start line, a line every progressEvery pages of a portal, a
// line when a portal is done, and a heartbeat every heartbeatEvery with
// the portals still running, elapsed and (once a portal is done) remaining
// time.
type progress struct {
	w     io.Writer
	lang  msg.Lang
	total int
	start time.Time

	mu       sync.Mutex
	finished int
	pagesOf  map[string]int
	running  map[string]bool
	stop     chan struct{}
	stopped  chan struct{}
}

func newProgress(w io.Writer, lang msg.Lang, total int) *progress {
	return &progress{w: w, lang: lang, total: total, pagesOf: map[string]int{}, running: map[string]bool{}}
}

func (p *progress) printf(format string, a ...any) {
	if p.w == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprintf(p.w, format, a...)
}

// begin writes the start line and starts the heartbeat; end stops it.
func (p *progress) begin(maxPages int) {
	if p.w == nil {
		return
	}
	p.start = time.Now()
	p.printf("%s\n", msg.Tf(p.lang, "progress.start", p.total, msg.Number(p.lang, maxPages)))
	p.stop, p.stopped = make(chan struct{}), make(chan struct{})
	go func() {
		defer close(p.stopped)
		t := time.NewTicker(heartbeatEvery)
		defer t.Stop()
		for {
			select {
			case <-p.stop:
				return
			case <-t.C:
				p.heartbeat()
			}
		}
	}()
}

func (p *progress) end() {
	if p.stop == nil {
		return
	}
	close(p.stop)
	<-p.stopped
}

// heartbeat says what runs: portals done, pages so far, each running
// portal with its pages, elapsed time and, once a portal is done, the
// remaining time at the rate so far.
func (p *progress) heartbeat() {
	p.mu.Lock()
	var running []string
	pages := 0
	for id, n := range p.pagesOf {
		pages += n
		if p.running[id] {
			running = append(running, fmt.Sprintf("%s (%s)", id, msg.Number(p.lang, n)))
		}
	}
	finished := p.finished
	p.mu.Unlock()
	sort.Strings(running)
	elapsed := time.Since(p.start).Round(time.Second)
	line := msg.Tf(p.lang, "progress.beat", finished, p.total, msg.Number(p.lang, pages), elapsed)
	if finished > 0 && finished < p.total {
		left := time.Duration(float64(elapsed) / float64(finished) * float64(p.total-finished)).Round(time.Second)
		line += " · " + msg.Tf(p.lang, "progress.left", left)
	}
	if len(running) > 0 {
		line += " · " + msg.T(p.lang, "progress.running") + ": " + strings.Join(running, ", ")
	}
	p.printf("%s\n", line)
}

// pages returns the crawler's Progress callback for one portal.
func (p *progress) pages(id string) func(int) {
	if p.w == nil {
		return nil
	}
	p.mu.Lock()
	p.running[id] = true
	p.mu.Unlock()
	return func(n int) {
		p.mu.Lock()
		p.pagesOf[id] = n
		p.mu.Unlock()
		if n%progressEvery == 0 {
			p.printf("%s\n", msg.Tf(p.lang, "progress.pages", id, msg.Number(p.lang, n)))
		}
	}
}

// done reports a finished portal.
func (p *progress) done(id string, res *crawler.Result) {
	if p.w == nil {
		return
	}
	p.mu.Lock()
	p.finished++
	delete(p.running, id)
	n := p.finished
	p.mu.Unlock()
	pages := 0
	if res != nil {
		pages = res.Stats.Pages
	}
	p.printf("%s\n", msg.Tf(p.lang, "progress.done", id, msg.Number(p.lang, pages), n, p.total))
}
