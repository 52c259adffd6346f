package rules

import (
	"slices"
	"sort"

	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/tthcaudit/tthcaudit/internal/crawler"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// checkIncomplete lists the found procedures whose detail page was read
// and lacks standard sections (crawler.StandardSections). The most
// complete of a procedure's pages is judged.
func checkIncomplete() Check {
	return Check{ID: "incomplete", Run: func(s *State) {
		if s.Unreachable {
			return // nothing is claimed about a portal nobody saw
		}
		var list []verdict.Finding
		for _, ev := range s.Seen {
			if ev.Complete == nil || !ev.Procedure.Active() {
				continue
			}
			miss := missingSections(ev.Complete)
			if len(miss) == 0 {
				continue
			}
			list = append(list, verdict.Finding{Kind: verdict.KindIncomplete, Code: ev.Procedure.Code, URL: entryURL(ev.Complete), MissingSections: miss})
		}
		sort.Slice(list, func(i, j int) bool {
			a, b := list[i], list[j]
			if a.Code != b.Code {
				return a.Code < b.Code
			}
			return a.URL < b.URL
		})
		s.Verdict.Add(list...)
	}}
}

// missingSections are the standard sections an entry's detail page lacks,
// in the standard order; sections compare without diacritics or case.
func missingSections(e *crawler.Entry) []string {
	out := []string{}
	var have map[string]bool // folded e.Sections, built only when needed
	for i, std := range crawler.StandardSections {
		// The crawler names sections exactly as StandardSections does:
		// compare the strings first, fold only when that fails.
		if slices.Contains(e.Sections, std) {
			continue
		}
		if have == nil {
			have = make(map[string]bool, len(e.Sections))
			for _, sec := range e.Sections {
				have[textnorm.Fold(sec)] = true
			}
		}
		if !have[standardSectionKeys[i]] {
			out = append(out, std)
		}
	}
	return out
}

// standardSectionKeys are the folded crawler.StandardSections, computed
// once: missingSections runs for every entry of every portal.
var standardSectionKeys = func() []string {
	keys := make([]string, len(crawler.StandardSections))
	for i, s := range crawler.StandardSections {
		keys[i] = textnorm.Fold(s)
	}
	return keys
}()
