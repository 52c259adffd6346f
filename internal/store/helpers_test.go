package store

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/rules"
	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/crawler"
)

var t0 = time.Date(2026, 11, 2, 8, 0, 0, 0, time.FixedZone("", 7*3600)) // as parsed back

const week = 7 * 24 * time.Hour

// portal describes one portal of a synthetic audit: the required codes,
// those missing, the abolished ones published and the published names that
// differ from the catalogue's.
type portal struct {
	id        string
	status    string
	required  []string
	missing   []string
	obsolete  []string
	published map[string]string
}

func name(code string) string { return "Thủ tục " + code }

func (p portal) verdict() verdict.Verdict {
	v := verdict.Verdict{ID: p.id, Name: "Cổng " + p.id, Level: "huyen", Status: p.status, Required: len(p.required),
		Crawl: verdict.CrawlSummary{Pages: 10}}
	if v.Status == "" {
		v.Status = verdict.StatusOK
	}
	miss := map[string]bool{}
	for _, c := range p.missing {
		miss[c] = true
	}
	if v.Status != verdict.StatusUnreachable {
		for _, c := range p.required {
			if miss[c] {
				v.Replace(verdict.KindMissing, append(v.Of(verdict.KindMissing), verdict.Finding{Kind: verdict.KindMissing, Code: c, Name: name(c), Field: "Người có công"}))
				continue
			}
			pub := p.published[c]
			if pub == "" {
				pub = name(c)
			}
			v.Add(verdict.Finding{Kind: verdict.KindFound, Code: c, Name: name(c), Required: true,
				URL: p.url(c), PublishedName: pub, Match: "code", Score: 1})
		}
		for _, c := range p.obsolete {
			v.Replace(verdict.KindObsolete, append(v.Of(verdict.KindObsolete), verdict.Finding{Kind: verdict.KindObsolete, Code: c, Name: name(c), URL: p.url(c)}))
		}
		v.Replace(verdict.KindUnmatched, []verdict.Finding{{Text: "Tin tức", URL: "https://" + p.id + ".example/tin"}})
		v.Replace(verdict.KindBroken, []verdict.Finding{{URL: "https://" + p.id + ".example/hong", Status: 404, From: "https://" + p.id + ".example/tthc"}})
	}
	v.Found = len(v.Of(verdict.KindFound))
	v.Coverage = 1
	if v.Required > 0 {
		v.Coverage = float64(v.Found) / float64(v.Required)
	}
	return v
}

func (p portal) url(code string) string { return fmt.Sprintf("https://%s.example/tthc/%s", p.id, code) }

// result is what the crawler would have returned for p: one listing page
// and a detail page per published procedure, each with its body hash.
func (p portal) result() *crawler.Result {
	r := &crawler.Result{PortalID: p.id, StartPagesLoaded: 1, Stats: crawler.Stats{Pages: 10, Bytes: 12345, BytesReused: 678}}
	if p.status == verdict.StatusUnreachable {
		r.StartPagesLoaded = 0
		return r
	}
	list := "https://" + p.id + ".example/tthc"
	v := p.verdict()
	for _, f := range v.Of(verdict.KindFound) {
		r.Entries = append(r.Entries,
			crawler.Entry{Text: f.PublishedName, Code: f.Code, PageURL: list, DetailURL: f.URL, BodyHash: "list-" + p.id},
			crawler.Entry{Text: f.PublishedName, Code: f.Code, PageURL: f.URL, BodyHash: "detail-" + f.Code})
	}
	for _, o := range v.Of(verdict.KindObsolete) {
		// Seen only in the listing: its evidence is the listing page.
		r.Entries = append(r.Entries, crawler.Entry{Text: o.Name, Code: o.Code, PageURL: list, DetailURL: o.URL, BodyHash: "list-" + p.id})
	}
	return r
}

func audit(start time.Time, ps ...portal) (*verdict.Report, []*crawler.Result) {
	rep := &verdict.Report{Schema: verdict.Schema, StartedAt: start, FinishedAt: start.Add(4 * time.Minute),
		Catalog: verdict.CatalogInfo{Source: "catalog.csv", Procedures: 431, Active: 420}}
	var rs []*crawler.Result
	for _, p := range ps {
		// Evidence is joined to the findings as the rules join it.
		v, r := p.verdict(), p.result()
		rules.AttachEvidence(&v, r)
		rep.Portals = append(rep.Portals, v)
		rs = append(rs, r)
	}
	sort.Slice(rep.Portals, func(i, j int) bool { return rep.Portals[i].ID < rep.Portals[j].ID })
	return rep, rs
}

func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "tthcaudit.db")
	s, err := Open(path)
	require.NoError(t, err)
	t.Cleanup(func() { s.Close() })
	return s, path
}

var ctx = context.Background()

// noEvidence drops what a stored report does not keep: the evidence of
// each finding lives in the findings table, not in the report's JSON.
func noEvidence(vs []verdict.Verdict) []verdict.Verdict {
	for i := range vs {
		for j := range vs[i].Findings {
			vs[i].Findings[j].Evidence = verdict.Evidence{}
		}
	}
	return vs
}
