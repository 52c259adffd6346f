package decision

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// maxDocumentXML bounds word/document.xml: a decision's annex is a few MB
// at most, and a zip bomb must not fill the memory.
const maxDocumentXML = 64 << 20

// docxBlocks reads word/document.xml: paragraphs (w:p) outside tables, and
// each table row (w:tr) as one row of cells (w:tc), a cell's paragraphs
// joined by spaces (a name typed over two lines of its cell is one name). A
// cell merged across columns (w:gridSpan) is one cell; a row that is one
// merged cell reads as a paragraph (a section row). Nested tables are read
// into the cell that holds them.
func docxBlocks(path string) ([]Block, error) {
	z, err := zip.OpenReader(path)
	if err != nil {
		return nil, errf(path, 0, "không đọc được tệp DOCX (không phải tệp Word .docx hợp lệ): %v (not a valid .docx file)", err)
	}
	defer z.Close()
	var doc *zip.File
	for _, f := range z.File {
		if f.Name == "word/document.xml" {
			doc = f
		}
	}
	if doc == nil {
		return nil, errf(path, 0, "tệp DOCX không có word/document.xml (the .docx has no document part; save it again from Word)")
	}
	rc, err := doc.Open()
	if err != nil {
		return nil, errf(path, 0, "không mở được nội dung DOCX: %v (cannot open the document part)", err)
	}
	defer rc.Close()
	blocks, err := docxRead(io.LimitReader(rc, maxDocumentXML))
	if err != nil {
		return nil, errf(path, 0, "nội dung DOCX hỏng: %v (the document part is damaged)", err)
	}
	return blocks, nil
}

// docxRead walks the XML tokens of document.xml.
func docxRead(r io.Reader) ([]Block, error) {
	dec := xml.NewDecoder(r)
	var out []Block
	var para strings.Builder // the current paragraph's text
	inText := false
	tableDepth := 0
	var row []string  // cells of the current top-level row
	var cell []string // paragraphs of the current top-level cell
	var rowOpen bool
	tables, rows := 0, 0 // the current top-level table and row, 1-based
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "tbl":
				tableDepth++
				if tableDepth == 1 {
					tables, rows = tables+1, 0
				}
			case "tr":
				if tableDepth == 1 {
					row, rowOpen = []string{}, true
					rows++
				}
			case "tc":
				if tableDepth == 1 {
					cell = cell[:0]
				}
			case "p":
				para.Reset()
			case "t":
				inText = true
			case "tab":
				para.WriteByte(' ')
			case "br", "cr":
				para.WriteByte(' ')
			}
		case xml.CharData:
			if inText {
				para.Write(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				text := strings.TrimSpace(para.String())
				if tableDepth == 0 {
					if text != "" {
						out = append(out, Block{Text: text})
					}
				} else if text != "" {
					cell = append(cell, text)
				}
				para.Reset()
			case "tc":
				if tableDepth == 1 && rowOpen {
					row = append(row, strings.Join(cell, " "))
				}
			case "tr":
				if tableDepth == 1 && rowOpen {
					out = append(out, Block{Text: strings.Join(row, " "), Cells: row,
						Row: fmt.Sprintf("bảng %d, hàng %d (table %d, row %d)", tables, rows, tables, rows)})
					rowOpen = false
				}
			case "tbl":
				tableDepth--
			}
		}
	}
	return out, nil
}
