package cellsafe

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDefuse(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"Thăm viếng mộ liệt sĩ", "Thăm viếng mộ liệt sĩ"},
		{"1.010801", "1.010801"},
		{"2026-11-16T08:00:00+07:00", "2026-11-16T08:00:00+07:00"},
		{"a-b=c", "a-b=c"},
		{"=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
		{"+1+2", "'+1+2"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"  =1+1", "  '=1+1"},
		{"＝1+1", "'＝1+1"},
		{"＋1", "'＋1"},
		{"－1", "'－1"},
		{"＠A1", "'＠A1"},
		{"Phí; lệ phí", "Phí; lệ phí"},
		{"x;=cmd|' /C calc'!A0", "x;'=cmd|' /C calc'!A0"},
		{"x; -1;@a", "x; '-1;'@a"},
		{"'=already", "'=already"},
	} {
		got := Defuse(tc.in)
		assert.Equal(t, tc.want, got, "%q", tc.in)
		assert.Equal(t, got, Defuse(got), "idempotent on %q", tc.in)
		assert.False(t, Risky(got), "%q", got)
	}
	assert.True(t, Risky("-1"))
	assert.False(t, Risky("1"))
}

func FuzzDefuse(f *testing.F) {
	for _, s := range []string{"=1", " -x", "a;@b", "＝"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := Defuse(s)
		if Risky(d) {
			t.Fatalf("Defuse(%q) = %q is still risky", s, d)
		}
	})
}
