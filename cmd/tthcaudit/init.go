package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/examples"
	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/reports"
)

func init() { register(newInitCmd) }

func newInitCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "init [DIR]",
		Short: "Tạo tệp cấu hình mẫu có chú thích và danh mục mẫu (write a commented audit.yaml and an example catalogue)",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			}
			return runInit(e, dir)
		},
	}
}

// runInit writes audit.yaml and catalog.csv into dir, never over a file
// that exists, and checks that the configuration it wrote loads.
func runInit(e *env, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return badInput("%s: %v", dir, err)
	}
	files := []struct {
		name string
		data []byte
	}{{"audit.yaml", examples.AuditYAML}, {"catalog.csv", examples.CatalogCSV}}
	for _, f := range files {
		path := filepath.Join(dir, f.name)
		if _, err := os.Stat(path); err == nil {
			return badInput("%s đã có, không ghi đè (already exists; not overwritten)", path)
		} else if !errors.Is(err, fs.ErrNotExist) {
			return badInput("%s: %v", path, err)
		}
	}
	for _, f := range files {
		if err := reports.WriteFileAtomic(filepath.Join(dir, f.name), f.data); err != nil {
			return badInput("%v", err)
		}
	}
	cfgPath := filepath.Join(dir, "audit.yaml")
	if _, err := config.Load(cfgPath); err != nil {
		return fmt.Errorf("the example configuration does not load: %w", err)
	}
	fmt.Fprintf(e.stdout, "Đã tạo %s và %s. Sửa các dòng có dấu ← rồi chạy:\n  tthcaudit audit --config %s --out baocao\n(Wrote the example configuration and catalogue: edit the lines marked ←, then run the command above.)\n",
		cfgPath, filepath.Join(dir, "catalog.csv"), cfgPath)
	return nil
}
