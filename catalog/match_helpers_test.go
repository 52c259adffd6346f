package catalog

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// dvcqgPath is the real national catalogue extract (2,929 procedures).
var dvcqgPath = filepath.Join("..", "testdata", "dvcqg", "procedures.csv")

var (
	dvcqgOnce sync.Once
	dvcqgProc []Procedure
	dvcqgErr  error
)

// loadDVCQG reads testdata/dvcqg/procedures.csv (ma_tthc, ten_thu_tuc, …)
// into procedures, names byte-exact as the file has them (not all NFC).
// It reads the file itself rather than through Load so that the matcher's
// tests do not depend on the importers.
func loadDVCQG(t testing.TB) []Procedure {
	t.Helper()
	dvcqgOnce.Do(func() {
		f, err := os.Open(dvcqgPath)
		if err != nil {
			dvcqgErr = err
			return
		}
		defer f.Close()
		rows, err := csv.NewReader(f).ReadAll()
		if err != nil {
			dvcqgErr = err
			return
		}
		for _, r := range rows[1:] {
			dvcqgProc = append(dvcqgProc, Procedure{
				Code:   strings.TrimSpace(r[0]),
				Name:   r[1],
				Status: StatusActive,
			})
		}
	})
	require.NoError(t, dvcqgErr, "read %s", dvcqgPath)
	out := make([]Procedure, len(dvcqgProc))
	copy(out, dvcqgProc)
	return out
}

// dvcqgCatalog is the whole real extract as a catalogue.
func dvcqgCatalog(t testing.TB) *Catalog {
	return New(dvcqgPath, loadDVCQG(t))
}
