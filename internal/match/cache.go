package match

import "sync"

// cache is a bounded map safe for concurrent use, for the answers and
// word forms an index keeps while it matches. A map behind a read lock:
// sync.Map's lookups cost three to four times as much on the long keys
// and the hundred thousand entries kept here (they were 9 % of
// BenchmarkMatch60k).
type cache[V any] struct {
	mu  sync.RWMutex
	m   map[string]V
	max int
}

func newCache[V any](max int) *cache[V] {
	return &cache[V]{m: map[string]V{}, max: max}
}

// get is the value kept for key.
func (c *cache[V]) get(key string) (V, bool) {
	c.mu.RLock()
	v, ok := c.m[key]
	c.mu.RUnlock()
	return v, ok
}

// put keeps v for key while the cache holds fewer than max: beyond it,
// answers are worked out again, never wrong.
func (c *cache[V]) put(key string, v V) {
	c.mu.Lock()
	if len(c.m) < c.max {
		c.m[key] = v
	}
	c.mu.Unlock()
}

// clear empties the cache.
func (c *cache[V]) clear() {
	c.mu.Lock()
	clear(c.m)
	c.mu.Unlock()
}
