package reports

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

func TestMissingCSVGolden(t *testing.T) {
	for _, lang := range []msg.Lang{msg.Vietnamese, msg.English} {
		var buf bytes.Buffer
		require.NoError(t, MissingCSV(&buf, fixture(), lang))
		goldenFile(t, "missing."+string(lang)+".csv", buf.Bytes())
	}
}

func TestMissingCSVRows(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, MissingCSV(&buf, fixture(), msg.Vietnamese))
	require.True(t, strings.HasPrefix(buf.String(), "\uFEFF"), "UTF-8 BOM first")
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\uFEFF"))).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 5, "header + 4 missing procedures")
	assert.Equal(t, []string{"Mã cổng", "Cổng thông tin", "Mã TTHC", "Tên thủ tục", "Lĩnh vực"}, rows[0])
	assert.Equal(t, []string{"tri-ton", "UBND huyện Tri Tôn", "1.010829", nameHaiCot, fieldNCC}, rows[1])
	assert.Equal(t, "1.010831", rows[2][2])
	assert.Equal(t, "so-noi-vu", rows[4][0])
}

func TestMissingCSVFormulaGuard(t *testing.T) {
	r := fixture()
	r.Portals[0].At(verdict.KindMissing, 0).Name = "=HYPERLINK(\"http://evil\",\"x\")"
	r.Portals[0].Name = "+1"
	var buf bytes.Buffer
	require.NoError(t, MissingCSV(&buf, r, msg.Vietnamese))
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\uFEFF"))).ReadAll()
	require.NoError(t, err)
	for _, row := range rows[1:] {
		for _, cell := range row {
			assert.NotRegexp(t, `^[=+\-@]`, cell)
		}
	}
}
