package reports

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWriteJSONGolden(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteJSON(&buf, fixture()))
	goldenFile(t, "report.json", buf.Bytes())
}

func TestWriteJSONShape(t *testing.T) {
	r := fixture()
	before := r.Portals[0].Of(verdict.KindMissing)[0].Code
	var buf bytes.Buffer
	require.NoError(t, WriteJSON(&buf, r))
	assert.Equal(t, before, r.Portals[0].Of(verdict.KindMissing)[0].Code, "WriteJSON must not reorder the caller's lists")

	var raw map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &raw))
	assert.Equal(t, verdict.Schema, raw["schema"])
	assert.Equal(t, "2026-11-26T08:00:00+07:00", raw["started_at"])
	assert.Equal(t, "2026-11-26T08:04:10+07:00", raw["finished_at"])

	lists := []string{"missing", "found_procedures", "obsolete", "unmatched", "ambiguous", "incomplete", "broken_links", "fields"}
	for _, p := range raw["portals"].([]any) {
		pm := p.(map[string]any)
		for _, l := range lists {
			v, ok := pm[l]
			require.True(t, ok, "portal %v: %s absent", pm["id"], l)
			_, isList := v.([]any)
			assert.True(t, isList, "portal %v: %s is %v, want a list", pm["id"], l, v)
		}
	}
	assert.NotContains(t, buf.String(), "null")
	assert.True(t, strings.HasPrefix(buf.String(), "{\n  \"schema\""), "indent is two spaces")
}

func TestWriteJSONSorted(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteJSON(&buf, fixture()))
	got, err := ReadJSON(&buf)
	require.NoError(t, err)
	tri := got.Portals[0]
	assert.Equal(t, []string{"1.010829", "1.010831"}, []string{tri.Of(verdict.KindMissing)[0].Code, tri.Of(verdict.KindMissing)[1].Code})
	codes := []string{}
	for _, f := range tri.Of(verdict.KindFound) {
		codes = append(codes, f.Code)
	}
	assert.Equal(t, []string{"1.010801", "1.010803", "1.010825", "1.010828"}, codes)
	assert.Equal(t, []string{"1.010772", "1.010781"}, got.Portals[1].Of(verdict.KindAmbiguous)[0].Candidates)
	// Sections keep the page's order.
	assert.Equal(t, []string{"Thời hạn giải quyết", "Phí, lệ phí"}, got.Portals[1].Of(verdict.KindIncomplete)[0].MissingSections)
	assert.Equal(t, "https://sonv.angiang.gov.vn/thu-tuc?page=2", got.Portals[2].Of(verdict.KindFailedPage)[0].URL)
}

func TestJSONRoundTrip(t *testing.T) {
	var first bytes.Buffer
	require.NoError(t, WriteJSON(&first, fixture()))
	r, err := ReadJSON(bytes.NewReader(first.Bytes()))
	require.NoError(t, err)
	assert.True(t, r.FinishedAt.Equal(time.Date(2026, 11, 26, 8, 4, 10, 0, ict)))
	_, off := r.FinishedAt.Zone()
	assert.Equal(t, 7*3600, off, "the audit's zone survives")
	var second bytes.Buffer
	require.NoError(t, WriteJSON(&second, r))
	assert.Equal(t, first.String(), second.String())
}

func TestWriteJSONEmpty(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteJSON(&buf, &verdict.Report{Portals: []verdict.Verdict{{ID: "x"}}}))
	assert.Contains(t, buf.String(), `"schema": "tthcaudit.report/v1"`)
	assert.Contains(t, buf.String(), `"missing": []`)
	assert.NotContains(t, buf.String(), "null")

	buf.Reset()
	require.NoError(t, WriteJSON(&buf, &verdict.Report{}))
	assert.Contains(t, buf.String(), `"portals": []`)
}

func TestReadJSONErrors(t *testing.T) {
	for name, in := range map[string]string{
		"not json":     "{",
		"other schema": `{"schema":"tthcaudit.report/v2","portals":[]}`,
		"no schema":    `{"portals":[]}`,
		"bad time":     `{"schema":"tthcaudit.report/v1","started_at":"yesterday"}`,
	} {
		t.Run(name, func(t *testing.T) {
			_, err := ReadJSON(strings.NewReader(in))
			require.Error(t, err)
			assert.Contains(t, err.Error(), "JSON report")
		})
	}
}

func TestWriteJSONNaN(t *testing.T) {
	r := fixture()
	r.Portals[0].Coverage = nan()
	require.Error(t, WriteJSON(&bytes.Buffer{}, r))
}

func FuzzReadJSON(f *testing.F) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, fixture()); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte(`{"schema":"tthcaudit.report/v1","portals":[{"id":"a","missing":null}]}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := ReadJSON(bytes.NewReader(data))
		if err != nil {
			return
		}
		// Whatever reads must write, and the result must read back the same.
		var out bytes.Buffer
		if err := WriteJSON(&out, r); err != nil {
			return // NaN cannot come from JSON, but huge floats may not round-trip
		}
		again, err := ReadJSON(bytes.NewReader(out.Bytes()))
		require.NoError(t, err)
		var out2 bytes.Buffer
		require.NoError(t, WriteJSON(&out2, again))
		require.Equal(t, out.String(), out2.String())
	})
}

func TestWriteJSONFile(t *testing.T) {
	path := t.TempDir() + "/r.json"
	require.NoError(t, WriteJSONFile(path, fixture()))
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	r, err := ReadJSON(f)
	require.NoError(t, err)
	assert.Len(t, r.Portals, 4)
	bad := fixture()
	bad.Portals[0].Coverage = nan()
	err = WriteJSONFile(path, bad)
	require.Error(t, err)
	assert.Contains(t, err.Error(), path)
}
