package store

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/config"
)

func TestDeliveryStates(t *testing.T) {
	s, _ := openTemp(t)
	cfg := &config.Config{Portals: []config.Portal{{ID: "a", URLs: []string{"https://a.example/"}, Contact: "it@a.example"}, {ID: "b", URLs: []string{"https://b.example/"}}}}
	rep, rs := audit(t0, portal{id: "a", required: []string{"1.000001"}, missing: []string{"1.000001"}})
	_, _, err := s.SaveAudit(ctx, rep, rs, t0, WithConfig(cfg))
	require.NoError(t, err)
	pend, err := s.Pending(ctx, ChannelWebhook)
	require.NoError(t, err)
	assert.Empty(t, pend, "events saved without delivery are never sent")

	rep, rs = audit(t0.Add(week),
		portal{id: "a", required: []string{"1.000001", "1.000002"}, missing: []string{"1.000002"}},
		portal{id: "b", required: []string{"1.000003"}, missing: []string{"1.000003"}})
	_, events, err := s.SaveAudit(ctx, rep, rs, t0.Add(week), WithConfig(cfg), WithDelivery(true, true))
	require.NoError(t, err)
	require.Len(t, events, 3)
	pend, err = s.Pending(ctx, ChannelWebhook)
	require.NoError(t, err)
	assert.Equal(t, events, pend)
	mail, err := s.Pending(ctx, ChannelMail)
	require.NoError(t, err)
	require.Len(t, mail, 2, "b has no contact: nothing to mail")
	for _, e := range mail {
		assert.Equal(t, "a", e.Ticket.Portal)
	}

	require.NoError(t, s.MarkDelivered(ctx, ChannelWebhook, []int64{events[0].ID, events[2].ID}, t0.Add(week)))
	pend, err = s.Pending(ctx, ChannelWebhook)
	require.NoError(t, err)
	require.Len(t, pend, 1)
	assert.Equal(t, events[1].ID, pend[0].ID)
	mail2, err := s.Pending(ctx, ChannelMail)
	require.NoError(t, err)
	assert.Equal(t, mail, mail2, "channels are independent")

	_, err = s.Pending(ctx, "fax")
	require.Error(t, err)
}
