package golden

import (
	"os"
	"path/filepath"
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
