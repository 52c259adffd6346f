package textnorm

import (
	"encoding/csv"
	"os"
	"testing"
)

// realNames are the 2,929 procedure names of the national catalogue
// (testdata/dvcqg/procedures.csv), the text Key is called on most.
func realNames(tb testing.TB) []string {
	tb.Helper()
	f, err := os.Open("../../testdata/dvcqg/procedures.csv")
	if err != nil {
		tb.Fatalf("open ../testdata/dvcqg/procedures.csv: %v", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		tb.Fatalf("read ../testdata/dvcqg/procedures.csv: %v", err)
	}
	var names []string
	for _, r := range rows[1:] {
		names = append(names, r[1])
	}
	return names
}

// BenchmarkKey keys every real catalogue name once per iteration; ns/op and
// allocs/op are per name.
func BenchmarkKey(b *testing.B) {
	names := realNames(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range names {
			Key(s)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(names)), "ns/name")
}

// BenchmarkKeyOne keys one long name.
func BenchmarkKeyOne(b *testing.B) {
	s := "Giải quyết chế độ trợ cấp một lần đối với người có thành tích tham gia kháng chiến đã được tặng Bằng khen của Thủ tướng Chính phủ"
	b.ReportAllocs()
	for b.Loop() {
		Key(s)
	}
}
