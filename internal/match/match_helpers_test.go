package match

import (
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
)

// dvcqgPath is the real national catalogue extract (2,929 procedures).
var dvcqgPath = filepath.Join("..", "..", "testdata", "dvcqg", "procedures.csv")

var (
	dvcqgOnce sync.Once
	dvcqgCat  *catalog.Catalog
	dvcqgErr  error
)

// loadDVCQG reads testdata/dvcqg/procedures.csv (ma_tthc, ten_thu_tuc, …)
// with Load, once; callers get their own copy of the procedures.
func loadDVCQG(t testing.TB) []catalog.Procedure {
	t.Helper()
	dvcqgOnce.Do(func() { dvcqgCat, dvcqgErr = catalog.Load(dvcqgPath) })
	require.NoError(t, dvcqgErr, "read %s", dvcqgPath)
	require.Len(t, dvcqgCat.Procedures, 2929)
	out := make([]catalog.Procedure, len(dvcqgCat.Procedures))
	copy(out, dvcqgCat.Procedures)
	return out
}

// dvcqgCatalog is the whole real extract as a catalogue.
func dvcqgCatalog(t testing.TB) *catalog.Catalog {
	return catalog.New(dvcqgPath, loadDVCQG(t))
}

// leaveOutIndex indexes the national list without the procedures of the
// given codes: a portal's name for a procedure the catalogue lacks.
func leaveOutIndex(t testing.TB, codes ...string) *Index {
	var kept []catalog.Procedure
	for _, p := range loadDVCQG(t) {
		if !slices.Contains(codes, p.Code) {
			kept = append(kept, p)
		}
	}
	require.Len(t, kept, 2929-len(codes))
	return NewIndex(catalog.New("left-out", kept))
}

// activeCatalog is a small catalogue of the given procedures, each active
// unless it says otherwise.
func activeCatalog(name string, ps []catalog.Procedure) *catalog.Catalog {
	for i := range ps {
		if ps[i].Status == "" {
			ps[i].Status = catalog.StatusActive
		}
	}
	return catalog.New(name, ps)
}

// assertCodes matches each published name alone and checks the code it
// is given: want "" means none (review, ambiguous or not found).
func assertCodes(t *testing.T, ix *Index, cases map[string]string) {
	t.Helper()
	coded := make([]codedCase, 0, len(cases))
	for in, want := range cases {
		coded = append(coded, codedCase{name: in, want: want})
	}
	assertCodedCodes(t, ix, coded)
}

// levelCase is a published name on a portal of a level and the code it
// must be given ("" for none).
type levelCase struct {
	level      catalog.Level
	name, want string
}

// assertLevelCodes is assertCodes for names on portals of their levels.
func assertLevelCodes(t *testing.T, ix *Index, cases []levelCase) {
	t.Helper()
	for _, tc := range cases {
		m := ix.MatchIn(tc.name, "", Context{Level: tc.level})
		if tc.want == "" {
			assert.Nil(t, m.Procedure, "%s %s → %v", tc.level, tc.name, m.Procedure)
			continue
		}
		if assert.NotNil(t, m.Procedure, "%s %s: %s %+v", tc.level, tc.name, m.Kind, m.Review) {
			assert.Equal(t, tc.want, m.Procedure.Code, "%s %s", tc.level, tc.name)
		}
	}
}

// assertLevelReviews checks that each name, on a portal of its level,
// goes to a person for reason, with want (a code) as the candidate.
func assertLevelReviews(t *testing.T, ix *Index, reason ReviewReason, cases []levelCase) {
	t.Helper()
	for _, tc := range cases {
		m := ix.MatchIn(tc.name, "", Context{Level: tc.level})
		assert.Nil(t, m.Procedure, "%s %s", tc.level, tc.name)
		if assert.NotNil(t, m.Review, "%s %s", tc.level, tc.name) {
			assert.Equal(t, reason, m.Review.Reason, tc.name)
			assert.Equal(t, tc.want, m.Review.Candidate.Code, tc.name)
		}
	}
}

// codedCase is a published name, the code printed beside it ("" for
// none) and the code it must be given ("" for none).
type codedCase struct{ code, name, want string }

// assertCodedCodes is assertCodes for names with their printed codes.
func assertCodedCodes(t *testing.T, ix *Index, cases []codedCase) {
	t.Helper()
	for _, tt := range cases {
		m := ix.Match(tt.name, tt.code)
		if tt.want == "" {
			assert.Nil(t, m.Procedure, "%s %s → %v", tt.code, tt.name, m.Procedure)
			continue
		}
		if assert.NotNil(t, m.Procedure, "%s %s: %s %+v", tt.code, tt.name, m.Kind, m.Review) {
			assert.Equal(t, tt.want, m.Procedure.Code, "%s %s", tt.code, tt.name)
		}
	}
}

// assertCutsOrNothing is assertCuts for a cut that gives "" when it
// finds nothing to cut.
func assertCutsOrNothing(t *testing.T, cut func(string) (string, bool), cases map[string]string) {
	t.Helper()
	assertCuts(t, cut, cases)
	for in, want := range cases {
		if got, _ := cut(in); want == "" {
			assert.Empty(t, got, in)
		}
	}
}

// assertFormFinds is assertCutsOrNothing for a form a name is also
// indexed in, then the names on the national list it makes the matcher
// find (assertLevelCodes).
func assertFormFinds(t *testing.T, form func(string) (string, bool), cuts map[string]string, finds []levelCase) {
	t.Helper()
	assertCutsOrNothing(t, form, cuts)
	assertLevelCodes(t, NewIndex(dvcqgCatalog(t)), finds)
}

// assertSeqCuts is assertCuts for a rewriting of a name's words: each
// name normalised by ix, rewritten, compared in key form.
func assertSeqCuts(t *testing.T, ix *Index, cut func(seq) (seq, bool), cases map[string]string) {
	t.Helper()
	assertCuts(t, func(in string) (string, bool) {
		s, ok := seqOf(ix.normalize(in))
		require.True(t, ok, in)
		out, changed := cut(s)
		return strings.Join(out.keys, " "), changed
	}, cases)
}

// assertCuts checks a function cutting something off a text: want ""
// means it finds nothing to cut.
func assertCuts(t *testing.T, cut func(string) (string, bool), cases map[string]string) {
	t.Helper()
	for in, want := range cases {
		got, ok := cut(in)
		if want == "" {
			assert.False(t, ok, "%s → %s", in, got)
			continue
		}
		if assert.True(t, ok, in) {
			assert.Equal(t, want, got, in)
		}
	}
}

// assertCutTellsNoNamesApart fails when a cut (words of a name's key the
// matcher reads as saying nothing: ok false when it does not apply) makes
// a name of the national list another's, cut or not: the cut would then
// tell two procedures apart. Names listed twice under two codes, with one
// key, are one name.
func assertCutTellsNoNamesApart(t *testing.T, ix *Index, cut func(keys []string) ([]string, bool)) {
	t.Helper()
	names := map[string]string{} // key → a name with it
	for _, p := range loadDVCQG(t) {
		names[ix.normalize(p.Name).Key] = p.Name
	}
	cuts := map[string]string{} // cut key → the name it came from
	for _, p := range loadDVCQG(t) {
		own := ix.normalize(p.Name).Key
		k, ok := cut(strings.Fields(own))
		if !ok {
			continue
		}
		key := strings.Join(k, " ")
		if other, ok := names[key]; ok && key != own {
			t.Errorf("%q cut is %q", p.Name, other)
		}
		if other, ok := cuts[key]; ok && ix.normalize(other).Key != own {
			t.Errorf("%q and %q are one name cut", other, p.Name)
		}
		cuts[key] = p.Name
	}
}
