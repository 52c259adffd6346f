// Package cellsafe keeps spreadsheets from running text the tool writes
// as formulas (CSV or formula injection). Every CSV and XLSX cell of text
// the tool writes — missing.csv, the tickets exports, report.xlsx, the
// catalogue export — goes through Defuse.
//
// It follows OWASP's CSV-injection guidance: a cell whose text starts with
// = + - @, a tab or a carriage return gets a leading apostrophe, which
// Excel, LibreOffice and Google Sheets read as "this is text" (and hide).
// Beyond the guidance:
//   - leading spaces do not hide a trigger (" =1+1" is defused too),
//   - the full-width forms ＝ ＋ － ＠ count as triggers, since some
//     East-Asian input settings of Excel turn them into formulas,
//   - a trigger right after a semicolon is defused as well: Excel in a
//     Vietnamese locale may split a comma-separated file on ";" instead,
//     and the text after it would start a cell.
package cellsafe

import "strings"

// triggers are the first characters a spreadsheet may read as a formula.
const triggers = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20"

// Defuse returns s, with an apostrophe before a leading formula trigger
// and before a trigger that follows a semicolon.
func Defuse(s string) string {
	if !strings.ContainsAny(s, triggers) {
		return s
	}
	return defuse(s)
}

// defuse is Defuse's loop: it copies s, inserting the apostrophes.
func defuse(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	start := true
	for _, r := range s {
		if start {
			switch {
			case r == ' ':
				// Leading spaces keep looking for a trigger.
			case strings.ContainsRune(triggers, r):
				b.WriteByte('\'')
				start = false
			default:
				start = false
			}
		}
		b.WriteRune(r)
		if r == ';' {
			start = true
		}
	}
	return b.String()
}

// Risky reports whether a cell's text as written would be read as a
// formula: what Defuse prevents (for tests over every export).
func Risky(s string) bool {
	return Defuse(s) != s
}
