package msg

// commands holds the texts of the command line and of the audit session:
// warnings, errors and hints that are not part of a report.
var commands = map[string]message{
	// Notes of a portal's verdict (rules) and of its crawl (crawler).
	"note.unreachable": {"Không tải được trang bắt đầu nào của cổng: chưa đánh giá được, không coi là thiếu thủ tục.",
		"No start page of the portal loaded: it could not be assessed, and nothing is counted as missing."},
	"note.partial":      {"Thu thập chưa trọn vẹn: kết quả có thể thiếu (%s).", "The crawl is incomplete: findings may be missing (%s)."},
	"note.partial.bare": {"Thu thập chưa trọn vẹn: kết quả có thể thiếu.", "The crawl is incomplete: findings may be missing."},
	"note.script":       {"Trang có vẻ được tạo bằng JavaScript; hãy bật render_js", "The pages look built by JavaScript; set render_js: true"},
	"note.no_levels": {"Danh mục không ghi cấp thực hiện: thủ tục chỉ được tính là bắt buộc qua agency, require.fields hoặc require.codes.",
		"The catalogue gives no levels: procedures are required only through agency, require.fields or require.codes."},
	"note.no_required": {"Không có thủ tục nào trong danh mục phải công bố trên cổng này (kiểm tra level, agency và require trong cấu hình).",
		"No procedure of the catalogue must be published on this portal (check level, agency and require in the configuration)."},
	"note.disputed": {"%d mục có mã và tên không cùng một thủ tục, cần kiểm tra: %s",
		"%d entries show a code and a name of different procedures; check them: %s"},
	"note.disputed.item": {"%q (%s) được tính là %s, không phải %s", "%q (%s) counted as %s, not %s"},
	"note.disputed.none": {"không thủ tục nào", "no procedure"},
	"crawl.cancelled":    {"thu thập bị dừng", "crawl cancelled"},
	"crawl.deadline":     {"hết thời gian thu thập", "crawl deadline reached"},
	"crawl.max_pages": {"đã đạt max_pages (%d), còn %d liên kết chưa thăm",
		"max_pages (%d) reached with %d links not visited"},
	"crawl.failed_list_pages": {"%d trang có thể liệt kê thủ tục không tải được", "%d pages that may list procedures did not load"},
	"crawl.entry_cap": {"Trang %s có hơn %d thủ tục: chỉ đọc %d mục đầu, bỏ qua %d mục.",
		"Page %s lists more than %d procedures: only the first %d were read, %d skipped."},
	"warning":              {"cảnh báo (warning)", "warning"},
	"error":                {"lỗi (error)", "error"},
	"session.db.hint":      {`dùng --db "" để kiểm tra mà không lưu`, `pass --db "" to audit without storing`},
	"session.since.failed": {"không so sánh được với lần kiểm tra trước", "cannot compare with the last audit"},
	"delivery.webhook.failed": {"không gửi được %d sự kiện phiếu qua webhook, sẽ gửi lại ở lần kiểm tra sau",
		"%d ticket events not delivered by webhook; the next audit retries"},
	"delivery.webhook.unrecorded": {"đã gửi webhook nhưng không ghi nhận được (lần sau có thể gửi lại các sự kiện này)",
		"webhook delivered, but could not record it (the next audit may send these events again)"},
	"delivery.mail.failed": {"không gửi được thư cho %s, sẽ gửi lại ở lần kiểm tra sau",
		"mail to %s not sent; the next audit retries"},
	"delivery.mail.unrecorded": {"đã gửi thư cho %s nhưng không ghi nhận được", "mail to %s sent, but could not record it"},
}
