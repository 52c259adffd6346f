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
// robots.txt. colly (v2.3.0) reads robots.txt for Allow/Disallow only and
// keeps the parsed file in an unexported map, so the crawler reads the
// Crawl-delay from the same response as it passes through the transport
// (robotsTransport): one robots.txt request per host (TestCrawlDelay
// asserts it), Allow/Disallow left to colly. It also holds every request
// while the host asked to wait (429/503 and Retry-After, pause), and keeps
// colly's robots.txt request alone: colly sends it outside its LimitRule.
//
// Until the host's robots.txt is known, one request goes at a time (the
// first fetches robots.txt through colly); the others wait for it to end.
// While a Crawl-delay applies, the requests to the host go one at a time
// and each starts the delay after the previous one ended: spacing the
// starts only would let a request held up on the way (a slow dial, a busy
// machine) reach the server right behind the next one.
type hostGate struct {
	mu         sync.Mutex
	configured time.Duration // the configured delay, which colly applies
	delay      time.Duration // the Crawl-delay, when longer than configured
	known      bool          // the first request over
	probing    bool          // the first request is out
	ready      chan struct{} // closed once known, or when a probe ended unlearnt
	learnt     bool          // a robots.txt answer came through
	turn       chan struct{} // held by the one request out while delay > 0
	next       time.Time     // earliest start of the next request
	resume     time.Time     // no request before this (429/503 Retry-After)
}

func newHostGate(configured time.Duration) *hostGate {
	return &hostGate{configured: configured, ready: make(chan struct{}), turn: make(chan struct{}, 1)}
}

// wait blocks until a request to the host may start: the first request
// over, and while a Crawl-delay applies, no other request out and the
// delay since the last one ended over. The caller calls release once its
// request is over. wait returns the context's error when cancelled first.
func (g *hostGate) wait(ctx context.Context) (release func(), err error) {
	g.mu.Lock()
	resume := g.resume
	g.mu.Unlock()
	if d := time.Until(resume); d > 0 {
		if err := sleepCtx(ctx, d); err != nil {
			return nil, err
		}
	}
	g.mu.Lock()
	for !g.known && g.probing {
		ready := g.ready
		g.mu.Unlock()
		select {
		case <-ready:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		g.mu.Lock()
	}
	if !g.known {
		g.probing = true
		g.mu.Unlock()
		return g.probeDone, nil
	}
	spaced := g.delay > 0
	g.mu.Unlock()
	if !spaced {
		return func() {}, nil
	}
	select {
	case g.turn <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	g.mu.Lock()
	pause := time.Until(g.next)
	g.mu.Unlock()
	if pause > 0 {
		if err := sleepCtx(ctx, pause); err != nil {
			<-g.turn
			return nil, err
		}
	}
	return g.turnDone, nil
}

// turnDone ends a request that held the turn: the next starts a delay
// later.
func (g *hostGate) turnDone() {
	g.mu.Lock()
	g.next = later(g.next, time.Now().Add(g.delay))
	g.mu.Unlock()
	<-g.turn
}

// probeDone ends the first request. The gate opens once robots.txt came
// through; when it did not (colly could not fetch it, and tries again with
// the next request), the next request probes alone in turn: colly fetches
// robots.txt outside its LimitRule, so the gate is what keeps that fetch
// within the host's parallelism.
func (g *hostGate) probeDone() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.probing = false
	if !g.learnt {
		// Wake the waiters: the first to get the lock probes, the others
		// wait on the next channel.
		close(g.ready)
		g.ready = make(chan struct{})
		return
	}
	if g.delay > 0 {
		g.next = later(g.next, time.Now().Add(g.delay))
	}
	if !g.known {
		g.known = true
		close(g.ready)
	}
}

// pause holds every request to the host for d from now (a 429 or 503 with
// its Retry-After, or the backoff).
func (g *hostGate) pause(d time.Duration) {
	g.mu.Lock()
	g.resume = later(g.resume, time.Now().Add(d))
	g.mu.Unlock()
}

// learn records the host's robots.txt Crawl-delay (0: none) as colly
// reads it, before the request that asked for it goes out. The gate
// applies the delay when it is longer than the configured one. Learnt
// during the first request, it applies once that request is over; learnt
// later (robots.txt failed the first time), from now.
func (g *hostGate) learn(d time.Duration) {
	d = min(d, maxCrawlDelay)
	g.mu.Lock()
	defer g.mu.Unlock()
	g.learnt = true
	if d > g.configured {
		g.delay = d
		if g.known {
			g.next = later(g.next, time.Now().Add(d))
		}
	} else {
		g.delay = 0
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

// sleepCtx waits d, or until ctx ends (its error then): the gate's waits
// and the retries' back-off.
func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
