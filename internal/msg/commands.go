package msg

// commands holds the texts of the command line and of the audit session:
// warnings, errors and hints that are not part of a report.
var commands = map[string]message{
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
