package catalog

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// readCSV reads a CSV catalogue: comma, semicolon or tab separated, UTF-8
// with or without BOM (or UTF-16 with BOM, as Excel's "Unicode text"
// saves), quoted cells over several lines.
func readCSV(file string, data []byte) (*Catalog, error) {
	g, err := csvGrid(file, data)
	if err != nil {
		return nil, err
	}
	return parseGrid(g)
}

func csvGrid(file string, data []byte) (*grid, error) {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		dec := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
		d, err := dec.Bytes(data)
		if err != nil {
			return nil, rowErr(file, 0, "không đọc được tệp UTF-16 (cannot decode UTF-16: %v)", err)
		}
		data = d
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if !utf8.Valid(data) {
		// Excel's plain "CSV" on a Vietnamese Windows saves windows-1258
		// (the tone marks as combining characters): decode it, in NFC.
		// A file in yet another charset still fails: its header names no
		// column then, and the error says how to save it.
		line := 1 + bytes.Count(data[:firstInvalid(data)], []byte("\n"))
		d, err := charmap.Windows1258.NewDecoder().Bytes(data)
		if err != nil {
			return nil, rowErr(file, line, "tệp không phải UTF-8 (not UTF-8 text: in Excel save as \"CSV UTF-8\")")
		}
		g, err := parseCSV(file, norm.NFC.Bytes(d), detectDelimiter(d))
		if err != nil {
			return nil, rowErr(file, line, "tệp không phải UTF-8 và đọc theo windows-1258 cũng không được (%v): trong Excel hãy lưu dạng \"CSV UTF-8\" (not UTF-8 text, nor windows-1258: in Excel save as \"CSV UTF-8\")", err)
		}
		return g, nil
	}
	return parseCSV(file, data, detectDelimiter(data))
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// detectDelimiter picks the separator whose header row names the most
// columns; commas inside quoted names do not mislead it.
func detectDelimiter(data []byte) rune {
	head := data
	// Ten records are rarely longer than this; the header sits within them.
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	best, bestScore := ',', -1
	for _, d := range []rune{',', ';', '\t'} {
		g, _ := parseCSVLimit("", head, d, headerSearchRows)
		score := 0
		if h, ok := findHeader(g); ok {
			score = len(h.cols)*1000 + len(g.rows[h.row])
		}
		if score > bestScore {
			best, bestScore = d, score
		}
	}
	return best
}

func parseCSV(file string, data []byte, delim rune) (*grid, error) {
	return parseCSVLimit(file, data, delim, -1)
}

// parseCSVLimit reads at most limit records (all when limit < 0). Row
// numbers count records as a spreadsheet shows them: a blank line is a row,
// a quoted cell over three lines is one.
func parseCSVLimit(file string, data []byte, delim rune, limit int) (*grid, error) {
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = delim
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	g := &grid{file: file}
	row, nextLine := 0, 1
	for limit < 0 || len(g.rows) < limit {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			line := 0
			if errors.As(err, &pe) {
				line = pe.StartLine
			}
			return g, rowErr(file, line, "dòng CSV hỏng (broken CSV line: %v)", err)
		}
		start, _ := cr.FieldPos(0)
		row += 1 + max(0, start-nextLine) // blank lines the reader skipped
		span := 1
		for _, f := range rec {
			span += strings.Count(f, "\n")
		}
		nextLine = start + span
		g.rows = append(g.rows, rec)
		g.rowNum = append(g.rowNum, row)
	}
	return g, nil
}
