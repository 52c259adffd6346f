package catalog

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/decision"
)

// TestApplyEdgeCases: what a decision does to codes the catalogue does
// not expect is applied and said, never dropped.
func TestApplyEdgeCases(t *testing.T) {
	base := []Procedure{
		{Code: "1.000001", Name: "Thủ tục một", Levels: []Level{LevelHuyen}, Status: StatusActive},
		{Code: "1.000002", Name: "Thủ tục hai", Status: StatusAbolished},
	}
	d := &decision.Decision{File: "qd.pdf", Number: "7/QĐ-UBND", EffectiveFrom: day(2026, 1, 1), Entries: []decision.Entry{
		{Action: decision.New, Code: "1.000001", Name: "Thủ tục một (sửa)", Levels: []string{"xa"}, Page: 2},
		{Action: decision.New, Code: "1.000002", Name: "Thủ tục hai", Page: 2},
		{Action: decision.Amended, Code: "1.000003", Name: "Thủ tục ba", Page: 3},
		{Action: decision.Abolished, Code: "1.000004", Name: "Thủ tục bốn", Page: 3},
		{Action: decision.Replaced, Code: "1.000001", Name: "Thủ tục một (mới)", Page: 4},
	}}
	b := &Built{}
	st := &state{byCode: map[string]*Procedure{}, b: b}
	for i := range base {
		st.add(&base[i])
	}
	st.apply(d)

	one := st.byCode["1.000001"]
	assert.Equal(t, "Thủ tục một (mới)", one.Name)
	assert.Equal(t, []string{"Thủ tục một", "Thủ tục một (sửa)"}, one.FormerNames)
	assert.Equal(t, []Level{LevelXa}, one.Levels, "levels of the last row that set them")
	assert.Equal(t, &Source{Decision: "7/QĐ-UBND", File: "qd.pdf", Page: 4}, one.Source)
	assert.True(t, st.byCode["1.000002"].Active(), "an abolished procedure announced again is in force again")
	assert.True(t, st.byCode["1.000003"].Active())
	assert.False(t, st.byCode["1.000004"].Active())
	require.Len(t, b.Warnings, 3)
	assert.Contains(t, b.Warnings[0], "qd.pdf: trang 2 (page 2): mã 1.000001 được công bố mới nhưng đã có")
	assert.Contains(t, b.Warnings[1], "qd.pdf: trang 3 (page 3): mã 1.000003 được sửa đổi/thay thế nhưng không có")
	assert.Contains(t, b.Warnings[2], "mã 1.000004 bị bãi bỏ nhưng không có")
}

func TestClosest(t *testing.T) {
	tests := []struct {
		ocr   string
		cands []string
		want  string
		ok    bool
	}{
		{"Thủ tực đăng ký khai sình", []string{"Thủ tục đăng ký khai sinh"}, "Thủ tục đăng ký khai sinh", true},
		{"Đăng ký kết hôn lưu động", []string{"Đăng ký khai tử", "Thủ tục đăng ký kết hôn lưu động"}, "Thủ tục đăng ký kết hôn lưu động", true},
		{"Cấp giấy phép xây dựng", []string{"Thủ tục đăng ký khai sinh"}, "", false},
		{"Bất kỳ", nil, "", false},
	}
	for _, tt := range tests {
		got, ok := closest(tt.ocr, tt.cands)
		assert.Equal(t, tt.ok, ok, tt.ocr)
		if tt.ok {
			assert.Equal(t, tt.want, got)
		}
	}
}
