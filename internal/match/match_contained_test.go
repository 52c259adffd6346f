package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestContainedSkipsNoNegation: a shortened name stands in a catalogue
// name only without passing over a negation between its words: "… người
// dịch là cộng tác viên …" is not "… người dịch không phải là cộng tác
// viên …", and the names it stands in plainly are what is left to choose
// from.
func TestContainedSkipsNoNegation(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	m := ix.Match("Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật", "")
	assert.Nil(t, m.Procedure)
	if assert.NotNil(t, m.Review, "%s", m.Kind) {
		assert.Equal(t, "2.000992", m.Review.Candidate.Code, "the positive one, for a person: its \"cấp xã\" was cut")
	}
	// The building permit's own list says "Không theo tuyến": passing
	// over it leaves the repair permits, not the reissue. Their grades
	// are numbers in the key ("cấp 3, cấp 4"), which a name that stops
	// before them does not say: a person chooses among them.
	m = ix.Match("Cấp GPXD sửa chữa, cải tạo công trình", "")
	assert.Nil(t, m.Procedure)
	require.NotEmpty(t, m.Candidates, "%s", m.Kind)
	for _, c := range m.Candidates {
		assert.Contains(t, []string{"1.013229", "1.013238"}, c.Code)
	}
}
