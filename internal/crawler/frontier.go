package crawler

import (
	"container/heap"
	"net/url"
)

// Link classes, visited in this order: procedure links and list pages
// first, then the rest of the site, then calendars and archives (endless
// link families that would otherwise eat the page budget).
const (
	classProcedure = iota
	classOther
	classCalendar
)

// task is one URL to fetch.
type task struct {
	u     *url.URL
	us    string
	depth int
	class int
	seq   int
	from  string
	start bool
	// mayHold is true when the page may list procedures: its failure makes
	// the result partial.
	mayHold bool
	// pagination is true when a pagination link led here ("Trang 2"): the
	// next page of a list.
	pagination bool
	// pattern is the URL's trap pattern ("" when it has none, see
	// patternOf).
	pattern string
}

// frontier is the crawl's queue: by class, then breadth-first by depth,
// then in discovery order.
//
// It stays the crawler's own rather than colly's queue (queue.Queue over
// a queue.Storage) because colly's queue is first in, first out by its
// storage contract (the in-memory list, Redis RPUSH/LPOP): it cannot put
// the procedure links found late on a page before the news links found
// early, nor calendars last. Measured at 19:39 UTC on 4 Dec 2026 with the
// heap's order replaced by discovery order (what colly's queue gives):
// TestBudgetPrefersProcedures (30 news links, then the procedure list,
// max_pages 3) found 0 of its 1 procedure and fetched 2 news pages; with
// this order it finds it and fetches no news page. The URLs seen, which a
// spread crawl must share, are in colly's storage (crawler.visited).
type frontier []*task

func (f frontier) Len() int { return len(f) }
func (f frontier) Less(i, j int) bool {
	a, b := f[i], f[j]
	if a.class != b.class {
		return a.class < b.class
	}
	if a.depth != b.depth {
		return a.depth < b.depth
	}
	return a.seq < b.seq
}
func (f frontier) Swap(i, j int) { f[i], f[j] = f[j], f[i] }
func (f *frontier) Push(x any)   { *f = append(*f, x.(*task)) }
func (f *frontier) Pop() any {
	old := *f
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	*f = old[:n-1]
	return t
}

var _ heap.Interface = (*frontier)(nil)
