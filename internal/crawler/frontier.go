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
