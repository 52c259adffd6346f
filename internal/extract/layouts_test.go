package extract

import (
	"fmt"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Small layouts seen on provincial and district portals, read by
// ExtractPage alone.
func TestExtractLayouts(t *testing.T) {
	cases := []struct {
		name string
		html string
		want []string // "code | text | field | detail path"
	}{
		{
			name: "numbered links with leading codes",
			html: `<title>Thủ tục hành chính</title><h3>Lĩnh vực Hộ tịch</h3><ol>
<li><a href="/t/1">1. 1.001193 - Thủ tục đăng ký khai sinh</a></li>
<li><a href="/t/2">2) Thủ tục đăng ký kết hôn (1.000894)</a></li></ol>`,
			want: []string{"1.000894 | Thủ tục đăng ký kết hôn | Hộ tịch | /t/2", "1.001193 | Thủ tục đăng ký khai sinh | Hộ tịch | /t/1"},
		},
		{
			name: "table header in a plain first row, detail link in its own column",
			html: `<table><tr><td>STT</td><td>Tên TTHC</td><td>Mức độ</td><td>Xem</td></tr>
<tr><td>1</td><td>Đăng ký thường trú</td><td>4</td><td><a href="/files/a.pdf">PDF</a> <a href="/dvc?id=9">Chi tiết</a></td></tr>
<tr><td>2</td><td>Đăng ký lại khai tử</td><td>3</td><td></td></tr></table>`,
			want: []string{" | Đăng ký lại khai tử |  | ", " | Đăng ký thường trú |  | /dvc?id=9"},
		},
		{
			name: "field heading ends at the next section heading",
			html: `<h2>Lĩnh vực: Người có công</h2><ul><li><a href="/x/1">Cấp giấy xác nhận thân nhân của người có công</a></li></ul>
<h2>Giới thiệu</h2><ul><li><a href="/gioi-thieu/lich-su">Lịch sử hình thành và phát triển của huyện</a></li></ul>`,
			want: []string{" | Cấp giấy xác nhận thân nhân của người có công | Người có công | /x/1"},
		},
		{
			name: "a lone label paragraph sets the field, a layout table around it",
			html: `<title>TTHC cấp xã</title><table><tr><td><p><strong>II. LĨNH VỰC NGƯỜI CÓ CÔNG</strong></p>
<p><a href="/tthc.aspx?id=4">Giải quyết chế độ người có công giúp đỡ cách mạng.</a></p></td></tr></table>`,
			want: []string{" | Giải quyết chế độ người có công giúp đỡ cách mạng | NGƯỜI CÓ CÔNG | /tthc.aspx?id=4"},
		},
		{
			name: "a table without a header: a code cell and a name cell per row",
			html: `<table><tbody id="rows"><tr><td>1.001193</td><td class="name"><a href="/t/1">Thủ tục đăng ký khai sinh</a></td></tr>
<tr><td>1.000894</td><td class="name">Thủ tục đăng ký kết hôn</td></tr><tr><td>2.002307</td><td>Giải quyết chế độ mai táng phí đối với cựu chiến binh</td></tr></tbody></table>
<table><tr><td>Điện thoại</td><td>0296 3 836 123 (giờ hành chính)</td></tr></table>`,
			want: []string{"1.000894 | Thủ tục đăng ký kết hôn |  | ", "1.001193 | Thủ tục đăng ký khai sinh |  | /t/1", "2.002307 | Giải quyết chế độ mai táng phí đối với cựu chiến binh |  | "},
		},
		{
			name: "a list table whose columns are named like detail sections",
			html: `<title>Danh sách thủ tục</title><h1>Danh sách thủ tục hành chính</h1><table><tr><th>Tên thủ tục</th><th>Thời hạn giải quyết</th><th>Phí, lệ phí</th><th>Cơ quan thực hiện</th><th>Căn cứ pháp lý</th></tr>
<tr><td>Thủ tục đăng ký khai tử</td><td>Ngay trong ngày</td><td>Miễn</td><td>UBND cấp xã</td><td>Luật Hộ tịch</td></tr></table>`,
			want: []string{" | Thủ tục đăng ký khai tử |  | "},
		},
		{
			name: "procedures published through a news CMS",
			html: `<title>Thủ tục hành chính - Cổng TTĐT xã</title><div class="news-list">
<div class="news-item"><h3><a href="/tin-tuc/thu-tuc-hanh-chinh/dang-ky-khai-sinh-123.html">Thủ tục đăng ký khai sinh</a></h3><span class="date">12/11/2025</span></div>
<div class="news-item"><h3><a href="/tin-tuc/thu-tuc-hanh-chinh/ket-hon-124.html">Thủ tục đăng ký kết hôn</a></h3><span class="date">12/11/2025</span></div></div>`,
			want: []string{" | Thủ tục đăng ký khai sinh |  | /tin-tuc/thu-tuc-hanh-chinh/dang-ky-khai-sinh-123.html", " | Thủ tục đăng ký kết hôn |  | /tin-tuc/thu-tuc-hanh-chinh/ket-hon-124.html"},
		},
		{
			name: "the same news boxes on a page not about procedures: headlines",
			html: `<title>Trang chủ - Cổng TTĐT xã</title><div class="news-list">
<div class="news-item"><h3><a href="/tin-tuc/123.html">Hướng dẫn thủ tục đăng ký khai sinh trực tuyến cho người dân</a></h3></div></div>`,
			want: nil,
		},
		{
			name: "a detail page with numbered sections (1, 2, 2, 4 …)",
			html: `<title>Quy trình hỗ trợ kinh phí thân nhân đi thăm viếng</title><h1>Tiếp nhận đối tượng cần bảo vệ khẩn cấp vào cơ sở trợ giúp xã hội</h1>
<h3>1. Trình tự thực hiện:</h3><p>Bước 1: nộp hồ sơ.</p><h3>2. Cách thức thực hiện:</h3><p>Trực tiếp.</p>
<h3>2. Thành phần, số lượng hồ sơ:</h3><p>01 bộ.</p><h3>4. Thời hạn giải quyết:</h3><p>05 ngày.</p>`,
			want: []string{" | Tiếp nhận đối tượng cần bảo vệ khẩn cấp vào cơ sở trợ giúp xã hội |  | "},
		},
		{
			name: "a numbered table whose header was lost, on a page about procedures",
			html: `<title>Thủ tục hành chính</title><table><tr><td>1</td><td>Thông báo tổ chức lễ hội cấp xã</td><td>UBND cấp xã</td></tr>
<tr><td>2.</td><td>Tiếp nhận đối tượng cần bảo vệ khẩn cấp vào cơ sở trợ giúp xã hội</td><td>UBND cấp xã</td></tr></table>`,
			want: []string{" | Thông báo tổ chức lễ hội cấp xã |  | ", " | Tiếp nhận đối tượng cần bảo vệ khẩn cấp vào cơ sở trợ giúp xã hội |  | "},
		},
		{
			name: "the same table whose names open with their portal codes, an empty code column beside",
			html: `<title>Thủ tục hành chính</title><table><tr><td>1</td><td></td><td>1.012785.000.00.00.H41-Đăng ký, cấp GCN đối với trường hợp đã chuyển quyền sử dụng đất trước ngày 01/08/2024...</td><td>UBND</td></tr>
<tr><td>2</td><td></td><td>2.000635.000.00.00.H41 - Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh</td><td>UBND</td></tr></table>`,
			want: []string{"1.012785 | Đăng ký, cấp GCN đối với trường hợp đã chuyển quyền sử dụng đất trước ngày 01/08/2024... |  | ", "2.000635 | Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh |  | "},
		},
		{
			name: "the same table with names of three words in the names' column, a short link text beside",
			html: `<title>Thủ tục hành chính</title><table><tr><td>1</td><td>Công bố mở cảng biển, cảng dầu khí ngoài khơi</td><td>Cục Hàng hải</td></tr>
<tr><td>2</td><td>Xóa đăng ký</td><td>Cục Hàng hải</td></tr>
<tr><td>3</td><td>Đăng ký tàu biển loại nhỏ</td><td>Cục Hàng hải</td></tr>
<tr><td>4</td><td>Trang chủ cổng</td><td>Xem chi tiết thêm</td></tr></table>`,
			want: []string{" | Công bố mở cảng biển, cảng dầu khí ngoài khơi |  | ", " | Xóa đăng ký |  | ", " | Đăng ký tàu biển loại nhỏ |  | "},
		},
		{
			name: "the same table of one row naming the list's two-word procedure, its agency beside",
			html: `<title>Thủ tục hành chính</title><table><tr><td>1</td><td>Tách hộ</td><td>Bộ</td></tr></table>
<table><tr><td>1</td><td>Đăng ký thường trú</td><td>Công an xã</td></tr><tr><td>2</td><td>Tách hộ</td><td>Công an xã</td></tr><tr><td>3</td><td>Xóa đăng ký thường trú</td><td>Công an xã</td></tr><tr><td>4</td><td>Sơ đồ</td><td>Công an xã</td></tr></table>`,
			want: []string{" | Tách hộ |  | ", " | Tách hộ |  | ", " | Xóa đăng ký thường trú |  | ", " | Đăng ký thường trú |  | "},
		},
		{
			name: "the same table with an agency longer than the names, the same on every row, and a table of one row",
			html: `<title>Thủ tục hành chính</title><table><tr><td>1</td><td>Chứng thực di chúc</td><td>Bộ phận tiếp nhận và trả kết quả</td></tr>
<tr><td>2</td><td>Hưởng trợ cấp thất nghiệp</td><td>Bộ phận tiếp nhận và trả kết quả</td></tr>
<tr><td>3</td><td>Đăng ký khai sinh</td><td>Bộ phận tiếp nhận và trả kết quả</td></tr></table>
<table><tr><td>1</td><td>Thủ tục thành lập hội</td><td>Trung tâm Phục vụ hành chính công tỉnh</td></tr></table>`,
			want: []string{" | Chứng thực di chúc |  | ", " | Hưởng trợ cấp thất nghiệp |  | ", " | Thủ tục thành lập hội |  | ", " | Đăng ký khai sinh |  | "},
		},
		{
			name: "the same table with a field column whose cells are sometimes longer than the names",
			html: `<title>Thủ tục hành chính</title><table><tr><td>1</td><td>Đăng ký khai sinh</td><td>Hộ tịch</td></tr>
<tr><td>2</td><td>Giải thể hợp tác xã</td><td>Thành lập và hoạt động của hợp tác xã, liên hiệp hợp tác xã</td></tr>
<tr><td>3</td><td>Chứng thực di chúc</td><td>Chứng thực</td></tr>
<tr><td>4</td><td>Đăng ký thành lập hộ kinh doanh</td><td>Thành lập và hoạt động doanh nghiệp, hộ kinh doanh</td></tr></table>`,
			want: []string{" | Chứng thực di chúc |  | ", " | Giải thể hợp tác xã |  | ", " | Đăng ký khai sinh |  | ", " | Đăng ký thành lập hộ kinh doanh |  | "},
		},
		{
			name: "the residence procedures as a police list publishes them, the national list's shortest name among them",
			html: `<title>Thủ tục hành chính</title><table><tr><th>Tiêu đề</th><th>Lĩnh vực</th></tr>
<tr><td><a href="/tthc/5">(5) Khai báo tạm vắng;</a></td><td>Cư trú</td></tr>
<tr><td><a href="/tthc/6">(6) Tách hộ;</a></td><td>Cư trú</td></tr>
<tr><td><a href="/tthc/7">(7) Thông báo lưu trú;</a></td><td>Cư trú</td></tr></table>
<ul><li><a href="/">Trang chủ</a></li><li><a href="/lh">Liên hệ</a></li></ul>`,
			want: []string{" | (5) Khai báo tạm vắng; |  | /tthc/5", " | (6) Tách hộ; |  | /tthc/6", " | (7) Thông báo lưu trú; |  | /tthc/7"},
		},
		{
			name: "posts titled by the residence procedures, one of them opening as a news box's heading does",
			html: `<title>Thủ tục hành chính – UBND xã</title><main>
<article class="post"><h2 class="entry-title"><a href="/thu-tuc/5/">5. Khai báo tạm vắng</a></h2><div class="entry-meta">Đăng ngày 12/11/2024</div></article>
<article class="post"><h2 class="entry-title"><a href="/thu-tuc/6/">6. Thông báo lưu trú</a></h2><div class="entry-meta">Đăng ngày 12/11/2024</div></article>
<article class="post"><h2 class="entry-title"><a href="/thu-tuc/7/">7. Đăng ký, cấp biển số mô tô, xe gắn máy</a></h2><div class="entry-meta">Đăng ngày 12/11/2024</div></article></main>`,
			want: []string{" | Khai báo tạm vắng |  | /thu-tuc/5/", " | Thông báo lưu trú |  | /thu-tuc/6/", " | Đăng ký, cấp biển số mô tô, xe gắn máy |  | /thu-tuc/7/"},
		},
		{
			name: "a numbered table repeating one title on every row: its names still",
			html: `<title>Thủ tục hành chính</title><table><tr><td>1</td><td>Thủ tục đăng ký bổ sung hoạt động tín ngưỡng</td><td>UBND</td></tr>
<tr><td>2</td><td>Thủ tục đăng ký bổ sung hoạt động tín ngưỡng</td><td>UBND</td></tr>
<tr><td>3</td><td>Thủ tục đăng ký bổ sung hoạt động tín ngưỡng</td><td>UBND</td></tr></table>`,
			want: []string{" | Thủ tục đăng ký bổ sung hoạt động tín ngưỡng |  | ", " | Thủ tục đăng ký bổ sung hoạt động tín ngưỡng |  | ", " | Thủ tục đăng ký bổ sung hoạt động tín ngưỡng |  | "},
		},
		{
			name: "a name of more than eighty words, as the national list writes some, in a list",
			html: `<title>Thủ tục hành chính</title><h3>Lĩnh vực Bảo trợ xã hội</h3><ul><li><a href="/t/1">Thủ tục thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng cho người cao tuổi từ đủ 75 tuổi đến 80 tuổi mà không có lương hưu, trợ cấp bảo hiểm xã hội hàng tháng, trợ cấp xã hội hàng tháng; Người mắc bệnh ung thư, suy thận mãn chạy thận nhân tạo có giấy chứng nhận của cơ quan y tế có thẩm quyền mà không có lương hưu, tiền lương, trợ cấp bảo hiểm xã hội hàng tháng, trợ cấp xã hội hàng tháng; Người khuyết tật nhẹ là thế hệ thứ ba của người hoạt động kháng chiến bị nhiễm chất độc hóa học.</a></li><li><a href="/t/2">Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội</a></li></ul>`,
			want: []string{" | Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội | Bảo trợ xã hội | /t/2", " | Thủ tục thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng cho người cao tuổi từ đủ 75 tuổi đến 80 tuổi mà không có lương hưu, trợ cấp bảo hiểm xã hội hàng tháng, trợ cấp xã hội hàng tháng; Người mắc bệnh ung thư, suy thận mãn chạy thận nhân tạo có giấy chứng nhận của cơ quan y tế có thẩm quyền mà không có lương hưu, tiền lương, trợ cấp bảo hiểm xã hội hàng tháng, trợ cấp xã hội hàng tháng; Người khuyết tật nhẹ là thế hệ thứ ba của người hoạt động kháng chiến bị nhiễm chất độc hóa học | Bảo trợ xã hội | /t/1"},
		},
		{
			name: "a list whose rows carry a name's label or a number without its space: a list still",
			html: `<title>Thủ tục hành chính</title><table><tr><td>1</td><td>Thủ tục Thành lập trường trung học phổ thông</td><td>UBND</td></tr>
<tr><td>2</td><td>Tên thủ tục: Giải thể trường trung học phổ thông</td><td>UBND</td></tr>
<tr><td>3</td><td>27.Thủ tục công nhận điểm du lịch</td><td>UBND</td></tr></table>`,
			want: []string{" | Thủ tục Thành lập trường trung học phổ thông |  | ", " | Thủ tục công nhận điểm du lịch |  | ", " | Tên thủ tục: Giải thể trường trung học phổ thông |  | "},
		},
		{
			name: "a list of links one of whose names carries its label: a list, every name read",
			html: `<title>Thủ tục hành chính</title><h3>Lĩnh vực Giáo dục</h3><ul><li><a href="/t/1">Thủ tục Thành lập trường trung học phổ thông</a></li>
<li><a href="/t/2">Tên thủ tục: Giải thể trường trung học phổ thông</a></li><li><a href="/t/3">Sáp nhập, chia tách trường trung học phổ thông</a></li></ul>`,
			want: []string{" | Sáp nhập, chia tách trường trung học phổ thông | Giáo dục | /t/3", " | Thủ tục Thành lập trường trung học phổ thông | Giáo dục | /t/1", " | Tên thủ tục: Giải thể trường trung học phổ thông | Giáo dục | /t/2"},
		},
		{
			name: "a SharePoint list whose row holds a name with its label: no header row",
			html: `<title>Thủ tục hành chính</title><table class="ms-listviewtable"><tr><th>Tiêu đề</th><th>Lĩnh vực</th><th>Cấp thực hiện</th></tr>
<tr><td><a href="/Lists/TTHC/DispForm.aspx?ID=1">Thủ tục Thành lập trường trung học phổ thông</a></td><td>Giáo dục</td><td>Cấp tỉnh</td></tr>
<tr><td><a href="/Lists/TTHC/DispForm.aspx?ID=2">Tên thủ tục: Giải thể trường trung học phổ thông</a></td><td>Giáo dục</td><td>Cấp tỉnh</td></tr>
<tr><td><a href="/Lists/TTHC/DispForm.aspx?ID=3">Xóa đăng ký</a></td><td>Hàng hải</td><td>Cấp bộ</td></tr></table>`,
			want: []string{" | Thủ tục Thành lập trường trung học phổ thông |  | /Lists/TTHC/DispForm.aspx?ID=1", " | Tên thủ tục: Giải thể trường trung học phổ thông |  | /Lists/TTHC/DispForm.aspx?ID=2", " | Xóa đăng ký |  | /Lists/TTHC/DispForm.aspx?ID=3"},
		},
		{
			name: "posts titled by procedures, one opening with Thông báo: no box of news",
			html: `<title>Thủ tục hành chính – UBND xã</title><main><article class="post category-thu-tuc-hanh-chinh"><h2 class="entry-title"><a href="/thu-tuc/1/">Thông báo luồng đường thủy nội địa chuyên dùng</a></h2></article>
<article class="post category-thu-tuc-hanh-chinh"><h2 class="entry-title"><a href="/thu-tuc/2/">Thủ tục khai tử</a></h2></article></main>`,
			want: []string{" | Thông báo luồng đường thủy nội địa chuyên dùng |  | /thu-tuc/1/", " | Thủ tục khai tử |  | /thu-tuc/2/"},
		},
		{
			name: "short names in a list of links on a page about procedures",
			html: `<title>Thủ tục hành chính</title><ul><li><a href="/t/1">Xóa đăng ký</a></li><li><a href="/t/2">Thủ tục khai tử</a></li><li><a href="/t/3">Đăng ký tàu biển loại nhỏ</a></li><li><a href="/lh">Sơ đồ trang</a></li></ul>`,
			want: []string{" | Thủ tục khai tử |  | /t/2", " | Xóa đăng ký |  | /t/1", " | Đăng ký tàu biển loại nhỏ |  | /t/3"},
		},
		{
			name: "a SharePoint list of one short name",
			html: `<title>Thủ tục hành chính</title><table class="ms-listviewtable" summary="Thủ tục hành chính"><tr class="ms-viewheadertr"><th class="ms-vh2">Tiêu đề</th><th class="ms-vh2">Lĩnh vực</th><th class="ms-vh2">Cấp thực hiện</th></tr>
<tr class=""><td class="ms-vb2"><a href="/Lists/TTHC/DispForm.aspx?ID=1">Xóa đăng ký</a></td><td class="ms-vb2">Hàng hải</td><td class="ms-vb2">Cấp bộ</td></tr></table>`,
			want: []string{" | Xóa đăng ký |  | /Lists/TTHC/DispForm.aspx?ID=1"},
		},
		{
			name: "a card naming one procedure after its label, a line of details below: the name alone",
			html: `<title>Thủ tục hành chính cấp xã</title><div class="box-tthc"><div class="tthc-item"><p class="tthc-name">Tên thủ tục: Giải thể trường trung học phổ thông</p><p class="tthc-meta">Mã:  · Lĩnh vực: Hộ tịch</p></div></div>`,
			want: []string{" | Giải thể trường trung học phổ thông |  | "},
		},
		{
			name: "a detail page titled by its <title> alone, the site's name cut off",
			html: `<title>Cấp bổ sung giấy chứng nhận người có công do ngành Lao động - Thương binh và Xã hội quản lý - Cổng thông tin điện tử huyện</title>
<div class="name">Cấp bổ sung giấy chứng nhận người có công</div><table><tr><th>Trình tự thực hiện</th><td>Bước 1</td></tr><tr><th>Cách thức thực hiện</th><td>Trực tiếp</td></tr><tr><th>Thời hạn giải quyết</th><td>5 ngày</td></tr></table>`,
			want: []string{" | Cấp bổ sung giấy chứng nhận người có công do ngành Lao động - Thương binh và Xã hội quản lý |  | "},
		},
		{
			name: "a title opening with Bổ sung keeps it",
			html: `<title>Bổ sung tình hình thân nhân trong hồ sơ liệt sĩ - Huyện Tri Tôn</title>
<div class="name">x</div><table><tr><th>Trình tự thực hiện</th><td>Bước 1</td></tr><tr><th>Cách thức thực hiện</th><td>Trực tiếp</td></tr><tr><th>Thời hạn giải quyết</th><td>5 ngày</td></tr></table>`,
			want: []string{" | Bổ sung tình hình thân nhân trong hồ sơ liệt sĩ |  | "},
		},
		{
			name: "a SharePoint list: a row whose name opens with Thủ tục is no header",
			html: `<title>Thủ tục hành chính</title><table class="ms-listviewtable"><tr><th>Tiêu đề</th><th>Lĩnh vực</th><th>Cấp thực hiện</th></tr>
<tr><td><a href="/Lists/TTHC/DispForm.aspx?ID=3">Thủ tục thành lập hội</a></td><td>Nội vụ</td><td>Cấp huyện</td></tr></table>`,
			want: []string{" | Thủ tục thành lập hội |  | /Lists/TTHC/DispForm.aspx?ID=3"},
		},
		{
			name: "cards naming a procedure without a link",
			html: `<title>Thủ tục hành chính cấp xã</title><div class="box-tthc"><div class="tthc-item"><p class="tthc-name">Đăng ký kết hôn</p><p class="tthc-meta">Mã: 1.000894 · Lĩnh vực: Hộ tịch</p></div>
<div class="tthc-item"><p class="tthc-name">Tiếp nhận đối tượng cần bảo vệ khẩn cấp</p><p class="tthc-meta">Lĩnh vực: Bảo trợ xã hội</p></div></div>`,
			want: []string{" | Tiếp nhận đối tượng cần bảo vệ khẩn cấp | Bảo trợ xã hội | ", "1.000894 | Đăng ký kết hôn | Hộ tịch | "},
		},
		{
			name: "name cells holding more than the name",
			html: `<title>Thủ tục hành chính</title><table><tr><th>STT</th><th>Tên thủ tục</th></tr>
<tr><td>1</td><td><a href="/t/1">Đăng ký kết hôn</a><br><small>Cơ quan thực hiện: UBND cấp xã</small></td></tr>
<tr><td>2</td><td><a href="/t/2">Đăng ký khai tử</a> <a href="/nop/2">Nộp hồ sơ</a></td></tr>
<tr><td>3</td><td><strong>Đăng ký giám hộ</strong><p>Thời hạn: 03 ngày làm việc</p></td></tr>
<tr><td>4</td><td>Đăng ký khai sinh<br>có yếu tố nước ngoài</td></tr></table>`,
			want: []string{" | Đăng ký giám hộ |  | ", " | Đăng ký khai sinh có yếu tố nước ngoài |  | ", " | Đăng ký khai tử |  | /t/2", " | Đăng ký kết hôn |  | /t/1"},
		},
		{
			name: "a site title in a box classed like a card: nothing",
			html: `<title>Thủ tục hành chính</title><div class="dvc-header"><h1 class="title">Cổng Dịch vụ công tỉnh An Giang</h1><p class="site-title">Cổng thông tin điện tử tỉnh</p></div>`,
			want: nil,
		},
		{
			name: "the same numbered table on a page not about procedures: nothing",
			html: `<title>Lịch công tác tuần</title><table><tr><td>1</td><td>Họp giao ban công tác tháng mười hai</td><td>UBND xã</td></tr></table>`,
			want: nil,
		},
		{
			name: "plain page, no procedure context: nothing",
			html: `<title>Giới thiệu</title><h1>Giới thiệu</h1><ul><li><a href="/a">Lịch tiếp công dân của lãnh đạo huyện</a></li><li><a href="/b">Cải cách hành chính năm 2025</a></li></ul>`,
			want: nil,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			px := ExtractPage("https://p.example/", []byte("<html><head><meta charset=utf-8>"+c.html+"</body></html>"))
			var got []string
			for _, e := range px.Entries {
				d := e.DetailURL
				if d != "" {
					d = d[len("https://p.example"):]
				}
				got = append(got, fmt.Sprintf("%s | %s | %s | %s", e.Code, e.Text, e.Field, d))
			}
			sort.Strings(got)
			assert.Equal(t, c.want, got)
		})
	}
}
