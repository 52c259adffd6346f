package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNameCarriedFurther: an entry nothing else found that is one
// catalogue name with words after it goes to a person with that name, as
// one that is the start of one name does; a short name is offered for
// neither.
func TestNameCarriedFurther(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	tests := []struct{ in, candidate string }{
		{"Cấp giấy chứng nhận đăng ký tàu cá đối với tàu cá cải hoán", "1.003650"},
		{"Xác nhận về điều kiện diện tích bình quân nhà ở", "1.013314"},
	}
	for _, tt := range tests {
		m := ix.Match(tt.in, "")
		assert.Nil(t, m.Procedure, tt.in)
		require.NotNil(t, m.Review, tt.in)
		assert.Equal(t, tt.candidate, m.Review.Candidate.Code, tt.in)
	}
	// "Đăng ký khai sinh" (three words) begins too many things to offer.
	_, ok := ix.extendsOne([]cleanForm{{name: ix.normalize("Đăng ký khai sinh cho trẻ em sinh ra ở vùng sâu")}})
	assert.False(t, ok)
	m, ok := ix.extendsOne([]cleanForm{{name: ix.normalize("Cấp giấy chứng nhận đăng ký tàu cá đối với tàu cá cải hoán")}})
	require.True(t, ok)
	assert.Equal(t, "1.003650", m.Review.Candidate.Code)
}

// TestSharesStart: an entry opening with the first words of one name
// and going on another way goes to a person with that name; a start two
// names share is a family's, and offers neither.
func TestSharesStart(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	forms := func(s string) []cleanForm { return []cleanForm{{name: ix.normalize(s)}} }
	m, ok := ix.sharesStart(forms("Cấp lại Chứng chỉ hành nghề luật sư trong trường hợp bị mất, bị rách, bị cháy hoặc vì lý do khách quan mà thông tin trên Chứng chỉ hành nghề luật sư bị thay đổi"))
	require.True(t, ok)
	require.NotNil(t, m.Review)
	assert.Equal(t, "1.008628", m.Review.Candidate.Code)
	assert.Equal(t, ReasonLowScore, m.Review.Reason)
	assert.Greater(t, m.Review.Score, 0.5, "the plain score, not the family-penalised one")

	_, ok = ix.sharesStart(forms("Đăng ký hoạt động khuyến mại đối với chương trình khuyến mại mang tính may rủi thực hiện ở nhiều nơi"))
	assert.False(t, ok, "2.000004 and 2.000138 share that start")
	_, ok = ix.sharesStart(forms("Cấp lại Giấy phép kinh doanh vận tải bằng xe máy"))
	assert.False(t, ok, "too short a start")
	_, ok = ix.sharesStart(forms("Hỗ trợ chi phí mai táng cho người chết do thiên tai, hỏa hoạn"))
	assert.False(t, ok, "a family's opening, worded once: under the floor")
	m, ok = ix.sharesStart(forms("Thủ tục giải quyết trợ cấp một lần đối với người có thành tích tham gia kháng chiến được tặng Bằng khen"))
	require.True(t, ok, "a long name, scoring low, still offered")
	assert.Equal(t, "1.001257", m.Review.Candidate.Code)

	// Through the cascade, the re-issue whose reasons are said otherwise
	// is the catalogue's one re-issue of that certificate for a loss or
	// damage (reasonSaidOtherwise): the review above was the steps'
	// answer before it.
	m = ix.Match("Cấp lại Chứng chỉ hành nghề luật sư trong trường hợp bị mất, bị rách, bị cháy hoặc vì lý do khách quan mà thông tin trên Chứng chỉ hành nghề luật sư bị thay đổi", "")
	require.NotNil(t, m.Procedure)
	assert.Equal(t, "1.008628", m.Procedure.Code)
}
