package audit

import (
	"bytes"
	"context"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/demo"
)

// startDemo serves the demo province and returns it with its configuration.
func startDemo(t *testing.T) (*demo.Province, *config.Config) {
	t.Helper()
	p, err := demo.Start()
	require.NoError(t, err)
	t.Cleanup(p.Close)
	cfg, err := p.Config(t.TempDir())
	require.NoError(t, err)
	return p, cfg
}

func codesOf[T any](xs []T, code func(T) string) []string {
	out := []string{}
	for _, x := range xs {
		out = append(out, code(x))
	}
	return out
}

// TestDemoProvince runs the whole pipeline over the demo and pins what each
// portal is found to miss: the demo is the README's example, its result
// must not drift.
func TestDemoProvince(t *testing.T) {
	prov, cfg := startDemo(t)
	clock := time.Date(2026, 11, 26, 1, 0, 0, 0, time.UTC)
	var progress bytes.Buffer
	rep, results, err := Run(context.Background(), cfg, Options{
		Now:      func() time.Time { return clock },
		Progress: &progress,
	})
	require.NoError(t, err)

	assert.Equal(t, verdict.Schema, rep.Schema)
	assert.Equal(t, "2026-11-26T08:00:00+07:00", rep.StartedAt.Format(time.RFC3339))
	assert.Equal(t, verdict.CatalogInfo{Source: "catalog.csv", Procedures: 59, Active: 57}, rep.Catalog)

	type want struct {
		id                 string
		required, found    int
		missing, obsolete  []string
		incomplete, broken int
		unmatched          []string
	}
	wants := []want{
		{id: "an-giang", required: 16, found: 16, missing: []string{}, obsolete: []string{}},
		{id: "tri-ton", required: 29, found: 28, missing: []string{"T-AGI-264525-TT"}, obsolete: []string{},
			unmatched: []string{"Cấp giấy giới thiệu đi thăm viếng mộ liệt sỹ và hỗ trợ thăm viếng mộ liệt sỹ"}},
		{id: "thoai-son", required: 29, found: 25, missing: []string{"1.010802", "1.010819", "1.010820", "1.011830"}, obsolete: []string{"1.010809"}},
		{id: "so-ldtbxh", required: 14, found: 13, missing: []string{"1.010804"}, obsolete: []string{}, incomplete: 1, broken: 1},
		{id: "luong-phi", required: 12, found: 11, missing: []string{"1.004837"}, obsolete: []string{}},
	}
	require.Len(t, rep.Portals, len(wants))
	require.Len(t, results, len(wants))
	for i, w := range wants {
		v := rep.Portals[i]
		t.Run(w.id, func(t *testing.T) {
			assert.Equal(t, w.id, v.ID)
			assert.Equal(t, w.id, results[i].PortalID)
			assert.Equal(t, verdict.StatusOK, v.Status)
			assert.Equal(t, w.required, v.Required)
			assert.Equal(t, w.found, v.Found)
			assert.Equal(t, w.missing, codesOf(v.Of(verdict.KindMissing), func(m verdict.Finding) string { return m.Code }))
			assert.Equal(t, w.obsolete, codesOf(v.Of(verdict.KindObsolete), func(o verdict.Finding) string { return o.Code }))
			assert.Len(t, v.Of(verdict.KindIncomplete), w.incomplete)
			assert.Len(t, v.Of(verdict.KindBroken), w.broken)
			if w.unmatched == nil {
				w.unmatched = []string{}
			}
			assert.Equal(t, w.unmatched, codesOf(v.Of(verdict.KindUnmatched), func(u verdict.Finding) string { return u.Text }))
			assert.Empty(t, v.Of(verdict.KindAmbiguous))
			assert.Positive(t, v.Crawl.Pages)
		})
	}

	// Tri Tôn lists the sibling procedure (remains moved INTO a cemetery)
	// and its news column speaks of grave visits: neither counts for T-AGI-264525-TT, the seed
	// letter's "Hỗ trợ tiền thăm viếng mộ liệt sĩ, di chuyển hài cốt liệt sĩ".
	triton := rep.Portals[1]
	require.Len(t, triton.Of(verdict.KindMissing), 1)
	assert.Equal(t, "Người có công", triton.Of(verdict.KindMissing)[0].Field)
	assert.True(t, triton.Of(verdict.KindMissing)[0].Name == "Hỗ trợ tiền thăm viếng mộ liệt sĩ, di chuyển hài cốt liệt sĩ")
	var sibling bool
	for _, f := range triton.Of(verdict.KindFound) {
		sibling = sibling || f.Code == "1.010830"
	}
	assert.True(t, sibling, "1.010830 is published (truncated, completed from its detail page)")

	so := rep.Portals[3]
	assert.Equal(t, "1.010813", so.Of(verdict.KindIncomplete)[0].Code)
	assert.Equal(t, []string{"Phí, lệ phí", "Căn cứ pháp lý"}, so.Of(verdict.KindIncomplete)[0].MissingSections)
	assert.Equal(t, 404, so.Of(verdict.KindBroken)[0].Status)
	assert.Contains(t, so.Of(verdict.KindBroken)[0].URL, "chi-tiet?id=2330")

	// Politeness: robots.txt read once per portal, disallowed pages never
	// fetched; the page that failed once was fetched again.
	for _, po := range demo.Portals {
		assert.Equal(t, 1, prov.Requests(po.Dir, "robots.txt"), po.ID)
	}
	assert.Zero(t, prov.Requests("an-giang", "quan-tri/index.html"))
	assert.Zero(t, prov.Requests("thoai-son", "quan-tri/dang-nhap.html"))
	assert.Equal(t, 2, prov.Requests("an-giang", "thu-tuc-hanh-chinh@page=2.html"))

	out := progress.String()
	for _, po := range demo.Portals {
		assert.Contains(t, out, po.ID+": xong,")
	}
	assert.Contains(t, out, "(5/5 cổng)")
}

// TestRunIsStable checks that two runs give the same report apart from
// times and the crawl's durations and wire bytes.
func TestRunIsStable(t *testing.T) {
	_, cfg := startDemo(t)
	var reps [2]*verdict.Report
	for i := range reps {
		rep, _, err := Run(context.Background(), cfg, Options{PortalIDs: []string{"tri-ton", "an-giang"}})
		require.NoError(t, err)
		for j := range rep.Portals {
			// Wire bytes vary too: how much of a body the crawl leaves
			// unread (an error page) the connection had already buffered.
			rep.Portals[j].Crawl.DurationMS = 0
			rep.Portals[j].Crawl.Bytes = 0
			for k := range rep.Portals[j].Findings {
				rep.Portals[j].Findings[k].Evidence.FetchedAt = time.Time{}
			}
		}
		rep.StartedAt, rep.FinishedAt = time.Time{}, time.Time{}
		reps[i] = rep
	}
	assert.Equal(t, reps[0], reps[1])
	// Config order, not the order asked for.
	assert.Equal(t, "an-giang", reps[0].Portals[0].ID)
	assert.Equal(t, "tri-ton", reps[0].Portals[1].ID)
}

func TestRunBadInput(t *testing.T) {
	_, cfg := startDemo(t)

	_, _, err := Run(context.Background(), cfg, Options{PortalIDs: []string{"tri-ton", "chau-doc"}})
	require.Error(t, err)
	assert.True(t, IsInputError(err))
	assert.Contains(t, err.Error(), `"chau-doc"`)
	assert.Contains(t, err.Error(), "an-giang, tri-ton, thoai-son, so-ldtbxh, luong-phi")

	bad := *cfg
	bad.Catalog = config.CatalogList{"missing.csv"}
	_, _, err = Run(context.Background(), &bad, Options{})
	require.Error(t, err)
	assert.True(t, IsInputError(err))
	assert.Contains(t, err.Error(), "missing.csv")
}

func TestRunCancelled(t *testing.T) {
	_, cfg := startDemo(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, _, err := Run(ctx, cfg, Options{})
	require.ErrorIs(t, err, context.Canceled)
	assert.False(t, IsInputError(err))
}

// hostGauge is a transport that records how many portals (hosts) had a
// request in flight at once.
type hostGauge struct {
	mu       sync.Mutex
	inFlight map[string]int
	max      int
}

func (g *hostGauge) RoundTrip(r *http.Request) (*http.Response, error) {
	g.mu.Lock()
	g.inFlight[r.URL.Host]++
	if len(g.inFlight) > g.max {
		g.max = len(g.inFlight)
	}
	g.mu.Unlock()
	defer func() {
		g.mu.Lock()
		if g.inFlight[r.URL.Host]--; g.inFlight[r.URL.Host] == 0 {
			delete(g.inFlight, r.URL.Host)
		}
		g.mu.Unlock()
	}()
	return http.DefaultTransport.RoundTrip(r)
}

func TestRunBoundsPortalsAtOnce(t *testing.T) {
	_, cfg := startDemo(t)
	g := &hostGauge{inFlight: map[string]int{}}
	rep, _, err := Run(context.Background(), cfg, Options{Transport: g, Concurrency: 2})
	require.NoError(t, err)
	assert.Len(t, rep.Portals, 5)
	assert.LessOrEqual(t, g.max, 2)
	assert.Positive(t, g.max)
}

// The configuration's concurrent_portals bounds the portals crawled at
// once when Options.Concurrency is 0.
func TestRunConcurrentPortalsFromConfig(t *testing.T) {
	_, cfg := startDemo(t)
	cfg.ConcurrentPortals = 1
	g := &hostGauge{inFlight: map[string]int{}}
	rep, _, err := Run(context.Background(), cfg, Options{Transport: g})
	require.NoError(t, err)
	assert.Len(t, rep.Portals, 5)
	assert.Equal(t, 1, g.max)
}

// `delay: 0s` written in the configuration reaches the crawler as no
// delay.
func TestCrawlOptionsNoDelay(t *testing.T) {
	_, cfg := startDemo(t)
	p := cfg.Portals[0]
	p.Delay, p.DelaySet = 0, true
	assert.Zero(t, CrawlOptions(cfg, p, Options{}, nil).Delay)
	p.DelaySet = false
	assert.Equal(t, 5*time.Millisecond, CrawlOptions(cfg, p, Options{}, nil).Delay, "no delay key: the defaults")
}

func TestCrawlOptions(t *testing.T) {
	_, cfg := startDemo(t)
	p := cfg.Portals[0]
	o := CrawlOptions(cfg, p, Options{}, nil)
	assert.Equal(t, p.URLs, o.StartURLs)
	assert.Equal(t, 5*time.Millisecond, o.Delay)
	assert.Equal(t, 4, o.Parallelism)
	assert.Equal(t, 200, o.MaxPages)
	assert.Equal(t, 2, o.Retries)
	assert.Equal(t, int64(config.DefaultMaxBodyBytes), o.MaxBodyBytes)

	zero := 0
	p.Retries = &zero
	assert.Equal(t, -1, CrawlOptions(cfg, p, Options{}, nil).Retries, "retries: 0 in the config means none")
}
