package render

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBrowserDiesWithCrashedProgram runs this test binary as a program that
// starts a browser and then panics without any cleanup: the browser and all
// its processes must still go away.
func TestBrowserDiesWithCrashedProgram(t *testing.T) {
	if os.Getenv("TTHC_RENDER_CRASH_HELPER") == "1" {
		tr, err := NewTransport(context.Background(), Options{})
		if err != nil {
			fmt.Println("ERR", err)
			os.Exit(3)
		}
		fmt.Println("DIR", tr.DataDir())
		panic("giả lập lỗi (simulated crash)")
	}
	needChromium(t)
	cmd := exec.Command(os.Args[0], "-test.run=^TestBrowserDiesWithCrashedProgram$")
	cmd.Env = append(os.Environ(), "TTHC_RENDER_CRASH_HELPER=1")
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	var dir string
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if d, ok := strings.CutPrefix(sc.Text(), "DIR "); ok {
			dir = d
		}
	}
	_ = cmd.Wait()
	require.NotEmpty(t, dir, "the helper started a browser")
	deadline := time.Now().Add(5 * time.Second)
	for len(ProcessesUsing(dir)) > 0 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	assert.Empty(t, ProcessesUsing(dir), "browser processes outlived the crashed program")
	assert.DirExists(t, dir, "nothing could remove it in the crashed program")
	sweepStale(filepath.Dir(dir))
	assert.NoDirExists(t, dir, "the next transport sweeps the crashed program's profile")
}

func TestSweepStaleKeepsLiveOwners(t *testing.T) {
	tmp := t.TempDir()
	mine := filepath.Join(tmp, DataDirPrefix+strconv.Itoa(os.Getpid())+"-a")
	dead := filepath.Join(tmp, DataDirPrefix+"999999999-b")
	other := filepath.Join(tmp, "unrelated-1-c")
	for _, d := range []string{mine, dead, other} {
		require.NoError(t, os.MkdirAll(filepath.Join(d, "Default"), 0o755))
	}
	sweepStale(tmp)
	assert.DirExists(t, mine)
	assert.NoDirExists(t, dead)
	assert.DirExists(t, other)
}
