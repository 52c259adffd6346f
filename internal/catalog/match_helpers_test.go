package catalog

import (
	"path/filepath"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// dvcqgPath is the real national catalogue extract (2,929 procedures).
var dvcqgPath = filepath.Join("..", "..", "testdata", "dvcqg", "procedures.csv")

var (
	dvcqgOnce sync.Once
	dvcqgCat  *Catalog
	dvcqgErr  error
)

// loadDVCQG reads testdata/dvcqg/procedures.csv (ma_tthc, ten_thu_tuc, …)
// with Load, once; callers get their own copy of the procedures.
func loadDVCQG(t testing.TB) []Procedure {
	t.Helper()
	dvcqgOnce.Do(func() { dvcqgCat, dvcqgErr = Load(dvcqgPath) })
	require.NoError(t, dvcqgErr, "read %s", dvcqgPath)
	require.Len(t, dvcqgCat.Procedures, 2929)
	out := make([]Procedure, len(dvcqgCat.Procedures))
	copy(out, dvcqgCat.Procedures)
	return out
}

// dvcqgCatalog is the whole real extract as a catalogue.
func dvcqgCatalog(t testing.TB) *Catalog {
	return New(dvcqgPath, loadDVCQG(t))
}
