package extract

import (
	"fmt"
	"net/url"
	"slices"
	"sync"
)

// An Extractor reads the procedure entries of a list page (any page that
// is not one procedure's detail page: detail pages are read generically,
// whatever the portal). A platform's extractor (Liferay, DNN, iGate,
// SharePoint…) is one file of this package that registers itself in an
// init function; the first registered extractor, by order, that applies
// to a page reads it.
type Extractor interface {
	// Name names the extractor (PageExtract.Extractor, logs, tests).
	Name() string
	// Applies reports whether the extractor reads this page. It is cheap:
	// a look at the options, the URL or a marker element.
	Applies(p *Page) bool
	// Extract adds the page's entries with p.Add.
	Extract(p *Page)
}

// Orders of the built-in extractors: configured selectors first (the
// portal's own configuration wins), platform extractors between, the
// generic heuristics last (they apply to every page).
const (
	OrderSelectors = 0
	OrderPlatform  = 100
	OrderGeneric   = 1000
)

type registered struct {
	x     Extractor
	order int
}

// registry holds the extractors, sorted by order then name.
var registry struct {
	sync.RWMutex
	list []registered
}

// Register adds an extractor tried at order (lower first; see the Order
// constants). It panics when the name is taken: two extractors by one name
// is a programming error found at start-up.
func Register(x Extractor, order int) {
	registry.Lock()
	defer registry.Unlock()
	for _, r := range registry.list {
		if r.x.Name() == x.Name() {
			panic(fmt.Sprintf("extract: extractor %q registered twice", x.Name()))
		}
	}
	registry.list = append(registry.list, registered{x, order})
	slices.SortStableFunc(registry.list, func(a, b registered) int {
		if a.order != b.order {
			return a.order - b.order
		}
		if a.x.Name() < b.x.Name() {
			return -1
		}
		if a.x.Name() > b.x.Name() {
			return 1
		}
		return 0
	})
}

// Registered returns the names of the extractors, in the order they are
// tried.
func Registered() []string {
	registry.RLock()
	defer registry.RUnlock()
	var names []string
	for _, r := range registry.list {
		names = append(names, r.x.Name())
	}
	return names
}

// pick returns the first extractor that applies to p, or nil.
func pick(p *Page) Extractor {
	registry.RLock()
	defer registry.RUnlock()
	for _, r := range registry.list {
		if r.x.Applies(p) {
			return r.x
		}
	}
	return nil
}

// Add adds one entry the page shows.
func (p *Page) Add(e Entry) { p.px.Entries = append(p.px.Entries, e) }

// URL is the page's base URL (its <base href> when it has one), canonical.
func (p *Page) URL() *url.URL { return p.base }
