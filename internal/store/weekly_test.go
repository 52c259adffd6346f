package store

import (
	"testing"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/tickets"
)

// TestSuccessiveAudits runs four weekly audits whose portals change between
// runs and checks, after each, the diff with the week before, the events
// and every ticket's state: open → still open → resolved → reopened, and an
// unreachable portal that changes nothing.
func TestSuccessiveAudits(t *testing.T) {
	s, _ := openTemp(t)
	req := []string{"1.000001", "1.000002", "1.000003", "1.000004", "1.000005"}
	type want struct {
		events  map[string]string // ticket id -> event kind
		tickets map[string]string // ticket id -> status
		opened  map[string]int    // ticket id -> week of opened_at
		diff    map[string]verdict.PortalDiff
	}
	weeks := []struct {
		name    string
		portals []portal
		want    want
	}{
		{
			name: "week 0: first audit opens tickets",
			portals: []portal{
				{id: "an-phu", required: req, missing: []string{"1.000001", "1.000002"}, obsolete: []string{"2.000009"}},
				{id: "tri-ton", required: req, missing: []string{"1.000003"}},
			},
			want: want{
				events:  map[string]string{"an-phu/1.000001": "opened", "an-phu/1.000002": "opened", "tri-ton/1.000003": "opened"},
				tickets: map[string]string{"an-phu/1.000001": "open", "an-phu/1.000002": "open", "tri-ton/1.000003": "open"},
				opened:  map[string]int{"an-phu/1.000001": 0, "an-phu/1.000002": 0, "tri-ton/1.000003": 0},
			},
		},
		{
			name: "week 1: still missing, one more missing, a rename, tri-ton unreachable",
			portals: []portal{
				{id: "an-phu", required: req, missing: []string{"1.000001", "1.000002", "1.000004"}, obsolete: []string{"2.000008", "2.000009"},
					published: map[string]string{"1.000003": "Thủ tục 1.000003 (mẫu mới)"}},
				{id: "tri-ton", status: verdict.StatusUnreachable, required: req},
			},
			want: want{
				events:  map[string]string{"an-phu/1.000004": "opened"},
				tickets: map[string]string{"an-phu/1.000001": "open", "an-phu/1.000002": "open", "an-phu/1.000004": "open", "tri-ton/1.000003": "open"},
				opened:  map[string]int{"an-phu/1.000001": 0, "an-phu/1.000002": 0, "an-phu/1.000004": 1, "tri-ton/1.000003": 0},
				diff: map[string]verdict.PortalDiff{
					"an-phu": {State: verdict.Compared,
						NewlyMissing:  []verdict.ChangedProcedure{{Code: "1.000004", Name: name("1.000004"), Field: "Người có công"}},
						NewlyObsolete: []verdict.ChangedProcedure{{Code: "2.000008", Name: name("2.000008"), URL: "https://an-phu.example/tthc/2.000008"}},
						Renamed: []verdict.Renamed{{Code: "1.000003", Name: name("1.000003"), Before: name("1.000003"),
							After: "Thủ tục 1.000003 (mẫu mới)", URL: "https://an-phu.example/tthc/1.000003"}}},
					"tri-ton": {State: verdict.Unseen},
				},
			},
		},
		{
			name: "week 2: found again resolves",
			portals: []portal{
				{id: "an-phu", required: req, missing: []string{"1.000002", "1.000004"}, obsolete: []string{"2.000008"},
					published: map[string]string{"1.000003": "Thủ tục 1.000003 (mẫu mới)"}},
				{id: "tri-ton", required: req},
			},
			want: want{
				events:  map[string]string{"an-phu/1.000001": "resolved", "tri-ton/1.000003": "resolved"},
				tickets: map[string]string{"an-phu/1.000001": "resolved", "an-phu/1.000002": "open", "an-phu/1.000004": "open", "tri-ton/1.000003": "resolved"},
				opened:  map[string]int{"an-phu/1.000001": 0, "an-phu/1.000002": 0, "an-phu/1.000004": 1, "tri-ton/1.000003": 0},
				diff: map[string]verdict.PortalDiff{
					"an-phu": {State: verdict.Compared,
						Fixed:           []verdict.ChangedProcedure{{Code: "1.000001", Name: name("1.000001"), Field: "Người có công", URL: "https://an-phu.example/tthc/1.000001"}},
						ObsoleteRemoved: []verdict.ChangedProcedure{{Code: "2.000009", Name: name("2.000009"), URL: "https://an-phu.example/tthc/2.000009"}}},
					"tri-ton": {State: verdict.Unseen},
				},
			},
		},
		{
			name: "week 3: lost again reopens under the same id",
			portals: []portal{
				{id: "an-phu", required: req, missing: []string{"1.000001", "1.000002", "1.000004"}, obsolete: []string{"2.000008"},
					published: map[string]string{"1.000003": "Thủ tục 1.000003 (mẫu mới)"}},
				{id: "tri-ton", required: req},
			},
			want: want{
				events:  map[string]string{"an-phu/1.000001": "reopened"},
				tickets: map[string]string{"an-phu/1.000001": "open", "an-phu/1.000002": "open", "an-phu/1.000004": "open", "tri-ton/1.000003": "resolved"},
				opened:  map[string]int{"an-phu/1.000001": 3, "an-phu/1.000002": 0, "an-phu/1.000004": 1, "tri-ton/1.000003": 0},
				diff: map[string]verdict.PortalDiff{
					"an-phu":  {State: verdict.Compared, NewlyMissing: []verdict.ChangedProcedure{{Code: "1.000001", Name: name("1.000001"), Field: "Người có công"}}},
					"tri-ton": {State: verdict.Compared},
				},
			},
		},
	}
	resolvedWeek := map[string]int{}
	for i, w := range weeks {
		start := t0.Add(time.Duration(i) * week)
		rep, rs := audit(start, w.portals...)
		id, events, err := s.SaveAudit(ctx, rep, rs, start.Add(5*time.Minute))
		require.NoError(t, err, w.name)
		assert.Equal(t, int64(i+1), id, w.name)

		got := map[string]string{}
		for _, e := range events {
			got[e.Ticket.ID] = e.Kind
			if e.Kind == tickets.EventResolved {
				resolvedWeek[e.Ticket.ID] = i
			}
		}
		assert.Equal(t, w.want.events, got, w.name)
		stored, err := s.Events(ctx, id)
		require.NoError(t, err)
		assert.Equal(t, events, stored, "%s: the events read back as returned", w.name)

		ts, err := s.Tickets(ctx, false)
		require.NoError(t, err)
		require.Len(t, ts, len(w.want.tickets), w.name)
		for _, tk := range ts {
			assert.Equal(t, w.want.tickets[tk.ID], tk.Status, "%s: %s", w.name, tk.ID)
			assert.True(t, start0(w.want.opened[tk.ID]).Equal(tk.OpenedAt), "%s: %s opened_at %s", w.name, tk.ID, tk.OpenedAt)
			if tk.Status == tickets.Open {
				assert.Nil(t, tk.ResolvedAt, "%s: %s", w.name, tk.ID)
			} else {
				require.NotNil(t, tk.ResolvedAt, "%s: %s", w.name, tk.ID)
				assert.True(t, start0(resolvedWeek[tk.ID]).Equal(*tk.ResolvedAt), "%s: %s resolved_at", w.name, tk.ID)
			}
		}
		open, err := s.Tickets(ctx, true)
		require.NoError(t, err)
		assert.Equal(t, tickets.OpenOnly(ts), open, w.name)

		d, err := s.LastDiff(ctx)
		require.NoError(t, err)
		if i == 0 {
			assert.Nil(t, d, "one audit has nothing to compare with")
			continue
		}
		require.NotNil(t, d, w.name)
		assert.Equal(t, int64(i), d.From.ID)
		assert.Equal(t, int64(i+1), d.To.ID)
		require.Len(t, d.Portals, len(w.want.diff), w.name)
		for _, p := range d.Portals {
			exp := w.want.diff[p.Portal]
			assert.Equal(t, exp.State, p.State, "%s: %s", w.name, p.Portal)
			assert.Equal(t, nonNil(exp.NewlyMissing), p.NewlyMissing, "%s: %s newly missing", w.name, p.Portal)
			assert.Equal(t, nonNil(exp.Fixed), p.Fixed, "%s: %s fixed", w.name, p.Portal)
			assert.Equal(t, nonNil(exp.NewlyObsolete), p.NewlyObsolete, "%s: %s newly obsolete", w.name, p.Portal)
			assert.Equal(t, nonNil(exp.ObsoleteRemoved), p.ObsoleteRemoved, "%s: %s obsolete removed", w.name, p.Portal)
			if exp.Renamed == nil {
				exp.Renamed = []verdict.Renamed{}
			}
			assert.Equal(t, exp.Renamed, p.Renamed, "%s: %s renamed", w.name, p.Portal)
		}
	}
	all, err := s.Events(ctx, 0)
	require.NoError(t, err)
	assert.Len(t, all, 7, "3 + 1 + 2 + 1 events over the four audits")
}

// start0 is the save time of the audit of week i (SaveAudit's now).
func start0(i int) time.Time { return t0.Add(time.Duration(i)*week + 5*time.Minute) }

func nonNil(ps []verdict.ChangedProcedure) []verdict.ChangedProcedure {
	if ps == nil {
		return []verdict.ChangedProcedure{}
	}
	return ps
}

func TestCompareWithLatest(t *testing.T) {
	s, _ := openTemp(t)
	p := portal{id: "a", required: []string{"1.000001", "1.000002"}}
	rep, _ := audit(t0, p)
	d, err := s.CompareWithLatest(ctx, rep)
	require.NoError(t, err)
	assert.Nil(t, d)
	_, _, err = s.SaveAudit(ctx, rep, nil, t0)
	require.NoError(t, err)
	p.missing = []string{"1.000002"}
	rep2, _ := audit(t0.Add(week), p)
	d, err = s.CompareWithLatest(ctx, rep2)
	require.NoError(t, err)
	require.NotNil(t, d)
	assert.Equal(t, int64(1), d.From.ID)
	require.Len(t, d.Portals, 1)
	assert.Equal(t, "1.000002", d.Portals[0].NewlyMissing[0].Code)
}
