package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/tthcaudit/tthcaudit/examples"
	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/reports"
)

// Init writes audit.yaml and catalog.csv into dir, never over a file
// that exists, and checks that the configuration it wrote loads.
func Init(e *Env, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return BadInput("%s: %v", dir, err)
	}
	files := []struct {
		name string
		data []byte
	}{{"audit.yaml", examples.AuditYAML}, {"catalog.csv", examples.CatalogCSV}}
	for _, f := range files {
		path := filepath.Join(dir, f.name)
		if _, err := os.Stat(path); err == nil {
			return BadInput("%s đã có, không ghi đè (already exists; not overwritten)", path)
		} else if !errors.Is(err, fs.ErrNotExist) {
			return BadInput("%s: %v", path, err)
		}
	}
	for _, f := range files {
		if err := reports.WriteFileAtomic(filepath.Join(dir, f.name), f.data); err != nil {
			return BadInput("%v", err)
		}
	}
	cfgPath := filepath.Join(dir, "audit.yaml")
	if _, err := config.Load(cfgPath); err != nil {
		return fmt.Errorf("the example configuration does not load: %w", err)
	}
	fmt.Fprintf(e.Stdout, "Đã tạo %s và %s. Sửa các dòng có dấu ← rồi chạy:\n  tthcaudit audit --config %s --out baocao\n(Wrote the example configuration and catalogue: edit the lines marked ←, then run the command above.)\n",
		cfgPath, filepath.Join(dir, "catalog.csv"), cfgPath)
	return nil
}
