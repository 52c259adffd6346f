package reports

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

func TestCatalogLackingSection(t *testing.T) {
	r := &verdict.Report{Schema: verdict.Schema, Catalog: verdict.CatalogInfo{Source: "national.csv", Procedures: 3, Active: 3,
		Lacking: []verdict.LackingRecord{
			{Code: "1.010829", Name: "Hỗ trợ tiền thăm viếng mộ liệt sĩ", Field: "Người có công", Lacks: []string{"Thành phần, số lượng hồ sơ"}},
			{Code: "1.010830", Name: "Di chuyển hài cốt liệt sĩ", Field: "Người có công", Lacks: []string{"Thời hạn giải quyết", "Kết quả thực hiện"}},
			{Code: "1.001193", Name: "Đăng ký khai sinh", Field: "Hộ tịch", Lacks: []string{"Trình tự thực hiện"}},
		}}}
	tests := []struct {
		lang msg.Lang
		want []string
	}{
		{msg.Vietnamese, []string{"thiếu bộ phận bắt buộc", "Người có công: 2 hồ sơ · Hộ tịch: 1 hồ sơ"}},
		{msg.English, []string{"lacking required parts", "Người có công: 2 records · Hộ tịch: 1 records"}},
	}
	for _, tt := range tests {
		var term, page bytes.Buffer
		require.NoError(t, Terminal(&term, r, TermOptions{Lang: tt.lang}))
		require.NoError(t, HTML(&page, r, tt.lang))
		for _, w := range tt.want {
			assert.Contains(t, term.String(), w)
			assert.Contains(t, page.String(), w)
		}
		assert.Contains(t, page.String(), "Thời hạn giải quyết; Kết quả thực hiện")
	}
	var book bytes.Buffer
	require.NoError(t, XLSX(&book, r, msg.Vietnamese))
	f, err := excelize.OpenReader(&book)
	require.NoError(t, err)
	defer f.Close()
	assert.Contains(t, f.GetSheetList(), "Hồ sơ CSDL thiếu")
	rows, err := f.GetRows("Hồ sơ CSDL thiếu")
	require.NoError(t, err)
	assert.Contains(t, flatten(rows), "1.010830 | Di chuyển hài cốt liệt sĩ | Người có công | Thời hạn giải quyết; Kết quả thực hiện")

	// Without lacking records, no section.
	var term bytes.Buffer
	require.NoError(t, Terminal(&term, &verdict.Report{Schema: verdict.Schema}, TermOptions{}))
	assert.NotContains(t, term.String(), "thiếu bộ phận")
}
