package tickets

import (
	"testing"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func obs(codes ...string) Observation {
	o := Observation{EvidenceURL: "https://p.example/tthc", FoundURLs: map[string]string{}}
	for _, c := range codes {
		o.Missing = append(o.Missing, Item{Code: c, Name: "Thủ tục " + c, Field: "Người có công"})
	}
	return o
}

func TestReconcileLifecycle(t *testing.T) {
	t0 := time.Date(2026, 11, 2, 8, 0, 0, 0, time.UTC)
	week := 7 * 24 * time.Hour
	steps := []struct {
		name    string
		cur     Current
		events  map[string]string // ticket id -> event kind
		status  map[string]string // ticket id -> status after
		openedW map[string]int    // ticket id -> week opened_at should be
	}{
		{"first audit opens", Current{"a": obs("1.000001", "1.000002")},
			map[string]string{"a/1.000001": EventOpened, "a/1.000002": EventOpened},
			map[string]string{"a/1.000001": Open, "a/1.000002": Open},
			map[string]int{"a/1.000001": 0, "a/1.000002": 0}},
		{"still missing stays one ticket", Current{"a": obs("1.000001", "1.000002")},
			map[string]string{},
			map[string]string{"a/1.000001": Open, "a/1.000002": Open},
			map[string]int{"a/1.000001": 0, "a/1.000002": 0}},
		{"found resolves", Current{"a": obs("1.000002")},
			map[string]string{"a/1.000001": EventResolved},
			map[string]string{"a/1.000001": Resolved, "a/1.000002": Open},
			map[string]int{"a/1.000001": 0, "a/1.000002": 0}},
		{"unseen portal changes nothing", Current{},
			map[string]string{},
			map[string]string{"a/1.000001": Resolved, "a/1.000002": Open},
			map[string]int{"a/1.000001": 0, "a/1.000002": 0}},
		{"lost again reopens", Current{"a": obs("1.000001", "1.000002"), "b": obs()},
			map[string]string{"a/1.000001": EventReopened},
			map[string]string{"a/1.000001": Open, "a/1.000002": Open},
			map[string]int{"a/1.000001": 4, "a/1.000002": 0}},
	}
	var ts []Ticket
	for i, s := range steps {
		now := t0.Add(time.Duration(i) * week)
		next, events := Reconcile(ts, s.cur, now)
		got := map[string]string{}
		for _, e := range events {
			got[e.Ticket.ID] = e.Kind
			assert.Equal(t, now, e.At, s.name)
		}
		assert.Equal(t, s.events, got, s.name)
		require.Len(t, next, len(s.status), s.name)
		for _, tk := range next {
			assert.Equal(t, s.status[tk.ID], tk.Status, "%s: %s", s.name, tk.ID)
			assert.Equal(t, t0.Add(time.Duration(s.openedW[tk.ID])*week), tk.OpenedAt, "%s: %s opened_at", s.name, tk.ID)
			if tk.Status == Open {
				assert.Nil(t, tk.ResolvedAt, s.name)
			} else {
				require.NotNil(t, tk.ResolvedAt, s.name)
			}
		}
		ts = next
	}
}

func TestReconcileDoesNotModifyPrev(t *testing.T) {
	now := time.Date(2026, 11, 2, 8, 0, 0, 0, time.UTC)
	prev, _ := Reconcile(nil, Current{"a": obs("1.000001")}, now)
	snapshot := prev[0]
	Reconcile(prev, Current{"a": obs()}, now.Add(time.Hour))
	assert.Equal(t, snapshot, prev[0])
}

func TestResolvedEvidenceIsWhereFound(t *testing.T) {
	now := time.Date(2026, 11, 2, 8, 0, 0, 0, time.UTC)
	prev, _ := Reconcile(nil, Current{"a": obs("1.000001")}, now)
	assert.Equal(t, "https://p.example/tthc", prev[0].EvidenceURL)
	o := obs()
	o.FoundURLs["1.000001"] = "https://p.example/tthc/1"
	next, ev := Reconcile(prev, Current{"a": o}, now.Add(time.Hour))
	require.Len(t, ev, 1)
	assert.Equal(t, "https://p.example/tthc/1", next[0].EvidenceURL)
}

func TestFromVerdictsSkipsUnreachable(t *testing.T) {
	vs := []verdict.Verdict{
		verdict.Verdict{ID: "up", Status: verdict.StatusPartial}.With(verdict.KindMissing, []verdict.Finding{{Code: "1.000001", Name: "A"}}...).With(verdict.KindFound, []verdict.Finding{{Code: "1.000002", URL: "https://up/2"}}...),
		{ID: "down", Status: verdict.StatusUnreachable},
	}
	cur := FromVerdicts(vs, map[string]string{"up": "https://up/"}, map[string]string{"up": "it@up.example"})
	require.Len(t, cur, 1)
	assert.Equal(t, []Item{{Code: "1.000001", Name: "A"}}, cur["up"].Missing)
	assert.Equal(t, "https://up/2", cur["up"].FoundURLs["1.000002"])
	assert.Equal(t, "https://up/", cur["up"].EvidenceURL)
	assert.Equal(t, "it@up.example", cur["up"].Contact)
}
