package audit

import (
	"fmt"
	"html"
	"io"
	"strings"
)

// listItem is one published name on a list page, with the code the page
// shows beside it ("" for none).
type listItem struct{ code, name string }

// realNameListLayouts are the layouts of realNameLayouts that show a list
// (not one procedure's detail page), in which writeRealNameList serves
// several names on one page, as a host's list does.
var realNameListLayouts = []string{"table", "links", "divs", "numbered", "liferay", "sharepoint", "wordpress",
	"td-span", "dl", "cards", "p-links", "cell-agency", "cell-actions", "cell-details", "numbered-field"}

// listFields are the fields a numbered table without a header shows
// beside its names ("numbered-field"), in turn: real field names of the
// national list, some longer than many procedures' names.
var listFields = []string{"Hộ tịch", "Thành lập và hoạt động của hợp tác xã, liên hiệp hợp tác xã", "Người có công",
	"Thành lập và hoạt động doanh nghiệp, hộ kinh doanh", "Chứng thực", "Bảo trợ xã hội"}

// writeRealNameList writes portal page g, a list of the items in one of
// realNameListLayouts (writeRealNamePage writes one name in them as a
// list of one) or in the headerless table. Links stay under /pG/, the
// page's own portal.
func writeRealNameList(w io.Writer, layout string, g int, items []listItem, level string) {
	agency := html.EscapeString(agencyOfLevel(level))
	var b strings.Builder
	for k, it := range items {
		name, code := html.EscapeString(it.name), html.EscapeString(it.code)
		switch layout {
		case "table":
			fmt.Fprintf(&b, "<tr><td>%d</td><td>%s</td><td>%s</td><td>Toàn trình</td></tr>\n", k+1, code, name)
		case "links", "liferay":
			href := fmt.Sprintf("/p%d/ct?id=%d", g, k+1)
			if layout == "liferay" {
				href = fmt.Sprintf("/p%d/web/guest/thu-tuc-hanh-chinh?p_p_id=tthc_WAR_tthcportlet&amp;p_p_lifecycle=0&amp;_tthc_WAR_tthcportlet_id=%d", g, 1000+k)
			}
			fmt.Fprintf(&b, "<li><a href=\"%s\">%s</a></li>\n", href, name)
		case "divs":
			fmt.Fprintf(&b, "<div class=\"item\"><div class=\"col-code\">%s</div><div class=\"col-name\"><a href=\"/p%d/chi-tiet-%d\">%s</a></div><div class=\"col-level\">Một phần</div></div>\n", code, g, k+1, name)
		case "numbered":
			fmt.Fprintf(&b, "<tr><td>%d</td><td>%s</td><td>%s</td></tr>\n", k+1, name, agency)
		case "numbered-field":
			fmt.Fprintf(&b, "<tr><td>%d</td><td>%s</td><td>%s</td></tr>\n", k+1, name, listFields[k%len(listFields)])
		case headerlessLayout:
			fmt.Fprintf(&b, "<tr><td>%d</td><td>%s</td><td>%s</td><td>UBND</td></tr>\n", k+1, code, name)
		case "sharepoint":
			fmt.Fprintf(&b, "<tr class=\"\"><td class=\"ms-vb2\"><a href=\"/p%d/Lists/TTHC/DispForm.aspx?ID=%d\">%s</a></td><td class=\"ms-vb2\">Người có công</td><td class=\"ms-vb2\">Cấp huyện</td></tr>\n", g, k+1, name)
		case "wordpress":
			fmt.Fprintf(&b, "<article class=\"post type-post category-thu-tuc-hanh-chinh\"><h2 class=\"entry-title\"><a href=\"/p%d/thu-tuc/%d/\" rel=\"bookmark\">%s</a></h2><div class=\"entry-meta\">Đăng ngày 12/11/2024</div></article>\n", g, k+1, name)
		case "td-span":
			fmt.Fprintf(&b, "<tr><td>%d</td><td><span class=\"code\">%s</span> <a href=\"/p%d/tthc/%d\">%s</a></td><td>Một phần</td></tr>\n", k+1, code, g, k+1, name)
		case "dl":
			fmt.Fprintf(&b, "<dt><a href=\"/p%d/tthc/%d\">%s</a></dt><dd>Cơ quan thực hiện: %s</dd>\n", g, k+1, name, agency)
		case "cards":
			fmt.Fprintf(&b, "<div class=\"tthc-item\"><p class=\"tthc-name\">%s</p><p class=\"tthc-meta\">Mã: %s · Lĩnh vực: Hộ tịch</p></div>\n", name, code)
		case "p-links":
			fmt.Fprintf(&b, "<p>%d. <a href=\"/p%d/tthc.aspx?id=%d\">%s</a></p>\n", k+1, g, k+1, name)
		case "cell-agency", "cell-actions", "cell-details":
			cell := map[string]string{
				"cell-agency":  fmt.Sprintf(`<a href="/p%d/ct/%d">%s</a><br><small>Cơ quan thực hiện: %s</small>`, g, k+1, name, agency),
				"cell-actions": fmt.Sprintf(`<a href="/p%d/ct/%d">%s</a> <a class="btn" href="/p%d/nop/%d">Nộp hồ sơ</a> <span class="badge">Toàn trình</span>`, g, k+1, name, g, k+1),
				"cell-details": fmt.Sprintf(`<strong>%s</strong><p>Thời hạn giải quyết: 05 ngày làm việc</p><p>Lĩnh vực: Người có công</p>`, name),
			}[layout]
			fmt.Fprintf(&b, "<tr><td>%d</td><td>%s</td><td>%s</td></tr>\n", k+1, cell, code)
		}
	}
	const head = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">`
	// A numbered table without a header, its third column an agency or a
	// field.
	const numberedPage = `<title>Thủ tục hành chính</title></head><body>
<div class="menu"><a href="/">Trang chủ</a> <a href="/gioi-thieu">Giới thiệu</a></div>
<h2>Lĩnh vực</h2><table class="table">%s</table></body></html>`
	page := map[string]string{
		"table": `<title>Thủ tục hành chính</title></head><body><h1>Danh mục thủ tục hành chính</h1>
<table class="table"><thead><tr><th>STT</th><th>Mã TTHC</th><th>Tên thủ tục hành chính</th><th>Mức độ</th></tr></thead><tbody>
%s</tbody></table></body></html>`,
		"links": `<title>Thủ tục hành chính cấp huyện</title></head><body>
<div id="nav"><ul><li><a href="/">Trang chủ</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></div>
<h3>Lĩnh vực Người có công</h3><ul class="list-tthc">%s</ul></body></html>`,
		"divs": `<title>Tra cứu thủ tục</title></head><body><div class="list">%s</div></body></html>`,
		headerlessLayout: `<title>Thủ tục hành chính</title></head><body>
<h1>Danh mục thủ tục hành chính</h1><table class="table">%s</table></body></html>`,
		"numbered":       numberedPage,
		"numbered-field": numberedPage,
		"liferay": `<title>Thủ tục hành chính - Cổng TTĐT</title></head><body><div class="portlet-boundary portlet-boundary_tthc_WAR_tthcportlet_"><div class="portlet-body">
<div class="field-title">Lĩnh vực: Chính sách người có công</div><ul class="list-tthc">%s</ul></div></div></body></html>`,
		"sharepoint": `<title>Thủ tục hành chính</title></head><body><table class="ms-listviewtable" summary="Thủ tục hành chính"><tr class="ms-viewheadertr"><th class="ms-vh2">Tiêu đề</th><th class="ms-vh2">Lĩnh vực</th><th class="ms-vh2">Cấp thực hiện</th></tr>
%s</table></body></html>`,
		"wordpress": `<title>Thủ tục hành chính – UBND xã</title></head><body><main>%s</main></body></html>`,
		"td-span": `<title>Danh sách thủ tục hành chính</title></head><body><table class="table"><tr><th>#</th><th>Thủ tục</th><th>Mức độ</th></tr>
%s</table></body></html>`,
		"dl":    `<title>Thủ tục hành chính</title></head><body><h3>Lĩnh vực Bảo trợ xã hội</h3><dl class="tthc">%s</dl></body></html>`,
		"cards": `<title>Thủ tục hành chính cấp xã</title></head><body><div class="box-tthc">%s</div></body></html>`,
		"p-links": `<title>TTHC thuộc thẩm quyền UBND huyện</title></head><body><p><b>I. LĨNH VỰC NGƯỜI CÓ CÔNG</b></p>
%s</body></html>`,
	}[layout]
	if strings.HasPrefix(layout, "cell-") {
		page = `<title>Thủ tục hành chính</title></head><body><table class="table"><thead><tr><th>STT</th><th>Tên thủ tục hành chính</th><th>Mã</th></tr></thead>
<tbody>%s</tbody></table></body></html>`
	}
	fmt.Fprintf(w, head+page, b.String())
}
