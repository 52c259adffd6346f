package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
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
	// over it leaves the repair permits, not the reissue.
	m = ix.Match("Cấp GPXD sửa chữa, cải tạo công trình", "")
	assert.Equal(t, MatchAmbiguous, m.Kind)
	var codes []string
	for _, c := range m.Candidates {
		codes = append(codes, c.Code)
	}
	assert.ElementsMatch(t, []string{"1.013229", "1.013238"}, codes)
}
