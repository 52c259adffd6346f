package reports

import (
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// lackingSheet lists the catalogue's records that lack required parts on
// the national database: a title, the count per field, then one row a
// record (STT, code, name, field, parts lacking).
func (x *xlsxBuilder) lackingSheet(sheet string, c verdict.CatalogInfo) {
	lang := x.lang
	x.merged(sheet, 1, 5, 1, msg.T(lang, "sec.catalog_lacks"), x.title)
	var parts []string
	for _, f := range c.LackingByField() {
		parts = append(parts, msg.Tf(lang, "catalog_lacks.field", f.Field, f.Count))
	}
	x.merged(sheet, 1, 5, 2, strings.Join(parts, " · "), x.subtitle)
	const head = 4
	for i, k := range []string{"col.no", "col.code", "col.name", "col.field", "col.lacks"} {
		x.put(sheet, i+1, head, msg.T(lang, k), x.header)
	}
	for i, r := range c.Lacking {
		row := head + 1 + i
		x.put(sheet, 1, row, i+1, x.num)
		x.put(sheet, 2, row, r.Code, x.cell)
		x.put(sheet, 3, row, r.Name, x.cell)
		x.put(sheet, 4, row, r.Field, x.cell)
		x.put(sheet, 5, row, strings.Join(r.Lacks, "; "), x.cell)
	}
	x.widths(sheet, []float64{6, 14, 60, 22, 40})
	x.pageSetup(sheet, false, head)
}
