package render

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestMain fails the suite when a browser process outlives it: one whose
// command line names a profile folder this test binary created, or a
// Chromium whose parent is the test binary.
func TestMain(m *testing.M) {
	code := m.Run()
	if left := leftoverBrowsers(2 * time.Second); len(left) > 0 {
		fmt.Fprintf(os.Stderr, "FAIL: Chromium processes left after the tests:\n  %s\n", strings.Join(left, "\n  "))
		if code == 0 {
			code = 1
		}
	}
	os.Exit(code)
}

// leftoverBrowsers lists the surviving browser processes, waiting up to
// grace for processes that are exiting.
func leftoverBrowsers(grace time.Duration) []string {
	deadline := time.Now().Add(grace)
	for {
		left := scanBrowsers()
		if len(left) == 0 || time.Now().After(deadline) {
			return left
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func scanBrowsers() []string {
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return nil
	}
	self := strconv.Itoa(os.Getpid())
	// Only this process's profiles: another test binary (the CLI's, run
	// by go test ./... in parallel) may have browsers of its own.
	prefix := filepath.Join(os.TempDir(), DataDirPrefix+self+"-")
	var left []string
	for _, e := range entries {
		if _, err := strconv.Atoi(e.Name()); err != nil || e.Name() == self {
			continue
		}
		cmdline, err := os.ReadFile("/proc/" + e.Name() + "/cmdline")
		if err != nil || len(cmdline) == 0 {
			continue
		}
		status, _ := os.ReadFile("/proc/" + e.Name() + "/status")
		ppid := field(status, "PPid:")
		isChromium := bytes.Contains(cmdline, []byte("chrom"))
		if bytes.Contains(cmdline, []byte(prefix)) || (isChromium && ppid == self) {
			left = append(left, e.Name()+": "+strings.ReplaceAll(string(cmdline[:min(len(cmdline), 160)]), "\x00", " "))
		}
	}
	return left
}

func field(status []byte, name string) string {
	for line := range strings.SplitSeq(string(status), "\n") {
		if v, ok := strings.CutPrefix(line, name); ok {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// needChromium skips a test when there is no browser, except in CI where
// the browser tests must run.
func needChromium(t *testing.T) {
	t.Helper()
	if _, err := FindChromium(""); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI=true and no Chromium: %v", err)
		}
		t.Skipf("no Chromium on this machine (%v); install it with apt-get install -y chromium", err)
	}
}
