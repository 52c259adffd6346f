package match

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
)

// TestLaterItem: an entry naming the procedure by a later item of the
// list after its act, the items opening alike, is that procedure; an
// act left out, a name with a qualifier in brackets, or an item the
// entry changes is not.
func TestLaterItem(t *testing.T) {
	assertCodes(t, NewIndex(dvcqgCatalog(t)), map[string]string{
		"Cấp bản sao Giấy khai sinh":         "2.000635",
		"Thủ tục cấp bản sao giấy khai sinh": "2.000635",
		// A word of its own the name lacks.
		"Cấp bản sao Giấy khai sinh trong nước": "",
	})
	ps := []catalog.Procedure{
		{Code: "2.000635", Name: "Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh"},
		{Code: "1.000001", Name: "Cấp, cấp lại giấy phép bán lẻ rượu"},
		{Code: "1.000002", Name: "Cấp giấy chứng nhận hạng B (trừ tổ chức do Bộ thành lập), hạng C"},
		{Code: "1.000003", Name: "Đăng ký khai sinh"},
	}
	ix := NewIndex(activeCatalog("items.csv", ps))
	m, ok := ix.laterItem(ix.normalize("Cấp bản sao Giấy khai sinh"))
	if assert.True(t, ok) && assert.NotNil(t, m.Procedure) {
		assert.Equal(t, "2.000635", m.Procedure.Code)
	}
	for _, e := range []string{"Cấp lại giấy phép bán lẻ rượu", "Cấp giấy chứng nhận hạng C", "Cấp bản sao Giấy khai tử"} {
		_, ok := ix.laterItem(ix.normalize(e))
		assert.False(t, ok, e)
	}
}
