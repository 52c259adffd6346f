package extract

import (
	"fmt"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
)

// entrySummary is "code | text | field | detail URL" per entry, sorted.
func entrySummary(es []Entry) []string {
	out := []string{}
	for _, e := range es {
		out = append(out, fmt.Sprintf("%s | %s | %s | %s", e.Code, e.Text, e.Field, e.DetailURL))
	}
	sort.Strings(out)
	return out
}

// List items without a real link: hash-route links and plain text, in a
// procedure context, are entries without a detail URL.
func TestItemsWithoutRealLinks(t *testing.T) {
	cases := []struct {
		name, url, body string
		want            []string
	}{{
		name: "hash routes under a field heading",
		url:  "https://spa.example/",
		body: `<html><body><h1>Cổng dịch vụ công xã</h1><h3>Lĩnh vực Hộ tịch</h3><ul>
<li><a href="#/tt/1.001193">Thủ tục đăng ký khai sinh</a> (1.001193)</li>
<li><a href="#!/tt/1.000894">Thủ tục đăng ký kết hôn</a> (1.000894)</li>
<li><a href="#/tt/x">Thủ tục đăng ký lại khai tử</a></li></ul></body></html>`,
		want: []string{
			" | Thủ tục đăng ký lại khai tử | Hộ tịch | ",
			"1.000894 | Thủ tục đăng ký kết hôn | Hộ tịch | ",
			"1.001193 | Thủ tục đăng ký khai sinh | Hộ tịch | ",
		},
	}, {
		name: "text with codes on a procedure page",
		url:  "https://xa.example/thu-tuc-hanh-chinh",
		body: `<html><head><title>Thủ tục hành chính</title></head><body><h1>Danh mục thủ tục hành chính</h1><ol>
<li>1.001257 Giải quyết chế độ trợ cấp thờ cúng liệt sĩ</li>
<li>1.004222 - Đăng ký thường trú</li>
<li><span>Thời gian tiếp nhận hồ sơ: các ngày làm việc trong tuần</span></li></ol></body></html>`,
		want: []string{
			"1.001257 | Giải quyết chế độ trợ cấp thờ cúng liệt sĩ |  | ",
			"1.004222 | Đăng ký thường trú |  | ",
		},
	}, {
		name: "text under a field heading, links that lead nowhere",
		url:  "https://xa.example/",
		body: `<html><body><h2>Lĩnh vực Người có công</h2><ul>
<li>Giải quyết chế độ ưu đãi đối với vợ hoặc chồng liệt sĩ lấy chồng hoặc vợ khác</li>
<li><a href="javascript:void(0)" onclick="xem(12)">Cấp giấy xác nhận thân nhân của người có công</a></li>
<li><a href="#">Bổ sung tình hình thân nhân trong hồ sơ liệt sĩ</a></li></ul>
<h2>Tin tức</h2><ul><li>Hội nghị tổng kết công tác cải cách hành chính năm 2024</li></ul></body></html>`,
		want: []string{
			" | Bổ sung tình hình thân nhân trong hồ sơ liệt sĩ | Người có công | ",
			" | Cấp giấy xác nhận thân nhân của người có công | Người có công | ",
			" | Giải quyết chế độ ưu đãi đối với vợ hoặc chồng liệt sĩ lấy chồng hoặc vợ khác | Người có công | ",
		},
	}, {
		name: "coded list on a page that says nothing",
		url:  "https://xa.example/trang",
		body: `<html><body><ul><li>1.001193 Thủ tục đăng ký khai sinh</li><li>1.000894 Thủ tục đăng ký kết hôn</li></ul></body></html>`,
		want: []string{
			"1.000894 | Thủ tục đăng ký kết hôn |  | ",
			"1.001193 | Thủ tục đăng ký khai sinh |  | ",
		},
	}, {
		name: "menus and news are no procedures",
		url:  "https://xa.example/",
		body: `<html><body><ul class="nav"><li><a href="#/gioi-thieu">Giới thiệu chung về xã</a></li><li>Cơ cấu tổ chức của xã</li></ul>
<ul><li><a href="#/tin-tuc">Tin tức sự kiện mới nhất</a></li><li><a href="#top">Về đầu trang của website</a></li><li>Đường dây nóng của xã Hòa Phong</li></ul>
<h2>Tin tức</h2><ul><li>1.001193 được cắt giảm thời gian giải quyết</li><li>1.000894 được số hóa toàn trình</li></ul>
<div class="news"><ul><li>1.004222 Đăng ký thường trú trực tuyến tăng mạnh</li><li>1.001257 Tổng kết năm</li></ul></div>
<ul><li>Một mục có mã 1.001193 nhưng đứng một mình trong danh sách</li></ul></body></html>`,
		want: []string{},
	}, {
		name: "bullets without codes on a procedure page",
		url:  "https://xa.example/thu-tuc",
		body: `<html><head><title>Thủ tục hành chính</title></head><body><h1>Hướng dẫn thủ tục</h1><ul><li>Công dân nộp hồ sơ trực tuyến tại Cổng dịch vụ công</li><li>Nhận kết quả tại bộ phận một cửa của xã</li></ul></body></html>`,
		want: []string{},
	}}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			px := ExtractPage(tc.url, []byte(tc.body))
			assert.Equal(t, tc.want, entrySummary(px.Entries))
			for _, e := range px.Entries {
				assert.Equal(t, "list", e.Kind)
			}
		})
	}
}

// Table rows that link nowhere or to a hash route are entries too, with no
// detail URL, with or without a header row.
func TestTableRowsWithoutRealLinks(t *testing.T) {
	const rows = `<tr><td>1</td><td>1.001193</td><td><a href="#/tt/1.001193">Thủ tục đăng ký khai sinh</a></td></tr><tr><td>2</td><td>1.000894</td><td>Thủ tục đăng ký kết hôn</td></tr>`
	for _, body := range []string{
		`<html><head><title>Thủ tục hành chính</title></head><body><table><tr><th>STT</th><th>Mã TTHC</th><th>Tên thủ tục</th></tr>` + rows + `</table></body></html>`,
		`<html><head><title>Thủ tục hành chính</title></head><body><table>` + rows + `</table></body></html>`,
	} {
		px := ExtractPage("https://x.example/thu-tuc", []byte(body))
		assert.Equal(t, []string{
			"1.000894 | Thủ tục đăng ký kết hôn |  | ",
			"1.001193 | Thủ tục đăng ký khai sinh |  | ",
		}, entrySummary(px.Entries))
	}
}
