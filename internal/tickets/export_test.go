package tickets

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func sampleTickets() []Ticket {
	opened := time.Date(2026, 11, 2, 8, 0, 0, 0, time.FixedZone("+07", 7*3600))
	resolved := opened.Add(7 * 24 * time.Hour)
	return []Ticket{
		{ID: "tri-ton/1.002519", Portal: "tri-ton", Code: "1.002519", Name: "Giải quyết chế độ trợ cấp", Status: Resolved,
			OpenedAt: opened, ResolvedAt: &resolved, EvidenceURL: "https://tri-ton/tthc/1"},
		{ID: "an-phu/1.000001", Portal: "an-phu", Code: "1.000001", Name: "=Thủ tục", Status: Open, OpenedAt: opened, EvidenceURL: "https://an-phu/"},
	}
}

func TestWriteJSONContract(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, WriteJSON(&b, sampleTickets()))
	var got []map[string]any
	require.NoError(t, json.Unmarshal(b.Bytes(), &got))
	require.Len(t, got, 2)
	assert.Equal(t, "an-phu/1.000001", got[0]["id"], "sorted by id")
	for _, k := range []string{"id", "portal", "code", "name", "status", "opened_at", "resolved_at", "evidence_url"} {
		assert.Contains(t, got[0], k)
	}
	assert.Nil(t, got[0]["resolved_at"], "an open ticket's resolved_at is null")
	assert.Equal(t, "2026-11-09T08:00:00+07:00", got[1]["resolved_at"])

	b.Reset()
	require.NoError(t, WriteJSON(&b, nil))
	assert.Equal(t, "[]\n", b.String())
}

func TestWriteCSV(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, WriteCSV(&b, sampleTickets()))
	require.True(t, strings.HasPrefix(b.String(), "\ufeff"), "UTF-8 BOM for Excel")
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(b.String(), "\ufeff"))).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 3)
	assert.Equal(t, csvHeader, rows[0])
	assert.Equal(t, "an-phu/1.000001", rows[1][0])
	assert.Equal(t, "'=Thủ tục", rows[1][3], "a formula-looking cell is defused")
	assert.Equal(t, "Đang mở", rows[1][5])
	assert.Equal(t, "", rows[1][7])
	assert.Equal(t, "Đã xử lý", rows[2][5])
	assert.Equal(t, "2026-11-09T08:00:00+07:00", rows[2][7])
}

func TestWriteJSONMarks(t *testing.T) {
	opened := time.Date(2026, 11, 2, 8, 0, 0, 0, time.FixedZone("+07", 7*3600))
	marked := opened.Add(48 * time.Hour)
	tk := Ticket{ID: "an-phu/1.000002", Portal: "an-phu", Code: "1.000002", Name: "Thủ tục", Status: NotApplicable,
		OpenedAt: opened, MarkedAt: &marked, Note: "Xã không có <biên giới>"}
	tk = WithHistory([]Ticket{tk}, map[string][]Change{tk.ID: {
		{Kind: EventOpened, At: opened, AuditID: 1},
		{Kind: EventMarkedNotApplicable, At: marked, By: ByDashboard, Note: tk.Note},
	}})[0]
	var b bytes.Buffer
	require.NoError(t, WriteJSON(&b, []Ticket{tk}))
	assert.JSONEq(t, `[{"id": "an-phu/1.000002", "portal": "an-phu", "code": "1.000002", "name": "Thủ tục",
		"status": "not_applicable", "opened_at": "2026-11-02T08:00:00+07:00", "resolved_at": null, "evidence_url": "",
		"marked_at": "2026-11-04T08:00:00+07:00", "note": "Xã không có <biên giới>",
		"history": [
			{"kind": "opened", "at": "2026-11-02T08:00:00+07:00", "audit_id": 1},
			{"kind": "marked_not_applicable", "at": "2026-11-04T08:00:00+07:00", "by": "dashboard", "note": "Xã không có <biên giới>"}
		]}]`, b.String())

	b.Reset()
	require.NoError(t, WriteCSV(&b, []Ticket{tk}))
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(b.String(), "\ufeff"))).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 2)
	assert.Equal(t, "Ghi chú", rows[0][10])
	assert.Equal(t, "Không áp dụng", rows[1][5])
	assert.Equal(t, "Xã không có <biên giới>", rows[1][10])
}
