package verdict

import (
	"cmp"
	"slices"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
)

// Schema is the JSON report's schema name (the contract's).
const Schema = "tthcaudit.report/v1"

// Report is one audit: the contract's JSON report.
type Report struct {
	Schema     string      `json:"schema"`
	StartedAt  time.Time   `json:"started_at"`
	FinishedAt time.Time   `json:"finished_at"`
	Catalog    CatalogInfo `json:"catalog"`
	Portals    []Verdict   `json:"portals"`
	// Since is this audit against the last stored one, the "so với lần
	// trước" section (an extension of the contract's report); nil when no
	// earlier audit is stored or nothing is stored at all.
	Since *Diff `json:"since,omitempty"`
}

// CatalogInfo describes the catalogue the audit used.
type CatalogInfo struct {
	Source     string `json:"source"`
	Procedures int    `json:"procedures"`
	Active     int    `json:"active"`
	// AsOf is the day the catalogue was taken at (YYYY-MM-DD), when it
	// was built from decisions (catalog: as a list).
	AsOf string `json:"as_of,omitempty"`
	// Decisions are the decisions applied, in order of entry into force.
	Decisions []catalog.DecisionRef `json:"decisions,omitempty"`
	// Upcoming are the listed decisions not yet in force on AsOf, with
	// the changes each will make: the reports show them as upcoming
	// changes.
	Upcoming []catalog.UpcomingDecision `json:"upcoming,omitempty"`
	// Warnings are the catalogue builder's notes (OCR'd names kept as
	// read, amendments of unknown codes), file and page named.
	Warnings []string `json:"catalog_warnings,omitempty"`
	// Lacking are the catalogue's records that lack required parts on the
	// national database (khoản 2 Điều 8 NĐ 63/2010), as a catalogue read
	// by `catalog fetch` says, in code order; empty when none does.
	Lacking []LackingRecord `json:"lacking_records,omitempty"`
}

// LackingRecord is one national database record that lacks required parts.
type LackingRecord struct {
	Code  string   `json:"code"`
	Name  string   `json:"name"`
	Field string   `json:"field"`
	Lacks []string `json:"lacks"`
}

// LackingField is how many records of one field lack parts.
type LackingField struct {
	Field string
	Count int
}

// LackingByField counts the lacking records per field, most first.
func (c CatalogInfo) LackingByField() []LackingField {
	idx := map[string]int{}
	var out []LackingField
	for _, r := range c.Lacking {
		i, ok := idx[r.Field]
		if !ok {
			i = len(out)
			idx[r.Field] = i
			out = append(out, LackingField{Field: r.Field})
		}
		out[i].Count++
	}
	slices.SortStableFunc(out, func(a, b LackingField) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Field, b.Field))
	})
	return out
}
