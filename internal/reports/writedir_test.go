package reports

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

var outFiles = []string{FileJSON, FileHTML, FileXLSX, FileMissing, FileTickets}

func TestWriteDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out", "2026-11-26")
	r := fixture()
	require.NoError(t, WriteDir(dir, r, Tickets(r, contacts), msg.Vietnamese))
	for _, name := range outFiles {
		fi, err := os.Stat(filepath.Join(dir, name))
		require.NoError(t, err, name)
		assert.Greater(t, fi.Size(), int64(0), name)
		assert.Equal(t, os.FileMode(0o644), fi.Mode().Perm(), name)
	}
	assertNoTemps(t, dir)

	// The files are what the renderers give.
	var want bytes.Buffer
	require.NoError(t, WriteJSON(&want, r))
	got, err := os.ReadFile(filepath.Join(dir, FileJSON))
	require.NoError(t, err)
	assert.Equal(t, want.String(), string(got))
	got, err = os.ReadFile(filepath.Join(dir, FileTickets))
	require.NoError(t, err)
	assert.Contains(t, string(got), `"tri-ton/1.010829"`)

	// A second run replaces them.
	r.Portals[0].Replace(verdict.KindMissing, r.Portals[0].Of(verdict.KindMissing)[:1])
	require.NoError(t, WriteDir(dir, r, Tickets(r, contacts), msg.Vietnamese))
	got, err = os.ReadFile(filepath.Join(dir, FileMissing))
	require.NoError(t, err)
	assert.NotContains(t, string(got), "1.010829")
	assertNoTemps(t, dir)
}

func TestWriteDirFailures(t *testing.T) {
	t.Run("render error keeps the old files", func(t *testing.T) {
		dir := t.TempDir()
		require.NoError(t, WriteDir(dir, fixture(), nil, msg.Vietnamese))
		before := readAll(t, dir)
		bad := fixture()
		bad.Portals[0].Coverage = nan()
		err := WriteDir(dir, bad, nil, msg.Vietnamese)
		require.Error(t, err)
		assert.Contains(t, err.Error(), FileJSON)
		assert.Equal(t, before, readAll(t, dir))
		assertNoTemps(t, dir)
	})
	t.Run("directory in a file's place", func(t *testing.T) {
		dir := t.TempDir()
		require.NoError(t, WriteDir(dir, fixture(), nil, msg.Vietnamese))
		require.NoError(t, os.Remove(filepath.Join(dir, FileTickets)))
		require.NoError(t, os.Mkdir(filepath.Join(dir, FileTickets), 0o755))
		before := readAll(t, dir)
		r := fixture()
		r.Catalog.Source = "other.csv"
		err := WriteDir(dir, r, nil, msg.Vietnamese)
		require.Error(t, err)
		assert.Contains(t, err.Error(), FileTickets)
		assert.Equal(t, before, readAll(t, dir), "nothing replaced")
		assertNoTemps(t, dir)
	})
	t.Run("out is a file", func(t *testing.T) {
		parent := t.TempDir()
		file := filepath.Join(parent, "out")
		require.NoError(t, os.WriteFile(file, []byte("x"), 0o644))
		require.Error(t, WriteDir(file, fixture(), nil, msg.Vietnamese))
		require.Error(t, WriteDir(filepath.Join(file, "sub"), fixture(), nil, msg.Vietnamese))
		assertNoTemps(t, parent)
	})
	t.Run("third file fails to write", func(t *testing.T) {
		dir := t.TempDir()
		require.NoError(t, WriteDir(dir, fixture(), nil, msg.Vietnamese))
		before := readAll(t, dir)
		calls := 0
		createTemp = func(d, pattern string) (*os.File, error) {
			calls++
			if calls == 3 {
				return nil, &os.PathError{Op: "open", Path: d, Err: os.ErrPermission}
			}
			return os.CreateTemp(d, pattern)
		}
		t.Cleanup(func() { createTemp = os.CreateTemp })
		r := fixture()
		r.Catalog.Source = "other.csv"
		err := WriteDir(dir, r, nil, msg.Vietnamese)
		require.Error(t, err)
		assert.Contains(t, err.Error(), FileXLSX)
		assert.Equal(t, before, readAll(t, dir), "nothing replaced")
		assertNoTemps(t, dir)
	})
	t.Run("unwritable directory", func(t *testing.T) {
		if os.Geteuid() == 0 {
			t.Skip("root writes into read-only directories")
		}
		dir := t.TempDir()
		require.NoError(t, os.Chmod(dir, 0o555))
		t.Cleanup(func() { os.Chmod(dir, 0o755) })
		require.Error(t, WriteDir(dir, fixture(), nil, msg.Vietnamese))
		assertNoTemps(t, dir)
	})
}

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "r.json")
	require.NoError(t, WriteFileAtomic(path, []byte("one")))
	require.NoError(t, WriteFileAtomic(path, []byte("two")))
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, "two", string(got))
	require.Error(t, WriteFileAtomic(filepath.Join(dir, "missing", "r.json"), []byte("x")))
	require.NoError(t, os.Mkdir(filepath.Join(dir, "d"), 0o755))
	require.Error(t, WriteFileAtomic(filepath.Join(dir, "d"), []byte("x")))
	assertNoTemps(t, dir)
}

func assertNoTemps(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	for _, e := range entries {
		assert.False(t, strings.HasSuffix(e.Name(), ".tmp"), "temp file left: %s", e.Name())
	}
}

func readAll(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, name := range outFiles {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err == nil {
			out[name] = string(b)
		}
	}
	return out
}
