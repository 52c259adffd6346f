package reports

import (
	"path/filepath"
	"testing"

	"github.com/tthcaudit/tthcaudit/internal/golden"
)

// goldenFile compares got with testdata/golden/name (-update rewrites it).
func goldenFile(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Assert(t, filepath.Join("testdata", "golden", name), got)
}
