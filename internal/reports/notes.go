package reports

import (
	"fmt"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/rules"
)

// notesEN are the English forms of the rules' fixed notes. The report keeps
// the Vietnamese text (the users' language, and what the JSON stores); only
// the display follows --lang.
var notesEN = map[string]string{
	rules.NoteUnreachable: "No start page of the portal loaded: it could not be assessed, and nothing is counted as missing.",
	rules.NoteScript:      "The pages look built by JavaScript; set render_js: true",
	rules.NoteNoLevels:    "The catalogue gives no levels: procedures are required only through agency, require.fields or require.codes.",
	rules.NoteNoRequired:  "No procedure of the catalogue must be published on this portal (check level, agency and require in the configuration).",
}

// noteText shows a rules note in lang. Notes it does not know (crawler
// notes, disputed codes) stay as written.
func noteText(note string, lang msg.Lang) string {
	if lang != msg.English {
		return note
	}
	if en, ok := notesEN[note]; ok {
		return en
	}
	if rest, ok := strings.CutPrefix(note, rules.NotePartial); ok {
		var n int
		if i := strings.LastIndex(rest, "; "); i >= 0 {
			if _, err := fmt.Sscanf(rest[i:], rules.NoteFailedPages, &n); err == nil {
				rest = rest[:i] + fmt.Sprintf("; %d pages did not load", n) + strings.TrimPrefix(rest[i:], fmt.Sprintf(rules.NoteFailedPages, n))
			}
		}
		return "The crawl is incomplete: findings may be missing" + rest
	}
	return note
}
