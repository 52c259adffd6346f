package decision

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

var (
	benchOnce sync.Once
	benchDir  string
	benchErr  error
)

// benchFixtures makes the long decisions of the benchmarks with the
// fixture generator (python3-reportlab, img2pdf, poppler), once, into a
// folder of the system's temp dir named by the script's hash: the 60-page
// text decision and the 10-page scan (4–5 MB) are too big to commit.
func benchFixtures(b *testing.B) string {
	b.Helper()
	benchOnce.Do(func() {
		script := "../../testdata/decisions/make_decisions.py"
		src, err := os.ReadFile(script)
		if err != nil {
			benchErr = err
			return
		}
		sum := sha256.Sum256(src)
		benchDir = filepath.Join(os.TempDir(), "tthcaudit-bench-"+hex.EncodeToString(sum[:6]))
		if _, err := os.Stat(filepath.Join(benchDir, "bench-10-scan.pdf")); err == nil {
			return
		}
		if err := os.MkdirAll(benchDir, 0o755); err != nil {
			benchErr = err
			return
		}
		out, err := exec.Command("/usr/bin/python3", script, "--bench", benchDir).CombinedOutput()
		if err != nil {
			benchErr = &Error{File: script, Reason: string(out)}
		}
	})
	if benchErr != nil {
		b.Skipf("cannot make the benchmark decisions (needs python3-reportlab, python3-pil, img2pdf, poppler-utils): %v", benchErr)
	}
	return benchDir
}

// BenchmarkReadText60 reads a 60-page text decision (about 875
// procedures) through pdftotext -layout and the parser. Target: < 2 s.
func BenchmarkReadText60(b *testing.B) {
	requirePoppler(b)
	path := filepath.Join(benchFixtures(b), "bench-60.pdf")
	b.ResetTimer()
	for b.Loop() {
		d, err := Read(context.Background(), path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if len(d.Entries) != 876 || d.Pages < 60 {
			b.Fatalf("read %d entries on %d pages, want 876 on 60+", len(d.Entries), d.Pages)
		}
	}
}

// BenchmarkReadScan10 reads a scanned decision of ten pages of annex
// (eleven with the articles' page, 146 procedures): each page's image
// taken out by pdfimages, then Tesseract (vie), the pages in parallel.
// Target: < 60 s on two cores. Every procedure must be read.
func BenchmarkReadScan10(b *testing.B) {
	requireOCR(b)
	path := filepath.Join(benchFixtures(b), "bench-10-scan.pdf")
	b.ResetTimer()
	for b.Loop() {
		d, err := Read(context.Background(), path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if len(d.Entries) != 146 {
			b.Fatalf("read %d entries, want 146", len(d.Entries))
		}
	}
}
