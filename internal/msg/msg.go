package msg

import (
	"fmt"
	"strings"
)

// Lang is the language of user-facing text: Vietnamese (the default) or English.
type Lang string

// Languages.
const (
	Vietnamese Lang = "vi"
	English    Lang = "en"
)

// ParseLang reads a --lang value; the empty string means Vietnamese.
func ParseLang(s string) (Lang, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "vi", "vie", "vietnamese", "tieng-viet":
		return Vietnamese, nil
	case "en", "eng", "english":
		return English, nil
	}
	// The reader's language is what is unknown: say it in both.
	return Vietnamese, fmt.Errorf("%s (%s)", Tf(Vietnamese, "lang.bad", s), Tf(English, "lang.bad", s))
}

// Norm maps anything but English to Vietnamese, the default.
func (l Lang) Norm() Lang {
	if l == English {
		return English
	}
	return Vietnamese
}

// T returns the label key in lang. An unknown language falls back to
// Vietnamese; an unknown key is returned as is so that a typo shows up in the
// output instead of an empty cell.
func T(lang Lang, key string) string {
	m, ok := messages[key]
	if !ok {
		return key
	}
	if lang == English {
		return m.en
	}
	return m.vi
}

// Has reports whether key is in the catalogue.
func Has(key string) bool {
	_, ok := messages[key]
	return ok
}

// Tf is T followed by fmt.Sprintf with args.
func Tf(lang Lang, key string, args ...any) string {
	return fmt.Sprintf(T(lang, key), args...)
}

// StatusLabel is the user-facing word for a portal status (rules.Status*).
func StatusLabel(lang Lang, status string) string {
	if _, ok := messages["status."+status]; ok {
		return T(lang, "status."+status)
	}
	return status
}

// LevelLabel is the user-facing name of a portal level (bo, tinh, huyen, xa, khac).
func LevelLabel(lang Lang, level string) string {
	if _, ok := messages["level."+level]; ok {
		return T(lang, "level."+level)
	}
	return level
}

type message struct{ vi, en string }

// messages holds every label the renderers and the commands print. Keys are
// grouped by prefix: status., level., col. (column headers), sec. (section
// headings), check. (the check command), sign. (the signature block).
var messages = map[string]message{
	// Portal statuses.
	"status.ok":          {"Đầy đủ", "OK"},
	"status.partial":     {"Chưa đầy đủ (lỗi tải trang)", "Partial"},
	"status.unreachable": {"Không truy cập được", "Unreachable"},

	// Check verdicts.
	"check.pass": {"ĐẠT", "PASS"},
	"check.fail": {"KHÔNG ĐẠT", "FAIL"},

	// Levels.
	"level.bo":    {"Bộ", "Ministry"},
	"level.tinh":  {"Tỉnh", "Province"},
	"level.huyen": {"Huyện", "District"},
	"level.xa":    {"Xã", "Commune"},
	"level.khac":  {"Khác", "Other"},

	// Column headers.
	"col.no":                     {"STT", "No."},
	"col.portal":                 {"Cổng thông tin", "Portal"},
	"col.portal_id":              {"Mã cổng", "Portal ID"},
	"col.level":                  {"Cấp", "Level"},
	"col.required":               {"Phải công khai", "Required"},
	"col.found":                  {"Đã công khai", "Found"},
	"col.coverage":               {"Tỷ lệ (%)", "Coverage (%)"},
	"col.missing":                {"Còn thiếu", "Missing"},
	"col.obsolete":               {"Đã bãi bỏ còn đăng", "Obsolete"},
	"col.incomplete":             {"Thiếu nội dung", "Incomplete"},
	"col.broken":                 {"Liên kết hỏng", "Broken links"},
	"col.status":                 {"Trạng thái quét", "Crawl status"},
	"col.code":                   {"Mã TTHC", "Code"},
	"col.name":                   {"Tên thủ tục", "Procedure"},
	"col.field":                  {"Lĩnh vực", "Field"},
	"col.url":                    {"Địa chỉ trang", "Page"},
	"col.sections":               {"Mục còn thiếu", "Missing sections"},
	"col.http":                   {"Mã lỗi", "HTTP status"},
	"col.from":                   {"Trang dẫn đến", "Linked from"},
	"col.text":                   {"Nội dung", "Text"},
	"col.candidates":             {"Thủ tục gần giống", "Close to"},
	"col.published_name":         {"Tên đăng trên cổng", "Published name"},
	"col.reason":                 {"Lý do", "Reason"},
	"col.current_name":           {"Tên theo danh mục hiện hành", "Name in the current catalogue"},
	"col.candidate":              {"Thủ tục gần nhất", "Closest procedure"},
	"col.score":                  {"Độ giống", "Score"},
	"col.why":                    {"Lý do chưa nhận", "Why not accepted"},
	"review.distinguishing_word": {"khác một từ phân biệt các thủ tục", "differs by a word that tells procedures apart"},
	"review.low_score":           {"độ giống chưa đủ", "not close enough"},
	"review.close_candidates":    {"gần giống nhiều thủ tục", "close to several procedures"},
	"review.twins":               {"tên trùng ở nhiều cấp, không rõ cấp nào", "the same name at several levels; which one is unclear"},
	"review.substituted_words":   {"có từ bị thay bằng từ khác", "words replaced by others"},
	"review.other_level":         {"thuộc cấp khác với cổng", "belongs to another level than the portal"},
	"review.merged_procedure":    {"tên thủ tục cũ, nay đã hợp nhất vào thủ tục này", "an old procedure's title, now merged into this one"},
	"col.match":                  {"Cách khớp", "Match"},
	"col.pages":                  {"Số trang đã quét", "Pages crawled"},
	"col.errors":                 {"Lỗi tải trang", "Fetch errors"},
	"col.skipped":                {"Bỏ qua", "Skipped"},
	"col.duration":               {"Thời gian quét", "Crawl time"},
	"col.required_flag":          {"Bắt buộc", "Required here"},

	// Report headings and figures.
	"report.title":    {"Báo cáo rà soát công khai thủ tục hành chính", "Administrative procedure publication audit"},
	"report.catalog":  {"Danh mục", "Catalogue"},
	"report.counts":   {"%s thủ tục, %s còn hiệu lực", "%s procedures, %s active"},
	"report.started":  {"Bắt đầu", "Started"},
	"report.finished": {"Kết thúc", "Finished"},
	"report.portals":  {"Số cổng rà soát", "Portals audited"},
	"report.print":    {"In báo cáo", "Print"},
	"total":           {"Tổng cộng", "Total"},
	"none":            {"Không có", "None"},
	"yes":             {"Có", "Yes"},
	"no":              {"Không", "No"},
	"more":            {"… và %d thủ tục khác (xem report.html)", "… and %d more (see report.html)"},

	// Section headings.
	"sec.summary":      {"Tổng hợp", "Summary"},
	"sec.missing":      {"Thủ tục còn thiếu", "Missing procedures"},
	"sec.found":        {"Thủ tục đã công khai", "Published procedures"},
	"sec.obsolete":     {"Thủ tục đã bãi bỏ vẫn còn đăng", "Abolished procedures still published"},
	"sec.incomplete":   {"Thủ tục thiếu nội dung", "Procedure pages lacking sections"},
	"sec.broken":       {"Liên kết hỏng", "Broken links"},
	"sec.unmatched":    {"Mục không khớp thủ tục nào trong danh mục", "Entries matching no catalogue procedure"},
	"sec.ambiguous":    {"Mục cần xem xét (gần giống nhiều thủ tục)", "Entries to review (close to several procedures)"},
	"sec.fields":       {"Theo lĩnh vực", "By field"},
	"sec.outdated":     {"Thủ tục đăng tên chưa cập nhật theo quyết định mới", "Procedures published under an outdated name"},
	"sec.review":       {"Cần xem xét (tên gần giống nhưng chưa chắc là cùng thủ tục)", "To review (a close name that may be another procedure)"},
	"sec.failed":       {"Trang không tải được", "Pages that failed to load"},
	"sec.page_errors":  {"Trang khác không tải được (không chứa danh sách thủ tục)", "Other pages that did not load (no procedure list)"},
	"sec.failed_pages": {"Trang không tải được", "Pages that failed to load"},
	"sec.notes":        {"Ghi chú", "Notes"},
	"sec.crawl":        {"Kết quả quét", "Crawl"},

	// Notes the renderers add.
	"hint.render_js": {"Không nhận ra thủ tục nào trên các trang đã tải: trang có thể được dựng bằng JavaScript — thử đặt render_js: true cho cổng này.", "No procedure recognised on the pages loaded: the portal may render its pages with JavaScript — try render_js: true for it."},
	"missing.count":  {"Còn thiếu %d thủ tục:", "Missing procedures (%d):"},

	// The check command.
	"check.result":            {"Kết quả", "Result"},
	"check.reasons":           {"Lý do:", "Reasons:"},
	"check.fix":               {"Cần khắc phục (không ảnh hưởng kết quả):", "To fix (does not change the result):"},
	"check.evidence":          {"Đã công khai %d/%d thủ tục phải công khai (%s%%); đã quét %d trang.", "%d of %d required procedures published (%s%%); %d pages crawled."},
	"check.reason.missing":    {"Còn thiếu %d thủ tục phải công khai:", "Required procedures missing (%d):"},
	"check.reason.unreach":    {"Không truy cập được cổng: không trang bắt đầu nào tải được.", "The portal is unreachable: no start page loaded."},
	"check.reason.partial":    {"%d trang có thể chứa thủ tục không tải được (kết quả chưa đầy đủ):", "Pages that could hold procedures and failed to load (%d; findings incomplete):"},
	"check.warn.obsolete":     {"%d thủ tục đã bãi bỏ vẫn còn đăng:", "Abolished procedures still published (%d):"},
	"check.warn.incomplete":   {"%d trang thủ tục thiếu nội dung:", "Procedure pages lacking standard sections (%d):"},
	"check.warn.broken":       {"%d liên kết hỏng:", "Broken links (%d):"},
	"check.warn.ambiguous":    {"%d mục gần giống nhiều thủ tục, cần xem xét:", "Entries close to several procedures, to review (%d):"},
	"check.criterion":         {"Tiêu chí: công khai đủ 100% thủ tục phải công khai và quét được toàn bộ cổng.", "Criterion: 100% of required procedures published and the whole portal crawled."},
	"check.sections.missing":  {"thiếu: %s", "lacks: %s"},
	"check.broken.from":       {"từ %s", "from %s"},
	"check.ambiguous.between": {"gần giống: %s", "close to: %s"},

	// The "since last audit" section (verdict.Diff).
	"sec.since":              {"So với lần trước (%s)", "Since last audit (%s)"},
	"since.nothing":          {"Không có thay đổi.", "Nothing changed."},
	"since.newly_missing":    {"Mới bị thiếu", "Newly missing"},
	"since.fixed":            {"Đã được bổ sung", "Fixed"},
	"since.newly_obsolete":   {"Thủ tục đã bãi bỏ mới xuất hiện", "Abolished procedures newly published"},
	"since.obsolete_removed": {"Thủ tục đã bãi bỏ đã gỡ xuống", "Abolished procedures taken down"},
	"since.renamed":          {"Cổng đổi tên", "Renamed on the portal"},
	"since.new":              {"cổng mới, chưa có lần trước để so sánh", "new portal: nothing to compare with"},
	"since.removed":          {"không được kiểm tra lần này", "not audited this time"},
	"since.unseen":           {"không so sánh được (không truy cập được ở một trong hai lần)", "not compared (unreachable in one of the two audits)"},
	"since.partial":          {"đọc chưa hết", "partial"},
	"since.previous":         {"Lần trước", "Previous audit"},
	"since.current":          {"Lần này", "This audit"},
	"col.coverage_before":    {"Tỷ lệ lần trước (%)", "Coverage before (%)"},
	"col.coverage_after":     {"Tỷ lệ lần này (%)", "Coverage now (%)"},
	"col.change":             {"Thay đổi", "Change"},
	"col.detail":             {"Chi tiết", "Detail"},
	"col.newly_missing":      {"Mới thiếu", "Newly missing"},
	"col.fixed":              {"Đã bổ sung", "Fixed"},
	"col.newly_obsolete":     {"Bãi bỏ mới đăng", "Newly obsolete"},
	"col.obsolete_removed":   {"Bãi bỏ đã gỡ", "Obsolete removed"},
	"col.renamed":            {"Đổi tên", "Renamed"},
	"note.bytes_saved":       {"Đã tiết kiệm %s nhờ trang không đổi (dùng lại bản đã lưu).", "%s saved thanks to unchanged pages (reused from the cache)."},

	// Workbook.
	"sheet.summary":  {"Tổng hợp", "Summary"},
	"sheet.since":    {"So với lần trước", "Since last audit"},
	"sign.preparer":  {"Người lập biểu", "Prepared by"},
	"sign.head":      {"Thủ trưởng đơn vị", "Head of unit"},
	"sign.prep_hint": {"(Ký, ghi rõ họ tên)", "(Signature and full name)"},
	"sign.head_hint": {"(Ký tên, đóng dấu)", "(Signature and seal)"},
	"sign.date":      {"…………, ngày %d tháng %d năm %d", "…………, %[3]d-%02[2]d-%02[1]d"},
}
