package match

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestBestFirst pops names in exactly the order sorting them gives, ties
// on score by id, whatever the count.
func TestBestFirst(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 3, 7, 64, 500} {
		s := make([]scored, n)
		for i := range s {
			s[i] = scored{id: int32(rng.IntN(1000)), score: float64(rng.IntN(8)) / 8}
		}
		want := slices.Clone(s)
		slices.SortFunc(want, byScore)
		h := newBestFirst(s)
		var got []scored
		for {
			c, ok := h.pop()
			if !ok {
				break
			}
			got = append(got, c)
		}
		if n == 0 {
			require.Empty(t, got)
			continue
		}
		require.Equal(t, want, got, "n=%d", n)
	}
}
