package match

import (
	"github.com/tthcaudit/tthcaudit/internal/catalog"

	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestContainedReview: a name whose every word stands in one catalogue
// name, too short a part of it to be taken, goes to review with that
// name rather than to "not found"; a name sharing as little but not
// contained stays not found.
func TestContainedReview(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	m := ix.Match("Đăng ký thực hiện khuyến mại mang tính may rủi", "")
	require.Nil(t, m.Procedure)
	assert.Equal(t, MatchReview, m.Kind)
	require.NotNil(t, m.Review)
	assert.Equal(t, "2.000004", m.Review.Candidate.Code)

	m = ix.Match("Thủ tục hỗ trợ người có công đi làm phương tiện, dụng cụ trợ giúp chỉnh hình; đi điều trị phục hồi chức năng", "")
	assert.Nil(t, m.Procedure)
	assert.Equal(t, MatchNone, m.Kind)
}

// TestReplacedWordsNoTypos: words the catalogue spells with other tones
// ("Lân" for its "lan", "Rồng" for "rong") set where the name has others
// of their length ("Bóng bàn") are words replaced, not typos: with the
// catalogue lacking the lion dance, its sibling is not taken.
func TestReplacedWordsNoTypos(t *testing.T) {
	ix := leaveOutIndex(t, "2.002188")
	m := ix.Match("Thủ tục Cấp Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao đối với môn Lân Sư Rồng", "")
	assert.Nil(t, m.Procedure, "got %v", m.Procedure)
	require.NotNil(t, m.Review)
	assert.Equal(t, ReasonSubstituted, m.Review.Reason)
}

// TestAlternativeActs: a name offering two acts ("Phê duyệt hoặc điều
// chỉnh …") is the procedure a portal names by its first act; an
// alternative at the end of the name is a tail, not an act.
func TestAlternativeActs(t *testing.T) {
	ps := []catalog.Procedure{
		{Code: "1.000084", Name: "Phê duyệt hoặc điều chỉnh đề án du lịch sinh thái, nghỉ dưỡng, giải trí trong rừng đặc dụng"},
		{Code: "1.000900", Name: "Cấp giấy phép khai thác thủy sản cho tổ chức hoặc cá nhân nước ngoài"},
		{Code: "1.000901", Name: "Cấp giấy phép khai thác thủy sản cho tổ chức"},
		{Code: "1.000902", Name: "Thủ tục đăng ký kết hôn"},
	}
	ix := NewIndex(activeCatalog("alt.csv", ps))
	m := ix.Match("Phê duyệt Đề án du lịch sinh thái, nghỉ dưỡng, giải trí trong rừng đặc dụng", "")
	require.NotNil(t, m.Procedure, "%s %+v", m.Kind, m.Review)
	assert.Equal(t, "1.000084", m.Procedure.Code)
	m = ix.Match("Cấp giấy phép khai thác thủy sản cho tổ chức", "")
	require.NotNil(t, m.Procedure)
	assert.Equal(t, "1.000901", m.Procedure.Code)
}
