package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/jedib0t/go-pretty/v6/table"
	"github.com/jedib0t/go-pretty/v6/text"
	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/store"
)

func init() { register(newHistoryCmd) }

func newHistoryCmd(e *env) *cobra.Command {
	var f storeFlags
	var portal string
	cmd := &cobra.Command{
		Use:   "history --config FILE [--portal ID] [--json]",
		Short: "Độ phủ của từng cổng qua các lần kiểm tra (coverage of each portal over the stored audits)",
		Long: `In độ phủ (số thủ tục bắt buộc đã công khai / tổng số) của từng cổng qua các lần kiểm tra đã lưu,
kèm biểu đồ nhỏ ▁▂▃▄▅▆▇█; với --portal, từng lần kiểm tra của một cổng.
Mã thoát: 0; 1 đầu vào sai.

(Prints each portal's coverage over the stored audits with a sparkline; with --portal, every audit of one portal.)`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, st, lang, err := f.readStore(cmd)
			if err != nil {
				return err
			}
			var points []store.Point
			if st != nil {
				defer st.Close()
				if points, err = st.History(cmd.Context(), ""); err != nil {
					return badInput("%v", err)
				}
			}
			if portal != "" {
				if _, ok := cfg.Portal(portal); !ok && !seriesHasPortal(points, portal) {
					return badInput("--portal %q: %s lists no such portal (it lists: %s)", portal, cfg.Path, configPortalIDs(cfg))
				}
			}
			series := historySeries(cfg, points, portal)
			if f.json {
				return printJSON(e.stdout, historyJSON{Portals: series})
			}
			if st == nil || len(points) == 0 {
				noAudits(e, lang, f.dbPathOf(cfg))
				return nil
			}
			if portal != "" {
				return printPortalHistory(e, lang, series[0])
			}
			return printHistory(e, lang, series)
		},
	}
	f.add(cmd)
	cmd.Flags().StringVar(&portal, "portal", "", "chỉ cổng có mã ID (only this portal)")
	return cmd
}

// historyJSON is history --json.
type historyJSON struct {
	Portals []portalSeries `json:"portals"`
}

// portalSeries is one portal's results over the audits, oldest first.
type portalSeries struct {
	ID     string         `json:"id"`
	Name   string         `json:"name"`
	Points []historyPoint `json:"points"`
}

type historyPoint struct {
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

func seriesHasPortal(ps []store.Point, id string) bool {
	for _, p := range ps {
		if p.Portal == id {
			return true
		}
	}
	return false
}

func configPortalIDs(cfg *config.Config) string {
	ids := make([]string, len(cfg.Portals))
	for i, p := range cfg.Portals {
		ids[i] = p.ID
	}
	return strings.Join(ids, ", ")
}

// historySeries groups points by portal: the configuration's portals in
// its order, then any others the database holds, by id. With only set,
// just that portal (with no points when it was never audited).
func historySeries(cfg *config.Config, points []store.Point, only string) []portalSeries {
	by := map[string]*portalSeries{}
	var order []string
	add := func(id, name string) *portalSeries {
		if s, ok := by[id]; ok {
			return s
		}
		s := &portalSeries{ID: id, Name: name, Points: []historyPoint{}}
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
		s.Points = append(s.Points, historyPoint{AuditID: p.AuditID, StartedAt: p.StartedAt, Status: p.Status,
			Required: p.Required, Found: p.Found, Coverage: p.Coverage, Bytes: p.Bytes, BytesReused: p.BytesReused})
	}
	n := len(order) - len(extra)
	sort.Strings(order[n:])
	out := make([]portalSeries, len(order))
	for i, id := range order {
		out[i] = *by[id]
	}
	return out
}

// sparkLevels are the eight bar heights of a sparkline.
var sparkLevels = []rune("▁▂▃▄▅▆▇█")

// sparkMax is how many audits a sparkline shows at most (the latest).
const sparkMax = 26

// sparkline draws coverages 0…1 as bars, a dot for an audit that could
// not read the portal.
func sparkline(ps []historyPoint) string {
	if len(ps) > sparkMax {
		ps = ps[len(ps)-sparkMax:]
	}
	var b strings.Builder
	for _, p := range ps {
		if p.Status == verdict.StatusUnreachable {
			b.WriteRune('·')
			continue
		}
		c := math.Max(0, math.Min(1, p.Coverage))
		b.WriteRune(sparkLevels[int(math.Round(c*float64(len(sparkLevels)-1)))])
	}
	return b.String()
}

func coveragePct(c float64) string { return fmt.Sprintf("%.1f%%", c*100) }

// lastSeen is the latest point that read the portal.
func lastSeen(ps []historyPoint) (historyPoint, bool) {
	for i := len(ps) - 1; i >= 0; i-- {
		if ps[i].Status != verdict.StatusUnreachable {
			return ps[i], true
		}
	}
	return historyPoint{}, false
}

func printHistory(e *env, lang msg.Lang, series []portalSeries) error {
	t := newStoreTable(e.stdout)
	t.AppendHeader(table.Row{viEn(lang, "Cổng", "Portal"), viEn(lang, "Tên", "Name"), viEn(lang, "Số lần", "Audits"),
		viEn(lang, "Lần gần nhất", "Latest"), viEn(lang, "Độ phủ", "Coverage"), viEn(lang, "Thay đổi", "Change"), viEn(lang, "Xu hướng", "Trend")})
	for _, s := range series {
		if len(s.Points) == 0 {
			t.AppendRow(table.Row{s.ID, s.Name, 0, "—", "—", "", ""})
			continue
		}
		last := s.Points[len(s.Points)-1]
		cov, change := viEn(lang, "không truy cập được", "unreachable"), ""
		if seen, ok := lastSeen(s.Points); ok {
			cov = fmt.Sprintf("%s (%d/%d)", coveragePct(seen.Coverage), seen.Found, seen.Required)
			if seen.AuditID != last.AuditID {
				cov += " " + viEn(lang, "lần #", "audit #") + fmt.Sprint(seen.AuditID)
			}
			change = coverageChange(s.Points)
		}
		t.AppendRow(table.Row{s.ID, s.Name, len(s.Points), fmtAuditTime(last.StartedAt), cov, change, sparkline(s.Points)})
	}
	t.SetColumnConfigs([]table.ColumnConfig{
		{Number: 2, WidthMax: 36, WidthMaxEnforcer: text.WrapSoft},
		{Number: 3, Align: text.AlignRight},
		{Number: 5, Align: text.AlignRight},
		{Number: 6, Align: text.AlignRight},
	})
	t.Render()
	fmt.Fprintln(e.stdout, viEn(lang, "Xu hướng: mỗi cột là một lần kiểm tra (▁ 0% … █ 100%; · không truy cập được).",
		"Trend: one bar per audit (▁ 0% … █ 100%; · unreachable)."))
	return nil
}

// coverageChange is the change of coverage between the last two audits
// that read the portal, in percentage points.
func coverageChange(ps []historyPoint) string {
	var seen []historyPoint
	for _, p := range ps {
		if p.Status != verdict.StatusUnreachable {
			seen = append(seen, p)
		}
	}
	if len(seen) < 2 {
		return ""
	}
	d := (seen[len(seen)-1].Coverage - seen[len(seen)-2].Coverage) * 100
	switch {
	case math.Abs(d) < 0.05:
		return "="
	case d > 0:
		return fmt.Sprintf("▲ +%.1f", d)
	}
	return fmt.Sprintf("▼ %.1f", d)
}

func printPortalHistory(e *env, lang msg.Lang, s portalSeries) error {
	fmt.Fprintf(e.stdout, "%s — %s\n", s.ID, s.Name)
	if len(s.Points) == 0 {
		fmt.Fprintln(e.stdout, viEn(lang, "Cổng này chưa được kiểm tra lần nào.", "This portal has not been audited yet."))
		return nil
	}
	t := newStoreTable(e.stdout)
	t.AppendHeader(table.Row{viEn(lang, "Lần", "Audit"), viEn(lang, "Thời gian", "Time"), viEn(lang, "Trạng thái", "Status"),
		viEn(lang, "Bắt buộc", "Required"), viEn(lang, "Đã công khai", "Found"), viEn(lang, "Độ phủ", "Coverage"), viEn(lang, "Tải về / dùng lại", "Fetched / reused")})
	for _, p := range s.Points {
		cov := coveragePct(p.Coverage)
		if p.Status == verdict.StatusUnreachable {
			cov = "—"
		}
		t.AppendRow(table.Row{fmt.Sprintf("#%d", p.AuditID), fmtAuditTime(p.StartedAt), msg.StatusLabel(lang, p.Status),
			p.Required, p.Found, cov, byteSize(p.Bytes) + " / " + byteSize(p.BytesReused)})
	}
	t.SetColumnConfigs([]table.ColumnConfig{
		{Number: 4, Align: text.AlignRight},
		{Number: 5, Align: text.AlignRight},
		{Number: 6, Align: text.AlignRight},
		{Number: 7, Align: text.AlignRight},
	})
	t.Render()
	fmt.Fprintf(e.stdout, "%s %s\n", viEn(lang, "Xu hướng:", "Trend:"), sparkline(s.Points))
	return nil
}

// humanBytes shows a byte count in KB/MB.
func byteSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
