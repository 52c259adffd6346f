package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAlternativesLeftOut: an entry naming the first of the alternatives
// a catalogue name lists between semicolons (and their shared ending), or
// the head they all continue, is that procedure, unless another
// procedure's name holds it too or the first alternative is not whole.
func TestAlternativesLeftOut(t *testing.T) {
	assertCodes(t, NewIndex(dvcqgCatalog(t)), map[string]string{
		// The commune procedure that kept its code when the catalogue
		// listed the other issuers beside it.
		"Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận":         "2.000815",
		"Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận":  "2.000815",
		"Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận (cấp xã)": "2.000815",
		// The shared ending begun ("cấp" of "cấp hoặc chứng nhận").
		"Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của Việt Nam cấp": "2.000815",
		"Công nhận hộ nghèo, hộ cận nghèo định kỳ hằng năm":                                                  "1.011606",
		"Thủ tục công nhận quỹ đủ điều kiện hoạt động và công nhận thành viên hội đồng quản lý quỹ":          "1.013011",
		// The first alternative by its first item: a list of things
		// ("[, liên hiệp hợp tác xã]"), whose next alternative opens
		// with its own act; the portal's abbreviation too.
		"Đăng ký thành lập hợp tác xã": "1.005280",
		"Đăng ký thành lập HTX":        "1.005280",
		// The head and words every alternative writes: the title
		// before the catalogue named the issuers one by one.
		"Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền cấp":                          "2.000815",
		"Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền cấp hoặc chứng nhận": "2.000815",
		// The head every alternative continues.
		"Chứng thực bản sao từ bản chính giấy tờ, văn bản": "2.000815",
		// Its first words, from minHeadWords on: no other name goes on
		// from them. Fewer say too little, but for the copy certified
		// without saying from the original (original.go).
		"Chứng thực bản sao từ bản chính": "2.000815",
		"Chứng thực bản sao":              "2.000815",
		// The head with a plural marker the name does not write.
		"Chứng thực bản sao từ bản chính các giấy tờ, văn bản": "2.000815",
		// A head other procedures' names hold as much ("Cho phép trường
		// mẫu giáo, … hoạt động giáo dục trở lại").
		"Cho phép hoạt động giáo dục trở lại": "",
		// Another alternative than the first: the old district
		// procedure, which the catalogue merged.
		"Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận": "",
		"Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của nước ngoài cấp":                         "",
		// Held as much by "Công nhận hộ nghèo, hộ cận nghèo thường
		// xuyên hằng năm".
		"Công nhận hộ nghèo, hộ cận nghèo hằng năm": "",
		// The first alternative whole, or by its first item, where the
		// next one opens with the same act ("[; Đăng ký thay đổi nội
		// dung đối với trường hợp …]"): its "đổi" is that act's.
		// "Thông báo thay đổi nội dung đăng ký hợp tác xã, …" holds the
		// words after the act too, but its act is another; the labelled
		// sets give 1.005277 to registering a cooperative's changes.
		"Đăng ký thay đổi nội dung đăng ký hợp tác xã, liên hiệp hợp tác xã": "1.005277",
		"Đăng ký thay đổi nội dung đăng ký hợp tác xã":                       "1.005277",
		"Đăng ký thay đổi nội dung đăng ký HTX":                              "1.005277",
		"Thông báo thay đổi nội dung đăng ký hợp tác xã":                     "1.004979",
	})
}

// TestLaterAlternativeAlone: an entry going from the head of a name's
// alternatives straight to a later one names the procedure the name
// absorbed, not the one whose code it kept: a person looks at it. The
// first alternative, or the head alone, is still the name.
func TestLaterAlternativeAlone(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	const later = "Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của nước ngoài; cơ quan, tổ chức có thẩm quyền của Việt Nam liên kết với cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận"
	// Numbered or labelled, it is read the same.
	for _, e := range []string{"1. " + later, "[DVCTT] " + later, "Tên thủ tục: " + later} {
		assert.Nil(t, ix.Match(e, "").Procedure, e)
	}
	m := ix.Match(later, "")
	assert.Nil(t, m.Procedure)
	if assert.NotNil(t, m.Review) {
		assert.Equal(t, "2.000815", m.Review.Candidate.Code)
		assert.Equal(t, []string{"cơ quan tổ chức có thẩm quyền của việt nam"}, m.Review.Words, "the first alternative, which the entry lacks")
	}
	assertCodes(t, ix, map[string]string{
		"Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận": "2.000815",
		"Chứng thực bản sao từ bản chính giấy tờ, văn bản":                                                                           "2.000815",
	})
}
