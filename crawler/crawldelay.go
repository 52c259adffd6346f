package crawler

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// maxCrawlDelay caps the Crawl-delay a robots.txt can impose: beyond it a
// crawl of a few thousand pages would never end (max_pages and the
// audit's deadline bound it anyway).
const maxCrawlDelay = 30 * time.Second

// maxRobotsBytes is how much of a robots.txt is read for its Crawl-delay.
const maxRobotsBytes = 512 << 10

// hostGate spaces the requests to one host by the Crawl-delay of its
// robots.txt. colly reads robots.txt for Allow/Disallow only and keeps it
// to itself, so the crawler reads the same response as it passes through
// the transport (robotsTransport) and waits here before each request.
//
// Until the host's robots.txt is known, one request goes at a time (the
// first fetches robots.txt through colly); the others wait for it.
type hostGate struct {
	mu         sync.Mutex
	configured time.Duration // the configured delay, which colly applies
	delay      time.Duration // the Crawl-delay, when longer than configured
	known      bool          // robots.txt read, or the first request over
	probing    bool          // the first request is out
	probeStart time.Time
	ready      chan struct{} // closed once known
	next       time.Time     // earliest start of the next request
}

func newHostGate(configured time.Duration) *hostGate {
	return &hostGate{configured: configured, ready: make(chan struct{})}
}

// wait blocks until a request to the host may start: robots.txt known and
// the Crawl-delay since the previous start over. It returns the context's
// error when cancelled first.
func (g *hostGate) wait(ctx context.Context) error {
	g.mu.Lock()
	for !g.known && g.probing {
		ready := g.ready
		g.mu.Unlock()
		select {
		case <-ready:
		case <-ctx.Done():
			return ctx.Err()
		}
		g.mu.Lock()
	}
	now := time.Now()
	if !g.known {
		g.probing, g.probeStart = true, now
	}
	var pause time.Duration
	if g.delay > 0 {
		start := later(g.next, now)
		// Each waiter books its own start, so that two workers woken
		// together do not leave together.
		g.next = start.Add(g.delay)
		pause = start.Sub(now)
	}
	g.mu.Unlock()
	if pause <= 0 {
		return nil
	}
	t := time.NewTimer(pause)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// done records that a request through the gate is over. After the first
// the gate opens even if no robots.txt came through (colly could not fetch
// it and tries again with a later request; the gate learns the delay then).
func (g *hostGate) done() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.known {
		return
	}
	g.known = true
	close(g.ready)
	if g.delay > 0 {
		g.next = later(g.next, g.probeStart.Add(g.delay))
	}
}

// learn records the host's robots.txt Crawl-delay (0: none) as colly
// reads it, before the request that asked for it goes out: that request
// starts now, the next one a delay later. The gate applies the delay when
// it is longer than the configured one, and opens for the other workers.
func (g *hostGate) learn(d time.Duration) {
	d = min(d, maxCrawlDelay)
	g.mu.Lock()
	defer g.mu.Unlock()
	if d > g.configured {
		g.delay = d
		g.next = later(g.next, time.Now().Add(d))
	} else {
		g.delay = 0
	}
	if !g.known {
		g.known = true
		close(g.ready)
	}
}

// later returns the later of two times.
func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// robotsTransport reads the Crawl-delay of every robots.txt that passes
// through it (colly's own robots.txt requests) and hands the body on
// unchanged.
type robotsTransport struct {
	next      http.RoundTripper
	userAgent string
	gates     map[string]*hostGate // read-only once the crawl runs
}

func (t robotsTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.next.RoundTrip(req)
	if err != nil || req.Method != http.MethodGet || req.URL.Path != "/robots.txt" {
		return resp, err
	}
	g := t.gates[req.URL.Host]
	if g == nil {
		return resp, err
	}
	body, rerr := io.ReadAll(io.LimitReader(resp.Body, maxRobotsBytes))
	rest := resp.Body
	resp.Body = readCloser{Reader: io.MultiReader(bytes.NewReader(body), rest), Closer: rest}
	var d time.Duration
	if rerr == nil { // else colly reads the same error and decides
		if r, perr := robotstxt.FromStatusAndBytes(resp.StatusCode, body); perr == nil {
			d = r.FindGroup(t.userAgent).CrawlDelay
		}
	}
	g.learn(d)
	return resp, nil
}

// readCloser joins a reader with the closer of the body it reads from.
type readCloser struct {
	io.Reader
	io.Closer
}
