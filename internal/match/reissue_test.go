package match

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// TestReissueSaid: a paper issued again said without "lại" is the
// catalogue's re-issue, and never its first issue.
func TestReissueSaid(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	for _, tc := range []struct {
		level, entry, want string
	}{
		// fresh30.tsv (a ministry's list): "lại" dropped, the reason kept.
		{"bo", "Cấp Giấy phép sử dụng vật liệu nổ công nghiệp do bị mất hoặc cấp đổi do bị hư hỏng", "1.013541"},
		{"bo", "Cấp Giấy phép sử dụng vật liệu nổ công nghiệp sau khi hết thời hạn", "1.013542"},
		// Before, the cut "đối với trường hợp …" left the first issue,
		// 1.000354: a wrong code.
		{"bo", "Cấp Giấy chứng nhận đủ điều kiện hoạt động kiểm định kỹ thuật an toàn lao động đối với trường hợp Giấy chứng nhận bị mất, hỏng", "1.000131"},
		{"tinh", "Thủ tục cấp Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao trong trường hợp bị mất hoặc hư hỏng", "1.000983"},
		{"xa", "Cấp Giấy chứng nhận do bị mất", "1.012786"},
		// Passports have no re-issue: a lost one is issued.
		{"bo", "Cấp hộ chiếu ngoại giao, hộ chiếu công vụ (mất, hỏng)", "2.002352"},
		// The re-issue written out is untouched.
		{"tinh", "Cấp lại Giấy phép kinh doanh vật liệu nổ công nghiệp", "1.003698"},
	} {
		m := ix.MatchIn(tc.entry, "", Context{Level: catalog.Level(tc.level)})
		require.NotNil(t, m.Procedure, "%s: %s %+v", tc.entry, m.Kind, m.Review)
		assert.Equal(t, tc.want, m.Procedure.Code, tc.entry)
	}
	// Damage alone: a land certificate is exchanged and a transport
	// licence issued again, which no name says; a person decides.
	for _, entry := range []string{
		"Cấp Giấy chứng nhận do bị hư hỏng",
		"Cấp Giấy phép kinh doanh vận tải bằng xe ô tô, bằng xe bốn bánh có gắn động cơ trong trường hợp bị mất hoặc hư hỏng",
	} {
		m := ix.MatchIn(entry, "", Context{Level: "xa"})
		if m.Procedure != nil {
			assert.NotContains(t, []string{"1.012783", "1.000703"}, m.Procedure.Code, entry)
		}
	}
}

// TestReissuePrecision: every first issue the national list also
// re-issues or exchanges, written as portals write a loss or damage
// without "lại" ("Cấp X do bị mất"), never gets the first issue's code.
// Before reissue.go, 324 of the 375 lost-paper entries did; most now
// find the re-issue, the rest go to a person.
func TestReissuePrecision(t *testing.T) {
	cat := dvcqgCatalog(t)
	ix := NewIndex(cat)
	folded := map[string]string{} // folded name without "Thủ tục" → code
	for _, p := range cat.Procedures {
		folded[foldedName(p.Name)] = p.Code
	}
	entries, reissued := 0, 0
	for _, p := range cat.Procedures {
		rest, ok := strings.CutPrefix(foldedName(p.Name), "cap ")
		if !ok || strings.HasPrefix(rest, "lai ") || strings.HasPrefix(rest, "doi ") || strings.HasPrefix(rest, "moi ") {
			continue
		}
		sibling := false
		for f := range folded {
			if strings.HasPrefix(f, "cap lai "+rest) || strings.HasPrefix(f, "cap doi "+rest) {
				sibling = true
				break
			}
		}
		if !sibling {
			continue
		}
		name := strings.TrimRight(p.Name, ". ")
		for _, reason := range []string{" trong trường hợp bị mất hoặc hư hỏng", " (bị mất, hư hỏng)", " do bị mất", " do bị hư hỏng"} {
			entries++
			m := ix.MatchIn(name+reason, "", Context{})
			if m.Procedure == nil {
				continue
			}
			assert.NotEqual(t, p.Code, m.Procedure.Code, "%s%s", name, reason)
			if f := foldedName(m.Procedure.Name); strings.HasPrefix(f, "cap lai ") || strings.HasPrefix(f, "cap doi ") {
				reissued++
			}
		}
	}
	assert.Greater(t, entries, 500)
	assert.Greater(t, reissued, 300)
	t.Logf("%d entries, %d given a re-issue or exchange", entries, reissued)
}

// foldedName is a catalogue name folded (the key drops "Thủ tục").
func foldedName(name string) string { return textnorm.Fold(name) }
