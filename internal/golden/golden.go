// Package golden is the one golden-file helper of the test suites, behind
// the one -update flag that every test package of the module accepts:
//
//	go test ./... -update
//	go test -run '^$' ./... -args -update
//
// A package whose tests keep no golden file imports it for the flag alone,
// so that the command above works over the whole module.
package golden

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files (and generated fixtures) from the current output")

// Update reports whether the tests run with -update: golden files and
// generated fixtures are rewritten instead of compared.
func Update() bool { return *update }

// Assert compares got with the file at path, or writes it there with
// -update. A missing file fails with the command that creates it.
func Assert(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, WriteFile(path, got))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "golden file missing: run go test -run '%s' -update", t.Name())
	require.Equal(t, string(want), string(got), "output differs from %s (run the test with -update if the change is intended)", path)
}

// WriteFile writes a golden file or fixture through a temporary file and a
// rename, so that an interrupted -update never leaves half a file.
func WriteFile(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
