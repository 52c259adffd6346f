package reports

import (
	"bytes"
	"testing"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/tickets"
)

var contacts = map[string]string{
	"tri-ton":   "vanphong@triton.angiang.gov.vn",
	"so-noi-vu": "Phòng CNTT Sở Nội vụ, 0296 3852 xxx",
}

func TestTicketsGolden(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteTicketsJSON(&buf, Tickets(fixture(), contacts)))
	goldenFile(t, "tickets.json", buf.Bytes())
}

func TestTickets(t *testing.T) {
	ts := Tickets(fixture(), contacts)
	ids := []string{}
	for _, tk := range ts {
		ids = append(ids, tk.ID)
		assert.Equal(t, tickets.Open, tk.Status)
		assert.Nil(t, tk.ResolvedAt)
		assert.True(t, tk.OpenedAt.Equal(time.Date(2026, 11, 26, 8, 4, 10, 0, ict)), "opened at the report's finish, to the second")
	}
	assert.Equal(t, []string{"so-noi-vu/1.010772", "thoai-son/1.010833", "tri-ton/1.010829", "tri-ton/1.010831"}, ids)
	assert.Equal(t, "https://triton.angiang.gov.vn/thu-tuc-hanh-chinh", ts[2].EvidenceURL)
	assert.Equal(t, "vanphong@triton.angiang.gov.vn", ts[2].Contact)
	assert.Empty(t, ts[1].Contact, "no contact configured for Thoại Sơn")
	assert.Equal(t, nameHaiCot, ts[2].Name)
	assert.Equal(t, fieldNCC, ts[2].Field)
}

func TestTicketsNoneAndDuplicates(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteTicketsJSON(&buf, Tickets(&verdict.Report{}, nil)))
	assert.Equal(t, "[]\n", buf.String())

	buf.Reset()
	require.NoError(t, WriteTicketsJSON(&buf, nil))
	assert.Equal(t, "[]\n", buf.String())

	r := &verdict.Report{Portals: []verdict.Verdict{verdict.Verdict{ID: "a"}.With(verdict.KindMissing, []verdict.Finding{{Code: "1.000001"}, {Code: "1.000001"}}...)}}
	assert.Len(t, Tickets(r, nil), 1)
}

func TestWriteTicketsJSONSorts(t *testing.T) {
	ts := []tickets.Ticket{{ID: "b/1"}, {ID: "a/1"}}
	var buf bytes.Buffer
	require.NoError(t, WriteTicketsJSON(&buf, ts))
	assert.Equal(t, "b/1", ts[0].ID, "the caller's slice is not reordered")
	assert.Less(t, bytes.Index(buf.Bytes(), []byte(`"a/1"`)), bytes.Index(buf.Bytes(), []byte(`"b/1"`)))
}
