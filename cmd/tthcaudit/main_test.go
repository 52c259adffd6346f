package main

import (
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/tthcaudit/tthcaudit/internal/browsertest"
	"github.com/tthcaudit/tthcaudit/internal/render"
)

// TestMain fails the suite when a browser process outlives it: one whose
// command line names a profile folder this test binary created (render
// puts its pid in the name), or a Chromium whose parent is this binary.
func TestMain(m *testing.M) {
	os.Exit(render.CheckLeftovers(os.Stderr, m.Run(), render.OwnProfilePrefix(), 3*time.Second))
}

// needChromium skips a test when there is no browser, except in CI.
func needChromium(t *testing.T) {
	t.Helper()
	browsertest.Need(t, func() (string, error) { return render.FindChromium("") })
}

func TestVersion(t *testing.T) {
	code, stdout, _ := runCLI(t, "--version")
	assert.Equal(t, exitOK, code)
	assert.Regexp(t, `^tthcaudit \S+`, stdout)
}
