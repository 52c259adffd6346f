package reports

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

func TestTerminalGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		o    TermOptions
	}{
		{"terminal.vi.txt", TermOptions{}},
		{"terminal.en.txt", TermOptions{Lang: msg.English}},
		{"terminal.vi.max1.txt", TermOptions{Lang: msg.Vietnamese, MaxMissing: 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, Terminal(&buf, fixture(), tc.o))
			assert.NotContains(t, buf.String(), "\x1b[", "no colour unless asked")
			goldenFile(t, tc.name, buf.Bytes())
		})
	}
}

func TestTerminalHeadersAsWritten(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, Terminal(&buf, fixture(), TermOptions{}))
	out := buf.String()
	for _, h := range []string{"Cổng thông tin", "Phải công khai", "Tỷ lệ (%)", "Trạng thái quét", "Tổng cộng"} {
		assert.Contains(t, out, h)
	}
	assert.NotContains(t, out, "CỔNG THÔNG TIN")
	assert.Contains(t, out, "66,6")
	assert.Contains(t, out, "1.010829")
	assert.Contains(t, out, "Không truy cập được")
	assert.Contains(t, out, "Chưa đầy đủ (lỗi tải trang)")
}

func TestTerminalColor(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, Terminal(&buf, fixture(), TermOptions{Color: true}))
	assert.Contains(t, buf.String(), "\x1b[")
}

func TestTerminalStripsEscapes(t *testing.T) {
	r := fixture()
	r.Portals[0].Name = "Tri Tôn\x1b]0;pwned\x07\x1b[2J"
	r.Portals[1].At(verdict.KindObsolete, 0).URL = "https://x/\x1b[31mred"
	var buf bytes.Buffer
	require.NoError(t, Terminal(&buf, r, TermOptions{}))
	assert.NotContains(t, buf.String(), "\x1b")
	assert.NotContains(t, buf.String(), "\x07")
}

func TestTerminalScriptRenderedHint(t *testing.T) {
	r := fixture()
	v := &r.Portals[0]
	v.Found, v.Coverage = 0, 0
	v.Replace(verdict.KindFound, nil)
	var buf bytes.Buffer
	require.NoError(t, Terminal(&buf, r, TermOptions{Lang: msg.English}))
	assert.Equal(t, 1, strings.Count(buf.String(), "render_js: true"))

	// The rules said it already: no second hint.
	v.Notes = []msg.Note{msg.N("note.script")}
	buf.Reset()
	require.NoError(t, Terminal(&buf, r, TermOptions{Lang: msg.English}))
	assert.Equal(t, 1, strings.Count(buf.String(), "render_js"))
}

// TestTotalsNeverClaimUnreachable: a province whose portals could not be
// reached has no coverage to show; the totals say how many were left out.
func TestTotalsNeverClaimUnreachable(t *testing.T) {
	r := fixture()
	r.Portals = r.Portals[3:] // xa-vinh-gia only: unreachable
	for _, lang := range []msg.Lang{msg.Vietnamese, msg.English} {
		var b bytes.Buffer
		require.NoError(t, Terminal(&b, r, TermOptions{Lang: lang}))
		out := b.String()
		assert.NotContains(t, out, "100,0")
		assert.NotContains(t, out, "100.0")
		assert.Contains(t, out, msg.Tf(lang, "total.unreached", 1))
		var h bytes.Buffer
		require.NoError(t, HTML(&h, r, lang))
		assert.NotContains(t, h.String(), ">100,0%<")
		assert.NotContains(t, h.String(), ">100.0%<")
	}
}
