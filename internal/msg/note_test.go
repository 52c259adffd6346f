package msg

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNoteIn(t *testing.T) {
	partial := N("note.partial", []Note{N("crawl.max_pages", 2000, 5), N("crawl.failed_list_pages", 3)})
	for _, tc := range []struct {
		name string
		note Note
		lang Lang
		want string
	}{
		{"fixed note", N("note.script"), English, "The pages look built by JavaScript; set render_js: true"},
		{"fixed note, vi", N("note.script"), Vietnamese, "Trang có vẻ được tạo bằng JavaScript; hãy bật render_js"},
		{"nested notes, en", partial, English,
			"The crawl is incomplete: findings may be missing (max_pages (2000) reached with 5 links not visited; 3 pages that may list procedures did not load)."},
		{"nested notes, vi", partial, Vietnamese,
			"Thu thập chưa trọn vẹn: kết quả có thể thiếu (đã đạt max_pages (2000), còn 5 liên kết chưa thăm; 3 trang có thể liệt kê thủ tục không tải được)."},
		{"text only stays", Note{Text: "Đã tiết kiệm 5 MB"}, English, "Đã tiết kiệm 5 MB"},
	} {
		t.Run(tc.name, func(t *testing.T) { assert.Equal(t, tc.want, tc.note.In(tc.lang)) })
	}
}

// TestNoteJSON: a note is written as its Vietnamese text and read back as
// text, so stored reports keep the strings they always had.
func TestNoteJSON(t *testing.T) {
	b, err := json.Marshal([]Note{N("crawl.entry_cap", "https://x/", 2, 2, 7)})
	require.NoError(t, err)
	assert.Equal(t, `["Trang https://x/ có hơn 2 thủ tục: chỉ đọc 2 mục đầu, bỏ qua 7 mục."]`, string(b))
	var back []Note
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, []Note{{Text: "Trang https://x/ có hơn 2 thủ tục: chỉ đọc 2 mục đầu, bỏ qua 7 mục."}}, back)
}

// TestEveryKeyHasBothLanguages: one catalogue, nothing half translated.
func TestEveryKeyHasBothLanguages(t *testing.T) {
	for k, m := range messages {
		assert.NotEmpty(t, m.vi, k)
		assert.NotEmpty(t, m.en, k)
	}
}
