package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/reports"
	"github.com/tthcaudit/tthcaudit/internal/store"
	"github.com/tthcaudit/tthcaudit/internal/tickets"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// History prints each portal's coverage over the stored audits (only
// portal's when it is not empty).
func History(ctx context.Context, e *Env, a StoreArgs, portal string) error {
	return a.withStore(func(cfg *config.Config, st *store.Store, lang msg.Lang) error {
		var points []store.Point
		if st != nil {
			var err error
			if points, err = st.History(ctx, ""); err != nil {
				return BadInput("%v", err)
			}
		}
		if _, ok := cfg.Portal(portal); portal != "" && !ok && !store.HasPortal(points, portal) {
			return BadInput("--portal %q: %s lists no such portal (it lists: %s)", portal, cfg.Path, strings.Join(cfg.PortalIDs(), ", "))
		}
		series := store.BuildSeries(cfg, points, portal)
		switch {
		case a.JSON:
			return printJSON(e.Stdout, store.HistoryJSON{Portals: series})
		case len(points) == 0:
			noAudits(e, lang, a.dbPath(cfg))
			return nil
		case portal != "":
			return reports.PortalHistory(e.Stdout, lang, series[0])
		}
		return reports.History(e.Stdout, lang, series)
	})
}

// LastDiff prints what changed between the last two stored audits.
func LastDiff(ctx context.Context, e *Env, a StoreArgs) error {
	return a.withStore(func(cfg *config.Config, st *store.Store, lang msg.Lang) error {
		var d *verdict.Diff
		if st != nil {
			var err error
			if d, err = st.LastDiff(ctx); err != nil {
				return BadInput("%v", err)
			}
		}
		switch {
		case d == nil && a.JSON:
			return printJSON(e.Stdout, map[string]any{"from": nil, "to": nil, "portals": []any{}})
		case d == nil && st == nil:
			noAudits(e, lang, a.dbPath(cfg))
		case d == nil:
			fmt.Fprintln(e.Stderr, "tthcaudit: "+msg.T(lang, "store.one"))
		case a.JSON:
			return printJSON(e.Stdout, d)
		default:
			reports.DiffTable(e.Stdout, lang, d)
		}
		return nil
	})
}

// Tickets lists the stored missing-procedure tickets (the open ones only
// with openOnly), as a table, JSON or CSV.
func Tickets(ctx context.Context, e *Env, a StoreArgs, openOnly, csvOut bool) error {
	if a.JSON && csvOut {
		return BadInput("--json and --csv: choose one")
	}
	return a.withStore(func(cfg *config.Config, st *store.Store, lang msg.Lang) error {
		ts := []tickets.Ticket{}
		if st != nil {
			var err error
			if ts, err = st.Tickets(ctx, openOnly); err != nil {
				return BadInput("%v", err)
			}
		}
		switch {
		case a.JSON:
			if st != nil {
				// The contract's JSON carries each ticket's history: the
				// audits' changes and the officers' marks.
				var err error
				if ts, err = st.WithHistory(ctx, ts); err != nil {
					return BadInput("%v", err)
				}
			}
			return tickets.WriteJSON(e.Stdout, ts)
		case csvOut:
			return tickets.WriteCSV(e.Stdout, ts)
		case st == nil:
			noAudits(e, lang, a.dbPath(cfg))
			return nil
		}
		reports.TicketList(e.Stdout, lang, ts, openOnly, e.Width)
		return nil
	})
}
