package web

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPagesAnswerWhileAPortalHangs audits, with the real pipeline, a
// portal that accepts connections and never answers: the pages answer
// quickly all along (no database lock is held across the crawl), and the
// audit ends by the crawler's timeouts, storing the portal as unreachable.
func TestPagesAnswerWhileAPortalHangs(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	hang := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer hang.Close()
	defer close(release) // LIFO: the handlers return before Close waits for them

	dir := t.TempDir()
	cfg := writeConfig(t, dir, "defaults:\n  delay: 1ms\n  timeout: 2s\n  retries: 1\n",
		"  - id: treo\n    name: UBND xã Treo\n    level: xa\n    urls: [\""+hang.URL+"/thu-tuc\"]\n")
	e := newEnv(t, cfg, fixtureReports(), nil)

	c := e.client()
	tok := e.token(c)
	began := time.Now()
	code, _, _ := e.post(c, tok, nil)
	require.Equal(t, http.StatusSeeOther, code)

	// Read every page again and again while the audit crawls: each must
	// answer within 2 s, and at least one whole round must finish before
	// the audit ends.
	pages := []string{"/", "/portals/treo", "/portals/tri-ton", "/tickets", "/tickets.csv", "/tickets.xlsx", "/audits", "/audits/2", "/audits/2/report.xlsx", "/healthz"}
	rounds := 0
	for ; ; rounds++ {
		for _, p := range pages {
			// A safety net, not a speed test: a page that waited for the
			// hanging portal would wait until the audit's own timeouts.
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			req, _ := http.NewRequestWithContext(ctx, http.MethodGet, e.http.URL+p, nil)
			resp, err := c.Do(req)
			cancel()
			require.NoError(t, err, "page %s did not answer while the audit runs", p)
			resp.Body.Close()
			assert.Equal(t, http.StatusOK, resp.StatusCode, p)
		}
		if running, _ := e.srv.Running(); !running {
			break
		}
	}
	require.GreaterOrEqual(t, rounds, 1, "the audit ended before the pages were read once while it ran")
	t.Logf("%d rounds of %d pages read while the audit ran", rounds, len(pages))

	done := make(chan struct{})
	go func() { e.srv.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(15 * time.Second):
		t.Fatal("the audit of a hanging portal did not end by its timeouts")
	}
	t.Logf("the audit ended after %v", time.Since(began).Round(time.Millisecond))
	st := e.srv.runner.state()
	require.Empty(t, st.LastErr)
	hist, err := e.st.History(context.Background(), "treo")
	require.NoError(t, err)
	require.Len(t, hist, 1)
	assert.Equal(t, verdict.StatusUnreachable, hist[0].Status)
	_, body, _ := e.get(c, "/portals/treo")
	assert.Contains(t, body, "Không truy cập được")
}
