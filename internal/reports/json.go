package reports

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// reportFile is the report as written: times as RFC 3339 to the second in the
// audit's own zone, as the contract shows them.
type reportFile struct {
	Schema     string              `json:"schema"`
	StartedAt  string              `json:"started_at"`
	FinishedAt string              `json:"finished_at"`
	Catalog    verdict.CatalogInfo `json:"catalog"`
	Portals    []verdict.Verdict   `json:"portals"`
	Since      *verdict.Diff       `json:"since,omitempty"`
}

// WriteJSON writes r as the contract's JSON report (schema
// tthcaudit.report/v1), indented by two spaces, with every list present and
// sorted (see Report.Normalized), so that two audits of the same input differ
// only in their times.
func WriteJSON(w io.Writer, r *verdict.Report) error {
	n := r.Normalized()
	f := reportFile{
		Schema:     n.Schema,
		StartedAt:  n.StartedAt.Format(time.RFC3339),
		FinishedAt: n.FinishedAt.Format(time.RFC3339),
		Catalog:    n.Catalog,
		Portals:    n.Portals,
		Since:      n.Since,
	}
	for i := range f.Portals {
		f.Portals[i].Coverage = coverage4(f.Portals[i].Coverage)
	}
	// The encoder renders the whole report before its one Write, so w gets
	// nothing on an error. It renders it compact and indentWriter indents
	// it on its way to w: json's own indenting would hold a second, larger
	// copy (a national report is tens of MB while being rendered).
	iw := &indentWriter{w: bufio.NewWriterSize(w, 64<<10), indent: "  "}
	enc := json.NewEncoder(iw)
	// Procedure names hold no HTML here: keep them readable.
	enc.SetEscapeHTML(false)
	if err := enc.Encode(f); err != nil {
		return fmt.Errorf("encoding the JSON report: %w", err)
	}
	return iw.w.Flush()
}

// coverage4 keeps four decimals, as the contract shows coverage (0.9801):
// float noise such as 0.6666666666666666 makes two reports hard to compare by
// eye. It rounds down so that a portal missing anything never reads 1.
func coverage4(c float64) float64 {
	if math.IsNaN(c) || math.IsInf(c, 0) {
		return c // let the encoder refuse it
	}
	return math.Floor(c*1e4+1e-7) / 1e4
}

// ReadJSON reads a report written by WriteJSON (or by anything following the
// contract) and returns it normalized. A report of another schema is refused.
func ReadJSON(r io.Reader) (*verdict.Report, error) {
	var rep verdict.Report
	dec := json.NewDecoder(r)
	if err := dec.Decode(&rep); err != nil {
		return nil, fmt.Errorf("reading the JSON report: %w", err)
	}
	if rep.Schema != verdict.Schema {
		return nil, fmt.Errorf("reading the JSON report: schema is %q, want %q", rep.Schema, verdict.Schema)
	}
	return rep.Normalized(), nil
}

// WriteJSONFile writes the JSON report to path atomically (--json PATH).
func WriteJSONFile(path string, r *verdict.Report) error {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, r); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return WriteFileAtomic(path, buf.Bytes())
}
