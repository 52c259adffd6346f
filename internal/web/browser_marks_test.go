package web

import (
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/tickets"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// TestBrowserMarkOnPhone marks a ticket not applicable in a real Chromium
// 400 px wide, as an officer would on a phone: the ticket's history and
// form open in view without the page scrolling sideways, the form is sent
// with its token, and the page comes back with the note in the history.
func TestBrowserMarkOnPhone(t *testing.T) {
	t.Parallel()
	ctx := newBrowser(t)
	e := newEnv(t, nil, []*verdict.Report{fixtureReports()[0], hostileReport()}, nil)
	shots := artifactDir(t)
	const id = "tri-ton/1.001002"
	row := `details[data-history="` + id + `"]`
	note := "Huyện không có đơn vị thực hiện thủ tục này " + payloadScript
	require.NoError(t, chromedp.Do(ctx,
		chromedp.EmulateViewport(400, 860),
		chromedp.Navigate(e.http.URL+"/tickets?portal=tri-ton"),
		chromedp.WaitVisible(chromedp.CSS(row+" summary")),
		chromedp.Click(chromedp.CSS(row+" summary")),
		chromedp.WaitVisible(chromedp.CSS(row+" form.mark button")),
	))
	wide, err := chromedp.Run(ctx, chromedp.Evaluate[int]("document.documentElement.scrollWidth"))
	require.NoError(t, err)
	assert.LessOrEqual(t, wide, 400, "the page does not scroll sideways")
	right, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`Math.max(...Array.from(document.querySelectorAll('`+row+` form.mark, `+row+` form.mark textarea, `+row+` form.mark button')).map(el => el.getBoundingClientRect().right))`))
	require.NoError(t, err)
	assert.LessOrEqual(t, right, 400.0, "the form is in view, not beyond the right edge")
	// Each ticket is a card: its name uses the width (not a column of
	// one word a line) and its status is in view, not cut off at the
	// right edge of a scrolled table.
	box, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(() => { const tr = document.querySelector('tr[data-ticket="`+id+`"]'); const n = tr.querySelector('td.name').getBoundingClientRect(); const b = tr.querySelector('.badge').getBoundingClientRect(); return [n.width, b.right]; })()`))
	require.NoError(t, err)
	assert.Greater(t, box[0], 250.0, "the name's width")
	assert.LessOrEqual(t, box[1], 400.0, "the status badge is in view")
	screenshot(t, ctx, shots, "phone-1-ticket-form.png")

	require.NoError(t, chromedp.Do(ctx,
		chromedp.SetValue(chromedp.CSS(row+` select[name="mark"]`), tickets.EventMarkedNotApplicable),
		chromedp.SendKeys(chromedp.CSS(row+` textarea[name="note"]`), note),
		chromedp.Click(chromedp.CSS(row+" form.mark button")),
		chromedp.WaitVisible(chromedp.CSS("#flash")),
		chromedp.WaitVisible(chromedp.CSS(row+" ol.history")),
	))
	flash, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#flash")))
	require.NoError(t, err)
	assert.Equal(t, "Đã cập nhật phiếu "+id+".", flash)
	hist, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(row+" ol.history")))
	require.NoError(t, err)
	assert.Contains(t, hist, "Cán bộ đánh dấu không áp dụng")
	assert.Contains(t, hist, note, "the note reads as text")
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int]("document.querySelectorAll('script,iframe,object,embed,img').length"))
	require.NoError(t, err)
	assert.Zero(t, n, "the note made no element")
	wide, err = chromedp.Run(ctx, chromedp.Evaluate[int]("document.documentElement.scrollWidth"))
	require.NoError(t, err)
	assert.LessOrEqual(t, wide, 400, "the history does not widen the page")
	screenshot(t, ctx, shots, "phone-2-ticket-marked.png")
	assert.Equal(t, tickets.NotApplicable, e.ticket(id).Status)
}
