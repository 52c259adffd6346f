package changes

import (
	"testing"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func found(code, published string) verdict.Finding {
	return verdict.Finding{Kind: verdict.KindFound, Code: code, Name: "Thủ tục " + code, URL: "https://p/" + code, PublishedName: published, Match: "code"}
}

func TestCompare(t *testing.T) {
	prev := &verdict.Report{Portals: []verdict.Verdict{
		verdict.Verdict{ID: "a", Status: "ok", Coverage: 0.5}.With(verdict.KindMissing, []verdict.Finding{{Code: "1.000001"}, {Code: "1.000002"}, {Code: "1.000003"}}...).With(verdict.KindFound, []verdict.Finding{found("1.000004", "Cũ"), found("1.000005", "Giữ  nguyên")}...).With(verdict.KindObsolete, []verdict.Finding{{Code: "2.000001", URL: "https://p/x"}, {Code: "2.000001", URL: "https://p/y"}}...),
		{ID: "gone", Status: "ok"},
		verdict.Verdict{ID: "down", Status: "ok"}.With(verdict.KindMissing, []verdict.Finding{{Code: "1.000001"}}...),
	}}
	cur := &verdict.Report{Portals: []verdict.Verdict{
		verdict.Verdict{ID: "a", Status: "ok", Coverage: 0.6}.With(verdict.KindMissing, []verdict.Finding{{Code: "1.000001"}, {Code: "1.000006"}}...).With(verdict.KindFound, []verdict.Finding{found("1.000002", "Mới"), found("1.000004", "Mới"), found("1.000004", "Khác"), found("1.000005", "Giữ nguyên")}...).With(verdict.KindObsolete, []verdict.Finding{{Code: "2.000002", URL: "https://p/z"}, {Code: "2.000002", URL: "https://p/w"}}...),
		{ID: "down", Status: "unreachable"},
		verdict.Verdict{ID: "new", Status: "ok"}.With(verdict.KindMissing, []verdict.Finding{{Code: "1.000001"}}...),
	}}
	d := Compare(prev, 0, cur, 0)
	require.Len(t, d.Portals, 4)
	a := d.Portals[0]
	assert.Equal(t, verdict.Compared, a.State)
	assert.Equal(t, 0.5, a.CoverageBefore)
	assert.Equal(t, 0.6, a.CoverageAfter)
	assert.Equal(t, []verdict.ChangedProcedure{{Code: "1.000006"}}, a.NewlyMissing)
	assert.Equal(t, []verdict.ChangedProcedure{{Code: "1.000002", URL: "https://p/1.000002"}}, a.Fixed)
	assert.Equal(t, []verdict.ChangedProcedure{{Code: "2.000002", URL: "https://p/z"}}, a.NewlyObsolete, "once per code")
	assert.Equal(t, []verdict.ChangedProcedure{{Code: "2.000001", URL: "https://p/x"}}, a.ObsoleteRemoved)
	assert.Equal(t, []verdict.Renamed{{Code: "1.000004", Name: "Thủ tục 1.000004", Before: "Cũ", After: "Mới", URL: "https://p/1.000004"}}, a.Renamed,
		"once per code; spacing alone is no rename")
	assert.True(t, a.Changed())

	assert.Equal(t, "down", d.Portals[1].Portal)
	assert.Equal(t, verdict.Unseen, d.Portals[1].State)
	assert.Empty(t, d.Portals[1].NewlyMissing, "nothing is said about an unseen portal")
	assert.Equal(t, verdict.NewPortal, d.Portals[2].State)
	assert.Empty(t, d.Portals[2].NewlyMissing)
	assert.Equal(t, verdict.Removed, d.Portals[3].State)
	assert.Equal(t, "gone", d.Portals[3].Portal)

	assert.Equal(t, verdict.DiffTotals{NewlyMissing: 1, Fixed: 1, NewlyObsolete: 1, ObsoleteRemoved: 1, Renamed: 1}, d.Totals())
}

func TestCompareRefs(t *testing.T) {
	t0 := time.Date(2026, 11, 19, 8, 0, 0, 0, time.UTC)
	d := Compare(&verdict.Report{StartedAt: t0}, 7, &verdict.Report{StartedAt: t0.Add(7 * 24 * time.Hour)}, 0)
	assert.Equal(t, verdict.Ref{ID: 7, StartedAt: t0}, d.From)
	assert.Equal(t, verdict.Ref{StartedAt: t0.Add(7 * 24 * time.Hour)}, d.To, "an audit not stored yet has no id")
}

func TestCompareNil(t *testing.T) {
	d := Compare(nil, 0, nil, 0)
	assert.Empty(t, d.Portals)
	d = Compare(nil, 0, &verdict.Report{Portals: []verdict.Verdict{{ID: "a", Status: "ok"}}}, 0)
	require.Len(t, d.Portals, 1)
	assert.Equal(t, verdict.NewPortal, d.Portals[0].State)
	assert.False(t, d.Portals[0].Changed())
}
