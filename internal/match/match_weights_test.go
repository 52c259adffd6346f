package match

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// TestFamilyAt: a family word is one in its own sense, not as a syllable
// of a frequent compound.
func TestFamilyAt(t *testing.T) {
	for _, tc := range []struct {
		keys string
		j    int
		want bool
	}{
		{"cấp giấy phép cho người nước ngoài", 5, true},
		{"danh hiệu vinh dự nhà nước", 4, false},
		{"giấy phép khai thác khoáng sản", 2, false},
		{"đăng kí khai sinh", 2, true},
		{"giải thể câu lạc bộ thể thao", 1, true},
		{"giải thể câu lạc bộ thể thao", 5, false},
		{"cấp giấy phép", 1, false},
		{"khoản 2 điều 4", 1, true},
	} {
		t.Run(tc.keys, func(t *testing.T) {
			assert.Equal(t, tc.want, familyAt(strings.Fields(textnorm.Key(tc.keys)), tc.j))
		})
	}
}
