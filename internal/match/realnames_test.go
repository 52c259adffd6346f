package match

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
)

// realNamesPath is the hand-labelled set of names copied from real portals
// (testdata/real-names/README.md): real names only, no generated variants.
var realNamesPath = filepath.Join("..", "..", "testdata", "real-names", "labelled.csv")

// realHostsPath gives the level of the portals the names come from, as an
// auditor would configure it (empty: a portal that mixes levels).
var realHostsPath = filepath.Join("..", "..", "testdata", "real-names", "hosts.csv")

func readRealHosts(t testing.TB) map[string]catalog.Level {
	t.Helper()
	f, err := os.Open(realHostsPath)
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	out := map[string]catalog.Level{}
	for _, r := range rows[1:] {
		out[r[0]] = catalog.Level(r[1])
	}
	return out
}

// realName is one labelled published name.
type realName struct {
	line      int
	name      string
	codeShown string
	gold      []string // accepted codes; empty for NONE
	host      string
	reason    string
}

func readRealNames(t testing.TB) []realName {
	t.Helper()
	f, err := os.Open(realNamesPath)
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	require.Greater(t, len(rows), 1)
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, c := range []string{"name_as_published", "code_if_shown", "gold_code", "host", "reason"} {
		require.Contains(t, col, c, "column %s", c)
	}
	var out []realName
	for i, r := range rows[1:] {
		n := realName{line: i + 2, name: r[col["name_as_published"]], codeShown: r[col["code_if_shown"]],
			host: r[col["host"]], reason: r[col["reason"]]}
		if g := r[col["gold_code"]]; g != "NONE" {
			n.gold = strings.Split(g, "|")
		}
		out = append(out, n)
	}
	return out
}

// realNameScore is the outcome of matching the labelled set.
type realNameScore struct {
	predicted, correct, positives int
	// errors by cause: "wrong code", or why a labelled name was not found.
	errors map[string][]string
}

func (s realNameScore) precision() float64 {
	if s.predicted == 0 {
		return 1
	}
	return float64(s.correct) / float64(s.predicted)
}

func (s realNameScore) recall() float64 {
	if s.positives == 0 {
		return 1
	}
	return float64(s.correct) / float64(s.positives)
}

// scoreRealNames matches every labelled name.
func scoreRealNames(ix *Index, rows []realName, levels map[string]catalog.Level) realNameScore {
	s := realNameScore{errors: map[string][]string{}}
	for _, r := range rows {
		m := ix.MatchIn(r.name, r.codeShown, Context{Level: levels[r.host]})
		if len(r.gold) > 0 {
			s.positives++
		}
		got := ""
		if m.Procedure != nil {
			got = m.Procedure.Code
			s.predicted++
		}
		ok := got != "" && contains(r.gold, got)
		if ok {
			s.correct++
			continue
		}
		var cause string
		switch {
		case got != "":
			cause = "wrong code"
		case len(r.gold) == 0:
			continue // rightly nothing
		case m.Kind == MatchAmbiguous:
			cause = "ambiguous (close to several names)"
		case m.Kind == MatchReview:
			cause = "review: " + string(m.Review.Reason)
		default:
			cause = "not found (no candidate worth a review)"
		}
		detail := ""
		if m.Review != nil {
			detail = fmt.Sprintf(" candidate %s %.2f %v", m.Review.Candidate.Code, m.Review.Score, m.Review.Words)
		}
		desc := fmt.Sprintf("line %d %q: want %s, got %q (%s %.2f%s) — %s", r.line, r.name, goldString(r.gold), got, m.Kind, m.Score, detail, r.reason)
		s.errors[cause] = append(s.errors[cause], desc)
	}
	return s
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func goldString(g []string) string {
	if len(g) == 0 {
		return "NONE"
	}
	return strings.Join(g, "|")
}

// TestRealNames scores the matcher on the labelled real names and prints
// every error, grouped by cause. A wrong code fails the test: it hides a
// procedure really missing and claims one not published.
func TestRealNames(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	s := scoreRealNames(ix, readRealNames(t), readRealHosts(t))
	causes := make([]string, 0, len(s.errors))
	for c := range s.errors {
		causes = append(causes, c)
	}
	sort.Strings(causes)
	for _, c := range causes {
		t.Logf("%s: %d", c, len(s.errors[c]))
		for _, e := range s.errors[c] {
			t.Logf("  %s", e)
		}
	}
	t.Logf("real names: predicted %d, correct %d, labelled %d; precision %.4f recall %.4f",
		s.predicted, s.correct, s.positives, s.precision(), s.recall())
	require.Empty(t, s.errors["wrong code"], "wrong codes")
	// Issue 15's bar, which the dev set passes since the ninth round
	// (docs/REAL-NAMES.md): a rule that loses a found name fails here.
	require.GreaterOrEqual(t, s.recall(), realNamesFloor, "recall")
}

// realNamesFloor is the least dev-set recall: issue 15's 0.90.
const realNamesFloor = 0.90

// TestRealNamesWrapped: the dev set's names, numbered, labelled, in
// capitals, with no-break or doubled spaces, or a service grade or mode
// after them as other portals write them,
// get the answer they get as written: a code they found is found again,
// and none is added.
func TestRealNamesWrapped(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	levels := readRealHosts(t)
	code := func(m Match) string {
		if m.Procedure == nil {
			return ""
		}
		return m.Procedure.Code
	}
	wrappers := map[string]func(string) string{
		"numbered":   func(s string) string { return "1. " + s },
		"labelled":   func(s string) string { return "Tên thủ tục: " + s },
		"capitals":   strings.ToUpper,
		"full stop":  func(s string) string { return strings.TrimRight(s, ". ") + "." },
		"no-break":   func(s string) string { return strings.ReplaceAll(s, " ", "\u00a0") },
		"spaced":     func(s string) string { return " " + strings.ReplaceAll(s, " ", "  ") + "\n" },
		"graded":     func(s string) string { return s + " (Mức độ 4)" },
		"mode":       func(s string) string { return s + " - Một phần" },
		"badge":      func(s string) string { return "[DVCTT] " + s },
		"quoted":     func(s string) string { return "“" + s + "”" },
		"new":        func(s string) string { return s + " (Mới)" },
		"decision":   func(s string) string { return s + " (QĐ số 1234/QĐ-UBND ngày 12/3/2024)" },
		"sub-number": func(s string) string { return "1.1. " + s },
		"bare":       func(s string) string { return "01 " + s },
	}
	for _, r := range readRealNames(t) {
		ctx := Context{Level: levels[r.host]}
		want := code(ix.MatchIn(r.name, r.codeShown, ctx))
		for how, wrap := range wrappers {
			assert.Equal(t, want, code(ix.MatchIn(wrap(r.name), r.codeShown, ctx)), "%s: %s", how, r.name)
		}
	}
}
