package render

import (
	"os"
	"testing"
	"time"
)

// TestMain fails the suite when a browser process outlives it: one whose
// command line names a profile folder this test binary created, or a
// Chromium whose parent is the test binary.
func TestMain(m *testing.M) {
	os.Exit(CheckLeftovers(os.Stderr, m.Run(), OwnProfilePrefix(), 2*time.Second))
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
