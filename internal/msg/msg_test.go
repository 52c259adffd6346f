package msg

import (
	"regexp"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMessagesComplete(t *testing.T) {
	verb := regexp.MustCompile(`%(\[\d\])?[-+# 0]*\d*(\[\d\])?[dsvqf%]`)
	for key, m := range messages {
		assert.NotEmpty(t, m.vi, key)
		assert.NotEmpty(t, m.en, key)
		assert.Equal(t, len(verb.FindAllString(m.vi, -1)), len(verb.FindAllString(m.en, -1)), "%s: vi and en take the same arguments", key)
	}
}

func TestT(t *testing.T) {
	for _, tc := range []struct {
		lang      Lang
		key, want string
	}{
		{Vietnamese, "check.pass", "ĐẠT"},
		{Vietnamese, "check.fail", "KHÔNG ĐẠT"},
		{English, "check.pass", "PASS"},
		{English, "check.fail", "FAIL"},
		{Vietnamese, "status.ok", "Đầy đủ"},
		{Vietnamese, "status.partial", "Chưa đầy đủ (lỗi tải trang)"},
		{Vietnamese, "status.unreachable", "Không truy cập được"},
		{English, "status.ok", "OK"},
		{English, "status.partial", "Partial"},
		{English, "status.unreachable", "Unreachable"},
		{"", "check.pass", "ĐẠT"},
		{"fr", "check.pass", "ĐẠT"},
		{English, "no.such.key", "no.such.key"},
	} {
		assert.Equal(t, tc.want, T(tc.lang, tc.key), "%s/%s", tc.lang, tc.key)
	}
	assert.Equal(t, "Unreachable", StatusLabel(English, "unreachable"))
	assert.Equal(t, "weird", StatusLabel(English, "weird"))
	assert.Equal(t, "Huyện", LevelLabel(Vietnamese, "huyen"))
	assert.Equal(t, "Commune", LevelLabel(English, "xa"))
	assert.Equal(t, "…………, ngày 6 tháng 1 năm 2026", Tf(Vietnamese, "sign.date", 6, 1, 2026))
	assert.Equal(t, "…………, 2026-01-06", Tf(English, "sign.date", 6, 1, 2026))
}

func TestParseLang(t *testing.T) {
	for in, want := range map[string]Lang{"": Vietnamese, "vi": Vietnamese, "VI": Vietnamese, "en": English, " English ": English} {
		got, err := ParseLang(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	_, err := ParseLang("fr")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "vi or en")
}

func TestFormats(t *testing.T) {
	for _, tc := range []struct {
		cov    float64
		vi, en string
	}{
		{1, "100,0", "100.0"},
		{0, "0,0", "0.0"},
		{0.75, "75,0", "75.0"},
		{2.0 / 3, "66,6", "66.6"},
		{0.9801, "98,0", "98.0"},
		{0.917, "91,7", "91.7"},
		{1999.0 / 2000, "99,9", "99.9"},
		{nan(), "—", "—"},
	} {
		assert.Equal(t, tc.vi, Percent(Vietnamese, tc.cov), "%v", tc.cov)
		assert.Equal(t, tc.en, Percent(English, tc.cov), "%v", tc.cov)
	}
	assert.Equal(t, "2.929", Number(Vietnamese, 2929))
	assert.Equal(t, "2,929", Number(English, 2929))
	assert.Equal(t, "1.234.567", Number(Vietnamese, 1234567))
	assert.Equal(t, "-1.000", Number(Vietnamese, -1000))
	assert.Equal(t, "999", Number(Vietnamese, 999))
	assert.Equal(t, "0", Number(English, 0))
	assert.Equal(t, "1,2 giây", Duration(Vietnamese, 1234))
	assert.Equal(t, "4 phút 10 giây", Duration(Vietnamese, 250_400))
	assert.Equal(t, "4 min 10 s", Duration(English, 250_400))
	d := time.Date(2026, 11, 26, 8, 4, 10, 0, ict)
	assert.Equal(t, "26/11/2026 08:04 +07:00", DateTime(Vietnamese, d))
	assert.Equal(t, "2026-11-26 08:04 +07:00", DateTime(English, d))
}
