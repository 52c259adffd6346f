package catalog

import "fmt"

// RowError says which row of which catalogue file cannot be read and why.
// Reason is Vietnamese with the English in parentheses, as the users of the
// tool read Vietnamese first.
type RowError struct {
	// File is the catalogue path as given to Load.
	File string
	// Row is the spreadsheet's 1-based row number (for JSON, the line where
	// the object starts); 0 when the whole file is at fault.
	Row int
	// Reason says what is wrong and what to fix.
	Reason string
}

// Error gives "file:row: reason", or "file: reason" for a whole-file error.
func (e *RowError) Error() string {
	if e.Row <= 0 {
		return fmt.Sprintf("%s: %s", e.File, e.Reason)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Row, e.Reason)
}

func rowErr(file string, row int, format string, a ...any) *RowError {
	return &RowError{File: file, Row: row, Reason: fmt.Sprintf(format, a...)}
}
