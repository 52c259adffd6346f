package verdict

import (
	"bytes"
	"encoding/json"
	"fmt"
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

// MarshalJSON writes v as the contract's "portals" item: the head, then one
// list per registered kind under its JSON key (every contract list present,
// even empty), "fields", the lists that follow it, and "notes" when any.
// Findings of kinds nobody registered are not written.
func (v Verdict) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	// Procedure names hold no HTML here: keep them readable.
	enc.SetEscapeHTML(false)
	if err := enc.Encode(verdictHead{v.ID, v.Name, v.Level, v.URL, v.Status, v.Crawl, v.Required, v.Found, v.Coverage}); err != nil {
		return nil, err
	}
	b.Truncate(b.Len() - 2) // "}\n"
	writeList := func(key string, items []any) error {
		fmt.Fprintf(&b, `,%q:[`, key)
		for i, it := range items {
			if i > 0 {
				b.WriteByte(',')
			}
			if err := enc.Encode(it); err != nil {
				return err
			}
			b.Truncate(b.Len() - 1) // the encoder's newline
		}
		b.WriteByte(']')
		return nil
	}
	byKind := map[Kind][]any{}
	for _, f := range v.Findings {
		if k, ok := Info(f.Kind); ok {
			byKind[f.Kind] = append(byKind[f.Kind], k.Item(f))
		}
	}
	for _, after := range []bool{false, true} {
		if after {
			b.WriteString(`,"fields":`)
			if err := enc.Encode(nonNil(v.Fields)); err != nil {
				return nil, err
			}
			b.Truncate(b.Len() - 1)
		}
		for _, k := range registry {
			if k.AfterFields != after || (k.OmitEmpty && len(byKind[k.Kind]) == 0) {
				continue
			}
			if err := writeList(k.JSON, byKind[k.Kind]); err != nil {
				return nil, err
			}
		}
	}
	if len(v.Notes) > 0 {
		b.WriteString(`,"notes":`)
		if err := enc.Encode(v.Notes); err != nil {
			return nil, err
		}
		b.Truncate(b.Len() - 1)
	}
	// The crawl's manners (added after the first version, present only
	// when there is something to say).
	var tail bytes.Buffer
	tenc := json.NewEncoder(&tail)
	tenc.SetEscapeHTML(false)
	if err := tenc.Encode(verdictTail{v.Blocked, v.Traps, v.ActionLinksSkipped}); err != nil {
		return nil, err
	}
	if t := bytes.TrimSpace(tail.Bytes()); len(t) > 2 {
		b.WriteByte(',')
		b.Write(t[1 : len(t)-1])
	}
	b.WriteByte('}')
	return b.Bytes(), nil
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
