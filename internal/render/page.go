package render

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// renderInfo is what one rendering did.
type renderInfo struct {
	clicks  int
	scrolls int
	partial string
	png     []byte
}

// pageRun is one page being rendered in its own tab.
type pageRun struct {
	t      *Transport
	tabCtx context.Context // the tab; commands that must outlive runCtx
	runCtx context.Context // bounded by the page's deadline
	url    string
	doc    *http.Response
	body   []byte

	shotOnly bool // a screenshot is all that is wanted: load the images

	servedDoc atomic.Bool
	lastNet   atomic.Int64 // unix nanos of the last request start or end
	inflight  sync.Map     // request id → start time, of requests in flight
	sem       chan struct{}
	wg        sync.WaitGroup
}

// errSettle says a wait for the page to settle ran out of time; the page is
// read as it stands.
var errSettle = errors.New("trang chưa ổn định khi hết thời gian chờ (the page had not settled when the wait ended)")

// render loads the page in a new tab with body as its document, waits for
// it to settle, and then either takes a screenshot only (shotOnly) or
// clicks through its list and returns the merged DOM.
func (t *Transport) render(ctx context.Context, url string, doc *http.Response, body []byte, shotOnly bool) (out []byte, info renderInfo, err error) {
	select {
	case t.tabs <- struct{}{}:
		defer func() { <-t.tabs }()
	case <-ctx.Done():
		return nil, info, ctx.Err()
	case <-t.closed:
		return nil, info, ErrClosed
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("render: lỗi khi dựng %s (panic while rendering): %v", url, r)
		}
	}()
	deadline := time.Now().Add(t.opts.Timeout)
	if d, ok := ctx.Deadline(); ok {
		// Leave a moment to hand the page back before the caller gives up.
		if d2 := d.Add(-time.Second); d2.Before(deadline) {
			deadline = d2
		}
	}
	tabCtx, cancelTab := chromedp.NewContext(t.browserCtx)
	defer cancelTab()
	runCtx, cancelRun := context.WithDeadline(tabCtx, deadline)
	defer cancelRun()
	stop := context.AfterFunc(ctx, cancelRun)
	defer stop()

	p := &pageRun{t: t, tabCtx: tabCtx, runCtx: runCtx, url: url, doc: doc, body: body, shotOnly: shotOnly, sem: make(chan struct{}, DefaultSubrequests)}
	p.lastNet.Store(time.Now().UnixNano())
	paused := chromedp.Events(tabCtx, fetch.RequestPaused)
	dialogs := chromedp.Events(tabCtx, page.JavascriptDialogOpening)
	if _, err := chromedp.Call(tabCtx, fetch.Enable, fetch.EnableParams{}); err != nil {
		return nil, info, t.failed(ctx, url, err)
	}
	served := make(chan struct{})
	go func() {
		defer close(served)
		for ev, err := range paused {
			if err != nil {
				return
			}
			p.wg.Go(func() { p.handle(ev) })
		}
	}()
	go func() {
		// An alert or confirm would stop the page's scripts: accept it.
		for _, err := range dialogs {
			if err != nil {
				return
			}
			go chromedp.Call(tabCtx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: true})
		}
	}()
	defer func() {
		cancelRun()
		cancelTab()
		<-served
		p.wg.Wait()
	}()

	nav, err := chromedp.Call(runCtx, page.Navigate, page.NavigateParams{URL: url})
	if err == nil && nav.ErrorText != "" {
		err = errors.New(nav.ErrorText)
	}
	if err != nil {
		return nil, info, t.failed(ctx, url, err)
	}
	if err := p.settle(); err != nil {
		if !errors.Is(err, errSettle) {
			return nil, info, t.failed(ctx, url, err)
		}
		info.partial = "settle"
	}
	if (t.opts.Screenshots && (t.opts.ScreenshotIf == nil || t.opts.ScreenshotIf(url))) || shotOnly {
		png, err := chromedp.Run(runCtx, chromedp.FullScreenshot(100))
		if err != nil {
			t.opts.Logf("render: không chụp được %s (screenshot failed): %v", url, err)
		} else {
			info.png = png
			if t.opts.OnScreenshot != nil && !shotOnly {
				t.opts.OnScreenshot(url, png)
			}
		}
	}
	if shotOnly {
		if info.png == nil {
			return nil, info, fmt.Errorf("render: không chụp được %s (screenshot failed)", url)
		}
		return nil, info, nil
	}
	first, err := chromedp.Run(runCtx, chromedp.Evaluate[string](outerHTMLJS))
	if err != nil {
		return nil, info, t.failed(ctx, url, err)
	}
	merged, err := html.Parse(strings.NewReader(first))
	if err != nil {
		return nil, info, err
	}
	seen := map[[32]byte]bool{docSig(merged): true}
	if t.opts.MaxClicks > 0 {
		// More rows per page first: fewer clicks, fewer requests.
		if size, err := chromedp.Run(runCtx, chromedp.Evaluate[string](pageSizeJS)); err == nil && size != "" {
			if err := p.settle(); err == nil || errors.Is(err, errSettle) {
				if next, err := chromedp.Run(runCtx, chromedp.Evaluate[string](outerHTMLJS)); err == nil {
					if doc, err := html.Parse(strings.NewReader(next)); err == nil {
						seen[docSig(doc)] = true
						mergeLists(merged, doc)
					}
				}
			}
		}
	}
	idle := 0 // steps in a row that added no list item
	for info.clicks+info.scrolls < t.opts.MaxClicks && idle < 3 {
		if runCtx.Err() != nil {
			info.partial = "timeout"
			break
		}
		label, err := chromedp.Run(runCtx, chromedp.Evaluate[string](clickNextJS))
		if err == nil && label == "" {
			// No control: maybe the list grows as one scrolls.
			label = "scroll"
			_, err = chromedp.Run(runCtx, chromedp.Evaluate[bool](scrollJS, chromedp.EvalAwaitPromise))
			info.scrolls++
		} else if err == nil {
			info.clicks++
		}
		if err != nil {
			if runCtx.Err() != nil {
				info.partial = "timeout"
			}
			break
		}
		if err := p.settle(); err != nil && !errors.Is(err, errSettle) {
			info.partial = "timeout"
			break
		}
		next, err := chromedp.Run(runCtx, chromedp.Evaluate[string](outerHTMLJS))
		if err != nil {
			if runCtx.Err() != nil {
				info.partial = "timeout"
			}
			break
		}
		doc, err := html.Parse(strings.NewReader(next))
		if err != nil {
			break
		}
		sig := docSig(doc)
		if seen[sig] {
			// The step changed nothing, or came back to a page already
			// read: the list is read whole.
			break
		}
		seen[sig] = true
		if mergeLists(merged, doc) == 0 {
			idle++
		} else {
			idle = 0
		}
	}
	if info.clicks+info.scrolls >= t.opts.MaxClicks && t.opts.MaxClicks > 0 {
		info.partial = "max_clicks"
	}
	if loc, err := chromedp.Run(runCtx, chromedp.Evaluate[string](`location.href`)); err == nil && !sameDoc(loc, url) {
		// A script moved the page (a redirect, a router): its relative
		// links resolve against where it ended up.
		setBase(merged, loc)
	}
	forceUTF8(merged)
	var buf bytes.Buffer
	buf.WriteString("<!DOCTYPE html>\n")
	for c := merged.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.DoctypeNode {
			continue
		}
		if err := html.Render(&buf, c); err != nil {
			return nil, info, err
		}
	}
	out = buf.Bytes()
	t.opts.Logf("render: %s: %d byte, %d lần bấm, %d lần cuộn (clicks, scrolls), dừng sớm (stopped early): %q", url, len(out), info.clicks, info.scrolls, info.partial)
	if t.opts.OnRendered != nil {
		t.opts.OnRendered(url, out)
	}
	return out, info, nil
}

// failed turns a browser error into the caller's error: the caller's own
// cancellation when that is what happened, else a message naming the page.
func (t *Transport) failed(ctx context.Context, url string, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	select {
	case <-t.closed:
		return ErrClosed
	default:
	}
	return fmt.Errorf("render: Chromium không dựng được %s (Chromium could not render the page): %w", url, err)
}

// docSig fingerprints a document by its body's text and links.
func docSig(doc *html.Node) [32]byte {
	b := findBody(doc)
	if b == nil {
		return sha256.Sum256(nil)
	}
	return sha256.Sum256([]byte(itemKey(b)))
}

// forceUTF8 makes the document's own charset declarations say UTF-8: the
// DOM is serialised as UTF-8 whatever the page was sent in.
func forceUTF8(n *html.Node) {
	if n.Type == html.ElementNode && n.DataAtom == atom.Meta {
		for i, a := range n.Attr {
			switch {
			case a.Key == "charset":
				n.Attr[i].Val = "utf-8"
			case a.Key == "content" && strings.Contains(strings.ToLower(a.Val), "charset="):
				n.Attr[i].Val = "text/html; charset=utf-8"
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		forceUTF8(c)
	}
}

// longRequest is how long a request may stay in flight before the settle
// wait stops waiting for it (a long poll, a stream, a hung server).
const longRequest = 5 * time.Second

// busy reports whether a request younger than longRequest is in flight.
func (p *pageRun) busy(now time.Time) bool {
	busy := false
	p.inflight.Range(func(_, v any) bool {
		if now.Sub(v.(time.Time)) < longRequest {
			busy = true
			return false
		}
		return true
	})
	return busy
}

// settle waits until the page has no request in flight and its DOM has not
// changed for Quiet, or SettleTimeout passes (errSettle), or the page's
// time is up (the context's error).
func (p *pageRun) settle() error {
	quiet := p.t.opts.Quiet
	deadline := time.Now().Add(p.t.opts.SettleTimeout)
	type state struct {
		Ready    string `json:"ready"`
		Elements int    `json:"elements"`
		Text     int    `json:"text"`
	}
	var last state
	stable := time.Now()
	tick := time.NewTicker(quiet / 5)
	defer tick.Stop()
	for {
		st, err := chromedp.Run(p.runCtx, chromedp.Evaluate[state](pageStateJS))
		now := time.Now()
		if err != nil {
			if p.runCtx.Err() != nil {
				return p.runCtx.Err()
			}
			// A navigation is replacing the document: not settled.
			stable = now
		} else if st != last {
			last, stable = st, now
		}
		netQuiet := !p.busy(now) && now.Sub(time.Unix(0, p.lastNet.Load())) >= quiet
		// "interactive" is enough when the network is quiet: a hung image
		// or a long poll keeps a page from "complete" for ever.
		if err == nil && st.Ready != "loading" && netQuiet && now.Sub(stable) >= quiet {
			return nil
		}
		if now.After(deadline) {
			return errSettle
		}
		select {
		case <-p.runCtx.Done():
			return p.runCtx.Err()
		case <-tick.C:
		}
	}
}

// setBase adds <base href> to the document's head unless it has one.
func setBase(doc *html.Node, href string) {
	var head *html.Node
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Base:
				return true
			case atom.Head:
				head = n
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	if walk(doc) || head == nil {
		return
	}
	base := &html.Node{Type: html.ElementNode, DataAtom: atom.Base, Data: "base", Attr: []html.Attribute{{Key: "href", Val: href}}}
	head.InsertBefore(base, head.FirstChild)
}
