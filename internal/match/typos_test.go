package match

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRespelledNames: the national list's own misspellings are indexed
// spelt right, and nothing else is: rare words that are real ("cán bộ",
// "công tơ", "cát nhân tạo") stay.
func TestRespelledNames(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	got := map[string]string{}
	for i := range ix.names {
		nm := &ix.names[i]
		if !nm.alias {
			continue
		}
		p := ix.procs[nm.procs[0]]
		a, b := strings.Fields(p.Name), strings.Fields(nm.text)
		if len(a) != len(b) || strings.ContainsRune(p.Name, '\uFFFD') {
			continue // another alias, or a damaged name repaired (repair.go)
		}
		var diff []string
		for k := range a {
			if a[k] != b[k] {
				diff = append(diff, a[k]+"→"+b[k])
			}
		}
		if len(diff) == 1 {
			got[p.Code] = diff[0]
		}
	}
	assert.Equal(t, map[string]string{
		"1.013202": "Giấp→Giấy",
		"1.013203": "Giấp→Giấy",
		"1.013533": "quyển→quyền",
		"2.001795": "tich→tịch",
	}, got)
	assertCodes(t, ix, map[string]string{
		"Gia hạn Giấy phép kinh doanh sản phẩm, dịch vụ mật mã dân sự": "1.013202",
		"Cấp Giấy phép xuất khẩu, nhập khẩu sản phẩm mật mã dân sự":    "1.013203",
	})
}
