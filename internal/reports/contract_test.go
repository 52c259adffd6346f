package reports

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestContractNamesEveryJSONKey: every key of the golden JSON report,
// report with its comparison to the last audit, and tickets is named in
// the repository's copy of the contract (docs/CONTRACT.md), so a field
// added to the JSON is never left undocumented for those who read it.
func TestContractNamesEveryJSONKey(t *testing.T) {
	contract, err := os.ReadFile(filepath.Join("..", "..", "docs", "CONTRACT.md"))
	require.NoError(t, err)
	keys := map[string]bool{}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				keys[k] = true
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	for _, f := range []string{"report.json", "report.since.json", "tickets.json"} {
		b, err := os.ReadFile(filepath.Join("testdata", "golden", f))
		require.NoError(t, err)
		var v any
		require.NoError(t, json.Unmarshal(b, &v), f)
		walk(v)
	}
	require.NotEmpty(t, keys)
	var missing []string
	for k := range keys {
		// Named as code (`key`), as a JSON key ("key":) or in a field
		// list ({code, name, …}).
		named := regexp.MustCompile("[`\"{ ,]" + regexp.QuoteMeta(k) + "[`\":,} ]")
		if !named.Match(contract) {
			missing = append(missing, k)
		}
	}
	slices.Sort(missing)
	assert.Empty(t, missing, "JSON keys docs/CONTRACT.md does not name")
}
