package rules

import (
	"sort"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/crawler"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// Notes the verdict can carry: message keys (internal/msg) the reports
// show in the reader's language.
const (
	NoteUnreachable = "note.unreachable"
	NotePartial     = "note.partial"
	NoteScript      = "note.script"
	NoteNoLevels    = "note.no_levels"
	NoteNoRequired  = "note.no_required"
	NoteDisputed    = "note.disputed"
)

// checkStatus sets the crawl figures, the status (ok, partial,
// unreachable), the failed pages and the notes.
func checkStatus() Check {
	return Check{ID: "status", Run: func(s *State) {
		v := s.Verdict
		r := s.In.Crawl
		if r != nil {
			v.Crawl = verdict.CrawlSummary{
				Pages: r.Stats.Pages, Errors: r.Stats.Errors, Skipped: r.Stats.Skipped,
				DurationMS: r.Stats.Duration.Milliseconds(),
				Bytes:      r.Stats.Bytes, BytesReused: r.Stats.BytesReused,
			}
			var failed []verdict.Finding
			for _, f := range r.FailedPages {
				failed = append(failed, verdict.Finding{Kind: verdict.KindFailedPage, URL: f.URL, Status: f.Status, Reason: pageErrorReason(f)})
			}
			sort.SliceStable(failed, func(i, j int) bool { return failed[i].URL < failed[j].URL })
			v.Add(failed...)
			for _, f := range r.PageErrors {
				v.Add(verdict.Finding{Kind: verdict.KindPageError, URL: f.URL, Status: f.Status, Reason: pageErrorReason(f), From: f.From})
			}
		}
		switch {
		case s.Unreachable:
			v.Status = verdict.StatusUnreachable
			if r != nil && r.Blocked != nil {
				// It kept the crawler out: say how, with the page.
				v.Notes = append(v.Notes, msg.N("note.blocked", r.Blocked.Note()))
			} else {
				v.Notes = append(v.Notes, msg.N(NoteUnreachable))
			}
		case r.Partial || len(r.FailedPages) > 0:
			v.Status = verdict.StatusPartial
			// The crawl says why it is partial, failed pages included.
			reasons := r.PartialReasons
			if len(reasons) == 0 && len(r.FailedPages) > 0 {
				reasons = []msg.Note{msg.N("crawl.failed_list_pages", len(r.FailedPages))}
			}
			if len(reasons) == 0 {
				v.Notes = append(v.Notes, msg.N(NotePartial+".bare"))
			} else {
				v.Notes = append(v.Notes, msg.N(NotePartial, reasons))
			}
		default:
			v.Status = verdict.StatusOK
		}
		if r != nil {
			v.Notes = append(v.Notes, r.Notes...)
			for _, t := range r.Traps {
				v.Notes = append(v.Notes, t.Note())
			}
		}
		if tc := s.In.Portal.TLS; tc != nil && tc.InsecureSkipVerify {
			// Every report says it: the pages were read without a verified
			// certificate, so an impostor could have served them.
			v.Notes = append(v.Notes, msg.N("note.tls_insecure"))
		}
		if r != nil && r.ScriptRendered && !s.In.Portal.RenderJS {
			v.Notes = append(v.Notes, msg.N(NoteScript))
		}
		if s.In.Catalog != nil && len(s.Required) == 0 && len(s.In.Catalog.Procedures) > 0 {
			if !hasLevels(s.In.Catalog) {
				v.Notes = append(v.Notes, msg.N(NoteNoLevels))
			} else {
				v.Notes = append(v.Notes, msg.N(NoteNoRequired))
			}
		}
	}}
}

// pageErrorReason is why a page did not load: its kind, and the detail.
func pageErrorReason(f crawler.PageError) string {
	if f.Detail == "" {
		return f.Kind
	}
	return strings.TrimSpace(f.Kind + ": " + f.Detail)
}
