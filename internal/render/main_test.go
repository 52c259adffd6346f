package render

import (
	"os"
	"testing"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/browsertest"
)

// TestMain fails the suite when a browser process outlives it: one whose
// command line names a profile folder this test binary created, or a
// Chromium whose parent is the test binary.
func TestMain(m *testing.M) {
	os.Exit(CheckLeftovers(os.Stderr, m.Run(), OwnProfilePrefix(), 2*time.Second))
}

// needChromium skips a test when there is no browser, except in CI.
func needChromium(t *testing.T) {
	t.Helper()
	browsertest.Need(t, func() (string, error) { return FindChromium("") })
}
