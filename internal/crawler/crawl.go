package crawler

import (
	"container/heap"
	"context"
	"errors"
	"net/http"
	"net/url"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gocolly/colly/v2"
	"github.com/gocolly/colly/v2/storage"
	"github.com/tthcaudit/tthcaudit/internal/extract"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/weburl"
)

// extractSlots bound the pages parsed at once, over every crawl of the
// process, to the CPUs: parsing is CPU-bound, so more at once is no faster,
// and each parse holds a page's whole DOM (ten times its body) until it
// ends. Workers waiting here hold only the body.
var extractSlots = make(chan struct{}, max(runtime.GOMAXPROCS(0), 2))

// outcome is what became of one fetched URL.
type outcome struct {
	t         *task
	res       *fetchResult
	pageURL   string // final URL, canonical
	fetchedAt time.Time
	hash      string
	detail    *extract.Detail
	heading   string // the page's title heading, or its <title>
	claimed   bool
}

// crawler is one running crawl.
type crawler struct {
	opts   Options
	portal string
	scope  *scope
	c      *colly.Collector
	bytes  atomic.Int64
	// gates space the requests per host by robots.txt's Crawl-delay.
	gates map[string]*hostGate
	// own is the transport the crawl made itself (nil: the caller's); its
	// idle connections are closed at the end.
	own *http.Transport

	mu    sync.Mutex
	cond  *sync.Cond
	queue frontier
	// visited is colly's storage of the URLs seen (queued, fetched or
	// skipped), keyed by a hash of the canonical URL: colly's interface,
	// so that a shared storage (Redis) can later spread one crawl.
	visited    storage.Storage
	seq        int
	active     int
	activeProc int // procedure-class tasks in flight
	dispatched int
	stopped    bool

	outcomes map[string]*outcome // by requested URL and by final URL
	order    []*outcome
	entries  []Entry // list, table and card entries, as found
	skipped  int
	pages    int
	reused   int64
	script   bool
	startsOK int
	notes    []msg.Note // Result.Notes
	// oks are the outcomes' shared results of pages that loaded, by
	// status (see settled).
	oks map[int]*fetchResult
	// traps are the URL patterns that vary by a number or a token (see
	// traps.go), by pattern.
	traps map[string]*trapState
	// known are the entries' keys seen, to tell a page that brings a new
	// procedure from one that repeats a sidebar.
	known       map[uint64]struct{}
	actionLinks int
	// held are the off-topic links set aside, by URL, while focused (see
	// focus.go).
	held    map[string]*heldLink
	focused bool
	// interned are the fields, agencies and levels kept (see intern).
	interned  map[string]string
	progressM sync.Mutex
}

// Crawl walks one portal from its start URLs and returns what it found.
// It returns an error only for bad options; pages that fail are reported
// in the Result (FailedPages, BrokenLinks, Stats, Partial).
func Crawl(ctx context.Context, portalID string, opts Options) (*Result, error) {
	o, starts, err := opts.normalised()
	if err != nil {
		return nil, err
	}
	cr := &crawler{
		opts:     o,
		portal:   portalID,
		scope:    newScope(starts, o.Scope),
		outcomes: map[string]*outcome{},
		traps:    map[string]*trapState{},
		known:    map[uint64]struct{}{},
		held:     map[string]*heldLink{},
		focused:  true,
	}
	cr.cond = sync.NewCond(&cr.mu)
	cr.gates = map[string]*hostGate{}
	for h := range cr.scope.hosts {
		cr.gates[h] = newHostGate(o.Delay)
	}
	c, err := cr.newCollector(ctx)
	if err != nil {
		return nil, err
	}
	cr.c = c
	if cr.own != nil {
		defer cr.own.CloseIdleConnections()
	}
	began := o.Now()
	for _, u := range starts {
		cr.enqueue(u, 0, classProcedure, "", true, true)
	}
	stop := context.AfterFunc(ctx, func() {
		cr.mu.Lock()
		cr.stopped = true
		cr.cond.Broadcast()
		cr.mu.Unlock()
	})
	defer stop()

	startHosts := map[string]bool{}
	for _, u := range starts {
		startHosts[u.Host] = true
	}
	// Twice as many workers as requests allowed in flight: while one reads
	// a page it fetched, another can fetch (colly's limit rule keeps the
	// requests per host to Parallelism; the host gate keeps colly's
	// robots.txt request, which the rule does not cover, alone).
	workers := min(2*o.Parallelism*len(startHosts), 64)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				t, ok := cr.next()
				if !ok {
					return
				}
				cr.process(ctx, t)
				cr.done(t)
			}
		}()
	}
	wg.Wait()

	res := cr.result()
	res.Stats.Duration = o.Now().Sub(began)
	if err := ctx.Err(); err != nil {
		res.Partial = true
		reason := msg.N("crawl.cancelled")
		if errors.Is(err, context.DeadlineExceeded) {
			reason = msg.N("crawl.deadline")
		}
		res.PartialReasons = append([]msg.Note{reason}, res.PartialReasons...)
	}
	return res, nil
}

// enqueue adds u to the frontier unless it was seen. Callers hold no lock.
func (cr *crawler) enqueue(u *url.URL, depth, class int, from string, start, mayHold bool) {
	cr.mu.Lock()
	defer cr.mu.Unlock()
	cr.push(u, u.String(), depth, class, from, start, mayHold)
	cr.cond.Signal()
}

// push adds u (us is its string) to the frontier unless it was seen, and
// returns its task (nil: seen). Callers hold cr.mu and wake the workers.
func (cr *crawler) push(u *url.URL, us string, depth, class int, from string, start, mayHold bool) *task {
	if !cr.visit(us) {
		return nil
	}
	cr.seq++
	t := &task{u: u, us: us, depth: depth, class: class, seq: cr.seq, from: from, start: start, mayHold: mayHold}
	heap.Push(&cr.queue, t)
	return t
}

// next hands a worker the next task, or false when the crawl is over:
// nothing left and nothing in flight, the page budget spent, or stopped.
func (cr *crawler) next() (*task, bool) {
	cr.mu.Lock()
	defer cr.mu.Unlock()
	for {
		if cr.stopped || cr.dispatched >= cr.opts.MaxPages {
			return nil, false
		}
		if cr.queue.Len() > 0 {
			// When the budget cannot cover what is queued, a worker does
			// not take a lesser link while procedure pages are in flight:
			// they may bring more procedure links, which go first.
			if cr.queue[0].class != classProcedure && cr.activeProc > 0 && cr.opts.MaxPages-cr.dispatched < cr.queue.Len()+cr.active {
				cr.cond.Wait()
				continue
			}
			t := heap.Pop(&cr.queue).(*task)
			if cr.trapCut(t.pattern) {
				continue
			}
			if cr.trapHold(t) {
				continue
			}
			cr.active++
			if t.class == classProcedure {
				cr.activeProc++
			}
			cr.dispatched++
			return t, true
		}
		if cr.active == 0 {
			if cr.release() {
				continue // nothing found: the links set aside after all
			}
			cr.cond.Broadcast()
			return nil, false
		}
		cr.cond.Wait()
	}
}

// done marks a task finished and wakes workers waiting for work or for
// the end.
func (cr *crawler) done(t *task) {
	cr.mu.Lock()
	cr.trapDone(t)
	cr.active--
	if t.class == classProcedure {
		cr.activeProc--
	}
	cr.cond.Broadcast()
	cr.mu.Unlock()
}

// process fetches one page, records the outcome, and queues its links.
func (cr *crawler) process(ctx context.Context, t *task) {
	res := cr.fetch(ctx, t)
	if res.cancelled {
		return
	}
	o := &outcome{t: t, res: res, pageURL: res.final.String(), fetchedAt: cr.opts.Now()}
	var reused int64
	if res.reused {
		reused = int64(len(res.body))
	}
	var px *extract.PageExtract
	if !res.failed() && !res.skipped {
		extractSlots <- struct{}{}
		x := extract.Extract(o.pageURL, res.body, extract.Options{ContentType: res.contentType, Selectors: cr.opts.Selectors, ForCrawl: true})
		<-extractSlots
		px = &x
		o.hash = x.BodyHash
		switch {
		case x.ParseErr != nil:
			// Its procedures cannot be read: a failed page, not an empty one.
			res.kind, res.detail = ErrParse, x.ParseErr.Error()
			px = nil
		case x.Blocked != "":
			// A firewall or captcha page stands where the page should be:
			// the page was not shown, whatever the status said.
			res.kind, res.detail = ErrBlocked, x.Blocked
			px = nil
		}
	}
	if px != nil {
		x := px
		if x.Detail != nil {
			o.detail = compactDetail(x.Detail)
		} else {
			// Only a page that is no detail page lends its heading to a
			// name a listing cut short (merge).
			o.heading = x.Heading
			if o.heading == "" {
				o.heading = x.Title
			}
			o.heading = strings.Clone(o.heading)
		}
	}
	// The outcome lives until the crawl ends; body, headers and the final
	// URL (pageURL has it) are not needed any more and would keep every
	// page in memory.
	res.body, res.header, res.final = nil, nil, nil
	if o.pageURL == t.us {
		o.pageURL = t.us // one string for both, not two equal ones
	}
	cr.mu.Lock()
	o.res = cr.settled(res)
	if o.detail != nil {
		cr.internDetail(o.detail)
	}
	cr.outcomes[t.us] = o
	if o.pageURL != t.us {
		cr.visit(o.pageURL)
		if cr.outcomes[o.pageURL] == nil {
			cr.outcomes[o.pageURL] = o
		}
	}
	cr.order = append(cr.order, o)
	if res.status != 0 || res.skipped {
		cr.pages++
	}
	cr.reused += reused
	if res.skipped {
		cr.skipped++
	}
	if t.start && px != nil {
		cr.startsOK++
	}
	fresh := false // the page brought a procedure not seen before
	if px != nil {
		cr.actionLinks += px.ActionLinks
		if px.ScriptRendered {
			cr.script = true
		}
		if px.Detail != nil {
			fresh = cr.learn('d', px.Detail.Code, px.Detail.Name)
		}
		if px.LinksDropped > 0 {
			cr.notes = append(cr.notes, msg.N("crawl.link_cap", o.pageURL, extract.MaxLinksPerPage, px.LinksDropped))
		}
		if px.EntriesDropped > 0 {
			cr.notes = append(cr.notes, msg.N("crawl.entry_cap", o.pageURL, MaxEntriesPerPage, MaxEntriesPerPage, px.EntriesDropped))
		}
		if px.Detail == nil {
			for _, e := range px.Entries {
				if cr.learn('e', e.Code, e.Key) {
					fresh = true
				}
				cr.compactEntry(&e)
				e.PageURL = o.pageURL
				e.FetchedAt = o.fetchedAt
				cr.entries = append(cr.entries, e)
			}
		}
	}
	pages := cr.pages
	cr.mu.Unlock()

	if cr.opts.Progress != nil {
		cr.progressM.Lock()
		cr.opts.Progress(pages)
		cr.progressM.Unlock()
	}
	if px == nil {
		t.u = nil // fetched: its parsed URL is not needed any more
		return
	}
	// The page's links join the frontier at once, so that no worker takes
	// the first of them before the better ones further down are queued.
	cr.mu.Lock()
	defer func() {
		cr.cond.Broadcast()
		cr.mu.Unlock()
	}()
	for i, l := range px.Links {
		u := px.LinkURLs[i]
		if !cr.scope.contains(u) || weburl.IsFile(u) {
			if cr.visit(l.URL) {
				cr.skipped++
			}
			continue
		}
		if cr.seen(l.URL) {
			continue
		}
		if l.OffTopic != "" && cr.focused {
			cr.hold(u, l.URL, t.depth+1, o.pageURL, l.OffTopic)
			continue
		}
		cr.unhold(l.URL) // set aside from another page, found here as more
		class := classOther
		switch {
		case l.Procedure && px.IsEntryURL(l.URL):
			class = classProcedure
		case weburl.IsCalendarLike(u):
			class = classCalendar
		case l.Procedure || l.Pagination:
			class = classProcedure
		}
		// A procedure's own link is never cut as a trap; the next page of
		// a list is (past its last page it only repeats).
		pattern := ""
		if class != classProcedure || l.Pagination {
			pattern = patternOf(u)
			if cr.trapCut(pattern) {
				cr.visit(l.URL)
				continue
			}
		}
		mayHold := class == classProcedure && !px.IsEntryURL(l.URL)
		if nt := cr.push(u, l.URL, t.depth+1, class, o.pageURL, false, mayHold); nt != nil {
			nt.pagination = l.Pagination
			nt.pattern = pattern
			if class == classProcedure && !l.Pagination {
				fresh = true
			}
		}
	}
	cr.trapSeen(t, fresh)
	t.u = nil // fetched: its parsed URL is not needed any more
}

// result assembles the Result once every worker has stopped.
func (cr *crawler) result() *Result {
	res := &Result{PortalID: cr.portal, StartPagesLoaded: cr.startsOK, ScriptRendered: cr.script}
	res.Stats = Stats{Pages: cr.pages, Skipped: cr.skipped, Bytes: cr.bytes.Load(), BytesReused: cr.reused, ErrorsByKind: map[string]int{}, ActionLinks: cr.actionLinks}
	res.Traps = cr.cutTraps()
	res.Blocked = cr.blocked()
	for _, o := range cr.order {
		switch {
		case cr.skippedByRobots(o):
			res.Stats.Skipped++
		case o.res.failed():
			res.Stats.Errors++
			res.Stats.ErrorsByKind[o.res.kind]++
		}
	}
	res.Notes = cr.notes
	if res.Stats.OffTopic = cr.offTopicStats(); res.Stats.OffTopic != nil {
		if n, ok := offTopicNote(res.Stats.OffTopic); ok {
			res.Notes = append(res.Notes, n)
		}
	}
	cr.merge(res)
	if cr.dispatched >= cr.opts.MaxPages {
		// Calendars and archives never end: links of theirs, and of trap
		// patterns cut, left over do not make the crawl partial; any other
		// link may hold procedures.
		left := 0
		for _, t := range cr.queue {
			if t.class != classCalendar && cr.cutPattern(t.pattern) == nil {
				left++
			}
		}
		if left > 0 {
			res.Partial = true
			res.PartialReasons = append(res.PartialReasons, msg.N("crawl.max_pages", cr.opts.MaxPages, left))
		}
	}
	if len(res.FailedPages) > 0 {
		res.Partial = true
		res.PartialReasons = append(res.PartialReasons, msg.N("crawl.failed_list_pages", len(res.FailedPages)))
	}
	return res
}

// visit marks us seen and reports whether it was new. Callers hold cr.mu.
func (cr *crawler) visit(us string) bool {
	h := urlHash(us)
	if v, err := cr.visited.IsVisited(h); err == nil && v {
		return false
	}
	// A storage that fails (a shared one, unreachable) is taken as "not
	// seen": a page fetched twice is better than a page never fetched.
	_ = cr.visited.Visited(h)
	return true
}

// seen reports whether us was seen. Callers hold cr.mu.
func (cr *crawler) seen(us string) bool {
	v, err := cr.visited.IsVisited(urlHash(us))
	return err == nil && v
}

// urlHash is the key of a canonical URL in colly's storage (FNV-1a, 64
// bits, as colly hashes its own requests).
func urlHash(us string) uint64 { return fnvAdd(fnvOffset, us) }

// fnvOffset is FNV-1a's offset basis; fnvAdd hashes s on from h, inline:
// no allocation per link.
const fnvOffset = uint64(14695981039346656037)

func fnvAdd(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// learn records an entry (kind 'e': code and key) or a detail page (kind
// 'd': code and name) and reports whether it is new. It keeps a hash, not
// the strings: ten thousand entries cost a few hundred KB. Callers hold
// cr.mu.
func (cr *crawler) learn(kind byte, code, name string) bool {
	h := fnvAdd(fnvAdd(fnvAdd(fnvAdd(fnvOffset, string(kind)), code), "\x00"), name)
	if _, ok := cr.known[h]; ok {
		return false
	}
	cr.known[h] = struct{}{}
	return true
}
