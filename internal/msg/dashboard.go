package msg

// dashboard holds the texts of the web dashboard (`tthcaudit serve`) that
// the reports do not use; T reads it after messages.
var dashboard = map[string]message{
	"app.title":         {"Giám sát công khai thủ tục hành chính", "Administrative procedure publication monitor"},
	"nav.overview":      {"Tổng quan", "Overview"},
	"nav.tickets":       {"Phiếu theo dõi", "Tickets"},
	"nav.audits":        {"Các lần kiểm tra", "Audits"},
	"lang.other":        {"English", "Tiếng Việt"},
	"btn.run":           {"Kiểm tra ngay", "Run audit now"},
	"run.running":       {"Đang kiểm tra các cổng… (bắt đầu lúc %s). Các trang vẫn dùng được; trang tổng quan tự cập nhật khi có kết quả.", "Audit running… (started %s). The pages stay usable; the overview updates itself when the results are in."},
	"run.started":       {"Đã bắt đầu kiểm tra. Kết quả sẽ hiện khi kiểm tra xong.", "The audit has started. Its results appear when it ends."},
	"run.busy":          {"Đang có một lần kiểm tra chạy, chưa thể bắt đầu lần khác. Vui lòng chờ lần này xong.", "An audit is already running; wait for it to finish."},
	"run.failed":        {"Lần kiểm tra lúc %s không thành công: %s", "The audit at %s failed: %s"},
	"run.refused":       {"Yêu cầu bị từ chối vì không đến từ trang này (%s). Hãy mở lại trang tổng quan rồi bấm nút.", "Request refused: it did not come from this site (%s). Reopen the overview and press the button."},
	"last.audit":        {"Lần kiểm tra gần nhất", "Last audit"},
	"last.none":         {"Chưa có lần kiểm tra nào được lưu. Bấm “Kiểm tra ngay” để bắt đầu.", "No audit stored yet. Press “Run audit now” to start."},
	"last.done":         {"hoàn thành", "finished"},
	"schedule.next":     {"Kiểm tra tự động: mỗi %s; lần tới lúc %s.", "Scheduled audits: every %s; next at %s."},
	"schedule.none":     {"Chưa đặt lịch kiểm tra tự động.", "No scheduled audits."},
	"col.trend":         {"Diễn biến", "Trend"},
	"col.open_tickets":  {"Phiếu đang mở", "Open tickets"},
	"col.audited_at":    {"Kiểm tra lúc", "Audited at"},
	"col.ticket":        {"Mã phiếu", "Ticket"},
	"col.state":         {"Trạng thái", "State"},
	"col.opened":        {"Mở lúc", "Opened"},
	"col.resolved":      {"Xử lý lúc", "Resolved"},
	"col.evidence":      {"Bằng chứng", "Evidence"},
	"col.contact":       {"Liên hệ", "Contact"},
	"col.audit":         {"Lần kiểm tra", "Audit"},
	"col.started":       {"Bắt đầu", "Started"},
	"col.finished":      {"Kết thúc", "Finished"},
	"col.portals":       {"Số cổng", "Portals"},
	"col.event":         {"Thay đổi", "Change"},
	"chart.trend":       {"Tỷ lệ thủ tục đã công khai qua các lần kiểm tra", "Share of required procedures published, audit by audit"},
	"chart.history":     {"Lịch sử tỷ lệ công khai", "Coverage history"},
	"chart.none":        {"Chưa có dữ liệu để vẽ biểu đồ.", "No data to chart yet."},
	"overview.portals":  {"Các cổng thông tin", "Portals"},
	"overview.total":    {"Toàn tỉnh: %s/%s thủ tục bắt buộc đã công khai (%s%%), %s phiếu đang mở.", "Province: %s of %s required procedures published (%s%%), %s open tickets."},
	"portal.none":       {"Cổng này chưa được kiểm tra lần nào.", "This portal has not been audited yet."},
	"portal.start":      {"Trang bắt đầu", "Start page"},
	"portal.audit":      {"Theo lần kiểm tra số %d, lúc %s", "From audit #%d, %s"},
	"portal.tickets":    {"Xem %s phiếu đang mở của cổng này", "See this portal's %s open tickets"},
	"portal.unknown":    {"Không có cổng nào mang mã này.", "No portal has this id."},
	"tickets.title":     {"Phiếu theo dõi thủ tục còn thiếu", "Missing-procedure tickets"},
	"tickets.count":     {"%s phiếu", "%s tickets"},
	"tickets.none":      {"Không có phiếu nào khớp bộ lọc.", "No ticket matches the filter."},
	"filter.portal":     {"Cổng", "Portal"},
	"filter.state":      {"Trạng thái", "State"},
	"filter.all_portal": {"Tất cả các cổng", "All portals"},
	"filter.all_state":  {"Mọi trạng thái", "Any state"},
	"filter.apply":      {"Lọc", "Filter"},
	"export.csv":        {"Tải về CSV", "Download CSV"},
	"export.xlsx":       {"Tải về Excel", "Download Excel"},
	"ticket.open":       {"Đang mở", "Open"},
	"ticket.resolved":   {"Đã xử lý", "Resolved"},
	"event.opened":      {"Mở phiếu", "Opened"},
	"event.resolved":    {"Đã xử lý", "Resolved"},
	"event.reopened":    {"Mở lại", "Reopened"},
	"audits.title":      {"Các lần kiểm tra đã lưu", "Stored audits"},
	"audits.none":       {"Chưa có lần kiểm tra nào.", "No audit yet."},
	"audit.title":       {"Lần kiểm tra số %d", "Audit #%d"},
	"audit.downloads":   {"Tải báo cáo", "Download the reports"},
	"audit.html":        {"Báo cáo HTML (xem, in)", "HTML report (view, print)"},
	"audit.xlsx":        {"Báo cáo Excel (ký, nộp)", "Excel report"},
	"audit.json":        {"Báo cáo JSON (cho phần mềm khác)", "JSON report (for software)"},
	"audit.missing":     {"Danh sách thủ tục còn thiếu (CSV)", "Missing procedures (CSV)"},
	"audit.events":      {"Thay đổi phiếu trong lần kiểm tra này", "Ticket changes in this audit"},
	"audit.no_events":   {"Không có phiếu nào thay đổi.", "No ticket changed."},
	"audit.unknown":     {"Không có lần kiểm tra này.", "No such audit."},
	"err.host": {"Yêu cầu bị từ chối: tên máy chủ (Host) không phải tên của bảng điều khiển. Hãy mở bảng điều khiển theo địa chỉ nó được khởi động, hoặc thêm tên này bằng --allow-host.",
		"Request refused: the Host name is not the dashboard's. Open the dashboard at the address it was started on, or add this name with --allow-host."},
	"err.method":   {"Phương thức không được hỗ trợ ở địa chỉ này.", "Method not allowed at this address."},
	"err.notfound": {"Không tìm thấy trang.", "Page not found."},
	"err.internal": {"Lỗi khi đọc cơ sở dữ liệu. Chi tiết đã ghi vào nhật ký máy chủ.", "Could not read the database. The details are in the server log."},
	"back":         {"← Về trang tổng quan", "← Back to the overview"},
	"open.page":    {"Mở trang", "Open page"},
	"more.found":   {"Xem %s thủ tục đã công khai", "Show the %s published procedures"},
}

// init adds the other tables to messages: one catalogue, looked up in one
// place. A key in two tables is a programming error caught by any test.
func init() {
	for _, t := range []map[string]message{dashboard, commands, catalogWords, national} {
		for k, m := range t {
			if _, dup := messages[k]; dup {
				panic("msg: key " + k + " defined twice")
			}
			messages[k] = m
		}
	}
}
