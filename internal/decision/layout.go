package decision

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// chunk is a run of text on a layout line, separated from the next by two
// or more spaces (a column gap), with its start column in runes.
type chunk struct {
	col  int
	text string
}

// chunks splits a layout line at runs of two or more spaces.
func chunks(line string) []chunk {
	var out []chunk
	col, start, spaces := 0, -1, 0
	var b strings.Builder
	flush := func() {
		if start >= 0 {
			out = append(out, chunk{col: start, text: strings.TrimSpace(b.String())})
		}
		b.Reset()
		start = -1
	}
	for _, r := range line {
		if r == ' ' || r == '\t' {
			spaces++
			if spaces >= 2 {
				flush()
			} else if start >= 0 {
				b.WriteRune(r)
			}
		} else {
			if start < 0 {
				start = col
			}
			spaces = 0
			b.WriteRune(r)
		}
		col++
	}
	flush()
	return out
}

// LayoutBlocks turns the text of pdftotext -layout (one string per page)
// into blocks. A table row starts on a line whose first column is a bare
// number (the STT) once an annex part has begun; the columns of that line
// set the columns of the row, and the following lines add to the cells they
// stand under, which keeps a name wrapped inside its cell together. A row
// ends at a blank line, at a line that starts in the STT column again (the
// next row, a section row, a repeated header) or at the end of the page.
func LayoutBlocks(pages []string) []Block { return layoutBlocks(pages, nil) }

// layoutBlocks is LayoutBlocks; ocr[i] marks page i+1 as recognised by OCR.
func layoutBlocks(pages []string, ocr []bool) []Block {
	var out []Block
	inParts := false
	margin := -1 // the column of the STT numbers (or of the part heading)
	for pi, page := range pages {
		pageNo := pi + 1
		scanned := pi < len(ocr) && ocr[pi]
		var row *Block
		var cols []int
		sttEnd := 0 // the column after the row number of the open row
		// pending are indented lines met with no row open: the top lines
		// of a cell centred vertically, whose row number comes below them.
		var pending []string
		end := func() {
			if row != nil {
				out = append(out, *row)
				row = nil
			}
		}
		para := func(text string) {
			out = append(out, Block{Text: strings.Join(strings.Fields(text), " "), Page: pageNo, OCR: scanned})
		}
		flush := func() {
			for _, l := range pending {
				para(l)
			}
			pending = pending[:0]
		}
		add := func(c chunk) {
			j := 0
			for i, x := range cols {
				if x <= c.col+2 {
					j = i
				}
			}
			row.Cells[j] = joinCell(row.Cells[j], c.text)
		}
		for _, line := range strings.Split(page, "\n") {
			cs := chunks(line)
			if len(cs) == 0 {
				end()
				flush()
				continue
			}
			if row != nil && cs[0].col > sttEnd {
				for _, c := range cs {
					add(c)
				}
				continue
			}
			end()
			text := strings.TrimSpace(line)
			if !inParts {
				if _, ok := partOf(plain(text)); ok {
					inParts, margin = true, cs[0].col
				}
			}
			if inParts && len(cs) > 1 && isSTT(cs[0].text) {
				margin, sttEnd = cs[0].col, cs[0].col+utf8.RuneCountInString(cs[0].text)
				row = &Block{Page: pageNo, OCR: scanned}
				cols = cols[:0]
				for _, c := range cs {
					row.Cells = append(row.Cells, c.text)
					cols = append(cols, c.col)
				}
				// Lines above the row number belong to its cells, in
				// front of what the number's line holds.
				if len(pending) > 0 {
					first := row.Cells
					row.Cells = make([]string, len(first))
					for _, l := range pending {
						for _, c := range chunks(l) {
							add(c)
						}
					}
					for i, c := range first {
						row.Cells[i] = joinCell(row.Cells[i], c)
					}
					pending = pending[:0]
				}
				continue
			}
			if inParts && margin >= 0 && cs[0].col > margin+3 {
				pending = append(pending, line)
				continue
			}
			flush()
			para(text)
		}
		end()
		flush()
	}
	for i := range out {
		if out[i].Cells != nil {
			out[i].Text = strings.Join(out[i].Cells, " ")
		}
	}
	return out
}

// isSTT reports whether s is a row number: digits only (a part heading
// "1. Danh mục …" has its dot and words on the same chunk).
func isSTT(s string) bool {
	// OCR leaves specks by a number ("139_", "|12"); a dot is kept, as
	// "1." with words after it is a heading, not a row.
	s = strings.Trim(s, "_|'`,;:-")
	if s == "" || len(s) > 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// codePieceRe is a piece of a code broken over lines: "1.010830.000.00.00."
// then "H01".
var codePieceRe = regexp.MustCompile(`^[0-9A-Z][0-9A-Z.]*$`)

// joinCell adds a wrapped line to a cell: a code broken after a dot
// ("1.010830.000.00.00." / "H01") joins without a space, words with one.
func joinCell(cell, more string) string {
	if cell == "" {
		return more
	}
	last := cell[strings.LastIndexByte(cell, ' ')+1:]
	if strings.HasSuffix(last, ".") && strings.Count(last, ".") >= 2 && codePieceRe.MatchString(last) && codePieceRe.MatchString(more) {
		return cell + more
	}
	return cell + " " + more
}
