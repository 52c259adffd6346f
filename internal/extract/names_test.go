package extract

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

func TestPlausibleName(t *testing.T) {
	for text, want := range map[string]bool{
		"Thủ tục thăm viếng mộ liệt sỹ":         true,
		"Cấp giấy phép xây dựng nhà ở riêng lẻ": true,
		"Đăng ký khai sinh":                     true,
		"Đánh giá mức độ hài lòng":              false,
		"Xem chi tiết":                          false,
		"Trang 2":                               false,
		"In trang này":                          false,
		"Tải về biểu mẫu":                       false,
		"Bình chọn":                             false,
		"12345 67890 1":                         false,
		"Đăng nhập":                             false,
		"Mức độ hài lòng của người dân với thủ tục khai sinh": false,
		// Procedures opening with a word the site's links also open with.
		"Tiếp nhận đối tượng cần bảo vệ khẩn cấp vào cơ sở trợ giúp xã hội": true,
		"Thông báo tổ chức lễ hội cấp xã":                                   true,
		"Đánh giá, công nhận xã đạt chuẩn tiếp cận pháp luật":               true,
		"Tiếp công dân":    true,
		"Tiếp tục đọc bài": false,
		"Tiếp theo":        false,
		"Thông báo mới":    false,
		"Xem thêm thủ tục": false,
		// An agency's name: a table's agency column, a menu of offices.
		"Bộ phận tiếp nhận và trả kết quả":             false,
		"UBND xã Lương Phi":                            false,
		"Sở Lao động - Thương binh và Xã hội":          false,
		"Trung tâm Phục vụ hành chính công tỉnh":       false,
		"Thủ tục cấp Giấy phép hoạt động in, sổ hồ sơ": true,
		"Phong tặng danh hiệu Nghệ nhân ưu tú":         true,
		"Số hóa hồ sơ thủ tục hành chính":              true,
		"Uỷ ban nhân dân xã Lương Phi":                 false,
		// The national list's shortest names.
		"Tách hộ":           true,
		"(6) Tách hộ;":      true,
		"Thông báo lưu trú": true,
		"Tách trang":        false,
	} {
		assert.Equal(t, want, PlausibleName(text), text)
	}
}

// TestCatalogueNamesPlausible: every name of the national list is a
// plausible name, or a list showing it would drop it and report the
// procedure missing; the two too short for the rules ("Tách hộ", two
// words, and "Thông báo lưu trú", opening as "Thông báo mới" does) by
// name (shortNames).
func TestCatalogueNamesPlausible(t *testing.T) {
	var dropped []string
	for _, name := range catalogueNames(t) {
		if !PlausibleName(name) {
			dropped = append(dropped, name)
		}
	}
	assert.Empty(t, dropped)
}

// TestCatalogueNamesNoNews: no national-list name reads as a news
// heading (a site's "Thông báo …" box), however a page shows it.
func TestCatalogueNamesNoNews(t *testing.T) {
	var news []string
	for _, raw := range catalogueNames(t) {
		name := textnorm.Clean(raw)
		if isNewsHeading(fold(name)) && wordCount(name) <= maxNewsHeadingWords {
			news = append(news, raw)
		}
	}
	assert.Empty(t, news)
}

// catalogueNames are the national list's names (testdata/dvcqg).
func catalogueNames(t *testing.T) []string {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "testdata", "dvcqg", "procedures.csv"))
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	names := make([]string, 0, len(rows)-1)
	for _, r := range rows[1:] {
		names = append(names, r[1])
	}
	return names
}
