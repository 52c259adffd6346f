package msg

// help holds the commands' long help (`tthcaudit CMD --help`), Vietnamese
// first with the English in brackets, as cobra shows it to every reader.
var help = map[string]string{
	"audit": `Thu thập các cổng trong tệp cấu hình (hoặc chỉ các cổng --portal), đối chiếu với danh mục TTHC,
in bảng tổng hợp và ghi báo cáo (--json, --out).
Với --evidence DIR: ghi vào DIR gói tài liệu kiểm chứng gồm tệp WARC mọi trang đã tải, ảnh chụp toàn trang
danh sách thủ tục (cổng render_js, hoặc mọi cổng với --screenshots) và manifest.json nối từng phát hiện với
bản ghi của nó; kiểm tra lại bằng "tthcaudit evidence verify DIR". Cổng render_js: true được hiển thị bằng
Chromium (apt-get install -y chromium).
Mã thoát: 0 kiểm tra xong; 1 đầu vào sai hoặc không ghi được gói tài liệu kiểm chứng; 3 với --fail-on-missing khi còn thiếu thủ tục hoặc cổng không truy cập được.

(Crawls the portals of FILE, matches them against the catalogue, prints a summary table and writes the reports.
--evidence DIR writes an evidence pack: a WARC of every page fetched, full-page screenshots of the listing
pages (render_js portals, or every portal with --screenshots) and manifest.json linking each finding to its
records; check it with "tthcaudit evidence verify DIR". Portals with render_js: true are rendered in Chromium.
Exit 0 when the audit finished, 1 on bad input or when the evidence pack could not be written, 3 with --fail-on-missing when a required procedure is missing or a portal is unreachable.)`,
	"catalog_list": `Đọc danh mục gốc (.csv, .xlsx, .json) rồi các quyết định công bố (.pdf, kể cả bản scan, và .docx), áp dụng theo ngày có hiệu lực
đến ngày --as-of (mặc định hôm nay), và ghi danh mục kết quả với các cột Trạng thái (Còn hiệu lực / Đã bãi bỏ / Chưa có hiệu lực),
Hiệu lực từ và Nguồn (quyết định và trang đã thay đổi dòng đó).

(Reads a base catalogue then decisions, applies those in force on --as-of in order of entry into force, and writes the result
with Trạng thái, Hiệu lực từ and Nguồn. Exit 0, or 1 on bad input.)`,
	"check": `Kiểm tra một cổng như lệnh audit và kết luận ĐẠT hoặc KHÔNG ĐẠT kèm lý do.
Với --evidence DIR: ghi vào DIR gói tài liệu kiểm chứng gồm tệp WARC mọi trang đã tải, ảnh chụp toàn trang
danh sách thủ tục (cổng render_js, hoặc mọi cổng với --screenshots) và manifest.json nối từng phát hiện với
bản ghi của nó; kiểm tra lại bằng "tthcaudit evidence verify DIR". Cổng render_js: true được hiển thị bằng
Chromium (apt-get install -y chromium).
Mã thoát: 0 đạt; 3 không đạt; 1 đầu vào sai hoặc không ghi được gói tài liệu kiểm chứng.

(Audits one portal and prints a pass/fail verdict with its reasons.
--evidence DIR writes an evidence pack: a WARC of every page fetched, full-page screenshots of the listing
pages (render_js portals, or every portal with --screenshots) and manifest.json linking each finding to its
records; check it with "tthcaudit evidence verify DIR". Portals with render_js: true are rendered in Chromium.
Exit 0 compliant, 3 not compliant, 1 bad input or an evidence pack that could not be written.)`,
	"demo": `Khởi động các cổng minh hoạ của tỉnh An Giang trên 127.0.0.1 từ dữ liệu đóng gói sẵn, kiểm tra chúng
và in bảng tổng hợp. Không cần mạng, không cần tệp nào.
  --era 2018 (mặc định): ba cấp — tỉnh, huyện Tri Tôn, huyện Thoại Sơn, Sở LĐ-TB&XH, xã Lương Phi.
  --era 2025: hai cấp sau hợp nhất — cổng tỉnh, Cổng Dịch vụ công tỉnh, xã Tri Tôn (công bố bằng liên kết),
              phường Long Xuyên, đặc khu Phú Quốc; danh mục theo CSDL quốc gia.

(Starts the bundled demo portals on loopback, audits them against a catalogue of real national
procedures and prints the table. --era 2018: the three-tier province of the seed letter;
--era 2025: the merged two-tier An Giang, one commune publishing by link. Needs no network and no files.)`,
	"catalog_fetch": `Đọc danh sách thủ tục và từng hồ sơ TTHC qua API công khai của Cổng Dịch vụ công quốc gia (mặc định
https://dichvucong.gov.vn), nhẹ nhàng (tối đa 4 yêu cầu cùng lúc, có nghỉ giữa các yêu cầu, tôn trọng Retry-After),
rồi ghi danh mục: mã, tên, lĩnh vực, Cấp thực hiện (tỉnh / xã / bộ / cơ quan khác), cơ quan thực hiện, loại thủ tục,
và cột "Bộ phận còn thiếu trên CSDL" nêu các bộ phận bắt buộc (khoản 2 Điều 8 NĐ 63/2010) mà hồ sơ còn thiếu.
Bị ngắt giữa chừng thì chạy lại cùng lệnh: phần đã đọc không đọc lại (--state).
Mã thoát: 0; 1 đầu vào sai; 2 không đọc được nguồn sau nhiều lần thử.

(Reads the list and every record from the national portal's public API, politely, and writes a catalogue with
levels, field, agency, type and a CSDL column naming the parts a record lacks. Resumable. Exit 0; 1 bad input;
2 the source could not be read after retries.)`,
	"diff": `So sánh lần kiểm tra gần nhất với lần trước đó: thủ tục mới bị thiếu, đã được bổ sung,
thủ tục đã bãi bỏ mới xuất hiện và thủ tục bị cổng đổi tên (cùng mã, tên công khai khác).
Mã thoát: 0; 1 đầu vào sai.

(Compares the last stored audit with the one before: newly missing, fixed, newly obsolete, renamed on the portal.)`,
	"evidence": `Đọc lại gói tài liệu kiểm chứng do --evidence tạo ra: mã băm SHA-256 của mọi tệp trong manifest.json,
mã băm của từng bản ghi WARC (khối và nội dung), và các bản ghi, ảnh chụp mà từng phát hiện trỏ tới.
Mã thoát: 0 nguyên vẹn; 1 gói bị sửa, hỏng hoặc không phải gói tài liệu kiểm chứng.

(Re-reads an evidence pack written by --evidence: the SHA-256 of every file in manifest.json, every WARC
record's block and payload digest, and the records and screenshots each finding points at.
Exit 0 when intact, 1 when the pack was altered, is damaged or is not an evidence pack.)`,
	"history": `In độ phủ (số thủ tục bắt buộc đã công khai / tổng số) của từng cổng qua các lần kiểm tra đã lưu,
kèm biểu đồ nhỏ ▁▂▃▄▅▆▇█; với --portal, từng lần kiểm tra của một cổng.
Mã thoát: 0; 1 đầu vào sai.

(Prints each portal's coverage over the stored audits with a sparkline; with --portal, every audit of one portal.)`,
	"serve": `Mở bảng điều khiển web (tiếng Việt; ?lang=en cho tiếng Anh): tỷ lệ công khai của từng cổng và diễn biến,
phiếu theo dõi (tải CSV, Excel), báo cáo của từng lần kiểm tra; nút "Kiểm tra ngay" chạy một lần kiểm tra.
Với --every, tự kiểm tra định kỳ: lần đầu ngay khi khởi động nếu chưa có lần nào được lưu hoặc lần gần nhất
đã cũ hơn một chu kỳ, sau đó cứ mỗi chu kỳ kể từ lần kiểm tra gần nhất.
Mặc định chỉ nghe trên 127.0.0.1; nghe trên địa chỉ khác thì bắt buộc có --token (hoặc biến TTHCAUDIT_TOKEN).
--tls-cert và --tls-key (tệp PEM) để phục vụ HTTPS; nên dùng khi mở cho máy khác, để mã truy cập được mã hóa.
Chạy cho đến khi bị dừng (Ctrl+C).

(Serves the dashboard; the button and --every run audits, stored like the audit command's. Binds loopback
by default; any other address requires a token, sent as "Authorization: Bearer TOKEN" or as the basic-auth
password. --tls-cert/--tls-key serve HTTPS. Runs until stopped.)`,
	"tickets": `Liệt kê phiếu của từng thủ tục bắt buộc bị thiếu trên từng cổng: mở khi thủ tục thiếu lần đầu,
giữ nguyên khi vẫn thiếu, "đã xử lý" khi cổng đã công khai, mở lại nếu lại thiếu.
Cán bộ có thể đánh dấu phiếu trên bảng điều khiển (serve): "không áp dụng" (kèm lý do) thì các lần
kiểm tra sau không mở lại và phiếu không tính là đang mở; "đã xử lý" thì lần kiểm tra sau vẫn thấy
thiếu sẽ mở lại. --open chỉ in phiếu đang mở.
--json in theo định dạng phiếu của hợp đồng, kèm ghi chú và lịch sử; --csv in CSV (UTF-8 có BOM,
mở được bằng Excel). Mã thoát: 0; 1 đầu vào sai.

(Lists the missing-procedure tickets. Officers mark tickets on the dashboard: "not applicable" (with
a reason) is never reopened by audits and is not open; "resolved" is reopened by the next audit that
still finds the procedure missing. --json prints the contract's ticket JSON with notes and history,
--csv a CSV for Excel.)`,
}

// Help is the long help of command cmd.
func Help(cmd string) string { return help[cmd] }
