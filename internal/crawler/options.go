package crawler

import (
	"context"
	"crypto/tls"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/weburl"

	"github.com/tthcaudit/tthcaudit/internal/config"
)

// Options are one crawl's settings.
type Options struct {
	// StartURLs are the pages the crawl starts from (the portal's urls).
	StartURLs []string
	// Scope are URL path prefixes to stay under; empty: the whole host of
	// each start URL.
	Scope []string
	// Delay is the pause between requests to one host; Timeout bounds one
	// request.
	Delay, Timeout time.Duration
	// Parallelism is the number of requests in flight to one host (default
	// 2); MaxPages the number of pages fetched at most (default 5000).
	Parallelism, MaxPages int
	// UserAgent is sent with every request, robots.txt included.
	UserAgent string
	// MaxBodyBytes caps one response body (default 8 MiB): a bigger page
	// is an error of kind too_large, never read cut short.
	MaxBodyBytes int64
	// Retries is how many times a timeout, a reset connection or a 5xx/429
	// answer is tried again (default 2; negative: none).
	Retries int
	// Selectors read portals the generic extractor cannot (optional).
	Selectors *config.Selectors
	// TLS is the certificate configuration of the default transport (nil:
	// the system's authorities); a given Transport has its own.
	TLS *tls.Config
	// Transport sends the requests; nil: a default transport that keeps
	// enough idle connections per host. With a transport of the caller's,
	// Stats.Bytes counts response bodies as read instead of wire bytes.
	Transport http.RoundTripper
	// Now is the clock (nil: time.Now).
	Now func() time.Time
	// Progress, when set, is called with the number of pages fetched so far.
	Progress func(pagesFetched int)
	// Cache, when set, makes requests conditional (If-None-Match,
	// If-Modified-Since) and reuses an unchanged body on 304.
	Cache Cache
}

// Cache lets a later audit send If-None-Match/If-Modified-Since and reuse
// an unchanged body on 304.
type Cache interface {
	Lookup(url string) (etag, lastModified string, body []byte, ok bool)
	Store(url, etag, lastModified string, body []byte)
}

// Defaults of the Options left zero: the configuration's built-in ones, so
// that a crawl started without a config behaves as one with an empty config.
const (
	DefaultParallelism  = config.DefaultParallelism
	DefaultMaxPages     = config.DefaultMaxPages
	DefaultTimeout      = config.DefaultTimeout
	DefaultMaxBodyBytes = config.DefaultMaxBodyBytes
	DefaultRetries      = config.DefaultRetries
	DefaultUserAgent    = config.DefaultUserAgent
)

// normalised returns the options with defaults filled in and the start
// URLs parsed, or an error naming the bad option.
func (o Options) normalised() (Options, []*url.URL, error) {
	if len(o.StartURLs) == 0 {
		return o, nil, fmt.Errorf("crawler: no start URL: give the portal at least one url")
	}
	var starts []*url.URL
	for _, s := range o.StartURLs {
		u, err := url.Parse(strings.TrimSpace(s))
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return o, nil, fmt.Errorf("crawler: start URL %q is not an http(s) address: write it as https://host/path", s)
		}
		weburl.Canonicalise(u)
		starts = append(starts, u)
	}
	if o.Parallelism < 0 || o.MaxPages < 0 || o.Delay < 0 || o.Timeout < 0 || o.MaxBodyBytes < 0 {
		return o, nil, fmt.Errorf("crawler: negative parallelism, max_pages, delay, timeout or max_body_bytes")
	}
	if o.Parallelism == 0 {
		o.Parallelism = DefaultParallelism
	}
	if o.MaxPages == 0 {
		o.MaxPages = DefaultMaxPages
	}
	if o.Timeout == 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxBodyBytes == 0 {
		o.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if o.Retries == 0 {
		o.Retries = DefaultRetries
	} else if o.Retries < 0 {
		o.Retries = 0
	}
	if strings.TrimSpace(o.UserAgent) == "" {
		o.UserAgent = DefaultUserAgent
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o, starts, nil
}

// defaultTransport keeps as many idle connections per host as requests in
// flight (the standard default of 2 makes every extra worker dial anew)
// and counts the bytes read from its connections: the bytes on the wire,
// headers and compressed bodies as sent.
func defaultTransport(parallelism int, wire *atomic.Int64, tc *tls.Config) *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	if tc != nil {
		t.TLSClientConfig = tc
	}
	t.MaxIdleConnsPerHost = max(parallelism*2, 4)
	t.MaxIdleConns = 100
	d := &net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}
	t.DialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := d.DialContext(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		return &countingConn{Conn: c, n: wire}, nil
	}
	return t
}

// countingConn counts the bytes read from a connection.
type countingConn struct {
	net.Conn
	n *atomic.Int64
}

func (c *countingConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	c.n.Add(int64(n))
	return n, err
}
