package rules

import (
	"net/url"
	"path"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/crawler"
	"github.com/tthcaudit/tthcaudit/internal/match"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// NationalHosts are the national public-service portal's hosts: a link to
// a procedure's page there is publication by link wherever the portal is.
var NationalHosts = []string{"dichvucong.gov.vn", "www.dichvucong.gov.vn"}

// LinkedEntry is an entry whose link leads to a procedure's page on a
// public-service portal: /thu-tuc-hanh-chinh/{record id}, or a page whose
// address names the code (…?ma_thu_tuc=1.001234).
type LinkedEntry struct {
	Entry *crawler.Entry
	// Match is what the entry's text (and code) matched.
	Match match.Match
	Host  string
	// Code is the code the link names; Record the record id it names.
	Code, Record string
}

// linkOf tells whether e links off the portal to a procedure's page on a
// public-service portal, and what the link names.
func (s *State) linkOf(e *crawler.Entry) (LinkedEntry, bool) {
	if e.DetailURL == "" {
		return LinkedEntry{}, false
	}
	u, err := url.Parse(e.DetailURL)
	if err != nil || u.Host == "" {
		return LinkedEntry{}, false
	}
	host := strings.ToLower(u.Host)
	if !s.publishHost(host) || s.ownHost(host) {
		return LinkedEntry{}, false
	}
	l := LinkedEntry{Entry: e, Host: host}
	q := u.Query()
	for _, k := range []string{"ma_thu_tuc", "ma_tthc", "maThuTuc", "code"} {
		if v := strings.TrimSpace(q.Get(k)); v != "" {
			if c := textnorm.ReduceCode(v); c != "" {
				l.Code = c
			}
		}
	}
	if dir, id := path.Split(strings.TrimSuffix(u.Path, "/")); strings.HasSuffix(dir, "/thu-tuc-hanh-chinh/") && id != "" {
		if c := textnorm.ReduceCode(id); c != "" {
			l.Code = c
		} else {
			l.Record = id
		}
	}
	if l.Code == "" && l.Record == "" {
		l.Code = textnorm.FindCode(u.Path + " " + u.RawQuery)
	}
	if l.Code == "" && l.Record == "" {
		// A link to the portal's home or a search: it names no procedure,
		// and the entry is what the portal itself shows.
		return LinkedEntry{}, false
	}
	return l, true
}

func (s *State) publishHost(host string) bool {
	for _, h := range NationalHosts {
		if host == h {
			return true
		}
	}
	for _, h := range s.In.PublishVia {
		if config.PublishHost(h) == host {
			return true
		}
	}
	return false
}

// ownHost: a portal's own pages are never links away from it.
func (s *State) ownHost(host string) bool {
	for _, raw := range s.In.Portal.URLs {
		if u, err := url.Parse(raw); err == nil && strings.EqualFold(u.Host, host) {
			return true
		}
	}
	return false
}

// checkByLink judges the entries that link to a public-service portal:
// a link whose page is for another procedure than the entry names is a
// wrong link; a link to the procedure's page is publication by link,
// listed apart, and counted as published when the configuration accepts
// it. A procedure the portal also publishes itself is not listed.
func checkByLink() Check {
	return Check{ID: "by_link", Run: func(s *State) {
		if s.Unreachable || len(s.Linked) == 0 {
			return
		}
		byRecord := map[string]*catalog.Procedure{}
		for i := range s.In.Catalog.Procedures {
			p := &s.In.Catalog.Procedures[i]
			if p.RecordID != "" {
				byRecord[p.RecordID] = p
			}
		}
		listed := map[string]bool{}
		refused := 0
		for _, l := range s.Linked {
			named := l.Match.Procedure // what the entry's text names
			var target *catalog.Procedure
			linked := l.Code
			switch {
			case l.Code != "":
				if p, ok := s.In.Catalog.ByCode(l.Code); ok {
					target = &s.In.Catalog.Procedures[indexOf(s.In.Catalog, p.Code)]
				}
			case byRecord[l.Record] != nil:
				target = byRecord[l.Record]
				linked = target.Code
			default:
				// A record the catalogue does not know (a catalogue without
				// record ids, or a record replaced since it was read): the
				// link cannot be checked, and the entry's name stands. Only
				// a link shown to lead to another procedure is wrong.
				target = named
			}
			if named != nil && target != nil && target.Code != named.Code {
				s.Verdict.Add(verdict.Finding{Kind: verdict.KindWrongLink, Code: named.Code, Name: named.Name,
					URL: l.Entry.DetailURL, From: l.Entry.PageURL, Host: l.Host, LinkedCode: linked,
					PublishedName: l.Entry.Text})
				continue
			}
			if target == nil {
				continue
			}
			if _, onPortal := s.Seen[target.Code]; onPortal || listed[target.Code] {
				continue
			}
			listed[target.Code] = true
			req := s.IsRequired[target.Code]
			s.Verdict.Add(verdict.Finding{Kind: verdict.KindByLink, Code: target.Code, Name: target.Name, Field: target.Field(),
				Required: req, URL: l.Entry.DetailURL, From: l.Entry.PageURL, Host: l.Host, PublishedName: l.Entry.Text,
				Accepted: s.In.AcceptByLink})
			if s.In.AcceptByLink {
				m := l.Match
				if m.Procedure == nil || m.Procedure.Code != target.Code {
					m = match.Match{Procedure: target, Kind: match.MatchCode, Score: 1}
				}
				s.record(target, l.Entry, m)
			} else if req && target.Active() {
				refused++
			}
		}
		switch {
		case s.In.AcceptByLink && len(listed) > 0:
			s.Verdict.Notes = append(s.Verdict.Notes, msg.N("note.by_link.on", len(listed)))
		case refused > 0:
			s.Verdict.Notes = append(s.Verdict.Notes, msg.N("note.by_link.off", refused))
		}
	}}
}

func indexOf(c *catalog.Catalog, code string) int {
	for i := range c.Procedures {
		if c.Procedures[i].Code == code {
			return i
		}
	}
	return -1
}
