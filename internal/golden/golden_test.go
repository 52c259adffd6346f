package golden

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAssertWritesWithUpdateAndComparesWithout(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "out.golden")
	saved := *update
	t.Cleanup(func() { *update = saved })

	*update = true
	Assert(t, path, []byte("một\n"))
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, "một\n", string(b))

	*update = false
	Assert(t, path, []byte("một\n"))
	ft := &fakeT{TB: t}
	func() {
		defer func() { _ = recover() }()
		Assert(ft, path, []byte("hai\n"))
	}()
	assert.True(t, ft.failed, "a different output fails")
}

// fakeT records a failure instead of failing the test (require calls
// FailNow, which panics here and is recovered).
type fakeT struct {
	testing.TB
	failed bool
}

func (f *fakeT) Errorf(string, ...any) { f.failed = true }
func (f *fakeT) FailNow()              { f.failed = true; panic("failnow") }
func (f *fakeT) Helper()               {}

// TestEveryTestPackageAcceptsUpdate: `go test ./... -update` fails as a
// whole when one test package does not define the flag, so each package
// with tests imports this one (see update_flag_test.go in each).
func TestEveryTestPackageAcceptsUpdate(t *testing.T) {
	root := filepath.Join("..", "..")
	const imp = `"github.com/tthcaudit/tthcaudit/internal/golden"`
	var missing []string
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		if name := d.Name(); path != root && (name == "testdata" || strings.HasPrefix(name, ".")) {
			return filepath.SkipDir
		}
		tests, _ := filepath.Glob(filepath.Join(path, "*_test.go"))
		if len(tests) == 0 || filepath.Base(path) == "golden" {
			return nil
		}
		for _, f := range tests {
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			if strings.Contains(string(b), imp) {
				return nil
			}
		}
		missing = append(missing, path)
		return nil
	})
	require.NoError(t, err)
	assert.Empty(t, missing, "test packages without the -update flag: add an update_flag_test.go importing internal/golden")
}
