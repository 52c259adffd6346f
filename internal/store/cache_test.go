package store

import (
	"bytes"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCrawlCacheConcurrentUse(t *testing.T) {
	s, path := openTemp(t)
	c := s.Cache()
	page := func(i int) []byte {
		return bytes.Repeat([]byte(fmt.Sprintf("<p>Trang %d – thủ tục</p>", i)), 600)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := g; i < 400; i += 4 {
				u := fmt.Sprintf("https://p.example/tthc/%d", i)
				c.Store(u, fmt.Sprintf(`"e%d"`, i), "Mon, 02 Nov 2026 08:00:00 GMT", page(i))
				etag, _, body, ok := c.Lookup(u)
				if assert.True(t, ok, u) {
					assert.Equal(t, fmt.Sprintf(`"e%d"`, i), etag)
					assert.Equal(t, page(i), body)
				}
			}
		}(g)
	}
	wg.Wait()
	require.NoError(t, c.Err())
	// 400 pages of ~18 KB crossed the flush threshold: some are already on disk.
	var onDisk int
	require.NoError(t, s.DB().QueryRow("SELECT count(*) FROM crawl_cache").Scan(&onDisk))
	assert.Greater(t, onDisk, 0)
	require.NoError(t, s.Close())

	s2, err := Open(path)
	require.NoError(t, err)
	defer s2.Close()
	for _, i := range []int{0, 199, 399} {
		etag, lm, body, ok := s2.Cache().Lookup(fmt.Sprintf("https://p.example/tthc/%d", i))
		require.True(t, ok, "page %d survives Close", i)
		assert.Equal(t, fmt.Sprintf(`"e%d"`, i), etag)
		assert.Equal(t, "Mon, 02 Nov 2026 08:00:00 GMT", lm)
		assert.Equal(t, page(i), body)
	}
}

func TestCrawlCacheStoreCopiesAndSkipsUnvalidated(t *testing.T) {
	s, _ := openTemp(t)
	c := s.Cache()
	buf := []byte("<html>một</html>")
	c.Store("https://p.example/a", `"x"`, "", buf)
	copy(buf, "XXXXXX")
	_, _, body, ok := c.Lookup("https://p.example/a")
	require.True(t, ok)
	assert.Equal(t, "<html>một</html>", string(body), "the crawler may reuse its buffer")

	c.Store("https://p.example/b", "", "", []byte("no validators"))
	_, _, _, ok = c.Lookup("https://p.example/b")
	assert.False(t, ok, "a page without ETag or Last-Modified cannot be revalidated")
	_, _, _, ok = c.Lookup("https://p.example/never")
	assert.False(t, ok)
}

func TestCrawlCacheFlushedBySaveAuditAndPruned(t *testing.T) {
	s, _ := openTemp(t)
	c := s.Cache()
	c.now = func() time.Time { return t0.Add(-100 * 24 * time.Hour) }
	c.Store("https://p.example/old", `"o"`, "", []byte("cũ"))
	c.now = func() time.Time { return t0 }
	c.Store("https://p.example/new", `"n"`, "", []byte("mới"))
	rep, rs := audit(t0, portal{id: "a", required: []string{"1.000001"}})
	_, _, err := s.SaveAudit(ctx, rep, rs, t0)
	require.NoError(t, err)
	var n int
	require.NoError(t, s.DB().QueryRow("SELECT count(*) FROM crawl_cache").Scan(&n))
	assert.Equal(t, 2, n)

	pruned, err := c.Prune(ctx, t0.Add(-90*24*time.Hour))
	require.NoError(t, err)
	assert.Equal(t, int64(1), pruned)
	_, _, _, ok := c.Lookup("https://p.example/old")
	assert.False(t, ok)
	_, _, _, ok = c.Lookup("https://p.example/new")
	assert.True(t, ok)
}
