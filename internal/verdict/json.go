package verdict

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// verdictHead is the part of a portal's JSON before its lists, in the
// contract's order.
type verdictHead struct {
	ID       string       `json:"id"`
	Name     string       `json:"name"`
	Level    string       `json:"level"`
	URL      string       `json:"url,omitempty"`
	Status   string       `json:"status"`
	Crawl    CrawlSummary `json:"crawl"`
	Required int          `json:"required"`
	Found    int          `json:"found"`
	Coverage float64      `json:"coverage"`
}

// verdictTail are the lists after "notes".
type verdictTail struct {
	Blocked            *Blocked  `json:"blocked,omitempty"`
	Traps              []TrapCut `json:"traps,omitempty"`
	ActionLinksSkipped int       `json:"action_links_skipped,omitempty"`
}

// MarshalJSON writes v as the contract's "portals" item (see WriteJSON).
func (v Verdict) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	if err := v.WriteJSON(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// WriteJSON writes v, compact, as the contract's "portals" item: the head,
// then one list per registered kind under its JSON key (every contract
// list present, even empty), "fields", the lists that follow it, and
// "notes" when any. Findings of kinds nobody registered are not written.
// It encodes one value at a time into a small reused buffer on its way to
// w: a national portal's findings are several MB, and a buffer of the
// whole portal grew by doubling at the very moment the audit's heap is at
// its largest (the report is written last).
func (v Verdict) WriteJSON(w io.Writer) error {
	jw := jsonWriter{w: w}
	jw.enc = json.NewEncoder(&jw.buf)
	// Procedure names hold no HTML here: keep them readable.
	jw.enc.SetEscapeHTML(false)
	head, err := jw.encode(verdictHead{v.ID, v.Name, v.Level, v.URL, v.Status, v.Crawl, v.Required, v.Found, v.Coverage})
	if err != nil {
		return err
	}
	jw.write(head[:len(head)-1]) // without its closing brace
	for _, after := range []bool{false, true} {
		if after {
			jw.str(`,"fields":`)
			if err := jw.value(nonNil(v.Fields)); err != nil {
				return err
			}
		}
		for _, k := range registry {
			if k.AfterFields != after || (k.OmitEmpty && !v.has(k.Kind)) {
				continue
			}
			jw.str(`,"` + k.JSON + `":[`)
			first := true
			for _, f := range v.Findings {
				if f.Kind != k.Kind {
					continue
				}
				if !first {
					jw.str(",")
				}
				first = false
				if err := jw.value(k.Item(f)); err != nil {
					return err
				}
			}
			jw.str("]")
		}
	}
	if len(v.Notes) > 0 {
		jw.str(`,"notes":`)
		if err := jw.value(v.Notes); err != nil {
			return err
		}
	}
	// The crawl's manners (added after the first version, present only
	// when there is something to say).
	tail, err := jw.encode(verdictTail{v.Blocked, v.Traps, v.ActionLinksSkipped})
	if err != nil {
		return err
	}
	if len(tail) > 2 {
		jw.str(",")
		jw.write(tail[1 : len(tail)-1])
	}
	jw.str("}")
	return jw.err
}

// has reports whether v holds a finding of kind k.
func (v Verdict) has(k Kind) bool {
	for _, f := range v.Findings {
		if f.Kind == k {
			return true
		}
	}
	return false
}

// jsonWriter writes compact JSON values to w through one reused buffer,
// keeping the first error.
type jsonWriter struct {
	w   io.Writer
	buf bytes.Buffer
	enc *json.Encoder
	err error
}

// encode returns x's compact JSON, without the encoder's newline; the
// bytes are valid until the next call.
func (jw *jsonWriter) encode(x any) ([]byte, error) {
	jw.buf.Reset()
	if err := jw.enc.Encode(x); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(jw.buf.Bytes(), []byte{'\n'}), nil
}

// value writes x's compact JSON.
func (jw *jsonWriter) value(x any) error {
	b, err := jw.encode(x)
	if err != nil {
		return err
	}
	jw.write(b)
	return nil
}

func (jw *jsonWriter) str(s string) { jw.write([]byte(s)) }

func (jw *jsonWriter) write(b []byte) {
	if jw.err == nil {
		_, jw.err = jw.w.Write(b)
	}
}

// UnmarshalJSON reads a "portals" item written by MarshalJSON (or by
// anything following the contract): each registered list becomes findings
// of its kind; lists of kinds this build does not know are skipped.
func (v *Verdict) UnmarshalJSON(data []byte) error {
	var h verdictHead
	if err := json.Unmarshal(data, &h); err != nil {
		return err
	}
	var rest map[string]json.RawMessage
	if err := json.Unmarshal(data, &rest); err != nil {
		return err
	}
	*v = Verdict{ID: h.ID, Name: h.Name, Level: h.Level, URL: h.URL, Status: h.Status, Crawl: h.Crawl,
		Required: h.Required, Found: h.Found, Coverage: h.Coverage}
	for _, k := range registry {
		raw, ok := rest[k.JSON]
		if !ok || string(raw) == "null" {
			continue
		}
		var fs []Finding
		if err := json.Unmarshal(raw, &fs); err != nil {
			return fmt.Errorf("%s: %w", k.JSON, err)
		}
		for i := range fs {
			fs[i].Kind = k.Kind
		}
		v.Findings = append(v.Findings, fs...)
	}
	if raw, ok := rest["fields"]; ok {
		if err := json.Unmarshal(raw, &v.Fields); err != nil {
			return fmt.Errorf("fields: %w", err)
		}
	}
	var t verdictTail
	if err := json.Unmarshal(data, &t); err != nil {
		return err
	}
	v.Blocked, v.Traps, v.ActionLinksSkipped = t.Blocked, t.Traps, t.ActionLinksSkipped
	if raw, ok := rest["notes"]; ok {
		if err := json.Unmarshal(raw, &v.Notes); err != nil {
			return fmt.Errorf("notes: %w", err)
		}
	}
	return nil
}
