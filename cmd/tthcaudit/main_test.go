package main

import (
	"os"
	"testing"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/render"
)

// TestMain fails the suite when a browser process outlives it: one whose
// command line names a profile folder this test binary created (render
// puts its pid in the name), or a Chromium whose parent is this binary.
func TestMain(m *testing.M) {
	os.Exit(render.CheckLeftovers(os.Stderr, m.Run(), render.OwnProfilePrefix(), 3*time.Second))
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
