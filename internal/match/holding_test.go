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
		{"Thủ tục công nhận người có uy tín trong đồng bào dân tộc thiểu số", "1.012222"},
		{"Chứng thực bản sao từ bản chính giấy tờ, văn bản", "2.000815"},
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
	m, ok := ix.extendsOne([]cleanForm{{name: ix.normalize("Công nhận người có uy tín trong đồng bào dân tộc thiểu số")}})
	require.True(t, ok)
	assert.Equal(t, "1.012222", m.Review.Candidate.Code)
}
