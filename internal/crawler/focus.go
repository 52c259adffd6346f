package crawler

import (
	"net/url"
	"slices"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/extract"
	"github.com/tthcaudit/tthcaudit/internal/msg"
)

// A focused crawl (issue 16): links that lead away from procedures (the
// introduction, contact, galleries, login, another language, search, news
// items about something else: extract.OffTopics, with the reason for
// each) are set aside, not fetched. A portal's procedures are reached
// through its procedure links, its lists and their pages, and through the
// rest of its site (news sections, sitemaps, documents), which is still
// crawled; the sections set aside list none, yet every portal links them
// from every page, and reading them would cost more requests than a
// commune's whole list of procedures does (issue 16 allows 1.2 times the
// requests of a crawl that reads only the lists and the procedures).
//
// They are fetched after all when the rest of the crawl found no
// procedure at all: a portal whose every procedure would be missing is
// where a section wrongly set aside costs the most, and a few more
// requests the least. A link set aside and then found as something else
// (a procedure's link, the next page of a list, a plain link) is taken
// back and crawled as that.
//
// What stays aside is counted by kind (Stats.OffTopic) and said in a note,
// so that the report says what the crawl left alone.

// heldLink is an off-topic link set aside.
type heldLink struct {
	u     *url.URL
	us    string // u as the crawl knows it (its canonical string)
	depth int
	from  string
	kind  string // extract.OffTopic's name
	seq   int    // order of discovery, for a release in that order
}

// hold sets aside the off-topic link u (us is its string) unless it was
// set aside already. Callers hold cr.mu.
func (cr *crawler) hold(u *url.URL, us string, depth int, from, kind string) {
	if _, ok := cr.held[us]; ok {
		return
	}
	cr.seq++
	cr.held[us] = &heldLink{u: u, us: us, depth: depth, from: from, kind: kind, seq: cr.seq}
}

// unhold takes back a link set aside, now found as something else.
// Callers hold cr.mu.
func (cr *crawler) unhold(us string) { delete(cr.held, us) }

// release queues the links set aside when the crawl, over, found no
// procedure, and reports whether it queued any. From then on nothing is
// set aside. Callers hold cr.mu.
func (cr *crawler) release() bool {
	if !cr.focused || len(cr.held) == 0 || len(cr.known) > 0 {
		return false
	}
	cr.focused = false
	held := make([]*heldLink, 0, len(cr.held))
	for _, h := range cr.held {
		held = append(held, h)
	}
	slices.SortFunc(held, func(a, b *heldLink) int { return a.seq - b.seq })
	cr.held = map[string]*heldLink{}
	queued := false
	for _, h := range held {
		if cr.push(h.u, h.us, h.depth, classOther, h.from, false, false) != nil {
			queued = true
		}
	}
	return queued
}

// offTopicStats are the links left aside, by kind (nil: none). One
// fetched all the same, as the end of a redirect, is not counted.
// Callers hold cr.mu or run after the workers.
func (cr *crawler) offTopicStats() map[string]int {
	var m map[string]int
	for us, h := range cr.held {
		if cr.seen(us) {
			continue
		}
		if m == nil {
			m = map[string]int{}
		}
		m[h.kind]++
	}
	return m
}

// offTopicNote says what the crawl left alone, kinds in the order of
// extract.OffTopics; ok is false when it left nothing.
func offTopicNote(byKind map[string]int) (n msg.Note, ok bool) {
	total := 0
	var kinds []msg.Note
	for _, k := range extract.OffTopics {
		if c := byKind[k.Name]; c > 0 {
			total += c
			kinds = append(kinds, msg.N("crawl.off_topic.kind", msg.N("offtopic."+strings.ReplaceAll(k.Name, "-", "_")), c))
		}
	}
	if total == 0 {
		return msg.Note{}, false
	}
	return msg.N("crawl.off_topic", total, kinds), true
}
