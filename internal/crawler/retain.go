package crawler

import (
	"strings"
	"sync"

	"github.com/tthcaudit/tthcaudit/internal/extract"
)

// What the crawl keeps of a page lives until the crawl ends, ten thousand
// pages and more: the helpers here make it hold only its own bytes. A
// string cut from a page's text (a label's value, a name cleaned from a
// longer cell) would otherwise keep the whole text it was cut from, and a
// string built with spare capacity keeps the spare bytes.

// compactEntry gives e's page-derived strings storage of their own; the
// field, agency and level, which thousands of entries repeat, are shared
// (intern). Callers hold cr.mu.
func (cr *crawler) compactEntry(e *Entry) {
	e.Field, e.Agency, e.Level = cr.intern(e.Field), cr.intern(e.Agency), cr.intern(e.Level)
	e.Text = strings.Clone(e.Text)
	e.Key = strings.Clone(e.Key)
	e.Code = strings.Clone(e.Code)
	if e.Sections != nil {
		e.Sections = sharedSections(e.Sections)
	}
}

// compactDetail is a copy of d that holds only its own bytes, its
// sections shared with every other page that has the same ones. Field,
// agency and level are left to internDetail.
func compactDetail(d *extract.Detail) *extract.Detail {
	return &extract.Detail{
		Name:     strings.Clone(d.Name),
		Code:     strings.Clone(d.Code),
		Field:    d.Field,
		Agency:   d.Agency,
		Level:    d.Level,
		Sections: sharedSections(d.Sections),
	}
}

// sectionSets are the Sections slices handed out, one per set of standard
// sections (at most 2^len(StandardSections)), so that ten thousand detail
// pages share a handful of slices instead of holding one each.
var sectionSets struct {
	sync.Mutex
	m map[uint32][]string
}

// sharedSections returns the shared slice equal to secs when secs are
// standard sections in the standard order (what the extractor gives), else
// secs itself. The shared slices are clipped: an append copies, never
// writes into another page's sections. Nobody writes to Sections in place.
func sharedSections(secs []string) []string {
	if len(StandardSections) > 32 {
		return secs
	}
	var mask uint32
	next := 0
	for _, s := range secs {
		i := next
		for i < len(StandardSections) && StandardSections[i] != s {
			i++
		}
		if i == len(StandardSections) {
			return secs
		}
		mask |= 1 << i
		next = i + 1
	}
	sectionSets.Lock()
	defer sectionSets.Unlock()
	if s, ok := sectionSets.m[mask]; ok {
		return s
	}
	if sectionSets.m == nil {
		sectionSets.m = map[uint32][]string{}
	}
	s := make([]string, 0, len(secs))
	for i, std := range StandardSections {
		if mask&(1<<i) != 0 {
			s = append(s, std)
		}
	}
	sectionSets.m[mask] = s
	return s
}

// settled is what an outcome keeps of res once the page is processed: the
// status, kind and detail merge and result read. Pages that loaded share
// one result per status, ten thousand of them. Callers hold cr.mu.
func (cr *crawler) settled(res *fetchResult) *fetchResult {
	if res.kind != "" || res.detail != "" {
		return &fetchResult{status: res.status, kind: res.kind, detail: res.detail}
	}
	if r, ok := cr.oks[res.status]; ok {
		return r
	}
	if cr.oks == nil {
		cr.oks = map[int]*fetchResult{}
	}
	r := &fetchResult{status: res.status}
	cr.oks[res.status] = r
	return r
}

// internDetail shares d's field, agency and level with every other page
// that says the same. Callers hold cr.mu.
func (cr *crawler) internDetail(d *extract.Detail) {
	d.Field, d.Agency, d.Level = cr.intern(d.Field), cr.intern(d.Agency), cr.intern(d.Level)
}

// maxInterned bounds the strings interned: a portal has a few hundred
// fields and agencies; past the bound strings are only cloned.
const maxInterned = 4096

// intern returns the crawl's one copy of s. Callers hold cr.mu.
func (cr *crawler) intern(s string) string {
	if s == "" {
		return ""
	}
	if v, ok := cr.interned[s]; ok {
		return v
	}
	s = strings.Clone(s)
	if len(cr.interned) < maxInterned {
		if cr.interned == nil {
			cr.interned = map[string]string{}
		}
		cr.interned[s] = s
	}
	return s
}
