package reports

import (
	"bytes"
	"testing"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// passing is Thoại Sơn with its missing procedure published: it passes, and
// its obsolete, incomplete, broken and ambiguous entries are listed as
// things to fix.
func passing() verdict.Verdict {
	v := fixture().Portals[1]
	v.Replace(verdict.KindMissing, nil)
	v.Found, v.Coverage = v.Required, 1
	return v
}

func TestCheckGolden(t *testing.T) {
	r := fixture()
	for _, tc := range []struct {
		name string
		v    verdict.Verdict
		lang msg.Lang
		pass bool
	}{
		{"check.pass.vi.txt", passing(), msg.Vietnamese, true},
		{"check.pass.en.txt", passing(), msg.English, true},
		{"check.fail.vi.txt", r.Portals[0], msg.Vietnamese, false},
		{"check.fail.en.txt", r.Portals[0], msg.English, false},
		{"check.partial.vi.txt", r.Portals[2], msg.Vietnamese, false},
		{"check.unreachable.vi.txt", r.Portals[3], msg.Vietnamese, false},
		{"check.unreachable.en.txt", r.Portals[3], msg.English, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			assert.Equal(t, tc.pass, Check(&buf, tc.v, tc.lang, false))
			assert.NotContains(t, buf.String(), "\x1b[")
			goldenFile(t, tc.name, buf.Bytes())
		})
	}
}

func TestPasses(t *testing.T) {
	ok := passing()
	partial := passing()
	partial.Status = verdict.StatusPartial
	unreachable := passing()
	unreachable.Status = verdict.StatusUnreachable
	missing := passing()
	missing.Replace(verdict.KindMissing, []verdict.Finding{{Code: "1.010833", Name: nameThanNhanNCC}})
	clean := passing()
	for _, k := range []verdict.Kind{verdict.KindObsolete, verdict.KindIncomplete, verdict.KindBroken, verdict.KindAmbiguous, verdict.KindUnmatched} {
		clean.Replace(k, nil)
	}
	for name, tc := range map[string]struct {
		v    verdict.Verdict
		want bool
	}{
		"ok with warnings": {ok, true},
		"clean":            {clean, true},
		"partial":          {partial, false},
		"unreachable":      {unreachable, false},
		"missing one":      {missing, false},
	} {
		t.Run(name, func(t *testing.T) {
			assert.Equal(t, tc.want, verdict.Passes(tc.v))
			assert.Equal(t, tc.want, Check(&bytes.Buffer{}, tc.v, msg.Vietnamese, false))
		})
	}
}

func TestCheckWords(t *testing.T) {
	var buf bytes.Buffer
	require.True(t, Check(&buf, passing(), msg.Vietnamese, true))
	assert.Contains(t, buf.String(), "ĐẠT")
	assert.Contains(t, buf.String(), "\x1b[", "colour when asked")
	buf.Reset()
	require.False(t, Check(&buf, fixture().Portals[0], msg.English, false))
	assert.Contains(t, buf.String(), "Result: FAIL")
	assert.Contains(t, buf.String(), "1.010829")
}

// TestFailsOnMissing: audit --fail-on-missing's test (verdict.Failing,
// exit 3) fails a portal missing a required procedure or not reached, not
// a partial one that misses nothing.
func TestFailsOnMissing(t *testing.T) {
	r := fixture()
	assert.True(t, failsOnMissing(r))
	clean := &verdict.Report{Portals: []verdict.Verdict{passing()}}
	assert.False(t, failsOnMissing(clean))
	partial := passing()
	partial.Status = verdict.StatusPartial
	assert.False(t, failsOnMissing(&verdict.Report{Portals: []verdict.Verdict{partial}}), "partial without missing")
	unreachable := passing()
	unreachable.Status = verdict.StatusUnreachable
	assert.True(t, failsOnMissing(&verdict.Report{Portals: []verdict.Verdict{passing(), unreachable}}))
	assert.False(t, failsOnMissing(&verdict.Report{}))
}

func failsOnMissing(r *verdict.Report) bool { return verdict.Failing(r.Portals) > 0 }
