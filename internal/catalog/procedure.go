// Package catalog holds the official catalogue of administrative procedures
// (Danh mục TTHC): its model and the importers for the files it comes in
// (CSV, XLSX, JSON). Which procedure a published name is, package match
// answers.
//
// Load reads every layout of the contract: a plain table (comma, semicolon
// or tab; UTF-8 with or without BOM), the national portal's Excel export
// and a provincial decision's annex, whose section rows ("A. THỦ TỤC HÀNH
// CHÍNH CẤP HUYỆN", "I. Lĩnh vực Người có công", "Phần II. … BỊ BÃI BỎ")
// set the level, field and status of the rows under them. Agencies and
// fields hold several values separated by line breaks or ";" (never ",",
// which agency names contain); levels also by "," and "/".
//
// Unknown levels: the national export and the national list have no levels
// column, so their procedures have empty Levels, which means "not known",
// not "none". A level filter cannot decide on such a procedure (AppliesAt
// reports true for every level), so the rules require it of a portal only
// when the portal's agency or fields select it (or its codes name it): an
// audit against such a catalogue narrows it by field or agency. Nothing is
// guessed from the agency's name.
//
// Errors name the file and the spreadsheet's 1-based row (*RowError,
// "file:row: reason", reason in Vietnamese with the English in
// parentheses); a catalogue with any bad row is rejected whole.
package catalog

import (
	"sort"
	"strings"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// Level is the tier of government that carries out a procedure.
type Level string

// The levels of the contract. Since 1 July 2025 local units are tinh and xa
// only; older catalogues still carry huyen.
const (
	LevelBo    Level = "bo"
	LevelTinh  Level = "tinh"
	LevelHuyen Level = "huyen"
	LevelXa    Level = "xa"
	LevelKhac  Level = "khac"
)

// Levels lists every level in the contract's order.
var Levels = []Level{LevelBo, LevelTinh, LevelHuyen, LevelXa, LevelKhac}

// Valid reports whether l is one of Levels.
func (l Level) Valid() bool {
	for _, v := range Levels {
		if v == l {
			return true
		}
	}
	return false
}

// Status says whether a procedure is still in force.
type Status string

// The two statuses of the contract.
const (
	StatusActive    Status = "active"
	StatusAbolished Status = "abolished"
)

// Procedure is one administrative procedure of the catalogue.
type Procedure struct {
	// Code is the national code, [123].dddddd.
	Code string `json:"code"`
	// Name is the official name, NFC and with whitespace collapsed.
	Name string `json:"name"`
	// Fields are the fields (lĩnh vực); the first is the main one. The
	// national export lists several in one cell.
	Fields []string `json:"fields,omitempty"`
	// Levels are the tiers that carry it out, in the order of Levels.
	Levels []Level `json:"levels"`
	// Agencies are the implementing agencies (Cơ quan thực hiện).
	Agencies []string `json:"agencies,omitempty"`
	// Status is active unless the catalogue says abolished.
	Status Status `json:"status"`
	// Decision is the deciding or publishing decision, when the file says.
	Decision string `json:"decision,omitempty"`
	// FormerNames are names the procedure was published under before a
	// later decision renamed it, oldest first: a "Tên cũ" / "Tên trước
	// đây" column, a catalogue diff (AddRenamed) or the decisions that
	// renamed it (LoadList). A portal still showing one has published the
	// procedure under an outdated name, which the matcher recognises and
	// reports as such.
	FormerNames []string `json:"former_names,omitempty"`
	// Since is the day the last decision that changed the procedure took
	// effect; zero for a procedure as the base catalogue gives it.
	Since time.Time `json:"since,omitzero"`
	// Source is the decision that last changed the procedure (nil: the
	// base catalogue).
	Source *Source `json:"source,omitempty"`
	// Type is the national database's kind of record (STANDARD,
	// SPECIFIC, INTERCONNECTED, …), when the catalogue says.
	Type string `json:"type,omitempty"`
	// RecordID is the record's id on the national public-service portal
	// (its page is /thu-tuc-hanh-chinh/{RecordID}), when known.
	RecordID string `json:"record_id,omitempty"`
	// Lacks are the required parts (khoản 2 Điều 8 NĐ 63/2010) the
	// record lacks on the national database, as the catalogue's CSDL
	// column names them; empty when complete or not known.
	Lacks []string `json:"lacks,omitempty"`
	// Uses is how often the record was used on the national portal (the
	// national list's "weight"), nil when the catalogue does not say. A
	// record used once at most beside a twin in daily use is a stale copy
	// the portals do not publish under its code (the matcher reads it so).
	Uses *int `json:"uses,omitempty"`
	// Row is where the procedure was read ("catalog.csv:12"), for messages.
	Row string `json:"-"`
}

// Field returns the main field, or "".
func (p Procedure) Field() string {
	if len(p.Fields) == 0 {
		return ""
	}
	return p.Fields[0]
}

// Agency returns the agencies joined by "; ", as one report cell.
func (p Procedure) Agency() string { return strings.Join(p.Agencies, "; ") }

// Active reports whether the procedure is in force.
func (p Procedure) Active() bool { return p.Status != StatusAbolished }

// HasLevel reports whether the procedure is carried out at level l.
func (p Procedure) HasLevel(l Level) bool {
	for _, v := range p.Levels {
		if v == l {
			return true
		}
	}
	return false
}

// LevelsKnown reports whether the catalogue said at which levels the
// procedure is carried out.
func (p Procedure) LevelsKnown() bool { return len(p.Levels) > 0 }

// AppliesAt reports whether the procedure is carried out at level l. A
// procedure whose levels are not known applies at every level.
func (p Procedure) AppliesAt(l Level) bool { return !p.LevelsKnown() || p.HasLevel(l) }

// SortLevels puts levels in the contract's order without repeats.
func SortLevels(ls []Level) []Level {
	seen := map[Level]bool{}
	var out []Level
	for _, l := range ls {
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	rank := func(l Level) int {
		for i, v := range Levels {
			if v == l {
				return i
			}
		}
		return len(Levels)
	}
	sort.SliceStable(out, func(i, j int) bool { return rank(out[i]) < rank(out[j]) })
	return out
}

// Catalog is a whole catalogue file, procedures sorted by code.
type Catalog struct {
	// Source is the file it was read from.
	Source     string
	Procedures []Procedure
	byCode     map[string]int
}

// New builds a catalogue from procedures, sorting them by code.
func New(source string, ps []Procedure) *Catalog {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Code < ps[j].Code })
	c := &Catalog{Source: source, Procedures: ps, byCode: make(map[string]int, len(ps))}
	for i, p := range ps {
		c.byCode[p.Code] = i
	}
	return c
}

// ByCode returns the procedure with that code.
func (c *Catalog) ByCode(code string) (Procedure, bool) {
	i, ok := c.byCode[code]
	if !ok {
		return Procedure{}, false
	}
	return c.Procedures[i], true
}

// AddFormerNames records names the procedure with that code was known by
// before (from a catalogue diff or a renaming decision). Blank names, the
// current name and repeats (by textnorm.Key) are skipped. It reports
// whether the code is in the catalogue. Call it before building an index.
func (c *Catalog) AddFormerNames(code string, names ...string) bool {
	i, ok := c.byCode[code]
	if !ok {
		return false
	}
	p := &c.Procedures[i]
	p.FormerNames = addFormer(p.FormerNames, p.Name, names...)
	return true
}

// AddRenamed records the old names of every renamed procedure of ch (a
// Diff from an older catalogue to c) as former names.
func (c *Catalog) AddRenamed(ch Changes) {
	for _, r := range ch.Renamed {
		c.AddFormerNames(r.Code, r.OldName)
	}
}

// addFormer appends names not yet in list nor equal to current, by key.
func addFormer(list []string, current string, names ...string) []string {
	seen := map[string]bool{textnorm.Key(current): true}
	for _, n := range list {
		seen[textnorm.Key(n)] = true
	}
	for _, n := range names {
		n = textnorm.Clean(n)
		k := textnorm.Key(n)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		list = append(list, n)
	}
	return list
}

// ActiveCount is the number of procedures in force.
func (c *Catalog) ActiveCount() int {
	n := 0
	for _, p := range c.Procedures {
		if p.Active() {
			n++
		}
	}
	return n
}
