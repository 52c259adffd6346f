package rules

import (
	"math"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/crawler"
	"github.com/tthcaudit/tthcaudit/internal/match"
)

// Input is what one portal's verdict is decided from.
type Input struct {
	Portal  config.Portal
	Catalog *catalog.Catalog
	// Index is the catalogue's index; nil builds one (pass it in when
	// auditing several portals against one catalogue).
	Index *match.Index
	// Crawl is what the crawl found; nil is a portal never reached.
	Crawl *crawler.Result
	// PublishVia are the hosts of public-service portals besides the
	// national one where a link to a procedure's page is publication by
	// link (config publish_via); AcceptByLink counts such a link as
	// publication (config accept_by_link).
	PublishVia   []string
	AcceptByLink bool
}

// Evidence is the best entry seen for one catalogue procedure.
type Evidence struct {
	Procedure *catalog.Procedure
	Entry     *crawler.Entry
	Match     match.Match
	// Complete is an entry for this procedure whose detail page was read
	// (Sections not nil) with the fewest sections missing; nil when no
	// detail page of it was read.
	Complete *crawler.Entry
}

// URL is where the procedure was seen: its detail page, else the page
// listing it.
func (e *Evidence) URL() string { return entryURL(e.Entry) }

func entryURL(e *crawler.Entry) string {
	if e.DetailURL != "" {
		return e.DetailURL
	}
	return e.PageURL
}

// State is what the checks read and fill in: the inputs, what the portal
// must publish, what each entry matched, and the verdict being built.
type State struct {
	In       Input
	Index    *match.Index
	Required []catalog.Procedure
	// IsRequired holds the codes of Required.
	IsRequired map[string]bool
	// Seen is the best evidence per procedure code, active or abolished.
	Seen map[string]*Evidence
	// Ambiguous and Unmatched entries, in crawl order.
	AmbiguousEntries []AmbiguousEntry
	UnmatchedEntries []*crawler.Entry
	// DisputedEntries show a code and a name of different procedures.
	DisputedEntries []AmbiguousEntry
	// Linked are entries that link to a procedure's page on a
	// public-service portal (check_link.go), kept apart from Seen.
	Linked []LinkedEntry
	// ReviewEntries have one best candidate the matcher did not accept;
	// OutdatedEntries matched a procedure by one of its former names.
	ReviewEntries   []AmbiguousEntry
	OutdatedEntries []AmbiguousEntry
	// Unreachable is true when no start page loaded or the portal kept
	// the crawler out (crawler.Result.Blocked): nothing is claimed.
	Unreachable bool
	Verdict     *verdict.Verdict
}

// AmbiguousEntry is an entry close to several procedures.
type AmbiguousEntry struct {
	Entry *crawler.Entry
	Match match.Match
}

// Evaluate decides one portal's verdict: it matches every entry of the
// crawl to the catalogue, then runs every registered check (checks.go).
func Evaluate(in Input) verdict.Verdict {
	s := newState(in)
	s.matchEntries()
	for _, c := range checks {
		c.Run(s)
	}
	AttachEvidence(s.Verdict, in.Crawl)
	return *s.Verdict
}

func newState(in Input) *State {
	ix := in.Index
	if ix == nil {
		ix = match.NewIndex(in.Catalog)
	}
	req := Required(in.Catalog, in.Portal)
	s := &State{
		In:         in,
		Index:      ix,
		Required:   req,
		IsRequired: make(map[string]bool, len(req)),
		Seen:       map[string]*Evidence{},
		Verdict:    emptyVerdict(in.Portal),
	}
	for _, p := range req {
		s.IsRequired[p.Code] = true
	}
	s.Unreachable = in.Crawl == nil || in.Crawl.StartPagesLoaded == 0 || blockedCrawl(in.Crawl)
	return s
}

// emptyVerdict is a verdict with nothing found yet (the JSON encoder
// writes every contract list, [] when empty).
func emptyVerdict(p config.Portal) *verdict.Verdict {
	url := ""
	if len(p.URLs) > 0 {
		url = p.URLs[0] // where a missing procedure should have been published
	}
	return &verdict.Verdict{
		ID: p.ID, Name: p.Name, Level: p.Level, Status: verdict.StatusOK, URL: url,
		Fields:   []verdict.FieldCount{},
		Coverage: 1,
	}
}

// matchEntries matches every entry and keeps the best evidence per
// procedure.
func (s *State) matchEntries() {
	if s.In.Crawl == nil {
		return
	}
	for i := range s.In.Crawl.Entries {
		e := &s.In.Crawl.Entries[i]
		m := s.Index.MatchIn(e.Text, e.Code, s.context(e))
		if l, ok := s.linkOf(e); ok {
			l.Match = m
			s.Linked = append(s.Linked, l)
			continue
		}
		if m.Outdated && m.Procedure != nil {
			s.OutdatedEntries = append(s.OutdatedEntries, AmbiguousEntry{Entry: e, Match: m})
		}
		switch {
		case m.Procedure != nil:
			for _, p := range s.chosen(m) {
				s.record(p, e, m)
			}
			if m.Disputed {
				s.DisputedEntries = append(s.DisputedEntries, AmbiguousEntry{Entry: e, Match: m})
			}
		case m.Kind == match.MatchAmbiguous:
			s.AmbiguousEntries = append(s.AmbiguousEntries, AmbiguousEntry{Entry: e, Match: m})
		case m.Kind == match.MatchReview && s.procedureLike(e):
			// A headline near a procedure's name is no doubt worth a
			// person's time; a procedure-like entry is.
			s.ReviewEntries = append(s.ReviewEntries, AmbiguousEntry{Entry: e, Match: m})
		case s.procedureLike(e):
			s.UnmatchedEntries = append(s.UnmatchedEntries, e)
		}
	}
}

// context is what the page and the portal say around an entry: the
// level and field its detail page or listing gives, the portal's level
// and agency. It lets the matcher choose between twins the catalogue
// lists once per level.
func (s *State) context(e *crawler.Entry) match.Context {
	ctx := match.Context{Heading: strings.TrimSpace(e.Level + " " + e.Field), Level: catalog.Level(s.In.Portal.Level), Agency: e.Agency}
	if ctx.Agency == "" {
		ctx.Agency = s.In.Portal.Agency
	}
	return ctx
}

// chosen picks the procedures an entry stands for. A name several
// procedures share (one per level) stands for every one of them this
// portal must publish, else for the match's first.
func (s *State) chosen(m match.Match) []*catalog.Procedure {
	if len(m.Candidates) < 2 {
		return []*catalog.Procedure{m.Procedure}
	}
	var out []*catalog.Procedure
	for _, p := range m.Candidates {
		if s.IsRequired[p.Code] {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		out = append(out, m.Procedure)
	}
	return out
}

// record keeps the better of two pieces of evidence: the higher score,
// then the one with a detail page, then the first seen.
func (s *State) record(p *catalog.Procedure, e *crawler.Entry, m match.Match) {
	ev, ok := s.Seen[p.Code]
	if !ok {
		ev = &Evidence{Procedure: p, Entry: e, Match: m}
		s.Seen[p.Code] = ev
	} else if m.Score > ev.Match.Score || m.Score == ev.Match.Score && e.DetailURL != "" && ev.Entry.DetailURL == "" {
		ev.Entry, ev.Match = e, m
	}
	if e.Sections != nil && (ev.Complete == nil || len(missingSections(e)) < len(missingSections(ev.Complete))) {
		ev.Complete = e
	}
}

// procedureLike tells an entry worth listing as unmatched from a menu item
// or a headline: it shows a code, is a detail page, or reads like a
// catalogue name.
func (s *State) procedureLike(e *crawler.Entry) bool {
	return e.Code != "" || e.Kind == "detail" || s.Index.LooksLikeProcedure(e.Text)
}

// round4 rounds to four decimals, as the report shows ratios.
func round4(f float64) float64 { return math.Round(f*10000) / 10000 }
