package catalog

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Load reads a catalogue file, choosing the importer by extension: .csv
// (also .txt and .tsv), .xlsx or .json. A file that cannot be read, or any
// row that cannot, gives an error naming the file and row (*RowError for
// rows) and no catalogue.
func Load(path string) (*Catalog, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, rowErr(path, 0, "không mở được tệp danh mục (cannot open the catalogue: %v)", err)
	}
	defer f.Close()
	return LoadReader(path, f)
}

// LoadReader reads a catalogue from r; name gives the format (by extension)
// and the file name in messages.
func LoadReader(name string, r io.Reader) (*Catalog, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, rowErr(name, 0, "không đọc được tệp danh mục (cannot read the catalogue: %v)", err)
	}
	switch ext := strings.ToLower(filepath.Ext(name)); ext {
	case ".csv", ".txt", ".tsv":
		return readCSV(name, data)
	case ".xlsx", ".xlsm":
		return readXLSX(name, bytes.NewReader(data))
	case ".json":
		return readJSON(name, data)
	case ".xls":
		return nil, rowErr(name, 0, "định dạng .xls cũ không được hỗ trợ (the old .xls format is not supported: save as .xlsx or CSV UTF-8)")
	default:
		return nil, rowErr(name, 0, "không nhận ra định dạng %q (unknown catalogue format %q: use .csv, .xlsx or .json)", ext, ext)
	}
}
