package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/tthcaudit/tthcaudit/internal/cli"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The 2025 demo: the merged, two-level An Giang, one commune publishing
// by link; one command, no network.
func TestDemo2025(t *testing.T) {
	out := t.TempDir()
	report := filepath.Join(out, "report.json")
	code, stdout, stderr := runCLI(t, "demo", "--era", "2025", "--json", report, "--out", out)
	require.Equal(t, cli.ExitOK, code, stderr)
	for _, want := range []string{"UBND xã Tri Tôn", "UBND phường Long Xuyên", "UBND đặc khu Phú Quốc", "Cổng Dịch vụ công tỉnh An Giang",
		"Công bố bằng liên kết (10)", "Liên kết sai thủ tục", "thiếu bộ phận bắt buộc"} {
		assert.Contains(t, stdout, want)
	}
	assert.NotContains(t, stdout, "Huyện", "two levels only")
	auditGolden(t, "demo2025.vi.golden", scrub(stdout))

	var rep struct {
		Catalog struct {
			Lacking []struct{ Code string } `json:"lacking_records"`
		} `json:"catalog"`
		Portals []struct {
			ID      string `json:"id"`
			Level   string `json:"level"`
			Found   int    `json:"found"`
			Missing []struct{ Code string }
			ByLink  []struct {
				Code     string `json:"code"`
				Host     string `json:"host"`
				Accepted bool   `json:"accepted"`
			} `json:"by_link"`
			WrongLinks []struct {
				Code       string `json:"code"`
				LinkedCode string `json:"linked_code"`
			} `json:"wrong_links"`
		} `json:"portals"`
	}
	b, err := os.ReadFile(report)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &rep))
	require.Len(t, rep.Portals, 5)
	assert.Len(t, rep.Catalog.Lacking, 2)
	hosts := map[string]int{}
	for _, p := range rep.Portals {
		assert.Contains(t, []string{"tinh", "xa"}, p.Level)
		if p.ID != "xa-tri-ton" {
			assert.Empty(t, p.ByLink, p.ID)
			continue
		}
		assert.Equal(t, 10, p.Found)
		require.Len(t, p.ByLink, 10)
		for _, l := range p.ByLink {
			assert.True(t, l.Accepted)
			if l.Host == "dichvucong.gov.vn" {
				hosts["national"]++
			} else {
				hosts["province"]++
			}
		}
		require.Len(t, p.WrongLinks, 1)
		assert.Equal(t, "1.010830", p.WrongLinks[0].Code)
		assert.Equal(t, "1.010827", p.WrongLinks[0].LinkedCode)
	}
	assert.Equal(t, map[string]int{"national": 8, "province": 2}, hosts)

	code, stdout, _ = runCLI(t, "demo", "--era", "2025", "--lang", "en")
	require.Equal(t, cli.ExitOK, code)
	assert.Contains(t, stdout, "Published by link (10)")
	auditGolden(t, "demo2025.en.golden", scrub(stdout))

	code, _, stderr = runCLI(t, "demo", "--era", "1999")
	assert.Equal(t, cli.ExitBadInput, code)
	assert.Contains(t, stderr, "2018")
}
