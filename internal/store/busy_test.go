package store

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTwoWritersGetBusy holds a write transaction in one handle and checks
// that another handle on the same file gets ErrBusy with a clear message
// after its short wait, can still read, and writes once the first is done.
func TestTwoWritersGetBusy(t *testing.T) {
	a, path := openTemp(t)
	rep, rs := audit(t0, portal{id: "a", required: []string{"1.000001"}, missing: []string{"1.000001"}})
	_, _, err := a.SaveAudit(ctx, rep, rs, t0)
	require.NoError(t, err)

	b, err := OpenWith(path, Options{BusyTimeout: 200 * time.Millisecond})
	require.NoError(t, err)
	defer b.Close()

	tx, done, err := a.begin(ctx)
	require.NoError(t, err)
	_, err = tx.Exec("UPDATE tickets SET name = ?", "đang sửa")
	require.NoError(t, err)

	_, _, err = b.SaveAudit(ctx, rep, rs, t0.Add(week))
	require.ErrorIs(t, err, ErrBusy)
	msg := err.Error()
	assert.True(t, strings.HasPrefix(msg, "cơ sở dữ liệu đang bận (database busy): another tthcaudit is using "), msg)
	assert.Contains(t, msg, path)

	as, err := b.LastAudits(ctx, 0)
	require.NoError(t, err, "readers are not blocked by a writer (WAL)")
	assert.Len(t, as, 1)
	ts, err := b.Tickets(ctx, false)
	require.NoError(t, err)
	assert.NotEqual(t, "đang sửa", ts[0].Name, "the other handle's uncommitted change is not visible")

	done() // roll back
	_, _, err = b.SaveAudit(ctx, rep, rs, t0.Add(week))
	require.NoError(t, err)
	as, err = a.LastAudits(ctx, 0)
	require.NoError(t, err)
	assert.Len(t, as, 2)
}

// TestOneProcessQueuesItsWriters checks that writers of one handle wait for
// each other instead of failing busy.
func TestOneProcessQueuesItsWriters(t *testing.T) {
	s, path := openTemp(t)
	s2, err := OpenWith(path, Options{BusyTimeout: 50 * time.Millisecond})
	require.NoError(t, err)
	s2.Close()
	rep, rs := audit(t0, portal{id: "a", required: []string{"1.000001", "1.000002"}, missing: []string{"1.000001"}})
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		go func(i int) {
			_, _, err := s.SaveAudit(ctx, rep, rs, t0.Add(time.Duration(i)*time.Hour))
			errs <- err
		}(i)
	}
	for i := 0; i < 8; i++ {
		require.NoError(t, <-errs)
	}
	as, err := s.LastAudits(ctx, 0)
	require.NoError(t, err)
	assert.Len(t, as, 8)
}
