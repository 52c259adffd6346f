package verdict

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A portal item survives a write and a read: every list keeps its kind and
// its count, empty optional lists stay out, and writing it again gives the
// same bytes.
func TestVerdictJSONRoundTrip(t *testing.T) {
	v := Verdict{ID: "tri-ton", Name: "UBND xã Tri Tôn", Level: "xa", URL: "http://tri-ton.test/",
		Status: StatusPartial, Required: 3, Found: 1, Coverage: 0.3333,
		Fields:  []FieldCount{{Field: "Người có công", Required: 3, Found: 1}},
		Blocked: nil, Traps: []TrapCut{{Pattern: "/lich?thang=*", Example: "/lich?thang=13", Fetched: 5, Skipped: 40}}}
	v.Add(
		Finding{Kind: KindMissing, Code: "1.010829", Name: "Hỗ trợ tiền thăm viếng mộ liệt sĩ", Field: "Người có công", Required: true},
		Finding{Kind: KindMissing, Code: "1.010830", Name: "Di chuyển hài cốt liệt sĩ", Field: "Người có công", Required: true},
		Finding{Kind: KindFound, Code: "1.010831", Name: "Cấp giấy xác nhận", URL: "http://tri-ton.test/tthc/1", PublishedName: "Cap giay xac nhan", Match: "normalized", Score: 1},
		Finding{Kind: KindPageError, URL: "http://tri-ton.test/x", Text: "HTTP 500"},
	)
	b, err := json.Marshal(v)
	require.NoError(t, err)
	var raw map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(b, &raw))
	assert.Contains(t, raw, "missing")
	assert.Contains(t, raw, "fields")
	assert.Contains(t, raw, "page_errors")
	assert.NotContains(t, raw, "review", "an empty optional list is left out")
	assert.NotContains(t, raw, "blocked")

	var back Verdict
	require.NoError(t, json.Unmarshal(b, &back))
	for _, k := range []Kind{KindMissing, KindFound, KindPageError, KindReview} {
		assert.Equal(t, v.Count(k), back.Count(k), k)
	}
	assert.Equal(t, v.Traps, back.Traps)
	b2, err := json.Marshal(back)
	require.NoError(t, err)
	assert.JSONEq(t, string(b), string(b2))
}
