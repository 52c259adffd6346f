package reports

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// TestEveryKindIsShown: every registered kind of finding reaches the HTML
// report and the workbook, with its heading in the reader's language;
// a kind without a designed view falls back to the default columns.
func TestEveryKindIsShown(t *testing.T) {
	r := fixture()
	v := &r.Portals[0]
	v.Add(
		verdict.Finding{Kind: verdict.KindOutdated, Code: "1.010801", Name: "Tên mới", PublishedName: "Tên cũ trên cổng", URL: "https://x.example/a"},
		verdict.Finding{Kind: verdict.KindReview, Code: "1.012958", Name: "Thành lập trường THPT chuyên", PublishedName: "Thành lập trường THPT",
			Score: 0.72, Reason: "distinguishing_word", Words: []string{"chuyên"}, URL: "https://x.example/b"},
	)
	for _, lang := range []msg.Lang{msg.Vietnamese, msg.English} {
		var b bytes.Buffer
		require.NoError(t, HTML(&b, r, lang))
		for _, k := range verdict.Kinds() {
			if hiddenKinds[k.Kind] || v.Count(k.Kind) == 0 {
				continue
			}
			assert.Contains(t, b.String(), msg.T(lang, k.Section), "%s in %s", k.Kind, lang)
		}
		assert.Contains(t, b.String(), "Tên cũ trên cổng")
		assert.Contains(t, b.String(), msg.T(lang, "review.distinguishing_word")+": chuyên")
	}
	f := openXLSX(t, r, msg.Vietnamese)
	rows, err := f.GetRows(SheetNames("", r.Portals)[0])
	require.NoError(t, err)
	assert.Contains(t, flatten(rows), msg.T(msg.Vietnamese, "sec.review"))
	assert.Contains(t, flatten(rows), "Tên cũ trên cổng")
}
