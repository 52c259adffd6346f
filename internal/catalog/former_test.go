package catalog

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFormerNames reads former names from a "Tên cũ" column (CSV) and a
// former_names field (JSON), and adds them from a diff.
func TestFormerNames(t *testing.T) {
	tests := []struct {
		name, file, data string
		want             [][]string
	}{
		{name: "csv Tên cũ, several a cell", file: "a.csv",
			data: "Mã TTHC,Tên thủ tục,Tên cũ\n1.010811,Cấp tiền mua phương tiện trợ giúp,\"Hỗ trợ đi làm phương tiện trợ giúp; Hỗ trợ dụng cụ chỉnh hình\nCấp tiền mua phương tiện trợ giúp\"\n2.000566,Đăng ký khai sinh,\n",
			want: [][]string{{"Hỗ trợ đi làm phương tiện trợ giúp", "Hỗ trợ dụng cụ chỉnh hình"}, nil}},
		{name: "csv Tên trước đây", file: "a.csv",
			data: "Mã TTHC,Tên thủ tục,Tên trước đây\n1.008004,\"Chuyển đổi cơ cấu cây trồng, vật nuôi trên đất trồng lúa\",Chuyển đổi cơ cấu cây trồng trên đất trồng lúa\n",
			want: [][]string{{"Chuyển đổi cơ cấu cây trồng trên đất trồng lúa"}}},
		{name: "json former_names", file: "a.json",
			data: `[{"code": "1.008004", "name": "Chuyển đổi cơ cấu cây trồng, vật nuôi trên đất trồng lúa", "former_names": "Chuyển đổi cơ cấu cây trồng trên đất trồng lúa"}]`,
			want: [][]string{{"Chuyển đổi cơ cấu cây trồng trên đất trồng lúa"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := LoadReader(tt.file, strings.NewReader(tt.data))
			require.NoError(t, err)
			require.Len(t, c.Procedures, len(tt.want))
			for i, p := range c.Procedures {
				assert.Equal(t, tt.want[i], p.FormerNames, p.Code)
			}
		})
	}
}

func TestAddRenamed(t *testing.T) {
	old := New("old", []Procedure{{Code: "1.008004", Name: "Chuyển đổi cơ cấu cây trồng trên đất trồng lúa", Status: StatusActive}})
	cur := New("new", []Procedure{{Code: "1.008004", Name: "Chuyển đổi cơ cấu cây trồng, vật nuôi trên đất trồng lúa", Status: StatusActive}})
	cur.AddRenamed(Diff(old, cur))
	p, _ := cur.ByCode("1.008004")
	assert.Equal(t, []string{"Chuyển đổi cơ cấu cây trồng trên đất trồng lúa"}, p.FormerNames)
	// Repeats and the current name are not added again; an unknown code says so.
	assert.True(t, cur.AddFormerNames("1.008004", "CHUYỂN ĐỔI CƠ CẤU CÂY TRỒNG TRÊN ĐẤT TRỒNG LÚA", p.Name, " "))
	p, _ = cur.ByCode("1.008004")
	assert.Len(t, p.FormerNames, 1)
	assert.False(t, cur.AddFormerNames("9.999999", "x"))
}
