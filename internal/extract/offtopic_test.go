package extract

import (
	"fmt"
	"html"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
	"golang.org/x/text/unicode/norm"
)

// Links as real portals write them (menus, footers and news boxes of the
// district, department and commune portals the hand-labelled names of
// ../shared/data/real-names come from, their hosts and URL shapes kept),
// and the kind of off-topic link each is ("" when it may lead to
// procedures and is followed).
func TestOffTopicLinks(t *testing.T) {
	const (
		home    = "https://tuangiao.gov.vn/"
		liferay = "https://gialam.hanoi.gov.vn/web/guest/trang-chu"
	)
	cases := []struct {
		name, page, text, href string
		news                   bool // under a "Tin tức - Sự kiện" heading
		sidebar                bool // the same, in an <aside>
		procedurePage          bool // the page's title speaks of procedures
		want                   string
	}{
		// Sections that never list procedures.
		{name: "about", text: "Giới thiệu", href: "/gioi-thieu", want: "about"},
		{name: "about, general", text: "Giới thiệu chung", href: "/gioi-thieu-chung", want: "about"},
		{name: "about in capitals", text: "GIỚI THIỆU", href: "/vi/gioi-thieu/lich-su.html", want: "about"},
		{name: "about typed without accents", text: "Gioi thieu", href: "/index.php?option=com_content&view=article&id=12", want: "about"},
		{name: "about in NFD", text: norm.NFD.String("Lịch sử hình thành và phát triển"), href: "/gioithieu.aspx", want: "about"},
		{name: "about by its URL only (SharePoint)", page: "https://www.quangninh.gov.vn/donvi/huyentienyen/Trang/Default.aspx", text: "Xem thêm", href: "/donvi/huyentienyen/Trang/gioi-thieu.aspx", want: "about"},
		{name: "organisation chart", text: "Sơ đồ tổ chức", href: "/so-do-to-chuc", want: "organisation"},
		{name: "leaders", text: "Lãnh đạo", href: "/lanh-dao-12", want: "organisation"},
		{name: "contact (Liferay)", page: liferay, text: "Liên hệ", href: "/web/guest/lien-he", want: "contact"},
		{name: "contact and feedback", text: "Liên hệ - Góp ý", href: "/lien-he-gop-y.html", want: "contact"},
		{name: "hotline", text: "Đường dây nóng", href: "/duong-day-nong", want: "contact"},
		{name: "contact by its query (Joomla)", text: "", href: "/index.php?option=com_contact&view=contact&id=1", want: "contact"},
		{name: "photo library", text: "Thư viện ảnh", href: "/thu-vien-anh", want: "gallery"},
		{name: "photo library, long form", page: "http://queminh.gov.vn/", text: "Thư viện Hình ảnh", href: "/album", want: "gallery"},
		{name: "a video", text: "Hội nghị tổng kết năm 2025", href: "/video/12/hoi-nghi-tong-ket.html", want: "gallery"},
		{name: "login", text: "Đăng nhập", href: "/quan-tri/dang-nhap", want: "account"},
		{name: "login (Liferay)", page: liferay, text: "Đăng nhập", href: "/c/portal/login?p_l_id=10180", want: "account"},
		{name: "registration", text: "Đăng ký tài khoản", href: "/dang-ky-tai-khoan", want: "account"},
		{name: "English (Liferay)", page: liferay, text: "English", href: "/en/web/guest/trang-chu", want: "language"},
		{name: "a flag", text: "", href: "/?lang=en", want: "language"},
		{name: "RSS", text: "RSS", href: "/rss.aspx", want: "feed"},
		{name: "search", text: "Tìm kiếm", href: "/tim-kiem?tu-khoa=l%E1%BB%87+ph%C3%AD", want: "search"},
		{name: "a search chosen by the link", page: "https://soldtbxh.angiang.gov.vn/dich-vu-cong/thu-tuc", text: "Tìm nhanh: liệt sĩ", href: "/dich-vu-cong/tim-kiem?tu-khoa=li%E1%BB%87t+s%C4%A9", want: "search"},
		{name: "weather", text: "Thời tiết", href: "/thoi-tiet", want: "weather"},
		{name: "a web link", text: "Cổng thông tin điện tử Chính phủ", href: "/lien-ket/chinh-phu", want: "weblinks"},
		{name: "a news item about something else", news: true, text: "Hội nghị sơ kết công tác cải cách hành chính 6 tháng đầu năm 2026", href: "/tin-tuc/2026/07/hoi-nghi-cai-cach-hanh-chinh.html", want: "news-item"},
		{name: "a news item in the sidebar", sidebar: true, text: "Huyện Tri Tôn hỗ trợ thân nhân liệt sĩ thăm viếng mộ liệt sĩ, di chuyển hài cốt liệt sĩ dịp 27/7", href: "/tin-tuc/2026/07/tham-vieng-mo-liet-si.html", want: "news-item"},
		{name: "a news item by its address", text: "Xã Vĩnh Trung ra quân tổng vệ sinh môi trường hưởng ứng ngày Chủ nhật xanh", href: "/tin-tuc/ra-quan-ve-sinh-moi-truong.html", want: "news-item"},
		{name: "the party committee", news: true, text: "Cấp ủy xã Vĩnh Trung tổ chức hội nghị sơ kết 6 tháng", href: "/bai-viet/123", want: "news-item"},
		{name: "an announcement", news: true, text: "Thông báo lịch tiếp công dân định kỳ tháng 12 năm 2025", href: "/thong-bao/12", want: "news-item"},

		// Links that may lead to procedures.
		{name: "the procedures", text: "Thủ tục hành chính", href: "/thu-tuc-hanh-chinh"},
		{name: "about, in the procedure section", text: "Giới thiệu", href: "/gioi-thieu/thu-tuc-hanh-chinh"},
		{name: "a procedure published as news", text: "Giới thiệu quy trình cấp giấy phép xây dựng nhà ở riêng lẻ", href: "/tin-tuc/gioi-thieu-quy-trinh-cap-giay-phep-xay-dung"},
		{name: "a procedure's bare name as news", news: true, text: "Cấp giấy phép xây dựng nhà ở riêng lẻ tại nông thôn", href: "/tin-tuc/123"},
		{name: "another, numbered", news: true, text: "2. Hỗ trợ chi phí mai táng cho thân nhân người có công", href: "/tin-tuc/124"},
		{name: "a news address on a procedure page", procedurePage: true, text: "Xã Vĩnh Trung ra quân tổng vệ sinh môi trường hưởng ứng ngày Chủ nhật xanh", href: "/tin-tuc/ra-quan-ve-sinh-moi-truong.html"},
		{name: "the news section", text: "Tin tức", href: "/tin-tuc"},
		{name: "a news category (PHP CMS)", page: "http://phuninh.phutho.gov.vn/", text: "Tin mới nhất", href: "/thong-tin-tuyen-truyen/bai-viet/cat/tin-moi-nhat-150"},
		{name: "a news item naming a procedure", page: "http://phuninh.phutho.gov.vn/", news: true, text: "Thủ tục trợ cấp một lần đối với người có thành tích tham gia kháng chiến", href: "/thong-tin-tuyen-truyen/bai-viet/cat/tin-moi-nhat-150/id/thu-tuc-tro-cap-mot-lan-doi-voi-nguoi-co-thanh-tich-tham-gia-khang-chien"},
		{name: "a decision naming procedures, as news", page: "https://namdong.thuathienhue.gov.vn/", news: true, text: "Công bố (81) Danh mục thủ tục hành chính được chuẩn hóa thuộc phạm vi chức năng quản lý nhà nước của Sở Giáo dục và Đào tạo", href: "/?gd=27&cn=1132&tc=28833"},
		{name: "more news", news: true, text: "Xem thêm", href: "/tin-tuc"},
		{name: "sitemap", text: "Sơ đồ cổng", href: "/so-do-cong"},
		{name: "sitemap, page", text: "Sơ đồ trang", href: "/sitemap.aspx"},
		{name: "sitemap, site", text: "Sơ đồ site", href: "/so-do-site"},
		{name: "apply online (DNN one-stop)", page: "https://dichvucong.thuathienhue.gov.vn/", text: "Đăng ký", href: "/dang-ky-truc-tuyen/trang-chu/unit/pid/11709/action/dangky/ReqId/8c74701"},
		{name: "look up a procedure (iGate)", page: "http://motcua.tiengiang.gov.vn/", text: "Tra cứu", href: "/trang-chu/tra-cuu/chi-tiet-thu-tuc?ma-thu-tuc=14273"},
		{name: "online public services", text: "Dịch vụ công trực tuyến", href: "/dich-vu-cong"},
		{name: "legal documents", text: "Văn bản", href: "/van-ban"},
		{name: "the next page of questions", text: "2", href: "/hoi-dap?page=2"},
		{name: "the national portal", text: "Cổng Dịch vụ công quốc gia", href: "https://dichvucong.gov.vn/"},
		{name: "a commune named Hải Long", text: "Xã Hải Long", href: "/xa-hai-long"},
		{name: "the same language", page: "https://donganh.hanoi.gov.vn/en/trang-chu", text: "Trang chủ", href: "/en/trang-chu"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			page := c.page
			if page == "" {
				page = home
			}
			a := fmt.Sprintf(`<a href="%s">%s</a>`, html.EscapeString(c.href), html.EscapeString(c.text))
			body := `<div class="content"><p>` + a + `</p></div>`
			switch {
			case c.news:
				body = `<div class="col-md-3"><h3>Tin tức - Sự kiện</h3><ul><li>` + a + `</li></ul></div>`
			case c.sidebar:
				body = `<aside class="sidebar"><h3>Tin tức - Sự kiện</h3><ul class="tin-moi"><li>` + a + `</li></ul></aside>`
			}
			title := "Trang chủ"
			if c.procedurePage {
				title = "Danh sách thủ tục hành chính"
			}
			px := ExtractPage(page, []byte(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>`+title+`</title></head><body>`+body+`</body></html>`))
			require.Len(t, px.Links, 1)
			l := px.Links[0]
			assert.Equal(t, c.want, l.OffTopic, "%s → %s", c.text, l.URL)
			if c.want != "" {
				assert.False(t, l.Procedure || l.Pagination, "an off-topic link is neither a procedure nor a next page")
			}
		})
	}
}

// The table itself: every kind says why; a text or slug names one kind
// only and is not a procedure's or a page's (those are followed first);
// every text matches however the menu types it: in capitals, in NFD,
// without accents, with i for y (textnorm.Fold's spelling).
func TestOffTopicsTable(t *testing.T) {
	names := map[string]bool{}
	texts := map[string]string{}
	slugs := map[string]string{}
	for _, k := range OffTopics {
		assert.False(t, names[k.Name], "kind %s twice", k.Name)
		names[k.Name] = true
		assert.NotEmpty(t, k.Reason, k.Name)
		assert.True(t, len(k.Texts) > 0 || len(k.Slugs) > 0 || k.other != nil, k.Name)
		for _, s := range k.Texts {
			f := fold(s)
			require.NotEmpty(t, f, s)
			assert.Empty(t, texts[f], "%q is in %s and %s", s, texts[f], k.Name)
			texts[f] = k.Name
			assert.False(t, namesProcedure(s, f) || namesPage(s, f), "%q would be followed anyway", s)
			for _, v := range []string{s, strings.ToUpper(s), norm.NFD.String(s), textnorm.Fold(s)} {
				if got := offTopicTexts[fold(v)]; assert.NotNil(t, got, v) {
					assert.Equal(t, k.Name, got.Name, v)
				}
			}
		}
		for _, s := range k.Slugs {
			f := slug(s)
			assert.Empty(t, slugs[f], "%q is in %s and %s", s, slugs[f], k.Name)
			slugs[f] = k.Name
		}
	}
}

// A URL linked twice on a page is off-topic only when every link to it
// says so: the menu's "Giới thiệu" and the text's "Thủ tục hành chính của
// xã" to the same page make it a procedure link.
func TestOffTopicLinkedTwice(t *testing.T) {
	cases := []struct {
		name, second string
		want         string
		procedure    bool
	}{
		{"again as the procedures", `<a href="/gioi-thieu">Thủ tục hành chính của xã</a>`, "", true},
		{"again by a plain text, the address still the introduction", `<a href="/gioi-thieu#top">Xã Vĩnh Trung</a>`, "about", false},
		{"again in the footer", `<a href="/gioi-thieu">Giới thiệu</a>`, "about", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			px := ExtractPage("https://vinhtrung.example.gov.vn/", []byte(`<html><body><nav class="menu"><a href="/gioi-thieu">Giới thiệu</a></nav><div class="content"><p>`+c.second+`</p></div></body></html>`))
			require.Len(t, px.Links, 1)
			assert.Equal(t, c.want, px.Links[0].OffTopic)
			assert.Equal(t, c.procedure, px.Links[0].Procedure)
		})
	}
}

// Headlines of news items: procedures published under their bare names
// (copied from the portals of ../shared/data/real-names, their numbering
// and openings kept) are followed; news about something else is not.
func TestReadsLikeProcedure(t *testing.T) {
	cases := []struct {
		headline string
		want     bool
	}{
		{"Xác nhận thương binh, người hưởng chính sách như thương binh đối với người bị thương không thuộc lực lượng công an, quân đội trong chiến tranh từ ngày 31/12/1991 trở về trước không còn giấy tờ", true},
		{"Chấm dứt hoạt động của tổ chức hành nghề luật sư trong trường hợp tổ chức hành nghề luật sư tự chấm dứt hoạt động hoặc công ty luật bị hợp nhất, sáp nhập", true},
		{"1. Cấp giấy phép xây dựng mới đối với công trình xây dựng cấp I, II; công trình tôn giáo; công trình quảng cáo", true},
		{"Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng (đối tượng là công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam)", true},
		{"Di chuyển hài cốt liệt sĩ đang an táng tại nghĩa trang liệt sĩ đi nơi khác theo nguyện vọng của đại diện thân nhân hoặc người hưởng trợ cấp thờ cúng liệt sĩ", true},
		{"Trợ giúp xã hội khẩn cấp về hỗ trợ chi phí mai táng", true},
		{"Quy trình hỗ trợ kinh phí thân nhân đi thăm viếng, cất bốc hài cốt liệt sỹ và xây vỏ mộ liệt sỹ", true},
		{"Hướng dẫn đăng ký khai sinh trực tuyến trên Cổng dịch vụ công", true},
		{"Hội nghị sơ kết công tác cải cách hành chính 6 tháng đầu năm 2026", false},
		{"Huyện Tri Tôn hỗ trợ thân nhân liệt sĩ thăm viếng mộ liệt sĩ, di chuyển hài cốt liệt sĩ dịp 27/7", false},
		{"Cấp ủy xã Vĩnh Trung tổ chức hội nghị sơ kết 6 tháng", false},
		{"Thông báo lịch tiếp công dân định kỳ tháng 12 năm 2025", false},
		{"Trạm y tế xã tổ chức tiêm chủng mở rộng cho trẻ em dưới 5 tuổi", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, readsLikeProcedure(fold(c.headline)), c.headline)
	}
}
