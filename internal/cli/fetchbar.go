package cli

import (
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/tthcaudit/tthcaudit/internal/dvcqg"
	"github.com/tthcaudit/tthcaudit/internal/msg"
)

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
