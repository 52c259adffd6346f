package demo

import (
	"bytes"
	"encoding/csv"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

func TestFileFor(t *testing.T) {
	tests := []struct{ path, query, want string }{
		{"/", "", "index.html"},
		{"", "", "index.html"},
		{"/tthc/", "", "tthc/index.html"},
		{"/thu-tuc-hanh-chinh", "", "thu-tuc-hanh-chinh.html"},
		{"/thu-tuc-hanh-chinh", "page=2", "thu-tuc-hanh-chinh@page=2.html"},
		{"/tthc/chi-tiet/107.html", "", "tthc/chi-tiet/107.html"},
		{"/robots.txt", "", "robots.txt"},
		{"/../../etc/passwd", "", "etc/passwd.html"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, fileFor(tt.path, tt.query), "%s?%s", tt.path, tt.query)
	}
}

func get(t *testing.T, u string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Get(u)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp, string(b)
}

func TestProvinceServes(t *testing.T) {
	p, err := Start()
	require.NoError(t, err)
	defer p.Close()
	require.Len(t, p.URLs, len(Portals))
	hosts := map[string]bool{}
	for _, po := range Portals {
		u := p.URLs[po.ID]
		require.True(t, strings.HasPrefix(u, "http://127.0.0.1:"), u)
		host := strings.SplitN(strings.TrimPrefix(u, "http://"), "/", 2)[0]
		assert.False(t, hosts[host], "portals share a host")
		hosts[host] = true
		resp, body := get(t, u)
		assert.Equal(t, http.StatusOK, resp.StatusCode, po.ID)
		assert.Contains(t, body, "<html", po.ID)
		resp, body = get(t, "http://"+host+"/robots.txt")
		assert.Equal(t, http.StatusOK, resp.StatusCode, po.ID)
		assert.Contains(t, body, "Disallow:", po.ID)
		assert.Equal(t, "text/plain; charset=utf-8", resp.Header.Get("Content-Type"))
	}

	// The provincial list's second page fails once, then answers.
	ag := strings.TrimSuffix(p.URLs["an-giang"], "/thu-tuc-hanh-chinh")
	resp, _ := get(t, ag+"/thu-tuc-hanh-chinh?page=2")
	assert.Equal(t, http.StatusServiceUnavailable, resp.StatusCode)
	resp, body := get(t, ag+"/thu-tuc-hanh-chinh?page=2")
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Contains(t, body, "1.010815")
	assert.Equal(t, 2, p.Requests("an-giang", "thu-tuc-hanh-chinh@page=2.html"))

	// The department's broken detail link.
	so := strings.TrimSuffix(p.URLs["so-ldtbxh"], "/dich-vu-cong/thu-tuc")
	resp, _ = get(t, so+"/dich-vu-cong/thu-tuc/chi-tiet?id=2330")
	assert.Equal(t, http.StatusNotFound, resp.StatusCode)

	// Thoại Sơn's windows-1258 page declares its charset only in <meta>.
	ts := strings.TrimSuffix(p.URLs["thoai-son"], "/thu-tuc/")
	resp, body = get(t, ts+"/thu-tuc/linh-vuc?id=ncc")
	assert.Equal(t, "text/html", resp.Header.Get("Content-Type"))
	assert.Contains(t, body, `charset="windows-1258"`)
	assert.False(t, strings.Contains(body, "Người có công"), "the page must not be UTF-8")

	resp, err = http.Post(ts+"/thu-tuc/", "text/plain", strings.NewReader("x"))
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode)
}

func TestConfigWritesCatalogueAndLoads(t *testing.T) {
	p, err := Start()
	require.NoError(t, err)
	defer p.Close()
	dir := t.TempDir()
	cfg, err := p.Config(dir)
	require.NoError(t, err)
	require.Len(t, cfg.Portals, len(Portals))
	assert.FileExists(t, filepath.Join(dir, "catalog.csv"))
	for i, po := range Portals {
		got := cfg.Portals[i]
		assert.Equal(t, po.ID, got.ID)
		assert.Equal(t, po.Level, got.Level)
		assert.Equal(t, po.Agency, got.Agency)
		assert.Equal(t, []string{p.URLs[po.ID]}, got.URLs)
		e := cfg.Effective(got)
		assert.LessOrEqual(t, e.Delay.D().Milliseconds(), int64(20), "the demo must stay fast")
		require.NotNil(t, e.Retries)
		assert.Positive(t, *e.Retries, "the page that fails once needs a retry")
	}

	_, err = (&Province{}).Config(dir)
	assert.Error(t, err)
}

// TestCatalogueIsRealData checks that every demo procedure is a real one of
// the national portal's data, with its real name.
func TestCatalogueIsRealData(t *testing.T) {
	f, err := os.Open("../../testdata/dvcqg/procedures.csv")
	require.NoError(t, err)
	defer f.Close()
	all, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	real := map[string]string{}
	for _, r := range all[1:] {
		real[r[0]] = r[1]
	}

	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(CatalogCSV(), []byte("\xef\xbb\xbf")))).ReadAll()
	require.NoError(t, err)
	require.Equal(t, "Mã TTHC", rows[2][1])
	n, abolished := 0, 0
	for _, r := range rows[3:] {
		if r[1] == "T-AGI-264525-TT" {
			// The seed letter's procedure, under its code of the old
			// national database: the 2018 catalogue had it, today's
			// national list does not.
			assert.Equal(t, "Hỗ trợ tiền thăm viếng mộ liệt sĩ, di chuyển hài cốt liệt sĩ", r[2])
			n++
			continue
		}
		name, ok := real[r[1]]
		require.True(t, ok, "%s is not in the national data", r[1])
		assert.Equal(t, name, r[2], r[1])
		n++
		if strings.Contains(r[6], "bãi bỏ") || strings.Contains(r[6], "Bãi bỏ") {
			abolished++
		}
	}
	assert.Equal(t, 59, n)
	assert.Equal(t, 2, abolished)
	// The martyr-grave procedure Tri Tôn forgets is in the catalogue at
	// district level.
	assert.Contains(t, string(CatalogCSV()), `T-AGI-264525-TT,"Hỗ trợ tiền thăm viếng mộ liệt sĩ, di chuyển hài cốt liệt sĩ",Người có công,Cấp Huyện`)
}

// TestPagesAreMessy keeps the fixtures as messy as the portals they imitate.
func TestPagesAreMessy(t *testing.T) {
	read := func(name string) string {
		b, err := files.ReadFile("testdata/portals/" + name)
		require.NoError(t, err)
		return string(b)
	}
	nfd := read("thoai-son/thu-tuc/linh-vuc@id=ho-tich.html")
	assert.False(t, norm.NFC.IsNormalString(nfd), "the Hộ tịch page is NFD")
	assert.Contains(t, read("thoai-son/thu-tuc/linh-vuc@id=khac.html"), "&#")
	triton := read("tri-ton/tthc/index.html")
	assert.Contains(t, triton, "liệt sỹ")
	assert.Contains(t, triton, "…")
	assert.Contains(t, triton, "thăm viếng mộ liệt sĩ")           // the news column
	assert.NotContains(t, triton, "đang an táng tại nghĩa trang") // 1.010829 is not listed
	assert.Contains(t, read("luong-phi/thu-tuc-hanh-chinh.html"), "<br>")
}
