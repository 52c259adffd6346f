package catalog

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// seedFiles adds every fixture with the extension as a seed.
func seedFiles(f *testing.F, ext string) {
	paths, err := filepath.Glob(filepath.Join(fixtureDir, "*"+ext))
	require.NoError(f, err)
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(f, err)
		f.Add(b)
	}
}

// checkLoaded is what must hold of any load: an error is a *RowError and
// comes without a catalogue; a catalogue holds valid, sorted, named codes.
func checkLoaded(t *testing.T, c *Catalog, err error) {
	if err != nil {
		var re *RowError
		if !errors.As(err, &re) {
			t.Fatalf("error is %T, not *RowError: %v", err, err)
		}
		if c != nil {
			t.Fatal("a catalogue came with an error")
		}
		return
	}
	for i, p := range c.Procedures {
		if len(p.Code) != 8 || p.Code[1] != '.' || !strings.ContainsRune("123", rune(p.Code[0])) {
			t.Fatalf("bad code %q", p.Code)
		}
		if strings.TrimSpace(p.Name) == "" {
			t.Fatalf("empty name for %s", p.Code)
		}
		if i > 0 && c.Procedures[i-1].Code >= p.Code {
			t.Fatalf("codes not sorted or repeated: %s %s", c.Procedures[i-1].Code, p.Code)
		}
		for _, l := range p.Levels {
			if !l.Valid() {
				t.Fatalf("bad level %q", l)
			}
		}
		if p.Status != StatusActive && p.Status != StatusAbolished {
			t.Fatalf("bad status %q", p.Status)
		}
		if p.Uses != nil && *p.Uses < 0 {
			t.Fatalf("negative use count %d for %s", *p.Uses, p.Code)
		}
	}
}

func FuzzLoadCSV(f *testing.F) {
	seedFiles(f, ".csv")
	f.Add([]byte("STT;Tên thủ tục\nA. Cấp xã;\nI. Lĩnh vực X;\n1;Tên (1.001234)\n"))
	f.Add([]byte("\"Mã TTHC\",\"Tên\"\n\"1.001234\",\"a\"\"b\nc\"\n"))
	f.Add([]byte("Mã TTHC,Tên thủ tục,Lượt sử dụng\n1.001234,a,\"1.373.873\"\n2.000884,b,-3\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := LoadReader("fuzz.csv", strings.NewReader(string(data)))
		checkLoaded(t, c, err)
	})
}

func FuzzLoadJSON(f *testing.F) {
	seedFiles(f, ".json")
	f.Add([]byte(`{"procedures": [{"code": "1.001234", "name": "a", "levels": "xa, tinh"}]}`))
	f.Add([]byte(`[{"code": "1.001234", "name": "a", "field": null, "agency": ["x", "y"]}]`))
	f.Add([]byte(`[{"code": "1.001234", "name": "a", "uses": 251}, {"code": "2.000884", "name": "b", "uses": -1}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := LoadReader("fuzz.json", strings.NewReader(string(data)))
		checkLoaded(t, c, err)
	})
}
