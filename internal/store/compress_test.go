package store

import (
	"bytes"
	"compress/zlib"
	"database/sql"
	"encoding/json"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// openSchema1 makes a database as the tthcaudit of schema 1 left it.
func openSchema1(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	require.NoError(t, err)
	_, err = db.Exec(migrations[0])
	require.NoError(t, err)
	_, err = db.Exec("INSERT INTO schema_migrations(version, applied_at) VALUES (1, '2026-11-01T00:00:00Z'); PRAGMA user_version = 1")
	require.NoError(t, err)
	return db
}

func zlibOf(t *testing.T, b []byte) []byte {
	var buf bytes.Buffer
	w := zlib.NewWriter(&buf)
	_, err := w.Write(b)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	return buf.Bytes()
}

// TestRowsWrittenBeforeCompressionReadBack writes a report and a cached
// page the way schema 1 did, directly with SQL, then opens the file with
// this build (which migrates it) and reads both through the API, next to
// rows written compressed.
func TestRowsWrittenBeforeCompressionReadBack(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db := openSchema1(t, path)
	rep, _ := audit(t0, portal{id: "cu", required: []string{"1.000001", "1.000002"}, missing: []string{"1.000002"}})
	js, err := json.Marshal(rep)
	require.NoError(t, err)
	_, err = db.Exec(`INSERT INTO audits(started_at, finished_at, saved_at, report_json, catalog_source, catalog_procedures, catalog_active)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, fmtTime(rep.StartedAt), fmtTime(rep.FinishedAt), fmtTime(t0), string(js), "catalog.csv", 431, 420)
	require.NoError(t, err)
	// An old body that happens to be a zlib stream must come back as stored.
	zlibPage := zlibOf(t, []byte("<html>nén sẵn</html>"))
	_, err = db.Exec(`INSERT INTO crawl_cache(url, etag, last_modified, body, fetched_at) VALUES
		('https://p.example/old', '"o"', '', CAST(? AS BLOB), '2026-11-01T00:00:00.000000000Z'),
		('https://p.example/z', '"z"', '', ?, '2026-11-01T00:00:00.000000000Z')`, "<html>cũ</html>", zlibPage)
	require.NoError(t, err)
	require.NoError(t, db.Close())

	s := openMigrated(t, path)

	got, err := s.Report(ctx, 1)
	require.NoError(t, err)
	assert.Equal(t, noEvidence(rep.Normalized().Portals), got.Normalized().Portals)
	assert.Equal(t, rep.Catalog, got.Catalog)

	_, _, body, ok := s.Cache().Lookup("https://p.example/old")
	require.True(t, ok)
	assert.Equal(t, "<html>cũ</html>", string(body))
	_, _, body, ok = s.Cache().Lookup("https://p.example/z")
	require.True(t, ok)
	assert.Equal(t, zlibPage, body, "an old row is never guessed to be compressed")

	// New rows next to the old ones are compressed and read back.
	rep2, rs2 := audit(t0.Add(week), portal{id: "cu", required: []string{"1.000001", "1.000002"}})
	id2, _, err := s.SaveAudit(ctx, rep2, rs2, t0.Add(week))
	require.NoError(t, err)
	var oldJSON string
	var z []byte
	require.NoError(t, s.DB().QueryRow("SELECT report_json, report_zlib FROM audits WHERE id = ?", id2).Scan(&oldJSON, &z))
	assert.Empty(t, oldJSON)
	assert.NotEmpty(t, z)
	got2, err := s.Report(ctx, id2)
	require.NoError(t, err)
	assert.Equal(t, noEvidence(rep2.Normalized().Portals), got2.Normalized().Portals)
	as, err := s.LastAudits(ctx, 5)
	require.NoError(t, err)
	assert.Len(t, as, 2)
}

func TestCrawlCacheCompressesBodies(t *testing.T) {
	s, path := openTemp(t)
	page := bytes.Repeat([]byte("<tr><td>Đăng ký khai sinh</td><td>2.000566</td></tr>\n"), 500)
	// Random bytes, like an image or an already compressed file: kept as is.
	incompressible := make([]byte, 4096)
	rnd := rand.New(rand.NewPCG(1, 2))
	for i := range incompressible {
		incompressible[i] = byte(rnd.Uint32())
	}
	s.Cache().Store("https://p.example/page", `"p"`, "", page)
	s.Cache().Store("https://p.example/z", `"z"`, "", incompressible)
	require.NoError(t, s.Cache().Flush(ctx))

	rows := map[string][2]any{}
	r, err := s.DB().Query("SELECT url, length(body), body_encoding FROM crawl_cache")
	require.NoError(t, err)
	for r.Next() {
		var u, enc string
		var n int
		require.NoError(t, r.Scan(&u, &n, &enc))
		rows[u] = [2]any{n, enc}
	}
	require.NoError(t, r.Err())
	assert.Equal(t, "zlib", rows["https://p.example/page"][1])
	assert.Less(t, rows["https://p.example/page"][0], len(page)/10)
	assert.Equal(t, [2]any{len(incompressible), ""}, rows["https://p.example/z"])
	require.NoError(t, s.Close())

	s2, err := Open(path)
	require.NoError(t, err)
	defer s2.Close()
	_, _, body, ok := s2.Cache().Lookup("https://p.example/page")
	require.True(t, ok)
	assert.Equal(t, page, body)
	_, _, body, ok = s2.Cache().Lookup("https://p.example/z")
	require.True(t, ok)
	assert.Equal(t, incompressible, body)
	require.NoError(t, s2.Cache().Err())
}

func TestDamagedCompressedRowsSayWhich(t *testing.T) {
	s, path := openTemp(t)
	rep, rs := audit(t0, portal{id: "a", required: []string{"1.000001"}})
	id, _, err := s.SaveAudit(ctx, rep, rs, t0)
	require.NoError(t, err)
	_, err = s.DB().Exec("UPDATE audits SET report_zlib = x'789c0000' WHERE id = ?", id)
	require.NoError(t, err)
	_, err = s.Report(ctx, id)
	require.Error(t, err)
	assert.Contains(t, err.Error(), path)
	assert.Contains(t, err.Error(), "audit 1")

	_, err = s.DB().Exec(`INSERT INTO crawl_cache(url, etag, last_modified, body, body_encoding, fetched_at)
		VALUES ('https://p.example/bad', '"b"', '', x'00', 'zlib', '2026-11-01T00:00:00.000000000Z')`)
	require.NoError(t, err)
	_, _, _, ok := s.Cache().Lookup("https://p.example/bad")
	assert.False(t, ok, "a body that does not decompress is a miss: the page is fetched again")
	require.Error(t, s.Cache().Err())
	assert.Contains(t, s.Cache().Err().Error(), "https://p.example/bad")
}
