package audit

import (
	"fmt"
	"io"
	"sync"

	"github.com/tthcaudit/tthcaudit/internal/crawler"
	"github.com/tthcaudit/tthcaudit/internal/msg"
)

// progressEvery is how many pages pass between two progress lines of one
// portal: enough to show life on a slow portal without flooding a log.
const progressEvery = 25

// progress writes progress lines from concurrent crawls, one whole line at a
// time.
type progress struct {
	w     io.Writer
	lang  msg.Lang
	total int

	mu       sync.Mutex
	finished int
}

func newProgress(w io.Writer, lang msg.Lang, total int) *progress {
	return &progress{w: w, lang: lang, total: total}
}

func (p *progress) printf(format string, a ...any) {
	if p.w == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprintf(p.w, format, a...)
}

// pages returns the crawler's Progress callback for one portal.
func (p *progress) pages(id string) func(int) {
	if p.w == nil {
		return nil
	}
	return func(n int) {
		if n%progressEvery == 0 {
			if p.lang == msg.English {
				p.printf("%s: %d pages fetched\n", id, n)
			} else {
				p.printf("%s: đã tải %d trang\n", id, n)
			}
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
	n := p.finished
	p.mu.Unlock()
	pages := 0
	if res != nil {
		pages = res.Stats.Pages
	}
	if p.lang == msg.English {
		p.printf("%s: done, %d pages (%d/%d portals)\n", id, pages, n, p.total)
	} else {
		p.printf("%s: xong, %d trang (%d/%d cổng)\n", id, pages, n, p.total)
	}
}
