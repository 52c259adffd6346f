package main

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/cli"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tthcaudit/tthcaudit/internal/browsertest"
	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/render"
	"github.com/tthcaudit/tthcaudit/internal/rules"
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
	assert.Equal(t, cli.ExitOK, code)
	assert.Regexp(t, `^tthcaudit \S+`, stdout)
}

// TestInitWritesAConfigurationThatLoads: init writes the commented example
// and its catalogue, never over existing files, and the configuration
// loads with a catalogue that requires something of every portal.
func TestInitWritesAConfigurationThatLoads(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "moi")
	code, stdout, stderr := runCLI(t, "init", dir)
	require.Equal(t, cli.ExitOK, code, stderr)
	assert.Contains(t, stdout, "tthcaudit audit --config")
	cfg, err := config.Load(filepath.Join(dir, "audit.yaml"))
	require.NoError(t, err)
	cat, err := catalog.Load(cfg.CatalogPath())
	require.NoError(t, err)
	for _, p := range cfg.Portals {
		_, nothing := rules.NothingRequired(cat, p)
		assert.False(t, nothing, "%s must publish something", p.ID)
	}
	code, _, stderr = runCLI(t, "init", dir)
	assert.Equal(t, cli.ExitBadInput, code)
	assert.Contains(t, stderr, "không ghi đè")
}

// TestOutNeverReplacesAnEarlierAudit: a second audit into the same --out
// folder goes into a dated subfolder, and stderr says where.
func TestOutNeverReplacesAnEarlierAudit(t *testing.T) {
	cfg := demoConfig(t)
	out := t.TempDir()
	code, _, stderr := runCLI(t, "audit", "--config", cfg, "--portal", "an-giang", "--db", "", "--out", out)
	require.Equal(t, cli.ExitOK, code, stderr)
	assert.Contains(t, stderr, "các báo cáo đã ghi vào "+out)
	first, err := os.ReadFile(filepath.Join(out, "report.json"))
	require.NoError(t, err)
	code, _, stderr = runCLI(t, "audit", "--config", cfg, "--portal", "an-giang", "--db", "", "--out", out)
	require.Equal(t, cli.ExitOK, code, stderr)
	again, err := os.ReadFile(filepath.Join(out, "report.json"))
	require.NoError(t, err)
	assert.Equal(t, first, again, "the first audit's reports are kept")
	subs, err := filepath.Glob(filepath.Join(out, "20*", "report.json"))
	require.NoError(t, err)
	require.Len(t, subs, 1)
	assert.Contains(t, stderr, filepath.Dir(subs[0]))
}

// TestDemoKeep keeps the demo's configuration, catalogue and database, so
// that history and serve can be tried on them.
func TestDemoKeep(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "demo")
	code, _, stderr := runCLI(t, "demo", "--keep", dir)
	require.Equal(t, cli.ExitOK, code, stderr)
	assert.Contains(t, stderr, "tthcaudit serve --config "+filepath.Join(dir, "audit.yaml"))
	code, stdout, stderr := runCLI(t, "history", "--config", filepath.Join(dir, "audit.yaml"))
	require.Equal(t, cli.ExitOK, code, stderr)
	assert.Contains(t, stdout, "tri-ton")
}
