//go:build unix

package reports

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/msg"
)

const (
	writeHelperEnv    = "TTHCAUDIT_WRITE_HELPER"
	writeHelperDirEnv = "TTHCAUDIT_WRITE_DIR"
)

// TestWriteHelperProcess is not a test: TestKilledMidWrite runs the test
// binary again with writeHelperEnv set, and this child writes the reports
// and the --json file, then holds before renaming them until killed.
func TestWriteHelperProcess(t *testing.T) {
	mode := os.Getenv(writeHelperEnv)
	if mode == "" {
		t.Skip("run by TestKilledMidWrite as a child process")
	}
	dir := os.Getenv(writeHelperDirEnv)
	testHookBeforeRename = func() {
		os.Stdout.WriteString("holding\n")
		select {} // until killed
	}
	var err error
	switch mode {
	case "dir":
		err = WriteDir(dir, fixture(), nil, msg.Vietnamese)
	case "json":
		err = WriteFileAtomic(filepath.Join(dir, FileJSON), []byte(`{"half":`))
	}
	os.Stdout.WriteString("error: returned " + errText(err) + "\n")
	os.Exit(2)
}

func errText(err error) string {
	if err == nil {
		return "nil"
	}
	return err.Error()
}

func temps(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	require.NoError(t, err)
	var out []string
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".tmp") {
			out = append(out, e.Name())
		}
	}
	return out
}

// killWriter runs a child that writes into dir in mode and kills it
// (SIGKILL) while its temporary files are on disk.
func killWriter(t *testing.T, dir, mode string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestWriteHelperProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), writeHelperEnv+"="+mode, writeHelperDirEnv+"="+dir)
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	holding := make(chan struct{})
	go func() {
		s := bufio.NewScanner(out)
		for s.Scan() {
			if s.Text() == "holding" {
				close(holding)
			}
		}
	}()
	select {
	case <-holding:
	case <-time.After(60 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatal("the child never reached the rename")
	}
	require.NoError(t, cmd.Process.Signal(syscall.SIGKILL))
	require.Error(t, cmd.Wait(), "killed")
}

// TestKilledMidWrite kills (SIGKILL) a process writing the reports after
// its temporary files are written: they are left behind, and the next
// write removes them — and the earlier pattern's — but not those of a
// process still alive.
func TestKilledMidWrite(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, WriteDir(dir, fixture(), nil, msg.Vietnamese))
	before := readAll(t, dir)

	killWriter(t, dir, "dir")
	killWriter(t, dir, "json")
	left := temps(t, dir)
	// The second child already removed the first one's report.json
	// temporary file (its writer was dead), and left its own.
	require.Len(t, left, len(outFiles), "the killed writers left their temporary files: %v", left)
	assert.Equal(t, before, readAll(t, dir), "the reports are the previous ones, whole")

	// One of the earlier pattern (no process id), and one of a process
	// that is alive (init): another writer's, not to be touched.
	legacy := filepath.Join(dir, ".report.html.123456789.tmp")
	require.NoError(t, os.WriteFile(legacy, []byte("<html"), 0o644))
	live := filepath.Join(dir, ".report.json.1-42.tmp")
	require.NoError(t, os.WriteFile(live, []byte("{"), 0o644))
	other := filepath.Join(dir, ".notes.txt.99999999-1.tmp")
	require.NoError(t, os.WriteFile(other, []byte("x"), 0o644))

	// The next audit writes the reports.
	r := fixture()
	require.NoError(t, WriteDir(dir, r, Tickets(r, contacts), msg.Vietnamese))
	assert.ElementsMatch(t, []string{filepath.Base(live), filepath.Base(other)}, temps(t, dir),
		"no temporary file of a dead writer outlives the next audit")
	require.NoError(t, os.Remove(live))

	// And the --json file's own write cleans its name too.
	killWriter(t, dir, "json")
	require.Len(t, temps(t, dir), 2)
	require.NoError(t, WriteFileAtomic(filepath.Join(dir, FileJSON), []byte("{}\n")))
	assert.Equal(t, []string{filepath.Base(other)}, temps(t, dir))
}
