package extract

import (
	"net/url"
	"path"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// An OffTopic is a kind of link that leads away from procedures: to a
// section of the site that never lists them (the introduction, contact,
// galleries, login, another language…) or to a news item about something
// else. The crawler leaves such links alone unless the rest of its crawl
// found no procedure at all (package crawler, "focused crawl").
//
// A link is off-topic only when links() found it to be neither a
// procedure (an entry's link, a text naming a procedure or a code, a URL
// with procedure words: namesProcedure, weburl.LooksProcedure) nor the
// next page of a list (namesPage, pagesList): those come first, so that
// "/gioi-thieu/thu-tuc-hanh-chinh" or "Giới thiệu thủ tục đăng ký khai
// sinh" is followed. Sitemaps ("Sơ đồ cổng", "Sơ đồ trang") and the news
// sections themselves ("Tin tức") are not off-topic: they lead to lists,
// and portals publish procedures as news.
type OffTopic struct {
	// Name is a short identifier, for tests, stats and notes.
	Name string
	// Reason says why such a link is left alone.
	Reason string
	// Texts are link texts that name the section as menus write it; a
	// link matches when its whole text is one of them, both folded (case,
	// diacritics and punctuation do not count). Whole texts only: "Giới
	// thiệu" is the introduction, "Giới thiệu quy trình cấp giấy phép xây
	// dựng" may be a procedure published as news.
	Texts []string
	// Slugs are URL words that name the section: a link matches when one
	// of its path segments, or one of its query values, is one of them,
	// folded, without a file extension or a trailing number
	// ("/gioi-thieu", "/Pages/lien-he.aspx", "/video/12",
	// "index.php?option=com_contact").
	Slugs []string
	// other is a test of its own for kinds that texts and slugs cannot
	// tell.
	other func(c *linkContext) bool
}

// linkContext is what off-topic tests read of one link.
type linkContext struct {
	f     string   // the link's text, folded
	u     *url.URL // the link, canonical
	words int      // words of the text
	p     *Page    // the page it is on
	a     *anchor  // the link's anchor
}

// OffTopics are every kind of off-topic link, in the order they are
// tried. This table is the one place to add one.
var OffTopics = []OffTopic{
	{Name: "about", Reason: "the introduction to the locality or the agency (history, geography, functions): it describes, it lists no procedure",
		Texts: []string{"Giới thiệu", "Giới thiệu chung", "Tổng quan", "Lịch sử hình thành", "Lịch sử hình thành và phát triển", "Chức năng nhiệm vụ", "Chức năng, nhiệm vụ, quyền hạn", "Điều kiện tự nhiên", "Vị trí địa lý", "About", "About us"},
		Slugs: []string{"gioi-thieu", "gioithieu", "gioi-thieu-chung", "tong-quan", "lich-su-hinh-thanh", "chuc-nang-nhiem-vu", "about", "about-us", "aboutus", "introduction"}},
	{Name: "organisation", Reason: "the organisation chart and the leaders' pages: names and positions, no procedure",
		Texts: []string{"Sơ đồ tổ chức", "Cơ cấu tổ chức", "Bộ máy tổ chức", "Tổ chức bộ máy", "Lãnh đạo", "Ban lãnh đạo", "Lãnh đạo đơn vị"},
		Slugs: []string{"so-do-to-chuc", "sodotochuc", "co-cau-to-chuc", "cocautochuc", "bo-may-to-chuc", "to-chuc-bo-may", "lanh-dao", "ban-lanh-dao"}},
	{Name: "contact", Reason: "contact details, the hotline, the feedback form and the citizens' questions and answers: letters to the agency, not the list of its procedures",
		Texts: []string{"Liên hệ", "Liên hệ góp ý", "Thông tin liên hệ", "Góp ý", "Hỏi đáp", "Hỏi đáp trực tuyến", "Đường dây nóng", "Contact", "Contact us"},
		Slugs: []string{"lien-he", "lienhe", "lien-he-gop-y", "gop-y", "gopy", "hoi-dap", "hoidap", "duong-day-nong", "contact", "contact-us", "contactus", "com_contact"}},
	{Name: "gallery", Reason: "photo, video and audio galleries: pictures and clips, no procedure text",
		Texts: []string{"Thư viện ảnh", "Thư viện hình ảnh", "Hình ảnh", "Hình ảnh hoạt động", "Album ảnh", "Video", "Video clip", "Thư viện video", "Phóng sự ảnh", "Multimedia", "Podcast"},
		Slugs: []string{"thu-vien-anh", "thuvienanh", "thu-vien-hinh-anh", "hinh-anh", "hinhanh", "album", "albums", "album-anh", "gallery", "galleries", "photo", "photos", "video", "videos", "thu-vien-video", "video-clip", "multimedia", "podcast"}},
	{Name: "account", Reason: "login, registration, password and administration pages: forms for the site's users, robots.txt usually forbids them; \"Đăng ký\" alone is not one (it applies for a procedure)",
		Texts: []string{"Đăng nhập", "Đăng nhập hệ thống", "Đăng ký tài khoản", "Đăng ký thành viên", "Quên mật khẩu", "Login", "Log in", "Sign in", "Register", "Sign up", "Quản trị"},
		Slugs: []string{"dang-nhap", "dangnhap", "login", "log-in", "signin", "sign-in", "register", "signup", "sign-up", "dang-ky-tai-khoan", "dang-ky-thanh-vien", "quen-mat-khau", "forgot-password", "quan-tri", "admin", "wp-admin", "wp-login"}},
	{Name: "language", Reason: "the site in another language: the same sections translated, or fewer; the procedures are compared by their Vietnamese names",
		Texts: []string{"English", "Tiếng Anh", "EN", "ENG", "Français", "Tiếng Pháp", "Tiếng Trung", "Tiếng Hàn", "Tiếng Nhật", "Tiếng Lào"},
		other: otherLanguage},
	{Name: "feed", Reason: "RSS feeds repeat the news list in XML",
		Texts: []string{"RSS"},
		Slugs: []string{"rss", "feed", "feeds"}},
	{Name: "search", Reason: "the site's search: a form, or results for a word chosen by the link (a search for procedures names them and is followed)",
		Texts: []string{"Tìm kiếm", "Tìm kiếm nâng cao", "Search"},
		Slugs: []string{"tim-kiem", "timkiem", "ket-qua-tim-kiem", "search"}},
	{Name: "weather", Reason: "weather forecasts",
		Texts: []string{"Thời tiết", "Dự báo thời tiết", "Weather"},
		Slugs: []string{"thoi-tiet", "thoitiet", "du-bao-thoi-tiet", "weather"}},
	{Name: "weblinks", Reason: "the box of links to other agencies' sites: each leaves the portal, often through a redirect of its own",
		Texts: []string{"Liên kết website", "Liên kết web", "Weblink", "Web links"},
		Slugs: []string{"lien-ket", "lienket", "lien-ket-website", "weblink", "weblinks"}},
	{Name: "news-item", Reason: "a news item or announcement (under a news heading, in a news box or at a news address; a headline of six words or more) that neither speaks of procedures nor reads like a procedure's name: one article about something else; the other items, the news sections and their next pages are followed",
		other: func(c *linkContext) bool {
			return c.words >= minHeadlineWords && c.p.newsItem(c.a, c.u) && !readsLikeProcedure(c.f)
		}},
}

// minHeadlineWords is the fewest words of a news item's headline: a
// shorter text in a news box is a label ("Xem thêm", "Tin tức", "Thông
// báo tuyển dụng") leading to a section, which is followed.
const minHeadlineWords = 6

// procedureActs are the acts that open procedure names, folded: the
// two-word openings of the names of the national catalogue
// (testdata/dvcqg/procedures.csv, 2,929 names) that open ten names or
// more, and some rarer ones that open no news; "Cấp …" aside (a third of
// the names open with it, in twenty forms: see readsLikeProcedure); less
// those that open news as often as names ("Thông báo", "Kiểm tra", "Đánh
// giá", "Quyết định", "Biên phòng"). Of the catalogue's names of six
// words or more that do not say "thủ tục", six in seven read like a
// procedure by them; of the 108 such names hand-copied from 35 real
// portals (../shared/data/real-names), 102.
var procedureActs = map[string]bool{
	"dang ky": true, "ho tro": true, "gia han": true, "phe duyet": true, "cong nhan": true,
	"giai quyet": true, "sua doi": true, "cong bo": true, "tham dinh": true, "de nghi": true,
	"chap thuan": true, "cho phep": true, "dieu chinh": true, "xac nhan": true, "cham dut": true,
	"thay doi": true, "thu hoi": true, "thanh lap": true, "giai the": true, "khai thue": true,
	"chuyen doi": true, "xoa dang": true, "xet tang": true, "tiep nhan": true, "chung nhan": true,
	"xac dinh": true, "cung cap": true, "sap nhap": true, "chung thuc": true, "khai quyet": true,
	"tang thuong": true, "tro cap": true, "tro giup": true, "thoa thuan": true, "tra lai": true,
	"hoan thue": true, "doi ten": true, "bo sung": true, "khai bao": true, "tuyen sinh": true,
	"di chuyen": true, "xet duyet": true, "mien giam": true, "khoi phuc": true, "chia tach": true,
	"hop nhat": true, "kiem dinh": true, "chuyen truong": true,
}

// headlineOpenings are what a headline puts before a procedure's name.
var headlineOpenings = []string{"thu tuc ", "quy trinh ", "huong dan ", "gioi thieu ", "thuc hien "}

// readsLikeProcedure reports whether a folded headline reads like a
// procedure's name, once its openings ("Giới thiệu quy trình …", a
// number) are dropped: it opens with an act of procedureActs, or with
// "Cấp" that is not "Cấp ủy" (the party committee). A procedure a portal
// publishes as news under its bare name ("Cấp giấy phép xây dựng nhà ở
// riêng lẻ") is followed so.
func readsLikeProcedure(f string) bool {
	for trimmed := true; trimmed; {
		trimmed = false
		if i := strings.IndexByte(f, ' '); i > 0 && textnorm.AllDigits(f[:i]) {
			f, trimmed = f[i+1:], true
		}
		for _, o := range headlineOpenings {
			if rest, ok := strings.CutPrefix(f, o); ok {
				f, trimmed = rest, true
			}
		}
	}
	first, rest, _ := strings.Cut(f, " ")
	second, _, _ := strings.Cut(rest, " ")
	if first == "cap" {
		return second != "" && second != "uy"
	}
	return procedureActs[first+" "+second]
}

// offTopicTexts and offTopicSlugs index OffTopics by folded text and slug.
//
// A link's text is looked up folded by fold, which links() computes for
// every link anyway (namesProcedure, namesPage read it). Each text of the
// table is indexed under textnorm.Fold as well, which spells a lone y
// after a consonant i: a menu typed "Đăng kí tài khoản" or "Vị trí địa
// lí" matches too, at no cost per link (textnorm.Fold itself runs ten
// times longer than fold, too long for every link of every page).
var offTopicTexts, offTopicSlugs = func() (texts, slugs map[string]*OffTopic) {
	texts, slugs = map[string]*OffTopic{}, map[string]*OffTopic{}
	for i := range OffTopics {
		k := &OffTopics[i]
		for _, t := range k.Texts {
			texts[fold(t)] = k
			texts[textnorm.Fold(t)] = k
		}
		for _, s := range k.Slugs {
			slugs[slug(s)] = k
		}
	}
	return texts, slugs
}()

// offTopic returns the kind of off-topic link c is, or nil.
func offTopic(c *linkContext) *OffTopic {
	if k := offTopicTexts[c.f]; k != nil && c.f != "" {
		return k
	}
	if k := slugOffTopic(c.u); k != nil {
		return k
	}
	for i := range OffTopics {
		if k := &OffTopics[i]; k.other != nil && k.other(c) {
			return k
		}
	}
	return nil
}

// slugOffTopic returns the kind a path segment or query value of u names,
// or nil.
func slugOffTopic(u *url.URL) *OffTopic {
	for p := u.Path; p != ""; {
		var seg string
		seg, p, _ = strings.Cut(strings.TrimPrefix(p, "/"), "/")
		if k := offTopicSlugs[slug(seg)]; k != nil {
			return k
		}
	}
	for q := u.RawQuery; q != ""; {
		var part string
		part, q, _ = strings.Cut(q, "&")
		if _, v, ok := strings.Cut(part, "="); ok && v != "" {
			if uv, err := url.QueryUnescape(v); err == nil {
				v = uv
			}
			if k := offTopicSlugs[slug(v)]; k != nil {
				return k
			}
		}
	}
	return nil
}

// slug is a path segment or query value in the form the table's slugs are
// indexed in: lower case, words joined by "-", without its file extension
// and a trailing number ("Lien-He_12.aspx" gives "lien-he"). Most segments
// are that already and are sliced, not copied: every link of every page
// is read so.
func slug(s string) string {
	if ext := path.Ext(s); len(ext) > 1 && len(ext) <= 6 && isLetters(ext[1:]) {
		s = s[:len(s)-len(ext)]
	}
	if !isSlug(s) {
		s = strings.ReplaceAll(fold(s), " ", "-")
	}
	if i := strings.LastIndexByte(s, '-'); i > 0 && textnorm.AllDigits(s[i+1:]) {
		s = s[:i]
	}
	return s
}

// isSlug reports whether s is lower-case ASCII words joined by single
// dashes, as fold and a join would give it.
func isSlug(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && i > 0 && i < len(s)-1 && s[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// foreignLanguages are the language codes of the versions Vietnamese
// portals offer besides Vietnamese.
var foreignLanguages = map[string]bool{"en": true, "fr": true, "zh": true, "ja": true, "ko": true, "ru": true, "lo": true, "km": true, "de": true}

// languageParams are query parameters that choose the site's language.
var languageParams = map[string]bool{"lang": true, "language": true, "languageid": true, "locale": true, "hl": true, "ln": true, "culture": true}

// otherLanguage reports whether c leads to the site in a language other
// than the page's: a first path segment "/en/", or lang=en and the like.
// A crawl started in English is not cut off from the English pages.
func otherLanguage(c *linkContext) bool {
	l := language(c.u)
	return l != "" && l != language(c.p.base)
}

// language returns the foreign language u chooses ("" for none).
func language(u *url.URL) string {
	if u == nil {
		return ""
	}
	first, _, _ := strings.Cut(strings.TrimPrefix(u.Path, "/"), "/")
	if first = strings.ToLower(first); foreignLanguages[first] {
		return first
	}
	for q := u.RawQuery; q != ""; {
		var part string
		part, q, _ = strings.Cut(q, "&")
		k, v, _ := strings.Cut(part, "=")
		if len(v) >= 2 && languageParams[strings.ToLower(k)] {
			if l := strings.ToLower(v[:2]); foreignLanguages[l] {
				return l
			}
		}
	}
	return ""
}
