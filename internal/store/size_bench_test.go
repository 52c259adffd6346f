package store

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/crawler"
)

// realNames reads the codes and names of the 2,929 real procedures, so
// that the benchmark's reports compress like real ones (synthetic names
// such as "Thủ tục 1.000001" compress far better).
func realNames(b *testing.B) (codes []string, names map[string]string) {
	f, err := os.Open("../../testdata/dvcqg/procedures.csv")
	require.NoError(b, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(b, err)
	names = map[string]string{}
	for _, r := range rows[1:] {
		codes = append(codes, r[0])
		names[r[0]] = r[1]
	}
	return codes, names
}

// benchAudit is an audit shaped like nationalbench's: 4 portals of ~1,950
// required procedures each, about half of them missing, with the real
// names.
func benchAudit(b *testing.B, start time.Time) (*verdict.Report, []*crawler.Result) {
	codes, names := realNames(b)
	var ps []portal
	for i := 0; i < 4; i++ {
		p := portal{id: fmt.Sprintf("portal-%d", i), status: "partial", published: map[string]string{}}
		for j := 0; j < 1950; j++ {
			c := codes[(i*300+j)%len(codes)]
			p.required = append(p.required, c)
			if j%2 == 1 {
				p.missing = append(p.missing, c)
			} else {
				p.published[c] = names[c]
			}
		}
		for j := 0; j < 20; j++ {
			p.obsolete = append(p.obsolete, codes[(i*300+2000+j)%len(codes)])
		}
		ps = append(ps, p)
	}
	rep, rs := audit(start, ps...)
	for i := range rep.Portals {
		v := &rep.Portals[i]
		for j := range v.Of(verdict.KindMissing) {
			v.At(verdict.KindMissing, j).Name = names[v.At(verdict.KindMissing, j).Code]
		}
		for j := range v.Of(verdict.KindFound) {
			v.At(verdict.KindFound, j).Name = names[v.At(verdict.KindFound, j).Code]
		}
		for j := range v.Of(verdict.KindObsolete) {
			v.At(verdict.KindObsolete, j).Name = names[v.At(verdict.KindObsolete, j).Code]
		}
	}
	return rep, rs
}

// BenchmarkDatabaseSize saves 10 weekly audits of benchAudit and reports
// the database file's size per audit and per portal-audit, and the bytes
// the stored reports take:
//
//	go test -run XXX -bench DatabaseSize -benchtime 1x ./store
func BenchmarkDatabaseSize(b *testing.B) {
	for n := 0; n < b.N; n++ {
		path := filepath.Join(b.TempDir(), "size.db")
		s, err := Open(path)
		require.NoError(b, err)
		const audits = 10
		var portals int
		for i := 0; i < audits; i++ {
			rep, rs := benchAudit(b, t0.Add(time.Duration(i)*week))
			portals = len(rep.Portals)
			_, _, err := s.SaveAudit(ctx, rep, rs, t0.Add(time.Duration(i)*week+time.Hour))
			require.NoError(b, err)
		}
		var reportBytes int64
		require.NoError(b, s.DB().QueryRow(storedReportBytesSQL).Scan(&reportBytes))
		require.NoError(b, s.Close())
		fi, err := os.Stat(path)
		require.NoError(b, err)
		b.ReportMetric(float64(fi.Size())/audits/1e6, "MB/audit")
		b.ReportMetric(float64(fi.Size())/audits/float64(portals)/1e6, "MB/portal-audit")
		b.ReportMetric(float64(reportBytes)/audits/1e6, "MB-report/audit")
		b.ReportMetric(float64(reportBytes)/float64(fi.Size())*100, "%report")
	}
}

// BenchmarkCrawlCacheSize stores the captured portal pages under 300 URLs
// and reports the bytes their bodies take in crawl_cache against their
// size.
func BenchmarkCrawlCacheSize(b *testing.B) {
	paths, err := filepath.Glob("../../testdata/dvcqg/pages/*.html")
	require.NoError(b, err)
	require.NotEmpty(b, paths)
	var pages [][]byte
	for _, p := range paths {
		body, err := os.ReadFile(p)
		require.NoError(b, err)
		pages = append(pages, body)
	}
	for n := 0; n < b.N; n++ {
		s, err := Open(filepath.Join(b.TempDir(), "cache.db"))
		require.NoError(b, err)
		var raw int64
		for i := 0; i < 300; i++ {
			body := pages[i%len(pages)]
			raw += int64(len(body))
			s.Cache().Store(fmt.Sprintf("https://p.example/tthc/%d", i), fmt.Sprintf(`"e%d"`, i), "", body)
		}
		require.NoError(b, s.Cache().Flush(ctx))
		var stored int64
		require.NoError(b, s.DB().QueryRow("SELECT sum(length(body)) FROM crawl_cache").Scan(&stored))
		require.NoError(b, s.Close())
		b.ReportMetric(float64(raw)/300/1e3, "kB-page")
		b.ReportMetric(float64(stored)/300/1e3, "kB-stored/page")
	}
}

const storedReportBytesSQL = "SELECT sum(length(report_json)) + coalesce(sum(length(report_zlib)), 0) FROM audits"
