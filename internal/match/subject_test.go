package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSubjectLeft: a name's "của hộ gia đình, cá nhân" left out is the
// same procedure when no other name shares the words before it; a name
// with a sibling there keeps the guard.
func TestSubjectLeft(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{"xa", "Xác định lại diện tích đất ở (GCN cấp trước 01/7/2004)", "1.012817"},
		{"xa", "xác định lại diện tích đất ở đã được cấp giấy chứng nhận trước 1/7/2004", "1.012817"},
		{"xa", "Ghi nợ tiền sử dụng đất trong trường hợp được bố trí tái định cư", "1.012995"},
	})
	id := ix.procName[ix.byCode["1.012817"]]
	assert.False(t, ix.sharesOpening(id, "xác định lại diện tích đất ở"))
	// "Cấp giấy chứng nhận …" opens many names: a subject after it
	// would stay a word that tells them apart.
	assert.True(t, ix.sharesOpening(id, "cấp giấy chứng nhận"))
}
