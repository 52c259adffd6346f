package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/tthcaudit/tthcaudit/render"
)

// TestMain fails the suite when a browser process outlives it: one whose
// command line names a profile folder this test binary created (render
// puts its pid in the name), or a Chromium whose parent is this binary.
func TestMain(m *testing.M) {
	code := m.Run()
	if left := leftoverBrowsers(3 * time.Second); len(left) > 0 {
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
	// Only this binary's profiles: another test binary (render's) may
	// have browsers of its own at the same time.
	prefix := []byte(filepath.Join(os.TempDir(), render.DataDirPrefix+self+"-"))
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
		if bytes.Contains(cmdline, prefix) || (bytes.Contains(cmdline, []byte("chrom")) && parentPID(status) == self) {
			left = append(left, e.Name()+": "+strings.ReplaceAll(string(cmdline[:min(len(cmdline), 160)]), "\x00", " "))
		}
	}
	return left
}

func parentPID(status []byte) string {
	for line := range strings.SplitSeq(string(status), "\n") {
		if v, ok := strings.CutPrefix(line, "PPid:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// needChromium skips a test when there is no browser, except in CI where
// the browser tests must run.
func needChromium(t *testing.T) {
	t.Helper()
	if _, err := render.FindChromium(""); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI=true and no Chromium: %v", err)
		}
		t.Skipf("no Chromium on this machine (%v); install it with apt-get install -y chromium", err)
	}
}
