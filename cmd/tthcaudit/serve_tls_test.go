package main

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/cli"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// selfSigned writes a certificate for 127.0.0.1 and its key as PEM files
// and returns their paths and the certificate, for a client to trust.
func selfSigned(t *testing.T) (certFile, keyFile string, cert *x509.Certificate) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "tthcaudit test"},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(time.Hour),
		IPAddresses:  []net.IP{net.ParseIP("127.0.0.1")},
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	require.NoError(t, err)
	cert, err = x509.ParseCertificate(der)
	require.NoError(t, err)
	keyDER, err := x509.MarshalECPrivateKey(key)
	require.NoError(t, err)
	dir := t.TempDir()
	certFile, keyFile = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	require.NoError(t, os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600))
	require.NoError(t, os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER}), 0o600))
	return certFile, keyFile, cert
}

func TestServeTLS(t *testing.T) {
	certFile, keyFile, cert := selfSigned(t)
	var f cli.ServeArgs
	f.Config = demoConfig(t)
	f.DB = filepath.Join(t.TempDir(), "a.db")
	f.DBSet = true
	f.TLSCert, f.TLSKey = certFile, keyFile
	base, stderr := startServe(t, f)
	secure := strings.Replace(base, "http://", "https://", 1)
	assert.Contains(t, stderr.String(), "https://127.0.0.1:", "the start-up line gives the https address")

	pool := x509.NewCertPool()
	pool.AddCert(cert)
	client := &http.Client{Timeout: 20 * time.Second, Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}}
	t.Cleanup(client.CloseIdleConnections)
	resp, err := client.Get(secure + "/healthz")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, uint16(tls.VersionTLS13), resp.TLS.Version)

	// Plain HTTP gets no dashboard: Go's TLS server answers it 400.
	plain := &http.Client{Timeout: 20 * time.Second}
	if resp, err := plain.Get(base + "/healthz"); err == nil {
		resp.Body.Close()
		assert.Equal(t, http.StatusBadRequest, resp.StatusCode)
	}
}

func TestServeTLSBadInput(t *testing.T) {
	certFile, keyFile, _ := selfSigned(t)
	cfg := demoConfig(t)
	missing := filepath.Join(t.TempDir(), "khong-co.pem")
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"certificate without key", []string{"--tls-cert", certFile}, []string{"--tls-cert và --tls-key phải đi cùng nhau"}},
		{"key without certificate", []string{"--tls-key", keyFile}, []string{"đi cùng nhau"}},
		{"missing certificate file", []string{"--tls-cert", missing, "--tls-key", keyFile}, []string{"không đọc được chứng thư TLS", missing}},
		{"key given as certificate", []string{"--tls-cert", keyFile, "--tls-key", keyFile}, []string{"không đọc được chứng thư TLS", keyFile}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, append([]string{"serve", "--config", cfg}, tc.args...)...)
			assert.Equal(t, cli.ExitBadInput, code)
			assert.Empty(t, stdout)
			for _, w := range tc.want {
				assert.Contains(t, stderr, w)
			}
		})
	}
}
