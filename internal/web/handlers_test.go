package web

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/reports"
)

func TestOverview(t *testing.T) {
	e := newEnv(t, nil, fixtureReports(), nil)
	code, body, hdr := e.get(nil, "/")
	require.Equal(t, http.StatusOK, code)
	assert.Contains(t, hdr.Get("Content-Security-Policy"), "default-src 'none'")
	for _, want := range []string{
		"UBND huyện Tri Tôn", "UBND huyện Thoại Sơn", // every portal
		`href="/portals/tri-ton"`,
		"75,0%",                        // Tri Tôn: 3 of 4
		"66,6%",                        // Thoại Sơn: 2 of 3, rounded down
		"Kiểm tra ngay", `name="csrf"`, // the button and its token
		"<polyline", // the trend chart
		`href="/tickets?portal=tri-ton&amp;status=open"`,       // open tickets, linked
		"Lần kiểm tra gần nhất", "23/11/2026 08:00 &#43;07:00", // the last audit's time
		`href="/audits/2"`,
		"Chưa đặt lịch kiểm tra tự động.",
		"Toàn tỉnh: 5/7",
	} {
		assert.Contains(t, body, want)
	}
	assert.NotContains(t, body, "http://", "no outside resource may be loaded")

	_, en, _ := e.get(nil, "/?lang=en")
	assert.Contains(t, en, "Run audit now")
	assert.Contains(t, en, "75.0%")
	assert.Contains(t, en, `href="/portals/tri-ton?lang=en"`)
}

func TestOverviewEmpty(t *testing.T) {
	e := newEnv(t, nil, nil, nil)
	code, body, _ := e.get(nil, "/")
	require.Equal(t, http.StatusOK, code)
	assert.Contains(t, body, "Chưa có lần kiểm tra nào được lưu")
	assert.Contains(t, body, "Chưa có dữ liệu để vẽ biểu đồ.")
	assert.Contains(t, body, "UBND huyện Tri Tôn")
}

func TestPortalPage(t *testing.T) {
	e := newEnv(t, nil, fixtureReports(), nil)
	code, body, _ := e.get(nil, "/portals/tri-ton")
	require.Equal(t, http.StatusOK, code)
	for _, want := range []string{
		"UBND huyện Tri Tôn",
		"Thủ tục còn thiếu (1)", "1.001002",
		"Thủ tục đã bãi bỏ vẫn còn đăng (1)", `href="https://tri-ton.angiang.gov.vn/tthc/1.000999.html"`,
		"Thủ tục thiếu nội dung (1)", "Phí, lệ phí; Thời hạn giải quyết",
		"Liên kết hỏng (1)", "404",
		"Theo lĩnh vực", "Người có công", "Bảo trợ xã hội", `style="width: 66.7%"`,
		"Lịch sử tỷ lệ công khai", "<polyline", "<circle",
		`href="/audits/2"`,
		`href="/tickets?portal=tri-ton&amp;status=open"`,
	} {
		assert.Contains(t, body, want)
	}

	code, body, _ = e.get(nil, "/portals/khong-co")
	assert.Equal(t, http.StatusNotFound, code)
	assert.Contains(t, body, "Không có cổng nào mang mã này.")

	// A configured portal never audited has a page that says so.
	e2 := newEnv(t, nil, nil, nil)
	code, body, _ = e2.get(nil, "/portals/thoai-son")
	assert.Equal(t, http.StatusOK, code)
	assert.Contains(t, body, "Cổng này chưa được kiểm tra lần nào.")
}

func TestTicketsPageFilters(t *testing.T) {
	e := newEnv(t, nil, fixtureReports(), nil)
	tests := []struct {
		query      string
		want, skip []string
	}{
		{"", []string{"tri-ton/1.001001", "tri-ton/1.001002", "thoai-son/2.000001"}, nil},
		{"?status=open", []string{"tri-ton/1.001002", "thoai-son/2.000001"}, []string{"tri-ton/1.001001"}},
		{"?status=resolved", []string{"tri-ton/1.001001"}, []string{"tri-ton/1.001002", "thoai-son/2.000001"}},
		{"?portal=thoai-son", []string{"thoai-son/2.000001"}, []string{"tri-ton/"}},
		{"?portal=tri-ton&status=open", []string{"tri-ton/1.001002"}, []string{"tri-ton/1.001001", "thoai-son/"}},
		{"?portal=nowhere", nil, []string{"tri-ton/", "thoai-son/"}},
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			code, body, _ := e.get(nil, "/tickets"+tc.query)
			require.Equal(t, http.StatusOK, code)
			for _, w := range tc.want {
				assert.Contains(t, body, `data-ticket="`+w+`"`)
			}
			for _, s := range tc.skip {
				assert.NotContains(t, body, `data-ticket="`+s)
			}
			if len(tc.want) == 0 {
				assert.Contains(t, body, "Không có phiếu nào khớp bộ lọc.")
			}
		})
	}
	_, body, _ := e.get(nil, "/tickets?portal=tri-ton&status=open")
	assert.Contains(t, body, `href="/tickets.csv?portal=tri-ton&amp;status=open"`)
	assert.Contains(t, body, `<option value="tri-ton" selected>`)
	assert.Contains(t, body, `<option value="open" selected>`)
}

func TestTicketsExports(t *testing.T) {
	e := newEnv(t, nil, fixtureReports(), nil)

	code, body, hdr := e.get(nil, "/tickets.csv?status=open")
	require.Equal(t, http.StatusOK, code)
	assert.Contains(t, hdr.Get("Content-Disposition"), "attachment")
	require.True(t, strings.HasPrefix(body, "\ufeff"), "Excel needs the BOM")
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(body, "\ufeff"))).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 3, "header and the two open tickets")
	assert.Equal(t, "Mã phiếu", rows[0][0])
	assert.Equal(t, []string{"thoai-son/2.000001", "tri-ton/1.001002"}, []string{rows[1][0], rows[2][0]})

	code, body, hdr = e.get(nil, "/tickets.xlsx?portal=tri-ton")
	require.Equal(t, http.StatusOK, code)
	assert.Equal(t, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", hdr.Get("Content-Type"))
	f, err := excelize.OpenReader(bytes.NewReader([]byte(body)))
	require.NoError(t, err)
	defer f.Close()
	xrows, err := f.GetRows("Phiếu theo dõi")
	require.NoError(t, err)
	require.Len(t, xrows, 3)
	assert.Equal(t, []string{"Mã phiếu", "Mã cổng", "Cổng thông tin", "Mã TTHC", "Tên thủ tục"}, xrows[0][:5])
	assert.Equal(t, "tri-ton/1.001001", xrows[1][0])
	assert.Equal(t, "UBND huyện Tri Tôn", xrows[1][2])
	assert.Equal(t, "Đã xử lý", xrows[1][6])
	assert.Equal(t, "23/11/2026 08:04", xrows[1][8], "resolved at the second audit's end, wall clock of ICT")
	assert.Equal(t, "Đang mở", xrows[2][6])
}

func TestAuditPages(t *testing.T) {
	e := newEnv(t, nil, fixtureReports(), nil)
	code, body, _ := e.get(nil, "/audits")
	require.Equal(t, http.StatusOK, code)
	assert.Contains(t, body, `href="/audits/1"`)
	assert.Contains(t, body, `href="/audits/2"`)

	code, body, _ = e.get(nil, "/audits/2")
	require.Equal(t, http.StatusOK, code)
	for _, want := range []string{"Lần kiểm tra số 2", "/audits/2/report.html", "/audits/2/report.xlsx", "/audits/2/report.json",
		"Mở phiếu", "Đã xử lý", "thoai-son", "2.000001"} {
		assert.Contains(t, body, want)
	}

	code, body, hdr := e.get(nil, "/audits/2/report.json")
	require.Equal(t, http.StatusOK, code)
	assert.Contains(t, hdr.Get("Content-Disposition"), "tthcaudit-2-report.json")
	rep, err := reports.ReadJSON(strings.NewReader(body))
	require.NoError(t, err)
	require.Len(t, rep.Portals, 2)
	assert.Equal(t, 3, rep.Portals[0].Found)

	code, body, hdr = e.get(nil, "/audits/2/report.html")
	require.Equal(t, http.StatusOK, code)
	assert.Contains(t, hdr.Get("Content-Type"), "text/html")
	assert.Contains(t, body, "UBND huyện Tri Tôn")

	code, body, _ = e.get(nil, "/audits/2/report.xlsx")
	require.Equal(t, http.StatusOK, code)
	f, err := excelize.OpenReader(bytes.NewReader([]byte(body)))
	require.NoError(t, err)
	assert.GreaterOrEqual(t, len(f.GetSheetList()), 3, "summary and one sheet per portal")
	f.Close()

	code, body, _ = e.get(nil, "/audits/2/missing.csv")
	require.Equal(t, http.StatusOK, code)
	assert.Contains(t, body, "1.001002")

	for _, p := range []string{"/audits/99", "/audits/x", "/audits/2/secret.txt", "/audits/99/report.json", "/nothing"} {
		code, _, _ := e.get(nil, p)
		assert.Equal(t, http.StatusNotFound, code, p)
	}
}

func TestHealthz(t *testing.T) {
	e := newEnv(t, nil, fixtureReports(), nil)
	code, body, hdr := e.get(nil, "/healthz")
	require.Equal(t, http.StatusOK, code)
	assert.Equal(t, "application/json", hdr.Get("Content-Type"))
	var h map[string]any
	require.NoError(t, json.Unmarshal([]byte(body), &h))
	assert.Equal(t, true, h["ok"])
	assert.Equal(t, false, h["running"])
	assert.Equal(t, "2026-11-23T08:04:00+07:00", h["last_audit"])

	empty := newEnv(t, nil, nil, nil)
	_, body, _ = empty.get(nil, "/healthz")
	assert.JSONEq(t, `{"ok":true,"last_audit":null,"running":false}`, body)
}

func TestRequestLogs(t *testing.T) {
	e := newEnv(t, nil, nil, nil)
	e.get(nil, "/tickets")
	assert.Contains(t, e.logs.String(), "msg=request method=GET path=/tickets status=200")
}

func TestEveryText(t *testing.T) {
	for d, want := range map[string]string{"168h": "7 ngày", "6h": "6 giờ", "90m": "1h30m0s"} {
		dur, err := parseDur(d)
		require.NoError(t, err)
		assert.Equal(t, want, everyText(msg.Vietnamese, dur), fmt.Sprint(d))
	}
}
