package store

import (
	"sort"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/config"
)

// HistoryJSON is history --json.
type HistoryJSON struct {
	Portals []Series `json:"portals"`
}

// Series is one portal's results over the audits, oldest first.
type Series struct {
	ID     string        `json:"id"`
	Name   string        `json:"name"`
	Points []SeriesPoint `json:"points"`
}

// SeriesPoint is one portal in one stored audit.
type SeriesPoint struct {
	AuditID   int64     `json:"audit_id"`
	StartedAt time.Time `json:"started_at"`
	Status    string    `json:"status"`
	Required  int       `json:"required"`
	Found     int       `json:"found"`
	Coverage  float64   `json:"coverage"`
	// BytesReused were reused from the crawl cache (incremental crawl).
	Bytes       int64 `json:"bytes"`
	BytesReused int64 `json:"bytes_reused"`
}

// HasPortal reports whether ps hold a point of portal id.
func HasPortal(ps []Point, id string) bool {
	for _, p := range ps {
		if p.Portal == id {
			return true
		}
	}
	return false
}

// BuildSeries groups points by portal: the configuration's portals in
// its order, then any others the database holds, by id. With only set,
// just that portal (with no points when it was never audited).
func BuildSeries(cfg *config.Config, points []Point, only string) []Series {
	by := map[string]*Series{}
	var order []string
	add := func(id, name string) *Series {
		if s, ok := by[id]; ok {
			return s
		}
		s := &Series{ID: id, Name: name, Points: []SeriesPoint{}}
		by[id] = s
		order = append(order, id)
		return s
	}
	for _, p := range cfg.Portals {
		if only == "" || p.ID == only {
			add(p.ID, p.Name)
		}
	}
	var extra []string
	for _, p := range points {
		if only != "" && p.Portal != only {
			continue
		}
		if _, ok := by[p.Portal]; !ok {
			extra = append(extra, p.Portal)
		}
		s := add(p.Portal, p.Name)
		if p.Name != "" {
			s.Name = p.Name
		}
		s.Points = append(s.Points, SeriesPoint{AuditID: p.AuditID, StartedAt: p.StartedAt, Status: p.Status,
			Required: p.Required, Found: p.Found, Coverage: p.Coverage, Bytes: p.Bytes, BytesReused: p.BytesReused})
	}
	n := len(order) - len(extra)
	sort.Strings(order[n:])
	out := make([]Series, len(order))
	for i, id := range order {
		out[i] = *by[id]
	}
	return out
}
