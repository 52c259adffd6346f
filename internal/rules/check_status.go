package rules

import (
	"fmt"
	"sort"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// Notes the verdict can carry (Vietnamese, the users' language). They are
// exported so that the renderers can show them in English with --lang en.
const (
	NoteUnreachable = "Không tải được trang bắt đầu nào của cổng: chưa đánh giá được, không coi là thiếu thủ tục."
	NotePartial     = "Thu thập chưa trọn vẹn: kết quả có thể thiếu"
	NoteScript      = "Trang có vẻ được tạo bằng JavaScript; hãy bật render_js"
	NoteNoLevels    = "Danh mục không ghi cấp thực hiện: thủ tục chỉ được tính là bắt buộc qua agency, require.fields hoặc require.codes."
	NoteFailedPages = "; %d trang không tải được"
	NoteNoRequired  = "Không có thủ tục nào trong danh mục phải công bố trên cổng này (kiểm tra level, agency và require trong cấu hình)."
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
				reason := f.Kind
				if f.Detail != "" {
					reason = strings.TrimSpace(reason + ": " + f.Detail)
				}
				failed = append(failed, verdict.Finding{Kind: verdict.KindFailedPage, URL: f.URL, Status: f.Status, Reason: reason})
			}
			sort.SliceStable(failed, func(i, j int) bool { return failed[i].URL < failed[j].URL })
			v.Add(failed...)
		}
		switch {
		case s.Unreachable:
			v.Status = verdict.StatusUnreachable
			v.Notes = append(v.Notes, NoteUnreachable)
		case r.Partial || len(r.FailedPages) > 0:
			v.Status = verdict.StatusPartial
			note := NotePartial
			if len(r.PartialReasons) > 0 {
				note += " (" + strings.Join(r.PartialReasons, "; ") + ")"
			}
			if len(r.FailedPages) > 0 {
				note += fmt.Sprintf(NoteFailedPages, len(r.FailedPages))
			}
			v.Notes = append(v.Notes, note+".")
		default:
			v.Status = verdict.StatusOK
		}
		if r != nil {
			v.Notes = append(v.Notes, r.Notes...)
		}
		if r != nil && r.ScriptRendered && !s.In.Portal.RenderJS {
			v.Notes = append(v.Notes, NoteScript)
		}
		if s.In.Catalog != nil && len(s.Required) == 0 && len(s.In.Catalog.Procedures) > 0 {
			if catalogHasNoLevels(s) {
				v.Notes = append(v.Notes, NoteNoLevels)
			} else {
				v.Notes = append(v.Notes, NoteNoRequired)
			}
		}
	}}
}

func catalogHasNoLevels(s *State) bool {
	for _, p := range s.In.Catalog.Procedures {
		if len(p.Levels) > 0 {
			return false
		}
	}
	return len(s.In.Catalog.Procedures) > 0
}
