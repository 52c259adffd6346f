package render

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/crawler"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// crawlWithTransport runs the real crawler on the single-page portal:
// without the browser it sees an empty shell and says the page is
// script-rendered; with it, it finds all 25 procedures.
func crawlWithTransport(t *testing.T, portal *spaPortal, tr *Transport) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	opts := crawler.Options{StartURLs: []string{portal.URL + "/tthc"}, MaxPages: 20, Parallelism: 1, Retries: -1}

	plain, err := crawler.Crawl(ctx, "spa", opts)
	require.NoError(t, err)
	assert.True(t, plain.ScriptRendered, "the shell alone looks script-rendered")
	assert.Empty(t, plain.Entries)

	opts.Transport = tr
	res, err := crawler.Crawl(ctx, "spa", opts)
	require.NoError(t, err)
	assert.False(t, res.ScriptRendered)
	got := map[string]bool{}
	for _, e := range res.Entries {
		got[textnorm.Key(e.Text)] = true
	}
	for _, p := range portal.procs {
		assert.True(t, got[textnorm.Key(p.Name)], "found %s %s", p.Code, p.Name)
	}
	assert.GreaterOrEqual(t, len(res.Entries), 25)
}
