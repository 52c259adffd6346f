package audit

import (
	"context"
	"encoding/pem"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// TestPortalTLSOptions: a portal whose certificate no system authority
// signed is unreachable with the reason; with tls.ca_file naming its
// authority it is audited; with insecure_skip_verify it is audited and
// every report says the certificate was not verified.
func TestPortalTLSOptions(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, `<html><body><h2>Lĩnh vực Hộ tịch</h2><table><tr><th>Mã</th><th>Tên thủ tục</th></tr><tr><td>1.001193</td><td>Thủ tục đăng ký khai sinh</td></tr></table></body></html>`)
	}))
	defer srv.Close()
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "catalog.csv"), []byte("Mã TTHC,Tên thủ tục,Lĩnh vực,Cấp thực hiện\n1.001193,Thủ tục đăng ký khai sinh,Hộ tịch,Cấp Xã\n"), 0o644))
	ca := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: srv.Certificate().Raw})
	require.NoError(t, os.WriteFile(filepath.Join(dir, "ca.pem"), ca, 0o644))

	audit := func(tlsKeys string) verdict.Verdict {
		t.Helper()
		path := filepath.Join(dir, "audit.yaml")
		y := "catalog: catalog.csv\ndefaults:\n  delay: 0s\n  retries: 0\nportals:\n  - id: xa\n    name: UBND xã\n    level: xa\n    urls: [\"" + srv.URL + "/tthc\"]\n" + tlsKeys
		require.NoError(t, os.WriteFile(path, []byte(y), 0o644))
		cfg, err := config.Load(path)
		require.NoError(t, err)
		rep, _, err := Run(context.Background(), cfg, Options{})
		require.NoError(t, err)
		return rep.Portals[0]
	}

	v := audit("")
	assert.Equal(t, verdict.StatusUnreachable, v.Status, "an unknown authority: not reachable")
	assert.Contains(t, strings.ToLower(fmt.Sprint(v.Notes)), "tls")

	v = audit("    tls:\n      ca_file: ca.pem\n")
	assert.Equal(t, verdict.StatusOK, v.Status)
	assert.Equal(t, 1, v.Found)
	assert.NotContains(t, fmt.Sprint(v.Notes), "KHÔNG kiểm tra chứng chỉ")

	v = audit("    tls:\n      insecure_skip_verify: true\n")
	assert.Equal(t, verdict.StatusOK, v.Status)
	assert.Equal(t, 1, v.Found)
	assert.Contains(t, fmt.Sprint(v.Notes), "KHÔNG kiểm tra chứng chỉ")

	// A CA file that holds no certificate is refused when the
	// configuration loads, naming the portal and the line.
	path := filepath.Join(dir, "bad.yaml")
	require.NoError(t, os.WriteFile(filepath.Join(dir, "empty.pem"), []byte("not a certificate"), 0o644))
	require.NoError(t, os.WriteFile(path, []byte("catalog: catalog.csv\nportals:\n  - id: xa\n    level: xa\n    urls: [\""+srv.URL+"\"]\n    tls:\n      ca_file: empty.pem\n"), 0o644))
	_, err := config.Load(path)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "không chứa chứng chỉ PEM")
	assert.Contains(t, err.Error(), "bad.yaml:")
}
