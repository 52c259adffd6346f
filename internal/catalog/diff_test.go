package catalog

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func codes(ps []Procedure) []string {
	out := []string{}
	for _, p := range ps {
		out = append(out, p.Code)
	}
	return out
}

func TestDiff(t *testing.T) {
	old, err := Load(filepath.Join(fixtureDir, "diff-old.csv"))
	require.NoError(t, err)
	cur, err := Load(filepath.Join(fixtureDir, "diff-new.csv"))
	require.NoError(t, err)

	ch := Diff(old, cur)
	// 1.010819 is new; 1.000656 → 1.010820 is the same name under a new code.
	assert.Equal(t, []string{"1.010819"}, codes(ch.Added))
	// 1.001193 is gone and 2.000566 turned abolished; 1.000001 was abolished already.
	assert.Equal(t, []string{"1.001193", "2.000566"}, codes(ch.Abolished))
	// "liệt sỹ." and "liệt sĩ" are one name; 1.010801 got a new one.
	assert.Equal(t, []Renamed{{
		Code:    "1.010801",
		OldName: "Giải quyết chế độ trợ cấp một lần đối với người được cử làm chuyên gia sang giúp Lào",
		NewName: "Giải quyết chế độ trợ cấp một lần đối với người được cử làm chuyên gia sang giúp Lào, Cam-pu-chia",
	}}, ch.Renamed)
	assert.Equal(t, []Recoded{{Name: "Đăng ký khai tử", OldCode: "1.000656", NewCode: "1.010820"}}, ch.Recoded)
	assert.False(t, ch.Empty())

	same := Diff(old, old)
	assert.True(t, same.Empty())
	assert.NotNil(t, same.Added, "empty lists, not null, in JSON")

	// Backwards: the abolished one comes back, the new one goes.
	back := Diff(cur, old)
	assert.Equal(t, []string{"1.001193", "2.000566"}, codes(back.Added))
	assert.Equal(t, []string{"1.010819"}, codes(back.Abolished))
	assert.Equal(t, []Recoded{{Name: "Đăng ký khai tử", OldCode: "1.010820", NewCode: "1.000656"}}, back.Recoded)
}
