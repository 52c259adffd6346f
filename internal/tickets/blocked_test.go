package tickets

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/crawler"
	"github.com/tthcaudit/tthcaudit/internal/rules"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// Issue 16: a portal that answers 403, or a captcha page with 200, is
// "không truy cập được" with its reason: it raises no ticket, and the
// tickets of an earlier audit are neither resolved nor reopened. The same
// portal, once it serves its list, is audited as usual.
func TestBlockedPortalLeavesTickets(t *testing.T) {
	cat := catalog.New("c.csv", []catalog.Procedure{
		{Code: "1.001193", Name: "Thủ tục đăng ký khai sinh", Fields: []string{"Hộ tịch"}, Levels: []catalog.Level{catalog.LevelXa}, Status: catalog.StatusActive},
		{Code: "1.000656", Name: "Thủ tục đăng ký khai tử", Fields: []string{"Hộ tịch"}, Levels: []catalog.Level{catalog.LevelXa}, Status: catalog.StatusActive},
	})
	mode := "403"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		switch mode {
		case "403":
			w.WriteHeader(http.StatusForbidden)
			fmt.Fprint(w, `<html><head><title>403 Forbidden</title></head><body><h1>Forbidden</h1></body></html>`)
		case "captcha":
			fmt.Fprint(w, `<html><head><title>Xác minh</title></head><body><form method="post"><p>Vui lòng nhập mã xác nhận để tiếp tục.</p><img src="/captcha.ashx?t=1" id="imgCaptcha"><input name="txtCaptcha"><button>Gửi</button></form></body></html>`)
		default:
			fmt.Fprint(w, `<html><head><title>Thủ tục hành chính</title></head><body><h2>Lĩnh vực Hộ tịch</h2><table><tr><th>Mã thủ tục</th><th>Tên thủ tục</th></tr><tr><td>1.001193</td><td>Thủ tục đăng ký khai sinh</td></tr></table></body></html>`)
		}
	}))
	defer srv.Close()
	portal := config.Portal{ID: "xa-a", Name: "UBND xã A", Level: "xa", URLs: []string{srv.URL + "/thu-tuc-hanh-chinh"}}
	audit := func() verdict.Verdict {
		res, err := crawler.Crawl(context.Background(), portal.ID, crawler.Options{StartURLs: portal.URLs, Delay: time.Millisecond, Timeout: 2 * time.Second})
		require.NoError(t, err)
		return rules.Evaluate(rules.Input{Portal: portal, Catalog: cat, Crawl: res})
	}
	t0 := time.Date(2026, 11, 1, 8, 0, 0, 0, time.UTC)
	prev := []Ticket{
		{ID: "xa-a/1.001193", Portal: "xa-a", Code: "1.001193", Status: Open, OpenedAt: t0},
		{ID: "xa-a/1.000656", Portal: "xa-a", Code: "1.000656", Status: Open, OpenedAt: t0},
	}
	Sort(prev)
	for _, m := range []struct{ mode, reason string }{{"403", crawler.BlockForbidden}, {"captcha", crawler.BlockCaptcha}} {
		mode = m.mode
		v := audit()
		assert.Equal(t, verdict.StatusUnreachable, v.Status, m.mode)
		require.NotNil(t, v.Blocked, m.mode)
		assert.Equal(t, m.reason, v.Blocked.Reason)
		assert.Equal(t, portal.URLs[0], v.Blocked.URL)
		assert.Empty(t, v.Of(verdict.KindMissing))
		next, events := Reconcile(prev, FromVerdicts([]verdict.Verdict{v}, nil, nil), t0.Add(24*time.Hour))
		assert.Equal(t, prev, next, "%s: tickets untouched", m.mode)
		assert.Empty(t, events, m.mode)
	}
	// Served again: khai sinh is found (its ticket resolved), khai tử still open.
	mode = "ok"
	v := audit()
	assert.Equal(t, verdict.StatusOK, v.Status)
	assert.Nil(t, v.Blocked)
	next, _ := Reconcile(prev, FromVerdicts([]verdict.Verdict{v}, nil, nil), t0.Add(48*time.Hour))
	status := map[string]string{}
	for _, tk := range next {
		status[tk.Code] = tk.Status
	}
	assert.Equal(t, map[string]string{"1.001193": Resolved, "1.000656": Open}, status)
}
