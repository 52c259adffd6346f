package cli

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestServeArgsCheck: what would expose the dashboard is refused as bad
// input, in both languages, before anything is opened.
func TestServeArgsCheck(t *testing.T) {
	t.Setenv(TokenEnv, "")
	const long = "mot-ma-du-dai-16-ky-tu"
	for _, tc := range []struct {
		name string
		args ServeArgs
		want string // "" when accepted
	}{
		{"loopback without token", ServeArgs{Addr: "127.0.0.1:8080"}, ""},
		{"public without token", ServeArgs{Addr: "0.0.0.0:8080"}, "--token"},
		{"public with token", ServeArgs{Addr: "0.0.0.0:8080", Token: long}, ""},
		{"short token", ServeArgs{Addr: "127.0.0.1:8080", Token: "ngan"}, "16"},
		{"no port", ServeArgs{Addr: "127.0.0.1"}, "host:port"},
		{"negative schedule", ServeArgs{Addr: "127.0.0.1:8080", Every: -time.Hour}, "negative"},
		{"half a TLS pair", ServeArgs{Addr: "127.0.0.1:8080", TLSCert: "c.pem"}, "--tls-key"},
		{"missing TLS files", ServeArgs{Addr: "127.0.0.1:8080", TLSCert: "nope.pem", TLSKey: "nope.key"}, "TLS"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tlsCfg, _, err := tc.args.check()
			if tc.want == "" {
				require.NoError(t, err)
				assert.Nil(t, tlsCfg)
				return
			}
			require.Error(t, err)
			var ee *ExitError
			require.True(t, errors.As(err, &ee))
			assert.Equal(t, ExitBadInput, ee.Code)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

// TestServeTokenFromEnvironment: the token may come from the environment,
// so that it need not show in the process list.
func TestServeTokenFromEnvironment(t *testing.T) {
	t.Setenv(TokenEnv, "mot-ma-du-dai-16-ky-tu")
	_, token, err := ServeArgs{Addr: "0.0.0.0:8080"}.check()
	require.NoError(t, err)
	assert.Equal(t, "mot-ma-du-dai-16-ky-tu", token)
}
