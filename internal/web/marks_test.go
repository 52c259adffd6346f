package web

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/tickets"
)

// The fixture's tickets after its two audits: tri-ton/1.001002 and
// thoai-son/2.000001 open, tri-ton/1.001001 resolved.
const markedID = "tri-ton/1.001002"

func markForm(token, id, kind, note string) url.Values {
	f := url.Values{"ticket": {id}, "mark": {kind}, "note": {note}}
	if token != "" {
		f.Set("csrf", token)
	}
	return f
}

func (e *env) ticket(id string) tickets.Ticket {
	e.t.Helper()
	ts, err := e.st.Tickets(context.Background(), false)
	require.NoError(e.t, err)
	for _, t := range ts {
		if t.ID == id {
			return t
		}
	}
	e.t.Fatalf("no ticket %s", id)
	return tickets.Ticket{}
}

// TestMarkRefused: the form is refused without the session's form token,
// from another site, and without the dashboard's token when one is set;
// nothing is marked.
func TestMarkRefused(t *testing.T) {
	e := newEnv(t, nil, fixtureReports(), func(o *Options) { o.Token = "s3cret" })
	auth := map[string]string{"Authorization": "Bearer s3cret"}
	with := func(extra map[string]string) map[string]string {
		h := map[string]string{"Authorization": "Bearer s3cret"}
		for k, v := range extra {
			h[k] = v
		}
		return h
	}
	tokenOf := func(c *http.Client) string {
		req, _ := http.NewRequest(http.MethodGet, e.http.URL+"/tickets", nil)
		req.Header.Set("Authorization", "Bearer s3cret")
		resp, err := c.Do(req)
		require.NoError(t, err)
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		m := csrfRe.FindStringSubmatch(string(b))
		require.NotNil(t, m, "no form token on the tickets page")
		return m[1]
	}
	tests := []struct {
		name   string
		token  func(c *http.Client) string
		hdr    map[string]string
		status int
		says   string
	}{
		{"no dashboard token", tokenOf, nil, http.StatusUnauthorized, "token required"},
		{"wrong dashboard token", tokenOf, map[string]string{"Authorization": "Bearer nope"}, http.StatusUnauthorized, "token required"},
		{"no form token", func(*http.Client) string { return "" }, auth, http.StatusForbidden, "Yêu cầu bị từ chối"},
		{"forged form token", func(*http.Client) string { return "forged" }, auth, http.StatusForbidden, "Yêu cầu bị từ chối"},
		{"another session's form token", func(*http.Client) string { return tokenOf(e.client()) }, auth, http.StatusForbidden, "Yêu cầu bị từ chối"},
		{"foreign Origin", tokenOf, with(map[string]string{"Origin": "http://evil.example"}), http.StatusForbidden, "Yêu cầu bị từ chối"},
		{"cross-site fetch", tokenOf, with(map[string]string{"Sec-Fetch-Site": "cross-site"}), http.StatusForbidden, "Yêu cầu bị từ chối"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := e.client()
			code, body, _ := e.postForm(c, "/tickets/mark", markForm(tc.token(c), markedID, tickets.EventMarkedResolved, "x"), tc.hdr)
			assert.Equal(t, tc.status, code)
			assert.Contains(t, body, tc.says)
			assert.Equal(t, tickets.Open, e.ticket(markedID).Status, "nothing marked")
		})
	}
	assert.Contains(t, e.logs.String(), "ticket mark refused")

	// The same form with both tokens is taken.
	c := e.client()
	code, _, hdr := e.postForm(c, "/tickets/mark", markForm(tokenOf(c), markedID, tickets.EventMarkedResolved, ""), with(map[string]string{"Origin": e.http.URL}))
	require.Equal(t, http.StatusSeeOther, code)
	assert.Equal(t, "/tickets?flash=marked&ticket=tri-ton%2F1.001002#t-tri-ton/1.001002", hdr.Get("Location"))
	assert.Equal(t, tickets.Resolved, e.ticket(markedID).Status)
}

func TestMarkTicket(t *testing.T) {
	// A week after the second audit, in UTC: the marks are shown in the
	// province's time.
	clock := newFakeClock(t2.Add(7 * 24 * time.Hour).UTC())
	e := newEnv(t, nil, fixtureReports(), func(o *Options) { o.Clock = clock })
	c := e.client()
	tok := e.token(c)
	note := "Huyện không có " + payloadScript + "\n— chị Lan, phòng Tư pháp"

	// Not applicable without a reason: back to the page, nothing marked.
	code, _, hdr := e.postForm(c, "/tickets/mark?portal=tri-ton", markForm(tok, markedID, tickets.EventMarkedNotApplicable, "  "), nil)
	require.Equal(t, http.StatusSeeOther, code)
	loc := hdr.Get("Location")
	assert.Equal(t, "/tickets?flash=note_required&portal=tri-ton&ticket=tri-ton%2F1.001002#t-tri-ton/1.001002", loc)
	assert.Equal(t, tickets.Open, e.ticket(markedID).Status)
	_, body, _ := e.get(c, loc)
	assert.Contains(t, body, `<p class="flash bad" role="status" id="flash">Chưa lưu: cần ghi lý do khi đánh dấu “Không áp dụng”`)

	// With the reason: marked, and the history shows it, escaped.
	code, _, hdr = e.postForm(c, "/tickets/mark?portal=tri-ton", markForm(tok, markedID, tickets.EventMarkedNotApplicable, note), nil)
	require.Equal(t, http.StatusSeeOther, code)
	loc = hdr.Get("Location")
	assert.Equal(t, "/tickets?flash=marked&portal=tri-ton&ticket=tri-ton%2F1.001002#t-tri-ton/1.001002", loc)
	tk := e.ticket(markedID)
	assert.Equal(t, tickets.NotApplicable, tk.Status)
	assert.Equal(t, strings.TrimSpace(note), tk.Note)
	assert.NotNil(t, tk.MarkedAt)
	code, body, _ = e.get(c, loc)
	require.Equal(t, http.StatusOK, code)
	assert.Contains(t, body, `id="flash">Đã cập nhật phiếu tri-ton/1.001002.</p>`)
	assert.Contains(t, body, `<details class="ticket" data-history="tri-ton/1.001002" open>`, "the marked ticket's history is open")
	assert.Contains(t, body, `<span class="badge not_applicable">Không áp dụng</span>`)
	assert.Contains(t, body, `<span class="when">30/11/2026 08:00</span> <span class="badge marked_not_applicable">Cán bộ đánh dấu không áp dụng</span>`)
	assert.Contains(t, body, "trên bảng điều khiển")
	assert.Contains(t, body, `Huyện không có &lt;script&gt;alert(1)&lt;/script&gt;`+"\n— chị Lan, phòng Tư pháp")
	assert.NotContains(t, body, payloadScript)
	assert.Contains(t, body, `<span class="badge opened">Mở phiếu</span>`, "the audit's opening is in the history")
	assert.Contains(t, body, `<a href="/audits/1">lần kiểm tra số 1</a>`)
	assert.Contains(t, body, `action="/tickets/mark?portal=tri-ton"`)
	assert.Contains(t, body, `<textarea name="note" rows="2" maxlength="2000"></textarea>`)
	assert.Contains(t, e.logs.String(), `msg="ticket marked" ticket=tri-ton/1.001002 mark=marked_not_applicable`)

	// It leaves the open counts and the open exports, and has a filter.
	_, body, _ = e.get(c, "/tickets?status=open")
	assert.NotContains(t, body, `data-ticket="`+markedID+`"`)
	_, body, _ = e.get(c, "/tickets?status=not_applicable")
	assert.Contains(t, body, `data-ticket="`+markedID+`"`)
	assert.Contains(t, body, `<option value="not_applicable" selected>Không áp dụng</option>`)
	_, body, _ = e.get(c, "/tickets.csv?status=open")
	assert.NotContains(t, body, markedID)
	_, body, _ = e.get(c, "/")
	assert.Contains(t, body, `href="/tickets?portal=thoai-son&amp;status=open"`)
	assert.NotContains(t, body, `href="/tickets?portal=tri-ton&amp;status=open"`, "tri-ton has no open ticket left")

	// Marking it so again is refused; a note alone is taken.
	code, _, hdr = e.postForm(c, "/tickets/mark", markForm(tok, markedID, tickets.EventMarkedNotApplicable, "lần nữa"), nil)
	require.Equal(t, http.StatusSeeOther, code)
	assert.Contains(t, hdr.Get("Location"), "flash=same")
	code, _, _ = e.postForm(c, "/tickets/mark", markForm(tok, markedID, tickets.EventNote, "Đã gửi công văn"), nil)
	require.Equal(t, http.StatusSeeOther, code)

	// An officer opens it again, in English.
	code, _, hdr = e.postForm(c, "/tickets/mark?lang=en", markForm(tok, markedID, tickets.EventMarkedOpen, ""), nil)
	require.Equal(t, http.StatusSeeOther, code)
	loc = hdr.Get("Location")
	assert.Equal(t, "/tickets?flash=marked&lang=en&ticket=tri-ton%2F1.001002#t-tri-ton/1.001002", loc)
	_, body, _ = e.get(c, loc)
	assert.Contains(t, body, "Ticket tri-ton/1.001002 updated.")
	assert.Contains(t, body, "Reopened by an officer")
	assert.Contains(t, body, "Marked not applicable by an officer")
	assert.Contains(t, body, "History (4) and update", "opened, marked, note, reopened")
	assert.Equal(t, tickets.Open, e.ticket(markedID).Status)
}

func TestMarkBadRequests(t *testing.T) {
	e := newEnv(t, nil, fixtureReports(), nil)
	c := e.client()
	tok := e.token(c)
	tests := []struct {
		name   string
		form   url.Values
		status int
		says   string
	}{
		{"unknown ticket", markForm(tok, "tri-ton/9.999999", tickets.EventMarkedResolved, ""), http.StatusNotFound, "Không có phiếu này."},
		{"no ticket", markForm(tok, "", tickets.EventMarkedResolved, ""), http.StatusNotFound, "Không có phiếu này."},
		{"unknown mark", markForm(tok, markedID, "closed", "x"), http.StatusBadRequest, "Yêu cầu cập nhật phiếu không hợp lệ."},
		{"an audit's kind", markForm(tok, markedID, tickets.EventReopened, "x"), http.StatusBadRequest, "không hợp lệ"},
		{"note too long", markForm(tok, markedID, tickets.EventMarkedResolved, strings.Repeat("ạ", tickets.MaxNote+1)), http.StatusBadRequest, "Ghi chú quá dài (tối đa 2000 ký tự)."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, body, _ := e.postForm(c, "/tickets/mark", tc.form, nil)
			assert.Equal(t, tc.status, code)
			assert.Contains(t, body, tc.says)
			assert.Contains(t, body, `<html lang="vi">`)
			assert.Equal(t, tickets.Open, e.ticket(markedID).Status)
		})
	}
	code, body, _ := e.postForm(c, "/tickets/mark?lang=en", markForm(tok, "nowhere/1", tickets.EventMarkedResolved, ""), nil)
	assert.Equal(t, http.StatusNotFound, code)
	assert.Contains(t, body, "No such ticket.")

	// Only POST marks; a crafted link's flash says nothing of its own.
	code, _, _ = e.get(c, "/tickets/mark")
	assert.Equal(t, http.StatusNotFound, code)
	_, body, _ = e.get(c, "/tickets?flash=marked&ticket="+url.QueryEscape("Tài khoản bị khoá, gọi 0900"))
	assert.Contains(t, body, "Đã cập nhật phiếu.")
	assert.NotContains(t, body, "gọi 0900")
	_, body, _ = e.get(c, "/tickets?flash=run.started")
	assert.NotContains(t, body, `id="flash"`)
}

// TestAuditReopensMarkedResolved: the audit that still finds a procedure
// an officer marked resolved reopens its ticket, and both the audit's page
// and the ticket's history say why.
func TestAuditReopensMarkedResolved(t *testing.T) {
	reps := fixtureReports()
	e := newEnv(t, nil, reps[:1], nil)
	c := e.client()
	code, _, _ := e.postForm(c, "/tickets/mark", markForm(e.token(c), markedID, tickets.EventMarkedResolved, "Đã đăng lên cổng"), nil)
	require.Equal(t, http.StatusSeeOther, code)
	_, _, err := e.st.SaveAudit(context.Background(), reps[1], nil, reps[1].FinishedAt)
	require.NoError(t, err)
	assert.Equal(t, tickets.Open, e.ticket(markedID).Status)

	_, body, _ := e.get(c, "/audits/2")
	assert.Contains(t, body, `<span class="badge reopened">Mở lại</span><span class="overrode">lần kiểm tra vẫn thấy thiếu thủ tục nên mở lại phiếu cán bộ đã đánh dấu đã xử lý</span>`)
	_, body, _ = e.get(c, "/tickets?portal=tri-ton")
	assert.Contains(t, body, `<a href="/audits/2">lần kiểm tra số 2</a>`)
	assert.Contains(t, body, `<span class="overrode">lần kiểm tra vẫn thấy thiếu thủ tục`)
	assert.Contains(t, body, `<span class="note">Đã đăng lên cổng</span>`, "the officer's note stays in the history")
}
