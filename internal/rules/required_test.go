package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/msg"
)

func codes(ps []catalog.Procedure) []string {
	out := []string{}
	for _, p := range ps {
		out = append(out, p.Code)
	}
	return out
}

func TestRequired(t *testing.T) {
	c := anGiang()
	tests := []struct {
		name   string
		portal config.Portal
		want   []string
	}{
		{"level huyen", config.Portal{Level: "huyen"},
			[]string{"1.002410", "1.002519", "1.004884", "1.010803", "1.010825", "2.000528", "2.000620", "2.001240"}},
		{"level xa", config.Portal{Level: "xa"}, []string{"1.001193", "1.004884"}},
		{"require.levels replaces level", config.Portal{Level: "huyen", Require: config.Require{Levels: []string{"tinh", "xa"}}},
			[]string{"1.000775", "1.001193", "1.004884"}},
		{"fields narrow", config.Portal{Level: "huyen", Require: config.Require{Fields: []string{"nguoi co cong"}}},
			[]string{"1.002410", "1.002519", "1.010803", "1.010825"}},
		{"fields with Lĩnh vực prefix", config.Portal{Level: "huyen", Require: config.Require{Fields: []string{"Lĩnh vực Hộ tịch"}}},
			[]string{"1.004884", "2.000528"}},
		{"codes add, exempt removes", config.Portal{Level: "xa", Require: config.Require{
			Codes: []string{"1.000775.000.00.00.H01", "1.003000", "9.999999"}, Exempt: []string{"1.001193"}}},
			[]string{"1.000775", "1.004884"}},
		{"exempt beats codes", config.Portal{Level: "xa", Require: config.Require{Codes: []string{"1.000775"}, Exempt: []string{"1.000775"}}},
			[]string{"1.001193", "1.004884"}},
		{"no level no agency", config.Portal{}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, codes(Required(c, tt.portal)))
		})
	}
	assert.Empty(t, Required(nil, config.Portal{Level: "huyen"}))
}

// A national export has no levels: nothing is required by level alone;
// agency and fields select procedures, codes add them.
func TestRequiredLevelless(t *testing.T) {
	c := catalog.New("national.xlsx", []catalog.Procedure{
		withAgency(proc("1.000001", "Thủ tục A", "Việc làm"), "Sở Lao động - Thương binh và Xã hội"),
		withAgency(proc("1.000002", "Thủ tục B", ncc), "Sở Lao động - Thương binh và Xã hội", "Ủy ban nhân dân cấp huyện"),
		withAgency(proc("1.000003", "Thủ tục C", "Du lịch"), "Sở Văn hóa, Thể thao và Du lịch"),
		withAgency(proc("1.000004", "Thủ tục D", "Đầu tư"), "Sở Kế hoạch và Đầu tư"),
	})
	assert.Empty(t, Required(c, config.Portal{Level: "tinh"}))
	assert.Equal(t, []string{"1.000001", "1.000002"}, codes(Required(c, config.Portal{Level: "tinh", Agency: "Sở LĐ-TB&XH"})))
	assert.Equal(t, []string{"1.000002"}, codes(Required(c, config.Portal{Level: "huyen", Agency: "UBND cấp huyện"})))
	assert.Equal(t, []string{"1.000002"}, codes(Required(c, config.Portal{Level: "tinh", Require: config.Require{Fields: []string{"Người có công"}}})))
	assert.Equal(t, []string{"1.000004"}, codes(Required(c, config.Portal{Level: "tinh", Require: config.Require{Codes: []string{"1.000004"}}})))
	v := Evaluate(Input{Portal: config.Portal{ID: "t", Level: "tinh"}, Catalog: c, Crawl: loaded()})
	assert.Contains(t, v.Notes, msg.N(NoteNoLevels))
}

// With an agency, only that agency's procedures of the level.
func TestRequiredAgencyAndLevel(t *testing.T) {
	c := catalog.New("c", []catalog.Procedure{
		withAgency(proc("1.000001", "A", "", catalog.LevelTinh), "Sở Tư pháp"),
		withAgency(proc("1.000002", "B", "", catalog.LevelTinh), "Sở Thông tin và Truyền thông"),
		withAgency(proc("1.000003", "C", "", catalog.LevelHuyen), "Sở Thông tin và Truyền thông"),
	})
	assert.Equal(t, []string{"1.000002"}, codes(Required(c, config.Portal{Level: "tinh", Agency: "Sở TT&TT"})))
}

func TestAgencyMatches(t *testing.T) {
	yes := [][2]string{
		{"Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"},
		{"Sở LĐTBXH", "Sở Lao động - Thương binh và Xã hội"},
		{"Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội tỉnh An Giang"},
		{"Sở TT&TT", "Sở Thông tin và Truyền thông"},
		{"Sở KH&ĐT", "Sở Kế hoạch và Đầu tư"},
		{"Sở GD&ĐT", "Sở Giáo dục và Đào tạo"},
		{"Sở TN&MT", "Sở Tài nguyên và Môi trường"},
		{"Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn"},
		{"Sở VH,TT&DL", "Sở Văn hóa, Thể thao và Du lịch"},
		{"Sở VHTTDL", "Sở Văn hoá, Thể thao và Du lịch"},
		{"UBND cấp huyện", "Ủy ban nhân dân cấp huyện"},
		{"UBND huyện", "Uỷ ban nhân dân cấp huyện"},
		{"Ủy ban nhân dân tỉnh", "UBND tỉnh"},
		{"Sở Y tế", "Sở Y tế tỉnh An Giang"},
		{"so y te", "Sở Y tế"},
	}
	for _, p := range yes {
		assert.True(t, AgencyMatches(p[0], p[1]), "%s ~ %s", p[0], p[1])
		assert.True(t, AgencyMatches(p[1], p[0]), "%s ~ %s", p[1], p[0])
	}
	no := [][2]string{
		{"Sở LĐ-TB&XH", "Sở Tư pháp"},
		{"Sở TT&TT", "Sở Tài nguyên và Môi trường"},
		{"Sở KH&ĐT", "Sở Khoa học và Công nghệ"},
		{"UBND cấp huyện", "UBND cấp xã"},
		{"Sở Y tế", "Sở Xây dựng"},
		{"", "Sở Y tế"},
		{"Sở", "Sở Y tế"},
	}
	for _, p := range no {
		assert.False(t, AgencyMatches(p[0], p[1]), "%s !~ %s", p[0], p[1])
	}
}
