package reports

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/rules"
)

func TestNoteText(t *testing.T) {
	partial := rules.NotePartial + " (đã dừng: max_pages)" + fmt.Sprintf(rules.NoteFailedPages, 3) + "."
	for _, tc := range []struct {
		name, note string
		lang       msg.Lang
		want       string
	}{
		{"vietnamese stays", rules.NoteScript, msg.Vietnamese, rules.NoteScript},
		{"fixed note", rules.NoteScript, msg.English, "The pages look built by JavaScript; set render_js: true"},
		{"unreachable", rules.NoteUnreachable, msg.English, notesEN[rules.NoteUnreachable]},
		{"partial with failed pages", partial, msg.English, "The crawl is incomplete: findings may be missing (đã dừng: max_pages); 3 pages did not load."},
		{"partial alone", rules.NotePartial + ".", msg.English, "The crawl is incomplete: findings may be missing."},
		{"unknown note stays", "Đã tiết kiệm 5 MB", msg.English, "Đã tiết kiệm 5 MB"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, noteText(tc.note, tc.lang))
		})
	}
}
