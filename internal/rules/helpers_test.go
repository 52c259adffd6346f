package rules

import (
	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/crawler"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// proc builds a catalogue procedure for tests.
func proc(code, name, field string, levels ...catalog.Level) catalog.Procedure {
	p := catalog.Procedure{Code: code, Name: name, Levels: levels, Status: catalog.StatusActive}
	if field != "" {
		p.Fields = []string{field}
	}
	return p
}

func abolished(p catalog.Procedure) catalog.Procedure {
	p.Status = catalog.StatusAbolished
	return p
}

func withAgency(p catalog.Procedure, agencies ...string) catalog.Procedure {
	p.Agencies = agencies
	return p
}

// entry is a listing row; detail adds its detail page.
func entry(text, page string) crawler.Entry {
	return crawler.Entry{Text: text, PageURL: page, Kind: "list"}
}

func detail(text, page, url string, sections ...string) crawler.Entry {
	e := crawler.Entry{Text: text, PageURL: page, DetailURL: url, DetailStatus: 200, Kind: "list"}
	if sections != nil {
		e.Sections = sections
	}
	return e
}

// loaded is a crawl whose start page loaded.
func loaded(entries ...crawler.Entry) *crawler.Result {
	return &crawler.Result{Entries: entries, StartPagesLoaded: 1, Stats: crawler.Stats{Pages: len(entries) + 1}}
}

func codesOfMissing(v verdict.Verdict) []string {
	out := []string{}
	for _, m := range v.Of(verdict.KindMissing) {
		out = append(out, m.Code)
	}
	return out
}

func codesOfFound(v verdict.Verdict) []string {
	out := []string{}
	for _, f := range v.Of(verdict.KindFound) {
		out = append(out, f.Code)
	}
	return out
}

func fieldCounts(v verdict.Verdict) map[string][2]int {
	out := map[string][2]int{}
	for _, f := range v.Fields {
		out[f.Field] = [2]int{f.Required, f.Found}
	}
	return out
}
