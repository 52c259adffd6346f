package crawler

import (
	"sort"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/extract"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// noAnswer reports whether a failed fetch got no usable answer: the kinds
// that make a procedure link broken. A page too large to read (a gzip
// bomb, an endless body), one that does not parse, and a redirect out of
// scope (file://, another host) or in circles give the visitor no
// procedure page either. robots is not among them: the portal asked not
// to be read, the link is not broken.
func noAnswer(r *fetchResult) bool {
	switch r.kind {
	case ErrTimeout, ErrNetwork, ErrDNS, ErrTLS, ErrTooLarge, ErrRedirect, ErrParse:
		return true
	}
	return false
}

// merge joins list entries with their detail pages, emits detail pages no
// list links to, and collects broken links and failed pages.
func (cr *crawler) merge(res *Result) {
	detailTargets := map[string]bool{}
	broken := map[string]bool{}
	seen := map[string]bool{}
	var out []Entry
	for _, e := range cr.entries {
		if e.DetailURL != "" {
			detailTargets[e.DetailURL] = true
			if o := cr.outcomes[e.DetailURL]; o != nil {
				r := o.res
				e.DetailStatus = r.status
				if r.status >= 400 || noAnswer(r) {
					if !broken[e.DetailURL] {
						broken[e.DetailURL] = true
						res.BrokenLinks = append(res.BrokenLinks, BrokenLink{URL: e.DetailURL, Status: r.status, From: e.PageURL, Reason: r.detail})
					}
				}
				if o.detail == nil && e.Truncated {
					if full := completes(e.Text, o.heading); full != "" {
						e.Text, e.Key = full, textnorm.Key(full)
					}
				}
				if d := o.detail; d != nil {
					o.claimed = true
					detailTargets[o.pageURL] = true
					e.Sections = d.Sections
					if e.Code == "" {
						e.Code = d.Code
					}
					if e.Field == "" {
						e.Field = d.Field
					}
					e.Agency, e.Level = d.Agency, d.Level
					if e.Truncated && d.Name != "" {
						e.Text, e.Key = d.Name, textnorm.Key(d.Name)
					}
				}
			}
		}
		out = append(out, e)
	}
	// The same list reached by two URLs (/thu-tuc and /thu-tuc?page=1)
	// shows the same entries: keep one, from the first page in URL order.
	sort.SliceStable(out, func(i, j int) bool { return out[i].PageURL < out[j].PageURL })
	kept := out[:0]
	for _, e := range out {
		k := e.Kind + "\x00" + e.Code + "\x00" + e.Key + "\x00" + e.DetailURL
		if e.DetailURL == "" {
			k += "\x00" + e.PageURL
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		kept = append(kept, e)
	}
	out = kept
	done := map[*outcome]bool{}
	for _, o := range cr.order {
		if o.detail == nil || o.claimed || done[o] || detailTargets[o.pageURL] {
			continue
		}
		done[o] = true
		d := o.detail
		out = append(out, Entry{
			Text: d.Name, Key: textnorm.Key(d.Name), Code: d.Code, Field: d.Field, Agency: d.Agency, Level: d.Level,
			PageURL: o.pageURL, Sections: d.Sections, Kind: "detail", FetchedAt: o.fetchedAt, BodyHash: o.hash,
		})
	}
	// Detail pages fetched before the list that links them were claimed
	// above; keep list entries' evidence of where the detail page is.
	for i := range out {
		if out[i].Kind != "detail" && out[i].DetailURL != "" {
			if o := cr.outcomes[out[i].DetailURL]; o != nil && o.detail != nil {
				out[i].DetailStatus = o.res.status
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Code != b.Code {
			return a.Code < b.Code
		}
		if a.Key != b.Key {
			return a.Key < b.Key
		}
		if a.PageURL != b.PageURL {
			return a.PageURL < b.PageURL
		}
		return a.DetailURL < b.DetailURL
	})
	res.Entries = out
	if res.Entries == nil {
		res.Entries = []Entry{}
	}

	for _, o := range cr.order {
		r := o.res
		if !r.failed() || detailTargets[o.t.us] || cr.skippedByRobots(o) {
			continue
		}
		pe := PageError{URL: o.t.us, From: o.t.from, Status: r.status, Kind: r.kind, Detail: r.detail}
		// A page that may list procedures (a start page, one reached by a
		// procedure or pagination link) failed; any other (admin, search)
		// is only counted.
		if !o.t.mayHold && !o.t.start {
			res.PageErrors = append(res.PageErrors, pe)
			continue
		}
		if r.status >= 400 && r.status < 500 && r.status != 408 && r.status != 429 && !o.t.start {
			// The portal answered that the page does not exist: nothing
			// is hidden from the audit, so the crawl is not partial.
			res.PageErrors = append(res.PageErrors, pe)
			continue
		}
		res.FailedPages = append(res.FailedPages, pe)
	}
	sort.Slice(res.BrokenLinks, func(i, j int) bool { return res.BrokenLinks[i].URL < res.BrokenLinks[j].URL })
	sort.Slice(res.FailedPages, func(i, j int) bool { return res.FailedPages[i].URL < res.FailedPages[j].URL })
	sort.Slice(res.PageErrors, func(i, j int) bool { return res.PageErrors[i].URL < res.PageErrors[j].URL })
}

// completes returns title when it is the full form of a name a listing cut
// short ("Đăng ký khai sinh cho…"), or "".
func completes(cut, title string) string {
	prefix := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(cut), ".…"))
	fp, ft := extract.Fold(prefix), extract.Fold(title)
	if fp == "" || len(ft) <= len(fp) || !strings.HasPrefix(ft, fp) {
		return ""
	}
	return title
}

// skippedByRobots reports whether o is a link robots.txt forbids that is
// neither a start page nor the next page of a list: such a link was not
// fetched on purpose, a page skipped, not an error (a start or next page
// forbidden is a list the audit was kept from, and is one).
func (cr *crawler) skippedByRobots(o *outcome) bool {
	return o.res.kind == ErrRobots && !o.t.start && !o.t.pagination
}
