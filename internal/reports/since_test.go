package reports

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// withSince is the fixture a week after an earlier audit: Tri Tôn lost one
// procedure, published one it lacked and renamed one; Thoại Sơn put up an
// abolished procedure and took another down; the Nội vụ portal did not
// change; Vĩnh Gia was unreachable; a portal audited last week is gone.
// Tri Tôn's crawl reused cached pages.
func withSince() *verdict.Report {
	r := fixture()
	r.Portals[0].Crawl.Bytes = 300 << 10
	r.Portals[0].Crawl.BytesReused = 5<<20 + 300<<10
	r.Portals[1].Crawl.BytesReused = 2048
	prev := time.Date(2026, 11, 19, 8, 0, 0, 0, ict)
	d := &verdict.Diff{
		From: verdict.Ref{ID: 7, StartedAt: prev},
		To:   verdict.Ref{StartedAt: r.StartedAt},
		Portals: []verdict.PortalDiff{
			{Portal: "tri-ton", Name: "UBND huyện Tri Tôn", State: verdict.Compared, StatusBefore: "ok", StatusAfter: "ok",
				CoverageBefore: 0.5, CoverageAfter: 4.0 / 6, FoundBefore: 3, FoundAfter: 4, RequiredBefore: 6, RequiredAfter: 6,
				NewlyMissing: []verdict.ChangedProcedure{{Code: "1.010831", Name: nameNoiHySinh, Field: fieldNCC}},
				Fixed: []verdict.ChangedProcedure{
					{Code: "1.010828", Name: nameTrichLuc, Field: fieldNCC, URL: "https://triton.angiang.gov.vn/tthc/1010828"},
				},
				Renamed: []verdict.Renamed{{Code: "1.010803", Name: nameThoCung, Before: nameThoCung,
					After: "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ", URL: "https://triton.angiang.gov.vn/tthc/1010803"}},
			},
			{Portal: "thoai-son", Name: "UBND huyện Thoại Sơn", State: verdict.Compared, StatusBefore: "ok", StatusAfter: "ok",
				CoverageBefore: 0.75, CoverageAfter: 0.75, FoundBefore: 3, FoundAfter: 3, RequiredBefore: 4, RequiredAfter: 4,
				NewlyObsolete:   []verdict.ChangedProcedure{{Code: "1.010788", Name: nameHoatDong, URL: "https://thoaison.angiang.gov.vn/tthc/1010788"}},
				ObsoleteRemoved: []verdict.ChangedProcedure{{Code: "1.010789", Name: "Thủ tục cũ đã gỡ", URL: "https://thoaison.angiang.gov.vn/tthc/1010789"}},
			},
			{Portal: "so-noi-vu", Name: "Sở Nội vụ tỉnh An Giang", State: verdict.Compared, StatusBefore: "ok", StatusAfter: "partial",
				CoverageBefore: 2.0 / 3, CoverageAfter: 2.0 / 3, FoundBefore: 2, FoundAfter: 2, RequiredBefore: 3, RequiredAfter: 3},
			{Portal: "xa-vinh-gia", Name: "UBND xã Vĩnh Gia", State: verdict.Unseen, StatusBefore: "ok", StatusAfter: "unreachable",
				CoverageBefore: 1, RequiredBefore: 3, RequiredAfter: 3},
			{Portal: "xa-cu", Name: "UBND xã Cũ", State: verdict.Removed, StatusBefore: "ok", CoverageBefore: 1},
		},
	}
	r.Since = d
	return r
}

func TestSinceGolden(t *testing.T) {
	for _, lang := range []msg.Lang{msg.Vietnamese, msg.English} {
		var buf bytes.Buffer
		require.NoError(t, Terminal(&buf, withSince(), TermOptions{Lang: lang}))
		goldenFile(t, "terminal.since."+string(lang)+".txt", buf.Bytes())
		buf.Reset()
		require.NoError(t, HTML(&buf, withSince(), lang))
		goldenFile(t, "report.since."+string(lang)+".html", buf.Bytes())
	}
	var buf bytes.Buffer
	require.NoError(t, WriteJSON(&buf, withSince()))
	goldenFile(t, "report.since.json", buf.Bytes())
}

func TestSinceTerminal(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, Terminal(&buf, withSince(), TermOptions{}))
	out := buf.String()
	sec := out[strings.Index(out, "So với lần trước (19/11/2026):"):]
	sec = sec[:strings.Index(sec, "\n\nUBND huyện Tri Tôn (tri-ton)")]
	for _, want := range []string{
		"UBND huyện Tri Tôn (tri-ton): 50,0% → 66,6%",
		"Mới bị thiếu (1):", "1.010831 " + nameNoiHySinh,
		"Đã được bổ sung (1):", "1.010828 " + nameTrichLuc,
		"Cổng đổi tên (1):", "1.010803: «" + nameThoCung + "» → «Giải quyết chế độ trợ cấp thờ cúng liệt sĩ»",
		"Thủ tục đã bãi bỏ mới xuất hiện (1):", "Thủ tục đã bãi bỏ đã gỡ xuống (1):",
		"UBND xã Vĩnh Gia (xa-vinh-gia): không so sánh được",
		"UBND xã Cũ (xa-cu): không được kiểm tra lần này",
	} {
		assert.Contains(t, sec, want)
	}
	assert.NotContains(t, sec, "so-noi-vu", "nothing changed there: not listed")
	assert.Contains(t, out, "Đã tiết kiệm 5,3 MB nhờ trang không đổi", "Tri Tôn's note")
	assert.Contains(t, out, "Đã tiết kiệm 2 KB nhờ trang không đổi", "Thoại Sơn's note")

	// Nothing changed: the section says so in one line.
	r := fixture()
	r.Since = &verdict.Diff{From: verdict.Ref{StartedAt: time.Date(2026, 11, 19, 8, 0, 0, 0, ict)},
		Portals: []verdict.PortalDiff{{Portal: "tri-ton", State: verdict.Compared, CoverageBefore: 0.5, CoverageAfter: 0.5}}}
	buf.Reset()
	require.NoError(t, Terminal(&buf, r, TermOptions{Lang: msg.English}))
	assert.Contains(t, buf.String(), "\nSince last audit (2026-11-19):\n  Nothing changed.\n")
}

func TestSinceAbsentLeavesReportsAlone(t *testing.T) {
	// The goldens of fixture() (no Since) pin the rest; here: no trace of
	// the section or the note anywhere.
	var term, page, js bytes.Buffer
	require.NoError(t, Terminal(&term, fixture(), TermOptions{}))
	require.NoError(t, HTML(&page, fixture(), msg.Vietnamese))
	require.NoError(t, WriteJSON(&js, fixture()))
	for _, out := range []string{term.String(), page.String()} {
		assert.NotContains(t, out, "So với lần trước")
		assert.NotContains(t, out, "tiết kiệm")
	}
	assert.NotContains(t, js.String(), `"since"`)
	assert.NotContains(t, js.String(), `"bytes_reused"`)
	f := openXLSX(t, fixture(), msg.Vietnamese)
	assert.NotContains(t, f.GetSheetList(), "So với lần trước")
}

func TestSinceJSONRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteJSON(&buf, withSince()))
	var raw map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &raw))
	require.Contains(t, raw, "since")
	back, err := ReadJSON(bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	require.NotNil(t, back.Since)
	assert.Equal(t, int64(7), back.Since.From.ID)
	assert.Equal(t, "1.010831", back.Since.Portals[0].NewlyMissing[0].Code)
	assert.Equal(t, int64(5<<20+300<<10), back.Portals[0].Crawl.BytesReused)
}

func TestSinceHTML(t *testing.T) {
	r := withSince()
	// A renamed name comes from the portal: it must show as text.
	r.Since.Portals[0].Renamed[0].After = payloadScript
	r.Since.Portals[1].NewlyObsolete[0].URL = payloadJSURL
	var buf bytes.Buffer
	require.NoError(t, HTML(&buf, r, msg.Vietnamese))
	out := buf.String()
	_, err := html.Parse(strings.NewReader(out))
	require.NoError(t, err)
	assert.NotContains(t, out, "<script")
	assert.Contains(t, out, "&lt;script&gt;alert(1)&lt;/script&gt;")
	assert.NotContains(t, out, `href="javascript:`)
	assert.Contains(t, out, `<section id="since">`)
	assert.Contains(t, out, "<h2>So với lần trước (19/11/2026)</h2>")
	assert.Contains(t, out, "Đã tiết kiệm 5,3 MB nhờ trang không đổi")
	assert.Less(t, strings.Index(out, `id="summary"`), strings.Index(out, `id="since"`))
	assert.Less(t, strings.Index(out, `id="since"`), strings.Index(out, `id="portal-1"`))
}

func TestSinceXLSX(t *testing.T) {
	f := openXLSX(t, withSince(), msg.Vietnamese)
	assert.Equal(t, []string{"Tổng hợp", "So với lần trước", "UBND huyện Tri Tôn", "UBND huyện Thoại Sơn", "Sở Nội vụ tỉnh An Giang", "UBND xã Vĩnh Gia"}, f.GetSheetList())
	const s = "So với lần trước"
	assert.Equal(t, "SO VỚI LẦN TRƯỚC (19/11/2026)", cell(t, f, s, "A1"))
	assert.Equal(t, "Tỷ lệ lần trước (%)", cell(t, f, s, "C4"))
	assert.Equal(t, "UBND huyện Tri Tôn (tri-ton)", cell(t, f, s, "B5"))
	assert.Equal(t, "50.0%", cell(t, f, s, "C5"))
	assert.Equal(t, "66.6%", cell(t, f, s, "D5"))
	assert.Equal(t, "1", cell(t, f, s, "E5"))
	assert.Equal(t, "—", cell(t, f, s, "C8"), "unreachable: no coverage to compare")
	rows, err := f.GetRows(s)
	require.NoError(t, err)
	flat := flatten(rows)
	for _, want := range []string{
		"tri-ton | Mới bị thiếu | 1.010831 | " + nameNoiHySinh,
		"tri-ton | Cổng đổi tên | 1.010803 | " + nameThoCung,
		"thoai-son | Thủ tục đã bãi bỏ mới xuất hiện | 1.010788",
		"https://thoaison.angiang.gov.vn/tthc/1010789",
		"UBND xã Cũ (xa-cu) — không được kiểm tra lần này",
	} {
		assert.Contains(t, flat, want)
	}
	rows, err = f.GetRows("UBND huyện Tri Tôn")
	require.NoError(t, err)
	assert.Contains(t, flatten(rows), "Đã tiết kiệm 5,3 MB nhờ trang không đổi")

	// English, and nothing changed.
	r := fixture()
	r.Since = &verdict.Diff{From: verdict.Ref{StartedAt: time.Date(2026, 11, 19, 8, 0, 0, 0, ict)}}
	f = openXLSX(t, r, msg.English)
	assert.Equal(t, "Since last audit", f.GetSheetList()[1])
	rows, err = f.GetRows("Since last audit")
	require.NoError(t, err)
	assert.Contains(t, flatten(rows), "Nothing changed.")
}

func TestSinceSheetName(t *testing.T) {
	assert.Equal(t, "So với lần trước", sinceSheetName("So với lần trước", []string{"tri-ton"}))
	assert.Equal(t, "So với lần trước~2", sinceSheetName("So với lần trước", []string{"so với lần trước"}))
}

func TestByteSize(t *testing.T) {
	for _, tc := range []struct {
		lang msg.Lang
		n    int64
		want string
	}{
		{msg.Vietnamese, 512, "512 B"},
		{msg.Vietnamese, 2048, "2 KB"},
		{msg.English, 1536 << 10, "1.5 MB"},
		{msg.Vietnamese, 1536 << 10, "1,5 MB"},
		{msg.Vietnamese, 1500 << 20, "1500,0 MB"},
	} {
		assert.Equal(t, tc.want, byteSize(tc.lang, tc.n))
	}
	assert.Empty(t, bytesSavedNote(&verdict.Verdict{}, msg.Vietnamese))
}
