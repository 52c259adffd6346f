package main

import (
	"fmt"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/jedib0t/go-pretty/v6/table"
	"github.com/jedib0t/go-pretty/v6/text"
	"github.com/spf13/cobra"
)

func init() { register(newDiffCmd) }

func newDiffCmd(e *env) *cobra.Command {
	var f storeFlags
	cmd := &cobra.Command{
		Use:   "diff --config FILE [--json]",
		Short: "So sánh lần kiểm tra gần nhất với lần trước (the last audit against the one before)",
		Long: `So sánh lần kiểm tra gần nhất với lần trước đó: thủ tục mới bị thiếu, đã được bổ sung,
thủ tục đã bãi bỏ mới xuất hiện và thủ tục bị cổng đổi tên (cùng mã, tên công khai khác).
Mã thoát: 0; 1 đầu vào sai.

(Compares the last stored audit with the one before: newly missing, fixed, newly obsolete, renamed on the portal.)`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, st, lang, err := f.readStore(cmd)
			if err != nil {
				return err
			}
			var d *verdict.Diff
			if st != nil {
				defer st.Close()
				if d, err = st.LastDiff(cmd.Context()); err != nil {
					return badInput("%v", err)
				}
			}
			if d == nil {
				if f.json {
					return printJSON(e.stdout, map[string]any{"from": nil, "to": nil, "portals": []any{}})
				}
				if st == nil {
					noAudits(e, lang, f.dbPathOf(cfg))
				} else {
					fmt.Fprintln(e.stderr, viEn(lang,
						"tthcaudit: mới có một lần kiểm tra được lưu; cần ít nhất hai lần để so sánh.",
						"tthcaudit: only one audit is stored; diff needs two."))
				}
				return nil
			}
			if f.json {
				return printJSON(e.stdout, d)
			}
			printDiff(e, lang, d)
			return nil
		},
	}
	f.add(cmd)
	return cmd
}

func printDiff(e *env, lang msg.Lang, d *verdict.Diff) {
	w := e.stdout
	fmt.Fprintf(w, viEn(lang, "So sánh lần kiểm tra #%d (%s) với lần #%d (%s)\n", "Audit #%d (%s) against audit #%d (%s)\n"),
		d.To.ID, fmtAuditTime(d.To.StartedAt), d.From.ID, fmtAuditTime(d.From.StartedAt))
	t := newStoreTable(w)
	t.AppendHeader(table.Row{viEn(lang, "Cổng", "Portal"), viEn(lang, "Độ phủ trước → sau", "Coverage before → after"),
		viEn(lang, "Mới thiếu", "Newly missing"), viEn(lang, "Đã bổ sung", "Fixed"),
		viEn(lang, "Bãi bỏ mới đăng", "Newly obsolete"), viEn(lang, "Đổi tên", "Renamed")})
	for _, p := range d.Portals {
		cov := ""
		switch p.State {
		case verdict.Compared:
			cov = coveragePct(p.CoverageBefore) + " → " + coveragePct(p.CoverageAfter)
			if p.StatusBefore == verdict.StatusPartial || p.StatusAfter == verdict.StatusPartial {
				// Some pages failed to load: the lists may be incomplete.
				cov += viEn(lang, " (đọc chưa hết)", " (partial)")
			}
		case verdict.NewPortal:
			cov = viEn(lang, "cổng mới", "new portal")
		case verdict.Removed:
			cov = viEn(lang, "không còn kiểm tra", "no longer audited")
		case verdict.Unseen:
			cov = viEn(lang, "không so sánh được (không truy cập được)", "not compared (unreachable)")
		}
		t.AppendRow(table.Row{p.Portal, cov, len(p.NewlyMissing), len(p.Fixed), len(p.NewlyObsolete), len(p.Renamed)})
	}
	tot := d.Totals()
	t.AppendFooter(table.Row{viEn(lang, "Tổng", "Total"), "", tot.NewlyMissing, tot.Fixed, tot.NewlyObsolete, tot.Renamed})
	t.SetColumnConfigs([]table.ColumnConfig{
		{Number: 3, Align: text.AlignRight, AlignFooter: text.AlignRight},
		{Number: 4, Align: text.AlignRight, AlignFooter: text.AlignRight},
		{Number: 5, Align: text.AlignRight, AlignFooter: text.AlignRight},
		{Number: 6, Align: text.AlignRight, AlignFooter: text.AlignRight},
	})
	t.Render()
	for _, p := range d.Portals {
		if !p.Changed() {
			continue
		}
		fmt.Fprintf(w, "\n%s — %s\n", p.Portal, p.Name)
		list := func(title string, ps []verdict.ChangedProcedure) {
			if len(ps) == 0 {
				return
			}
			fmt.Fprintf(w, "  %s (%d):\n", title, len(ps))
			for _, x := range ps {
				fmt.Fprintf(w, "    - %s %s\n", x.Code, oneLineText(x.Name))
			}
		}
		list(viEn(lang, "Mới bị thiếu", "Newly missing"), p.NewlyMissing)
		list(viEn(lang, "Đã được bổ sung", "Fixed"), p.Fixed)
		list(viEn(lang, "Thủ tục đã bãi bỏ mới xuất hiện", "Abolished procedures newly published"), p.NewlyObsolete)
		list(viEn(lang, "Thủ tục đã bãi bỏ đã gỡ xuống", "Abolished procedures taken down"), p.ObsoleteRemoved)
		if len(p.Renamed) > 0 {
			fmt.Fprintf(w, "  %s (%d):\n", viEn(lang, "Cổng đổi tên", "Renamed on the portal"), len(p.Renamed))
			for _, r := range p.Renamed {
				fmt.Fprintf(w, "    - %s: «%s» → «%s»\n", r.Code, oneLineText(r.Before), oneLineText(r.After))
			}
		}
	}
	if tot == (verdict.DiffTotals{}) {
		fmt.Fprintln(w, viEn(lang, "Không có thay đổi nào.", "Nothing changed."))
	}
}

// oneLineText keeps a name from a portal on one line of the terminal.
func oneLineText(s string) string { return strings.Join(strings.Fields(s), " ") }
