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

// reportHead is the report's fields before "portals", as written: times as
// RFC 3339 to the second in the audit's own zone, as the contract shows them.
// The portals and "since" follow it, written one by one (see WriteJSON).
type reportHead struct {
	Schema     string              `json:"schema"`
	StartedAt  string              `json:"started_at"`
	FinishedAt string              `json:"finished_at"`
	Catalog    verdict.CatalogInfo `json:"catalog"`
}

// WriteJSON writes r as the contract's JSON report (schema
// tthcaudit.report/v1), indented by two spaces, with every list present and
// sorted (see Report.Normalized), so that two audits of the same input differ
// only in their times.
func WriteJSON(w io.Writer, r *verdict.Report) error {
	// Each portal is sorted (Report.Normalized) on its own, just before it
	// is written: a copy of the whole report's findings beside the original
	// was the largest thing alive when the audit ends.
	n := *r
	if n.Schema == "" {
		n.Schema = verdict.Schema
	}
	// Nothing reaches w on an error: the only values encoding/json refuses
	// here are non-finite coverages, checked before the first byte.
	for _, v := range n.Portals {
		if c := coverage4(v.Coverage); math.IsNaN(c) || math.IsInf(c, 0) {
			return fmt.Errorf("encoding the JSON report: portal %s: coverage %v is not a number JSON can hold", v.ID, v.Coverage)
		}
	}
	// One portal at a time, compact, indented by indentWriter on its way
	// to w: encoding the whole report at once held it twice over (the
	// encoder's buffer and each portal's MarshalJSON copy), and a national
	// report is tens of MB.
	iw := &indentWriter{w: bufio.NewWriterSize(w, 64<<10), indent: "  "}
	head, err := compactJSON(reportHead{n.Schema, n.StartedAt.Format(time.RFC3339), n.FinishedAt.Format(time.RFC3339), n.Catalog})
	if err != nil {
		return fmt.Errorf("encoding the JSON report: %w", err)
	}
	iw.Write(head[:len(head)-1]) // without its closing brace
	iw.Write([]byte(`,"portals":[`))
	for i := range n.Portals {
		if i > 0 {
			iw.Write([]byte{','})
		}
		p := verdict.NormalizeVerdict(n.Portals[i])
		p.Coverage = coverage4(p.Coverage)
		if err := p.WriteJSON(iw); err != nil {
			return fmt.Errorf("encoding the JSON report: portal %s: %w", p.ID, err)
		}
	}
	iw.Write([]byte{']'})
	if n.Since != nil {
		since, err := compactJSON(n.Since)
		if err != nil {
			return fmt.Errorf("encoding the JSON report: %w", err)
		}
		iw.Write([]byte(`,"since":`))
		iw.Write(since)
	}
	iw.Write([]byte("}\n"))
	return iw.w.Flush()
}

// compactJSON encodes v as encoding/json would inside the report: compact,
// HTML left unescaped (procedure names hold no HTML here), no newline.
func compactJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte{'\n'}), nil
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
