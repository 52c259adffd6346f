package main

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/tthcaudit/tthcaudit/internal/cli"

	"github.com/stretchr/testify/assert"
)

// TestNothingRequiredNeverPasses: a catalogue with a header and no rows, a
// national export without levels, and a district level the 2025 catalogue
// no longer has would each give 0/0 = 100 %. Each is refused before any
// page is fetched, with what to fix, even with --fail-on-missing.
func TestNothingRequiredNeverPasses(t *testing.T) {
	const portal = "portals:\n  - id: tri-ton\n    name: UBND huyện Tri Tôn\n    level: %s\n    urls: [\"http://127.0.0.1:9/tthc\"]\n"
	for _, tc := range []struct {
		name, catalog, level, want string
	}{
		{"header, no rows", "Mã TTHC,Tên thủ tục,Lĩnh vực,Cấp thực hiện\n", "huyen", "danh mục không có thủ tục nào"},
		{"no levels column", "Mã số,Tên,Lĩnh vực\n1.001193,Thủ tục đăng ký khai sinh,Hộ tịch\n", "xa", "không có cột Cấp thực hiện"},
		{"a level the catalogue lacks", "Mã TTHC,Tên thủ tục,Lĩnh vực,Cấp thực hiện\n1.001193,Thủ tục đăng ký khai sinh,Hộ tịch,Cấp Xã\n", "huyen", `không có thủ tục nào ở cấp "huyen"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{"catalog.csv": tc.catalog,
				"audit.yaml": "catalog: catalog.csv\n" + fmt.Sprintf(portal, tc.level)})
			for _, args := range [][]string{
				{"audit", "--db", "", "--fail-on-missing"},
				{"check", "--portal", "tri-ton"},
			} {
				code, stdout, stderr := runCLI(t, append(args, "--config", filepath.Join(dir, "audit.yaml"))...)
				assert.Equal(t, cli.ExitBadInput, code, "%v: %s", args, stdout)
				assert.Contains(t, stderr, tc.want)
				assert.Contains(t, stderr, "tri-ton")
				assert.NotContains(t, stdout, "ĐẠT")
			}
		})
	}
}
