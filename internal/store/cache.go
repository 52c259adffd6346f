package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/crawler"
)

// cacheFlushBytes is how many bytes of new pages the crawl cache holds in
// memory before writing them out.
const cacheFlushBytes = 4 << 20

type cacheEntry struct {
	etag, lastModified string
	body               []byte
	at                 time.Time
}

// CrawlCache keeps each page's ETag, Last-Modified and body between audits
// so that the next crawl can ask "has it changed?" and reuse the body on
// 304. It satisfies crawler.Cache and is safe for concurrent use by the
// crawler's goroutines: Store buffers pages in memory and writes them in
// batches (at 4 MiB, in SaveAudit and in Close).
type CrawlCache struct {
	s   *Store
	now func() time.Time

	// flushMu lets one Flush run at a time.
	flushMu sync.Mutex

	mu      sync.Mutex
	pending map[string]cacheEntry
	// flushing is the batch being written: still looked up until it is
	// committed, so that a page is never briefly absent.
	flushing map[string]cacheEntry
	size     int
	err      error
}

func newCrawlCache(s *Store) *CrawlCache {
	return &CrawlCache{s: s, now: time.Now, pending: map[string]cacheEntry{}}
}

// Cache returns the store's crawl cache, for crawler.Options.Cache.
func (s *Store) Cache() *CrawlCache { return s.cache }

// Lookup returns what the last fetch of url kept. A read error counts as a
// miss: the page is then fetched whole, which is always correct.
func (c *CrawlCache) Lookup(url string) (etag, lastModified string, body []byte, ok bool) {
	c.mu.Lock()
	if e, hit := c.pending[url]; hit {
		c.mu.Unlock()
		return e.etag, e.lastModified, e.body, true
	}
	if e, hit := c.flushing[url]; hit {
		c.mu.Unlock()
		return e.etag, e.lastModified, e.body, true
	}
	c.mu.Unlock()
	var stored []byte
	var encoding string
	err := c.s.db.QueryRow("SELECT etag, last_modified, body, body_encoding FROM crawl_cache WHERE url = ?", url).Scan(&etag, &lastModified, &stored, &encoding)
	if err != nil {
		if !errors.Is(err, sql.ErrNoRows) {
			c.setErr(err)
		}
		return "", "", nil, false
	}
	if body, err = decodeBody(stored, encoding); err != nil {
		c.setErr(fmt.Errorf("%s: crawl cache of %s: %w", c.s.path, url, err))
		return "", "", nil, false
	}
	return etag, lastModified, body, true
}

// Store keeps a fetched page. A page with neither ETag nor Last-Modified
// cannot be asked about conditionally and is not kept.
func (c *CrawlCache) Store(url, etag, lastModified string, body []byte) {
	if etag == "" && lastModified == "" {
		return
	}
	b := make([]byte, len(body))
	copy(b, body)
	c.mu.Lock()
	if old, ok := c.pending[url]; ok {
		c.size -= len(old.body)
	}
	c.pending[url] = cacheEntry{etag: etag, lastModified: lastModified, body: b, at: c.now().UTC()}
	c.size += len(b)
	full := c.size >= cacheFlushBytes
	c.mu.Unlock()
	if full {
		if err := c.Flush(context.Background()); err != nil {
			c.setErr(err)
		}
	}
}

func (c *CrawlCache) setErr(err error) {
	c.mu.Lock()
	if c.err == nil {
		c.err = err
	}
	c.mu.Unlock()
}

// Err returns the first error the cache met while the crawler used it
// (Lookup and Store cannot return one); the crawl itself is unaffected.
func (c *CrawlCache) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}

// Flush writes the buffered pages in one transaction. On failure the
// buffered pages are dropped: they are only a cache.
func (c *CrawlCache) Flush(ctx context.Context) error {
	c.flushMu.Lock()
	defer c.flushMu.Unlock()
	c.mu.Lock()
	batch := c.pending
	c.pending, c.size, c.flushing = map[string]cacheEntry{}, 0, batch
	c.mu.Unlock()
	defer func() {
		c.mu.Lock()
		c.flushing = nil
		c.mu.Unlock()
	}()
	if len(batch) == 0 {
		return nil
	}
	// Compressed before the write lock is taken, so that other writers do
	// not wait on zlib.
	type row struct {
		url, etag, lastModified, encoding string
		body                              []byte
		at                                time.Time
	}
	rows := make([]row, 0, len(batch))
	for url, e := range batch {
		body, encoding := encodeBody(e.body)
		rows = append(rows, row{url, e.etag, e.lastModified, encoding, body, e.at})
	}
	tx, done, err := c.s.begin(ctx)
	if err != nil {
		return err
	}
	defer done()
	st, err := tx.PrepareContext(ctx, `INSERT INTO crawl_cache(url, etag, last_modified, body, body_encoding, fetched_at) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, body = excluded.body,
			body_encoding = excluded.body_encoding, fetched_at = excluded.fetched_at`)
	if err != nil {
		return c.s.wrap(err)
	}
	defer st.Close()
	for _, r := range rows {
		if _, err := st.ExecContext(ctx, r.url, r.etag, r.lastModified, r.body, r.encoding, cacheTime(r.at)); err != nil {
			return c.s.wrap(err)
		}
	}
	return c.s.wrap(tx.Commit())
}

// Prune deletes cached pages not fetched since before, so that pages gone
// from the portals do not stay forever. It returns how many it deleted.
func (c *CrawlCache) Prune(ctx context.Context, before time.Time) (int64, error) {
	if err := c.Flush(ctx); err != nil {
		return 0, err
	}
	tx, done, err := c.s.begin(ctx)
	if err != nil {
		return 0, err
	}
	defer done()
	res, err := tx.ExecContext(ctx, "DELETE FROM crawl_cache WHERE fetched_at < ?", cacheTime(before))
	if err != nil {
		return 0, c.s.wrap(err)
	}
	n, _ := res.RowsAffected()
	return n, c.s.wrap(tx.Commit())
}

// The crawler asks for exactly this.
var _ crawler.Cache = (*CrawlCache)(nil)

// cacheTime writes fetched_at in UTC with a fixed width, so that text
// order is time order.
func cacheTime(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000000000Z") }
