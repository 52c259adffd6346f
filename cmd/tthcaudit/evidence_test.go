package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/evidence"
)

// evidencePack records two pages of a loopback portal into a pack.
func evidencePack(t *testing.T) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "<html><body>Thủ tục %s</body></html>", r.URL.Path)
	}))
	defer srv.Close()
	dir := t.TempDir()
	rec, err := evidence.NewRecorder(dir, nil)
	require.NoError(t, err)
	c := &http.Client{Transport: rec}
	for _, p := range []string{"/tthc", "/tthc/1.001234"} {
		resp, err := c.Get(srv.URL + p)
		require.NoError(t, err)
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	require.NoError(t, rec.WriteManifest([]evidence.Finding{
		{Portal: "p", Kind: evidence.KindFound, Code: "1.001234", URL: srv.URL + "/tthc/1.001234"},
		{Portal: "p", Kind: evidence.KindMissing, Code: "1.000001", URL: srv.URL + "/tthc"},
	}))
	return dir
}

func TestEvidenceVerifyCommand(t *testing.T) {
	dir := evidencePack(t)
	code, out, errOut := runCLI(t, "evidence", "verify", dir)
	assert.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "nguyên vẹn")
	assert.Contains(t, out, "phát hiện: 2 (2 có bản ghi)")

	code, out, _ = runCLI(t, "evidence", "verify", "--lang", "en", "--json", dir)
	assert.Equal(t, 0, code)
	assert.Contains(t, out, `"ok": true`)

	m, err := evidence.ReadManifest(dir)
	require.NoError(t, err)
	p := filepath.Join(dir, m.WARCFiles[0])
	b, err := os.ReadFile(p)
	require.NoError(t, err)
	b[len(b)/3] ^= 0x20
	require.NoError(t, os.WriteFile(p, b, 0o644))
	code, out, errOut = runCLI(t, "evidence", "verify", dir)
	assert.Equal(t, 1, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "không còn nguyên vẹn")
	assert.Contains(t, errOut, m.WARCFiles[0])

	code, _, errOut = runCLI(t, "evidence", "verify", t.TempDir())
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "manifest.json")

	code, _, _ = runCLI(t, "evidence", "verify")
	assert.Equal(t, 1, code, "missing DIR is bad input")
}
