// Package decision reads a provincial decision that announces a catalogue
// of administrative procedures (Quyết định công bố Danh mục thủ tục hành
// chính): its header (Số: 2031/QĐ-UBND, place, signing date), the article
// that sets its entry into force, and the annex tables that list the
// procedures it adds, amends or replaces, and abolishes, with the level and
// field the section rows give them.
//
// Three kinds of file are read: a PDF with a text layer (through poppler's
// pdftotext -layout), a scanned PDF (pdftoppm, then Tesseract with the
// Vietnamese model, rebuilt into the same layout text) and a DOCX (its
// document.xml read directly). All three become one stream of paragraphs and
// table rows (Block), which one parser reads, so the three agree.
//
// The package knows nothing of the catalogue: levels are the contract's
// spellings ("tinh", "huyen", "xa"), and the catalogue package applies
// decisions, in order of entry into force, to a base catalogue.
//
// Errors are *Error, naming the file and page, Vietnamese first with the
// English in parentheses. A row the parser cannot place is an error, never
// skipped: a catalogue missing a procedure is worse than no catalogue.
package decision

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"
)

// Action is what a decision does to a procedure.
type Action string

// The parts of an annex.
const (
	// New: "Danh mục thủ tục hành chính mới ban hành".
	New Action = "new"
	// Amended: "… được sửa đổi, bổ sung".
	Amended Action = "amended"
	// Replaced: "… được thay thế"; applied as an amendment of the code.
	Replaced Action = "replaced"
	// Abolished: "… bị bãi bỏ" (also "hủy bỏ").
	Abolished Action = "abolished"
)

// Entry is one procedure of the annex.
type Entry struct {
	// Action is the part of the annex the row is in.
	Action Action `json:"action"`
	// Code is the national code reduced to [123].dddddd.
	Code string `json:"code"`
	// LongCode is the code as written when it is longer
	// (1.010829.000.00.00.H01), else "".
	LongCode string `json:"long_code,omitempty"`
	// Name is the name as the decision writes it, the wrapped lines of its
	// cell joined.
	Name string `json:"name"`
	// Levels are the levels of the sections the code is listed under
	// ("tinh", "huyen", "xa", "bo", "khac"), without repeats.
	Levels []string `json:"levels,omitempty"`
	// Fields are the fields (lĩnh vực) of its sections.
	Fields []string `json:"fields,omitempty"`
	// Agencies are the agencies the row names, when it has such a column.
	Agencies []string `json:"agencies,omitempty"`
	// Page is the 1-based page of the row (for a DOCX, 0: Word decides
	// pages when it prints).
	Page int `json:"page,omitempty"`
	// Row is where a DOCX row is ("bảng 2, hàng 5 (table 2, row 5)").
	Row string `json:"row,omitempty"`
	// OCR is true when the name was recognised from a scan: the catalogue
	// corrects it against the names it knows for the code.
	OCR bool `json:"ocr,omitempty"`
}

// Decision is one decision as read.
type Decision struct {
	// File is the path it was read from.
	File string `json:"file"`
	// Number is "2031/QĐ-UBND".
	Number string `json:"number"`
	// Place is the place before the date ("An Giang").
	Place string `json:"place,omitempty"`
	// Signed is the date of the header.
	Signed time.Time `json:"signed"`
	// EffectiveFrom is the first day the decision is in force.
	EffectiveFrom time.Time `json:"effective_from"`
	// EffectiveArticle is the article that gave EffectiveFrom ("Điều 2").
	EffectiveArticle string `json:"effective_article"`
	// Entries are the annex rows in the order of the file.
	Entries []Entry `json:"entries"`
	// Pages is the page count (0 for a DOCX).
	Pages int `json:"pages,omitempty"`
	// Scanned is true when the text came from OCR.
	Scanned bool `json:"scanned,omitempty"`
}

// Label is "2031/QĐ-UBND", or the file name when the number was not found.
func (d *Decision) Label() string {
	if d.Number != "" {
		return d.Number
	}
	return filepath.Base(d.File)
}

// Error says which file, and which page of it, cannot be read and why.
type Error struct {
	File string
	// Page is 1-based; 0 when the whole file is at fault or pages are not
	// known (DOCX).
	Page int
	// Row says where in a DOCX ("bảng 2, hàng 5 (table 2, row 5)"), which
	// has no pages until Word prints it; "" otherwise.
	Row string
	// Reason is Vietnamese with the English in parentheses.
	Reason string
}

// Error gives "file: trang N: reason".
func (e *Error) Error() string {
	if e.Page > 0 {
		return fmt.Sprintf("%s: trang %d (page %d): %s", e.File, e.Page, e.Page, e.Reason)
	}
	if e.Row != "" {
		return fmt.Sprintf("%s: %s: %s", e.File, e.Row, e.Reason)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Reason)
}

func errf(file string, page int, format string, a ...any) *Error {
	return &Error{File: file, Page: page, Reason: fmt.Sprintf(format, a...)}
}

// IsDecision reports whether path names a decision file (.pdf or .docx)
// rather than a catalogue file.
func IsDecision(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".pdf", ".docx":
		return true
	}
	return false
}
