package catalog

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/hbollon/go-edlib"

	"github.com/tthcaudit/tthcaudit/internal/decision"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// Source is the decision that last changed a procedure.
type Source struct {
	// Decision is the decision's number ("2031/QĐ-UBND").
	Decision string `json:"decision"`
	// File is the decision's file as listed.
	File string `json:"file"`
	// Page is the 1-based page of its row (0 for a DOCX).
	Page int `json:"page,omitempty"`
	// Row places a DOCX row ("bảng 2, hàng 5 (table 2, row 5)").
	Row string `json:"row,omitempty"`
}

// String is "2031/QĐ-UBND, trang 3".
func (s Source) String() string {
	if s.Page > 0 {
		return fmt.Sprintf("%s, trang %d", s.Decision, s.Page)
	}
	if s.Row != "" {
		// "bảng 2, hàng 5" without the English: it is an export cell.
		row, _, _ := strings.Cut(s.Row, " (")
		return s.Decision + ", " + row
	}
	return s.Decision
}

// DecisionRef is one decision of a catalogue list.
type DecisionRef struct {
	Number        string    `json:"number"`
	File          string    `json:"file"`
	Signed        time.Time `json:"signed"`
	EffectiveFrom time.Time `json:"effective_from"`
	// New, Amended and Abolished count its entries by part ("thay thế"
	// counts as amended).
	New       int `json:"new"`
	Amended   int `json:"amended"`
	Abolished int `json:"abolished"`
}

// UpcomingChange is one change a decision not yet in force will make.
type UpcomingChange struct {
	// Action is new, amended, replaced or abolished.
	Action string `json:"action"`
	Code   string `json:"code"`
	// Name is the name the decision gives; OldName the name in force now
	// when it differs.
	Name    string  `json:"name"`
	OldName string  `json:"old_name,omitempty"`
	Levels  []Level `json:"levels,omitempty"`
	Field   string  `json:"field,omitempty"`
	Page    int     `json:"page,omitempty"`
}

// UpcomingDecision is a decision of the list whose entry into force lies
// after the as-of date: it is not applied, and the reports list what it
// will change.
type UpcomingDecision struct {
	DecisionRef
	Changes []UpcomingChange `json:"changes"`
}

// Built is a catalogue built from a list: a base catalogue, then decisions
// applied in order of entry into force, as of a date.
type Built struct {
	// Catalog is the catalogue in force on AsOf: what audits use.
	*Catalog
	// AsOf is the day the catalogue is taken at.
	AsOf time.Time
	// Base is the base catalogue's file ("" when the list starts with a
	// decision).
	Base string
	// Applied are the decisions in force on AsOf, in the order applied.
	Applied []DecisionRef
	// Upcoming are the decisions not yet in force on AsOf, by date.
	Upcoming []UpcomingDecision
	// Pending are the procedures upcoming decisions add, not in force yet
	// (catalog export lists them as "Chưa có hiệu lực").
	Pending []Procedure
	// Warnings are things an officer should look at that do not stop the
	// build (an OCR'd name kept as read, an amendment of an unknown code),
	// each naming the file and page, Vietnamese with English in
	// parentheses.
	Warnings []string
}

// ListOptions tune LoadList.
type ListOptions struct {
	// AsOf is the day to take the catalogue at (zero: today).
	AsOf time.Time
	// Reference is a list of the official names by code (the national
	// list) that names read by OCR are corrected against, with the names
	// the catalogue already has (optional).
	Reference *Catalog
	// Decision tells where the PDF and OCR programs are.
	Decision decision.Options
	// Context cancels OCR (nil: background).
	Context context.Context
}

// LoadList reads a catalogue list: a base catalogue (.csv, .xlsx, .json)
// followed by decisions (.pdf, .docx), or decisions alone, and applies the
// decisions in force on o.AsOf in order of entry into force. A single
// catalogue file is loaded as Load loads it. Any file that cannot be read
// fails the whole list, with the file and page or row named.
func LoadList(paths []string, o ListOptions) (*Built, error) {
	if len(paths) == 0 {
		return nil, rowErr("catalog", 0, "danh sách danh mục trống (the catalogue list is empty: give a catalogue file, then decisions)")
	}
	if o.AsOf.IsZero() {
		now := time.Now()
		o.AsOf = time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	}
	if o.Context == nil {
		o.Context = context.Background()
	}
	b := &Built{AsOf: o.AsOf}
	var base *Catalog
	rest := paths
	if !decision.IsDecision(paths[0]) {
		c, err := Load(paths[0])
		if err != nil {
			return nil, err
		}
		base, b.Base, rest = c, paths[0], paths[1:]
	}
	if len(rest) == 0 {
		b.Catalog = base
		return b, nil
	}
	var decs []*decision.Decision
	seen := map[string]string{}
	for _, p := range rest {
		if !decision.IsDecision(p) {
			return nil, rowErr(p, 0, "chỉ mục đầu tiên của danh sách là danh mục gốc (.csv, .xlsx, .json); các mục sau phải là quyết định .pdf hoặc .docx (only the first entry of the list is a base catalogue; the rest must be .pdf or .docx decisions)")
		}
		d, err := decision.Read(o.Context, p, o.Decision)
		if err != nil {
			return nil, err
		}
		if other, dup := seen[d.Number]; dup {
			return nil, rowErr(p, 0, "quyết định số %s đã có trong danh sách (%s): bỏ một tệp (decision %s is listed twice, also as %s)", d.Number, other, d.Number, other)
		}
		seen[d.Number] = p
		decs = append(decs, d)
	}
	// Order of entry into force; the same day, the earlier signed first,
	// then the order of the list.
	sort.SliceStable(decs, func(i, j int) bool {
		if !decs[i].EffectiveFrom.Equal(decs[j].EffectiveFrom) {
			return decs[i].EffectiveFrom.Before(decs[j].EffectiveFrom)
		}
		return decs[i].Signed.Before(decs[j].Signed)
	})

	st := &state{byCode: map[string]*Procedure{}, ref: o.Reference, b: b}
	if base != nil {
		for _, p := range base.Procedures {
			q := p
			q.Levels = append([]Level(nil), p.Levels...)
			q.Fields = append([]string(nil), p.Fields...)
			q.Agencies = append([]string(nil), p.Agencies...)
			q.FormerNames = append([]string(nil), p.FormerNames...)
			st.add(&q)
		}
	}
	for _, d := range decs {
		ref := DecisionRef{Number: d.Number, File: d.File, Signed: d.Signed, EffectiveFrom: d.EffectiveFrom}
		for _, e := range d.Entries {
			switch e.Action {
			case decision.New:
				ref.New++
			case decision.Abolished:
				ref.Abolished++
			default:
				ref.Amended++
			}
		}
		if d.EffectiveFrom.After(o.AsOf) {
			b.Upcoming = append(b.Upcoming, st.upcoming(d, ref))
			continue
		}
		st.apply(d)
		b.Applied = append(b.Applied, ref)
	}
	procs := make([]Procedure, 0, len(st.order))
	for _, code := range st.order {
		procs = append(procs, *st.byCode[code])
	}
	var source strings.Builder
	if b.Base != "" {
		source.WriteString(b.Base)
	}
	for _, a := range b.Applied {
		if source.Len() > 0 {
			source.WriteString(" + ")
		}
		source.WriteString(a.Number)
	}
	b.Catalog = New(source.String(), procs)
	return b, nil
}

// state is the catalogue while decisions are applied.
type state struct {
	byCode map[string]*Procedure
	order  []string
	ref    *Catalog
	b      *Built
}

func (s *state) add(p *Procedure) {
	if _, ok := s.byCode[p.Code]; !ok {
		s.order = append(s.order, p.Code)
	}
	s.byCode[p.Code] = p
}

func (s *state) warn(file string, page int, format string, a ...any) {
	at := file
	if page > 0 {
		at = fmt.Sprintf("%s: trang %d (page %d)", file, page, page)
	}
	s.b.Warnings = append(s.b.Warnings, at+": "+fmt.Sprintf(format, a...))
}

// levels turns the decision's level words into Levels.
func levels(ls []string) []Level {
	var out []Level
	for _, l := range ls {
		if v := Level(l); v.Valid() {
			out = append(out, v)
		}
	}
	return SortLevels(out)
}

// name is the entry's name, an OCR'd one corrected against the names known
// for its code. An amendment may rename: its name is corrected only
// against the reference list (which carries the names in force
// nationally), never back to the name it replaces.
func (s *state) name(d *decision.Decision, e decision.Entry) string {
	if !e.OCR {
		return e.Name
	}
	var cands []string
	if s.ref != nil {
		if r, ok := s.ref.ByCode(e.Code); ok {
			cands = append(cands, r.Name)
		}
	}
	if cur, ok := s.byCode[e.Code]; ok && (e.Action == decision.New || e.Action == decision.Abolished) {
		cands = append(cands, cur.Name)
		cands = append(cands, cur.FormerNames...)
	}
	if best, ok := closest(e.Name, cands); ok {
		return best
	}
	s.warn(d.File, e.Page, "tên của mã %s đọc bằng OCR, giữ nguyên vì không gần tên nào đã biết: %q, hãy đối chiếu với bản giấy (the OCR'd name of %s matches no known name and is kept as read: check it against the paper copy)", e.Code, e.Name, e.Code)
	return e.Name
}

// closest returns the candidate nearest to an OCR'd name when it is near
// enough to be the same name misread: a few letters in eight, compared
// without diacritics (which OCR gets wrong most).
func closest(ocr string, cands []string) (string, bool) {
	// Compared twice: as textnorm folds names (a leading "Thủ tục" is no
	// part of one, so a decision may write it or not), and with it kept
	// (OCR may misspell it on one side only, "Thủ tực").
	a, ak := plainFold(ocr), textnorm.Fold(ocr)
	best, bestD := "", -1
	for _, c := range cands {
		d := min(edlib.LevenshteinDistance(a, plainFold(c)), edlib.LevenshteinDistance(ak, textnorm.Fold(c)))
		if bestD < 0 || d < bestD {
			best, bestD = c, d
		}
	}
	limit := len([]rune(a)) / 8
	if limit < 3 {
		limit = 3
	}
	return best, bestD >= 0 && bestD <= limit
}

// apply makes one decision's changes.
func (s *state) apply(d *decision.Decision) {
	for _, e := range d.Entries {
		name := s.name(d, e)
		src := &Source{Decision: d.Number, File: d.File, Page: e.Page, Row: e.Row}
		cur, exists := s.byCode[e.Code]
		switch {
		case !exists:
			p := &Procedure{Code: e.Code, Name: name, Fields: e.Fields, Levels: levels(e.Levels), Agencies: e.Agencies,
				Status: StatusActive, Decision: d.Number, Since: d.EffectiveFrom, Source: src, Row: src.String()}
			if e.Action == decision.Abolished {
				p.Status = StatusAbolished
				s.warn(d.File, e.Page, "mã %s bị bãi bỏ nhưng không có trong danh mục trước đó: vẫn ghi vào danh mục là đã bãi bỏ (code %s is abolished but was not in the catalogue: recorded as abolished)", e.Code, e.Code)
			} else if e.Action != decision.New {
				s.warn(d.File, e.Page, "mã %s được sửa đổi/thay thế nhưng không có trong danh mục trước đó: đã thêm như thủ tục mới; kiểm tra danh mục gốc (code %s is amended but was not in the catalogue: added as new; check the base catalogue)", e.Code, e.Code)
			}
			s.add(p)
			continue
		case e.Action == decision.New && cur.Active():
			s.warn(d.File, e.Page, "mã %s được công bố mới nhưng đã có trong danh mục (%s): cập nhật như sửa đổi (code %s is announced as new but is already in force: applied as an amendment)", e.Code, sourceLabel(cur), e.Code)
		}
		if e.Action == decision.Abolished {
			cur.Status = StatusAbolished
		} else {
			cur.Status = StatusActive
			if name != cur.Name && textnorm.Key(name) != textnorm.Key(cur.Name) {
				cur.FormerNames = appendOnce(cur.FormerNames, cur.Name)
			}
			cur.Name = name
			if ls := levels(e.Levels); len(ls) > 0 {
				cur.Levels = ls
			}
			if len(e.Fields) > 0 {
				cur.Fields = append([]string(nil), e.Fields...)
			}
			if len(e.Agencies) > 0 {
				cur.Agencies = append([]string(nil), e.Agencies...)
			}
		}
		cur.Decision, cur.Since, cur.Source, cur.Row = d.Number, d.EffectiveFrom, src, src.String()
	}
}

func sourceLabel(p *Procedure) string {
	if p.Source != nil {
		return p.Source.String()
	}
	return filepath.Base(strings.SplitN(p.Row, ":", 2)[0])
}

func appendOnce(xs []string, x string) []string {
	for _, v := range xs {
		if v == x {
			return xs
		}
	}
	return append(xs, x)
}

// upcoming lists what a decision not yet in force will change, and the
// procedures it adds as pending.
func (s *state) upcoming(d *decision.Decision, ref DecisionRef) UpcomingDecision {
	u := UpcomingDecision{DecisionRef: ref, Changes: []UpcomingChange{}}
	for _, e := range d.Entries {
		name := s.name(d, e)
		c := UpcomingChange{Action: string(e.Action), Code: e.Code, Name: name, Levels: levels(e.Levels), Page: e.Page}
		if len(e.Fields) > 0 {
			c.Field = e.Fields[0]
		}
		cur, ok := s.byCode[e.Code]
		if ok && cur.Name != name {
			c.OldName = cur.Name
		}
		if e.Action == decision.New && (!ok || !cur.Active()) {
			s.b.Pending = append(s.b.Pending, Procedure{Code: e.Code, Name: name, Fields: e.Fields, Levels: c.Levels,
				Agencies: e.Agencies, Status: StatusActive, Decision: d.Number, Since: d.EffectiveFrom,
				Source: &Source{Decision: d.Number, File: d.File, Page: e.Page, Row: e.Row}})
		}
		u.Changes = append(u.Changes, c)
	}
	return u
}
