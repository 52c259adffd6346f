package store

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/tickets"
)

func TestSaveAuditReadsBackWhole(t *testing.T) {
	s, _ := openTemp(t)
	p := portal{id: "tri-ton", required: []string{"1.000001", "1.000002", "1.000003"}, missing: []string{"1.000002"}, obsolete: []string{"2.000009"}}
	rep, rs := audit(t0, p)
	cfg := &config.Config{Path: "/etc/tthc/audit.yaml", Portals: []config.Portal{{ID: "tri-ton", URLs: []string{"https://tri-ton.example/tthc"}, Contact: "it@tri-ton.example"}}}
	id, events, err := s.SaveAudit(ctx, rep, rs, t0.Add(5*time.Minute), WithConfig(cfg))
	require.NoError(t, err)
	assert.Equal(t, int64(1), id)
	require.Len(t, events, 1)
	assert.Equal(t, tickets.EventOpened, events[0].Kind)
	assert.NotZero(t, events[0].ID)
	assert.Equal(t, id, events[0].AuditID)
	assert.Equal(t, "https://tri-ton.example/tthc", events[0].Ticket.EvidenceURL)
	assert.Equal(t, "it@tri-ton.example", events[0].Ticket.Contact)

	got, err := s.Report(ctx, id)
	require.NoError(t, err)
	assert.Equal(t, noEvidence(rep.Normalized().Portals), got.Normalized().Portals)
	assert.True(t, rep.StartedAt.Equal(got.StartedAt))
	assert.Equal(t, rep.Catalog, got.Catalog)

	as, err := s.LastAudits(ctx, 5)
	require.NoError(t, err)
	require.Len(t, as, 1)
	assert.Equal(t, "/etc/tthc/audit.yaml", as[0].ConfigPath)
	assert.Equal(t, 431, as[0].Catalog.Procedures)
	assert.Equal(t, "+07:00", as[0].StartedAt.Format("Z07:00"), "the audit's offset is kept")

	fs, err := s.Findings(ctx, id)
	require.NoError(t, err)
	byKind := map[string][]Finding{}
	for _, f := range fs {
		byKind[f.Kind] = append(byKind[f.Kind], f)
	}
	require.Len(t, byKind[KindFound], 2)
	assert.Equal(t, "detail-1.000001", byKind[KindFound][0].EvidenceHash, "a fetched detail page is its own evidence")
	assert.Equal(t, p.url("1.000001"), byKind[KindFound][0].EvidenceURL)
	require.Len(t, byKind[KindMissing], 1)
	assert.Equal(t, "1.000002", byKind[KindMissing][0].Code)
	require.Len(t, byKind[KindObsolete], 1)
	assert.Equal(t, "list-tri-ton", byKind[KindObsolete][0].EvidenceHash, "a detail link not fetched is evidenced by its listing")
	assert.Equal(t, "https://tri-ton.example/tthc", byKind[KindObsolete][0].EvidenceURL)
	require.Len(t, byKind[KindBroken], 1)
	assert.Equal(t, "404", byKind[KindBroken][0].Detail)
	assert.Equal(t, "list-tri-ton", byKind[KindBroken][0].EvidenceHash)
	require.Len(t, byKind[KindUnmatched], 1)

	hist, err := s.History(ctx, "")
	require.NoError(t, err)
	require.Len(t, hist, 1)
	assert.Equal(t, Point{AuditID: 1, StartedAt: hist[0].StartedAt, Portal: "tri-ton", Name: "Cổng tri-ton", Status: "ok",
		Required: 3, Found: 2, Coverage: 2.0 / 3, Pages: 10, Bytes: 12345, BytesReused: 678}, hist[0])
}

func TestSaveAuditWithoutResults(t *testing.T) {
	s, _ := openTemp(t)
	rep, _ := audit(t0, portal{id: "a", required: []string{"1.000001"}})
	_, _, err := s.SaveAudit(ctx, rep, nil, t0)
	require.NoError(t, err)
	_, _, err = s.SaveAudit(ctx, nil, nil, t0)
	require.Error(t, err)
}

func TestReportOfUnknownAudit(t *testing.T) {
	s, _ := openTemp(t)
	_, err := s.Report(ctx, 42)
	require.ErrorIs(t, err, ErrNoAudit)
}

func TestMigrationsAreIdempotent(t *testing.T) {
	s, path := openTemp(t)
	rep, rs := audit(t0, portal{id: "a", required: []string{"1.000001"}, missing: []string{"1.000001"}})
	_, _, err := s.SaveAudit(ctx, rep, rs, t0)
	require.NoError(t, err)
	require.NoError(t, s.Close())

	s2, err := Open(path)
	require.NoError(t, err)
	defer s2.Close()
	var v, applied int
	require.NoError(t, s2.DB().QueryRow("PRAGMA user_version").Scan(&v))
	require.NoError(t, s2.DB().QueryRow("SELECT count(*) FROM schema_migrations").Scan(&applied))
	assert.Equal(t, SchemaVersion(), v)
	assert.Equal(t, SchemaVersion(), applied)
	var mode string
	require.NoError(t, s2.DB().QueryRow("PRAGMA journal_mode").Scan(&mode))
	assert.Equal(t, "wal", mode)
	ts, err := s2.Tickets(ctx, true)
	require.NoError(t, err)
	assert.Len(t, ts, 1)
}

func TestNewerSchemaIsRefused(t *testing.T) {
	s, path := openTemp(t)
	_, err := s.DB().Exec("PRAGMA user_version = 999")
	require.NoError(t, err)
	require.NoError(t, s.Close())
	_, err = Open(path)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "newer tthcaudit")
}

func TestNotADatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.db")
	require.NoError(t, os.WriteFile(path, []byte("Đây không phải cơ sở dữ liệu, chỉ là một tệp văn bản khá dài để SQLite đọc phần đầu."), 0o644))
	_, err := Open(path)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "not a tthcaudit database")
}

func TestExists(t *testing.T) {
	dir := t.TempDir()
	assert.False(t, Exists(filepath.Join(dir, "x.db")))
	assert.False(t, Exists(dir))
	_, path := openTemp(t)
	assert.True(t, Exists(path))
}

func TestOpenInMissingFolder(t *testing.T) {
	_, err := Open(filepath.Join(t.TempDir(), "không-có", "tthcaudit.db"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "check the folder exists")
	_, err = Open("")
	require.Error(t, err)
	_, err = Open("a?b.db")
	require.Error(t, err)
}
