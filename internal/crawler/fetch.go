package crawler

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/retryafter"
	"github.com/tthcaudit/tthcaudit/internal/weburl"

	"github.com/gocolly/colly/v2"
	"github.com/gocolly/colly/v2/storage"
)

// maxRetryAfter caps how long a Retry-After answer makes the crawl wait.
const maxRetryAfter = 30 * time.Second

// Redirect errors, returned by the redirect handler.
var (
	errRedirectLoop  = errors.New("redirect loop")
	errRedirectScope = errors.New("redirect out of the portal's scope")
	errRedirectMany  = errors.New("more than 10 redirects")
)

// fetchResult is the outcome of one request.
type fetchResult struct {
	status      int
	body        []byte
	contentType string
	header      http.Header
	final       *url.URL
	kind        string // an Err* kind when the fetch failed
	detail      string
	retryAfter  time.Duration
	skipped     bool // not HTML: not read
	reused      bool // 304: the cached body
	cancelled   bool
}

// failed reports whether the page could not be read.
func (r *fetchResult) failed() bool { return r.kind != "" }

// retryable reports whether trying again may help.
func (r *fetchResult) retryable() bool {
	switch r.kind {
	case ErrTimeout, ErrNetwork:
		return true
	case ErrHTTP:
		return r.status >= 500 || r.status == http.StatusTooManyRequests
	}
	return false
}

// transport is the default transport, counting wire bytes, or the
// caller's, counting body bytes.
// Either way robots.txt answers pass through robotsTransport for their
// Crawl-delay.
func (cr *crawler) transport() http.RoundTripper {
	var rt http.RoundTripper
	if cr.opts.Transport == nil {
		cr.own = defaultTransport(cr.opts.Parallelism, &cr.bytes, cr.opts.TLS)
		rt = cr.own
	} else {
		rt = countingTransport{next: cr.opts.Transport, bytes: &cr.bytes}
	}
	return robotsTransport{next: rt, userAgent: cr.opts.UserAgent, gates: cr.gates}
}

// countingTransport counts the bytes of every response body it hands out.
type countingTransport struct {
	next  http.RoundTripper
	bytes *atomic.Int64
}

func (t countingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.next.RoundTrip(req)
	if err != nil || resp.Body == nil {
		return resp, err
	}
	resp.Body = &countingBody{ReadCloser: resp.Body, n: t.bytes}
	return resp, nil
}

type countingBody struct {
	io.ReadCloser
	n *atomic.Int64
}

func (b *countingBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	b.n.Add(int64(n))
	return n, err
}

// ctxKey names values in a colly request context.
const (
	ctxResp  = "resp"
	ctxCT    = "ct"
	ctxAbort = "abort"
)

// newCollector builds the colly collector: robots.txt obeyed, one limit
// rule per host, the body cap, redirects checked by the crawler.
func (cr *crawler) newCollector(ctx context.Context) (*colly.Collector, error) {
	o := cr.opts
	c := colly.NewCollector(
		colly.UserAgent(o.UserAgent),
		// colly checks a URL as visited when the request starts, so that
		// the retry of a timeout would be refused; the crawler marks URLs
		// in the same storage (cr.visited) itself, when they are queued.
		colly.AllowURLRevisit(),
		colly.ParseHTTPErrorResponse(),
		colly.StdlibContext(ctx),
	)
	c.IgnoreRobotsTxt = false
	// One byte over the cap tells a page at the cap from a bigger one,
	// which colly would otherwise cut short without a word.
	if o.MaxBodyBytes < int64(^uint(0)>>1)-1 {
		c.MaxBodySize = int(o.MaxBodyBytes + 1)
	}
	c.SetClient(&http.Client{
		Transport: cr.transport(),
		Timeout:   o.Timeout,
	})
	// The URLs seen live in colly's storage (the crawler keys them by
	// canonical URL; colly's own revisit check stays off because retries
	// fetch a URL again). SetStorage also keeps the cookies there.
	cr.visited = &storage.InMemoryStorage{}
	if err := c.SetStorage(cr.visited); err != nil {
		return nil, fmt.Errorf("crawler: storage: %w", err)
	}
	c.SetRedirectHandler(cr.checkRedirect)
	for h := range cr.scope.hosts {
		rule := &colly.LimitRule{DomainRegexp: "^" + regexpQuote(h) + "$", Parallelism: o.Parallelism, Delay: o.Delay}
		if err := c.Limit(rule); err != nil {
			return nil, fmt.Errorf("crawler: limit rule for %s: %w", h, err)
		}
	}
	c.OnResponseHeaders(func(r *colly.Response) {
		ct := r.Headers.Get("Content-Type")
		r.Ctx.Put(ctxCT, ct)
		if r.StatusCode >= 300 {
			return
		}
		if ct != "" && !isHTMLType(ct) {
			r.Ctx.Put(ctxAbort, "skip")
			r.Request.Abort()
			return
		}
		if cl, err := strconv.ParseInt(r.Headers.Get("Content-Length"), 10, 64); err == nil && cl > o.MaxBodyBytes {
			r.Ctx.Put(ctxAbort, ErrTooLarge)
			r.Request.Abort()
			return
		}
		// colly converts a body whose header names a charset other than
		// UTF-8, and never reads <meta>; the crawler decodes the raw body
		// itself (decodeBody), so colly is told it is UTF-8 already.
		r.Headers.Set("Content-Type", "text/html; charset=utf-8")
	})
	c.OnResponse(func(r *colly.Response) { r.Ctx.Put(ctxResp, r) })
	return c, nil
}

// isHTMLType reports whether a Content-Type is an HTML page.
func isHTMLType(ct string) bool {
	ct = strings.ToLower(ct)
	return strings.Contains(ct, "html")
}

// checkRedirect follows a redirect only within scope and not in circles.
func (cr *crawler) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) >= 10 {
		return errRedirectMany
	}
	u := *req.URL
	weburl.Canonicalise(&u)
	if !cr.scope.contains(&u) {
		return errRedirectScope
	}
	target := u.String()
	seen := 0
	for _, v := range via {
		vu := *v.URL
		weburl.Canonicalise(&vu)
		if vu.String() == target {
			seen++
		}
	}
	// One return to the same page is allowed (portals that set a session
	// cookie and redirect back); a second is a loop.
	if seen >= 2 || seen == 1 && len(via) > 2 {
		return errRedirectLoop
	}
	return nil
}

// fetchOnce sends one request through colly.
func (cr *crawler) fetchOnce(ctx context.Context, t *task) *fetchResult {
	res := &fetchResult{final: t.u}
	cctx := colly.NewContext()
	hdr := http.Header{}
	hdr.Set("User-Agent", cr.opts.UserAgent)
	hdr.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
	hdr.Set("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5")
	var cachedBody []byte
	var cached bool
	if cr.opts.Cache != nil {
		etag, lm, body, ok := cr.opts.Cache.Lookup(t.us)
		if ok {
			cachedBody, cached = body, true
			if etag != "" {
				hdr.Set("If-None-Match", etag)
			}
			if lm != "" {
				hdr.Set("If-Modified-Since", lm)
			}
		}
	}
	if g := cr.gates[t.u.Host]; g != nil {
		release, err := g.wait(ctx)
		if err != nil {
			res.cancelled = true
			return res
		}
		defer release()
	}
	err := cr.c.Request(http.MethodGet, t.us, nil, cctx, hdr)
	if ctx.Err() != nil {
		res.cancelled = true
		return res
	}
	if r, ok := cctx.GetAny(ctxResp).(*colly.Response); ok && r != nil {
		res.status = r.StatusCode
		res.body = r.Body
		if r.Headers != nil {
			res.header = *r.Headers
		}
		res.contentType = cctx.Get(ctxCT)
		if r.Request != nil && r.Request.URL != nil {
			fu := *r.Request.URL
			weburl.Canonicalise(&fu)
			res.final = &fu
		}
	}
	switch {
	case err != nil && errors.Is(err, colly.ErrAbortedAfterHeaders):
		if cctx.Get(ctxAbort) == ErrTooLarge {
			res.kind, res.detail = ErrTooLarge, fmt.Sprintf("Content-Length over the %d-byte cap", cr.opts.MaxBodyBytes)
		} else {
			res.skipped = true
			res.contentType = cctx.Get(ctxCT)
		}
		return res
	case err != nil:
		res.kind, res.detail = classify(err), err.Error()
		return res
	}
	if res.status == http.StatusNotModified && cached {
		res.status, res.body, res.reused = http.StatusOK, cachedBody, true
		return res
	}
	if res.status >= 400 {
		res.kind, res.detail = ErrHTTP, fmt.Sprintf("HTTP %d", res.status)
		if res.status == http.StatusTooManyRequests || res.status == http.StatusServiceUnavailable {
			res.retryAfter = parseRetryAfter(res.header.Get("Retry-After"), cr.opts.Now())
		}
		return res
	}
	if res.status >= 300 {
		// A redirect the client did not follow (no Location).
		res.kind, res.detail = ErrRedirect, fmt.Sprintf("HTTP %d without a usable Location", res.status)
		return res
	}
	if int64(len(res.body)) > cr.opts.MaxBodyBytes {
		res.kind, res.detail = ErrTooLarge, fmt.Sprintf("body over the %d-byte cap", cr.opts.MaxBodyBytes)
		res.body = nil
		return res
	}
	if cr.opts.Cache != nil && res.header != nil {
		etag, lm := res.header.Get("ETag"), res.header.Get("Last-Modified")
		if etag != "" || lm != "" {
			cr.opts.Cache.Store(t.us, etag, lm, res.body)
		}
	}
	return res
}

// parseRetryAfter reads a Retry-After value (seconds or an HTTP date),
// capped at maxRetryAfter; 0 when there is none to read.
func parseRetryAfter(v string, now time.Time) time.Duration {
	d, _ := retryafter.Parse(v, now, maxRetryAfter)
	return d
}

// classify names the kind of a failed request.
func classify(err error) string {
	var dnsErr *net.DNSError
	var certErr *tls.CertificateVerificationError
	var recErr tls.RecordHeaderError
	var unkAuth x509.UnknownAuthorityError
	var hostErr x509.HostnameError
	var invErr x509.CertificateInvalidError
	var ne net.Error
	switch {
	case errors.Is(err, colly.ErrRobotsTxtBlocked):
		return ErrRobots
	case errors.Is(err, errRedirectLoop), errors.Is(err, errRedirectScope), errors.Is(err, errRedirectMany):
		return ErrRedirect
	case errors.As(err, &dnsErr):
		return ErrDNS
	case errors.As(err, &certErr), errors.As(err, &recErr), errors.As(err, &unkAuth), errors.As(err, &hostErr), errors.As(err, &invErr),
		strings.Contains(err.Error(), "tls: "):
		return ErrTLS
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, syscall.ETIMEDOUT),
		errors.As(err, &ne) && ne.Timeout():
		return ErrTimeout
	}
	return ErrNetwork
}

// backoff is the pause before retry number attempt (0-based).
func (cr *crawler) backoff(attempt int) time.Duration {
	base := max(cr.opts.Delay, 50*time.Millisecond)
	return min(base<<attempt, 10*time.Second)
}

// fetch fetches t, retrying timeouts, reset connections, 5xx and 429 with
// backoff (Retry-After honoured, capped).
func (cr *crawler) fetch(ctx context.Context, t *task) *fetchResult {
	for attempt := 0; ; attempt++ {
		res := cr.fetchOnce(ctx, t)
		if res.cancelled || !res.retryable() || attempt >= cr.opts.Retries {
			return res
		}
		wait := cr.backoff(attempt)
		if res.retryAfter > 0 {
			wait = res.retryAfter
		}
		if res.status == http.StatusTooManyRequests || res.status == http.StatusServiceUnavailable {
			// The host asked to slow down: every request to it waits,
			// not only this one's retry.
			if g := cr.gates[t.u.Host]; g != nil {
				g.pause(wait)
			}
		}
		if sleepCtx(ctx, wait) != nil {
			res.cancelled = true
			return res
		}
	}
}

func regexpQuote(s string) string { return regexp.QuoteMeta(s) }
