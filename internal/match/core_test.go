package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCoreKeyStored: the core key buildCores keeps for each name is the
// one coreOf works out from the name as written, for the national list
// and the benchmark's catalogue (aliases, former and damaged names and
// "(Cấp tỉnh) …" names among them).
func TestCoreKeyStored(t *testing.T) {
	for _, ix := range []*Index{NewIndex(dvcqgCatalog(t)), NewIndex(benchCatalog(t))} {
		for id := range ix.names {
			want, _, ok := ix.coreOf(ix.written(&ix.names[id]))
			got, gotOK := ix.coreKeyOf(int32(id))
			if !ok {
				want = ""
			}
			assert.Equal(t, ok && want != "", gotOK, "name %d %q", id, ix.written(&ix.names[id]))
			assert.Equal(t, want, got, "name %d %q", id, ix.written(&ix.names[id]))
		}
	}
}
