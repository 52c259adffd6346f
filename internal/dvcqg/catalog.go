package dvcqg

import (
	"fmt"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// Procedures turns records into catalogue procedures, one a code: records
// sharing a code and a name are one procedure (their levels, fields and
// agencies joined, a part lacking only when every record lacks it); a
// record sharing a code under another name is left out with a warning,
// as the catalogue importers would reject it. Long codes
// (1.010829.000.00.00.H01) are reduced to [123].dddddd.
func Procedures(recs []Record) (ps []catalog.Procedure, warnings []string) {
	byCode := map[string]int{}
	lacks := map[string]map[Part]int{} // code → part → records lacking it
	count := map[string]int{}
	for _, r := range recs {
		code := textnorm.ReduceCode(r.Code)
		if code == "" {
			code = strings.TrimSpace(r.Code)
		}
		if code == "" || r.Name == "" {
			warnings = append(warnings, fmt.Sprintf("bản ghi %s không có mã hoặc tên (record without a code or a name)", r.ID))
			continue
		}
		var levels []catalog.Level
		for _, l := range r.Levels {
			levels = append(levels, catalog.Level(l))
		}
		p := catalog.Procedure{Code: code, Name: r.Name, Fields: r.Fields, Levels: catalog.SortLevels(levels),
			Agencies: r.Agencies, Status: catalog.StatusActive, Decision: r.Decision, Type: r.Type, RecordID: r.ID}
		i, seen := byCode[code]
		if !seen {
			byCode[code] = len(ps)
			ps = append(ps, p)
			lacks[code] = map[Part]int{}
		} else {
			q := &ps[i]
			if textnorm.Key(q.Name) != textnorm.Key(p.Name) {
				warnings = append(warnings, fmt.Sprintf("mã %s có hai bản ghi tên khác nhau, giữ %q, bỏ %q (record %s) (one code, two names: the first is kept)",
					code, q.Name, p.Name, r.ID))
				continue
			}
			q.Levels = catalog.SortLevels(append(q.Levels, p.Levels...))
			q.Fields = union(q.Fields, p.Fields)
			q.Agencies = union(q.Agencies, p.Agencies)
		}
		count[code]++
		for _, part := range r.Lacks {
			lacks[code][part]++
		}
	}
	for i := range ps {
		p := &ps[i]
		for _, part := range Parts {
			if n := lacks[p.Code][part]; n > 0 && n == count[p.Code] {
				p.Lacks = append(p.Lacks, part.Vietnamese())
			}
		}
	}
	return ps, warnings
}

func union(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, s := range b {
		out = appendNew(out, s)
	}
	return out
}
