package msg

// national holds the texts of `catalog fetch`, of publication by link and
// of the catalogue's own findings (records of the national database that
// lack required parts).
var national = map[string]message{
	"fetch.noout":   {"cần --out PATH.csv hoặc PATH.xlsx", "--out PATH.csv or PATH.xlsx is required"},
	"fetch.badout":  {"--out %q: chỉ ghi được .csv hoặc .xlsx", "--out %q: only .csv or .xlsx can be written"},
	"fetch.badfrom": {"--from %q không phải địa chỉ http(s)", "--from %q is not an http(s) address"},
	"fetch.baddept": {"--department %q: mã đơn vị chỉ gồm chữ, số, dấu chấm và gạch", "--department %q: a unit code holds letters, digits, dots and dashes only"},
	"fetch.unreadable": {"không đọc được danh mục từ %s sau nhiều lần thử: %v (tiến độ đã lưu ở %s; chạy lại lệnh để tiếp tục)",
		"cannot read the list from %s after retries: %v (progress kept in %s; run the command again to resume)"},
	"fetch.cantwrite": {"%s: không ghi được tệp: %v", "%s: cannot write the file: %v"},
	"fetch.list":      {"Đang đọc danh sách: %d thủ tục", "Reading the list: %d procedures"},
	"fetch.detail":    {"Đang đọc chi tiết", "Reading the records"},
	"fetch.resumed":   {"Tiếp tục từ lần trước: %d thủ tục đã có, không đọc lại.", "Resuming: %d records already read are not read again."},
	"fetch.done": {"Đã ghi %d thủ tục vào %s (%d yêu cầu). Hồ sơ trên CSDL thiếu bộ phận bắt buộc: %d.",
		"Wrote %d procedures to %s (%d requests). Records lacking required parts on the national database: %d."},
	"fetch.levels": {"Theo cấp: tỉnh %d · xã %d · bộ %d · cơ quan khác %d", "By level: province %d · commune %d · ministry %d · other agency %d"},

	"demo.bad_era": {"--era %q: chọn 2018 hoặc 2025", "--era %q: choose 2018 or 2025"},

	"show.lacking": {"Hồ sơ trên CSDL quốc gia thiếu bộ phận bắt buộc: %s", "Records lacking required parts on the national database: %s"},

	// Publication by link.
	"sec.by_link":      {"Công bố bằng liên kết", "Published by link"},
	"col.link_host":    {"Liên kết tới", "Link to"},
	"sec.wrong_link":   {"Liên kết sai thủ tục", "Links to the wrong procedure"},
	"col.linked_code":  {"Mã của trang được liên kết", "Code of the linked page"},
	"note.by_link.off": {"%d thủ tục chỉ có liên kết tới cổng dịch vụ công; cấu hình không chấp nhận công bố bằng liên kết (accept_by_link) nên vẫn tính là thiếu.", "%d procedures are only linked to a public-service portal; the configuration does not accept publication by link (accept_by_link), so they count as missing."},
	"note.by_link.on":  {"%d thủ tục được công bố bằng liên kết tới cổng dịch vụ công.", "%d procedures are published by a link to a public-service portal."},

	// The catalogue's own records.
	"sec.catalog_lacks":   {"Hồ sơ TTHC trên CSDL quốc gia thiếu bộ phận bắt buộc (khoản 2 Điều 8 NĐ 63/2010)", "Records of the national database lacking required parts (Decree 63/2010, art. 8.2)"},
	"col.lacks":           {"Bộ phận còn thiếu", "Parts lacking"},
	"sheet.catalog_lacks": {"Hồ sơ CSDL thiếu", "Records lacking"},
	"catalog_lacks.field": {"%s: %d hồ sơ", "%s: %d records"},
	"catalog_lacks.none":  {"Mọi hồ sơ đều đủ các bộ phận bắt buộc.", "Every record has the required parts."},
}
