package reports

import (
	"github.com/tthcaudit/tthcaudit/internal/cellsafe"

	"bufio"
	"encoding/csv"
	"io"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// bom makes Excel read the file as UTF-8: without it, Vietnamese names show
// as mojibake when an office double-clicks the file.
const bom = "\uFEFF"

// MissingCSV writes one row per portal and missing procedure — portal id,
// portal name, code, name, field — as UTF-8 with a byte-order mark and CRLF
// line ends, for Excel. Portals keep the report's order; procedures are
// sorted by code.
func MissingCSV(w io.Writer, r *verdict.Report, lang msg.Lang) error {
	n := r.Normalized()
	bw := bufio.NewWriter(w)
	if _, err := bw.WriteString(bom); err != nil {
		return err
	}
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true
	if err := cw.Write([]string{
		msg.T(lang, "col.portal_id"), msg.T(lang, "col.portal"), msg.T(lang, "col.code"), msg.T(lang, "col.name"), msg.T(lang, "col.field"),
	}); err != nil {
		return err
	}
	for _, v := range n.Portals {
		for _, m := range v.Of(verdict.KindMissing) {
			if err := cw.Write([]string{
				cellsafe.Defuse(v.ID), cellsafe.Defuse(v.Name), cellsafe.Defuse(m.Code), cellsafe.Defuse(m.Name), cellsafe.Defuse(m.Field),
			}); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}
