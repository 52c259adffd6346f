package match

import (
	"slices"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// Portals keep publishing a procedure under the wording of the decision
// that first listed it, long after a later decision renamed it. Two kinds
// of renaming are general enough to undo without knowing the procedure:
//
//   - a phrase the law itself renamed, everywhere it stood (renamings):
//     the catalogue no longer uses the old phrase in any name, and uses
//     the new one in several, so rewriting it can never turn a current
//     name into another current name (TestRenamingsHoldAcrossCatalogue
//     checks both on the national list);
//   - the act of a recognition in the field Người có công, which Decree
//     131/2021/NĐ-CP and the decisions after it renamed from "Giải quyết
//     chế độ (ưu đãi) (đối với) X" to "Công nhận (và giải quyết chế độ
//     (ưu đãi)) X" (actRenamings). "Giải quyết chế độ" still opens current
//     names, so this one is stricter: the renamed entry must be a
//     catalogue name word for word (or its core), never a fuzzy neighbour.
//
// Both run last, only when the published name itself found nothing, and a
// name found so is reported as published under an outdated name.

// renaming is one phrase renamed by law: old and new in folded words;
// new is spelt in key form (the words put in its place).
type renaming struct {
	old []string
	new string
	// unless are the folded words which, right after old, make it another
	// phrase the catalogue still uses ("trường trung học phổ thông
	// chuyên"), or the new phrase already.
	unless  [][]string
	why     string
	minUses int // the least catalogue names the new phrase must stand in
}

// at reports whether r's old phrase stands at i in s, not followed by
// one of its exceptions.
func (r renaming) at(s seq, i int) bool {
	if !s.hasAt(r.old, i) {
		return false
	}
	for _, u := range r.unless {
		if s.hasAt(u, i+len(r.old)) {
			return false
		}
	}
	return true
}

// renamings are the phrase renamings, each general to a family of
// procedures, none tied to one name.
var renamings = slices.Concat(lawRenamings, groundwaterRenamings(), agencyRenamings)

// agencyRenamings are the agencies the 2025 reorganisation merged
// (Nghị quyết 176/2025/QH15 for the ministries, Nghị định 45/2025/NĐ-CP
// for the provinces' departments), as names that carry an agency still
// write them on portals: "Khai báo với Sở Lao động – Thương binh và Xã
// hội địa phương khi đưa vào sử dụng các loại máy …" is today's "Khai
// báo với Sở Nội vụ địa phương …". A department whose fields went to
// several is renamed to the one the catalogue's names keep; where its
// field went elsewhere the renamed name finds nothing, or a sibling
// that tells by another word, and the guard holds it. Agencies the
// national list still writes in some current names ("Bộ Lao động -
// Thương binh và Xã hội", "Sở Kế hoạch và Đầu tư", "Sở Giao thông vận
// tải", "Bộ Nông nghiệp và Phát triển nông thôn") are not renamed: the
// old phrase would rewrite a current name (TestRenamingsHoldAcrossCatalogue).
var agencyRenamings = []renaming{
	renamedBy("sở lao động thương binh và xã hội", "sở nội vụ", departments2025, 1),
	renamedBy("sở tài nguyên và môi trường", "sở nông nghiệp và môi trường", departments2025, 1),
	renamedBy("sở nông nghiệp và phát triển nông thôn", "sở nông nghiệp và môi trường", departments2025, 1),
	renamedBy("bộ tài nguyên và môi trường", "bộ nông nghiệp và môi trường", "Nghị quyết 176/2025/QH15", 1),
}

// departments2025 is the decree that merged the provinces' departments.
const departments2025 = "Nghị định 45/2025/NĐ-CP"

// lawRenamings are the renamings written one by one.
var lawRenamings = []renaming{
	// Decree 125/2024/NĐ-CP and the 2024 rules for independent
	// pre-school groups: every "nhóm trẻ, lớp mẫu giáo độc lập" became a
	// "cơ sở giáo dục mầm non độc lập" (founding, merging, splitting,
	// dissolving).
	// The earliest titles said what "độc lập" meant: "… độc lập tư thục".
	renamedBy("nhóm trẻ, lớp mẫu giáo độc lập tư thục", "cơ sở giáo dục mầm non độc lập", "Nghị định 125/2024/NĐ-CP", 3),
	renamedBy("nhóm trẻ, lớp mẫu giáo độc lập", "cơ sở giáo dục mầm non độc lập", "Nghị định 125/2024/NĐ-CP", 3),
	// The Law on Identity 2023 (from 1 July 2024): the citizen's
	// identity card ("thẻ Căn cước công dân") is the identity card,
	// "thẻ căn cước", issued, exchanged and re-issued alike.
	renamedBy("thẻ căn cước công dân", "thẻ căn cước", "Luật Căn cước 2023", 3),
	// Land Law 2024, art. 3(21): the certificate is "Giấy chứng nhận
	// quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất"; the 2013
	// law's "…, quyền sở hữu nhà ở và tài sản khác gắn liền với đất" is
	// gone from every name.
	renamedBy("quyền sở hữu nhà ở và tài sản khác gắn liền với đất", "quyền sở hữu tài sản gắn liền với đất", "Luật Đất đai 2024", 3),
	{
		// The 2024–2025 education procedures name the school with the
		// multi-level schools that share its top level: founding,
		// merging, splitting and dissolving a "trường trung học phổ
		// thông" are now those of "trường trung học phổ thông, trường phổ
		// thông có nhiều cấp học có cấp học cao nhất là trung học phổ
		// thông". The specialised school (chuyên) and the private-school
		// conversions (tư thục) kept their own names.
		old: fw("truong trung hoc pho thong"), new: "trường trung học phổ thông trường phổ thông có nhiều cấp học có cấp học cao nhất là trung học phổ thông",
		unless: [][]string{fw("chuyen"), fw("tu thuc"), fw("truong pho thong co nhieu cap hoc")},
		why:    "2024: trường THPT → trường THPT, trường phổ thông có nhiều cấp học có cấp học cao nhất là THPT", minUses: 3,
	},
	{
		// The same for the lower secondary school.
		old: fw("truong trung hoc co so"), new: "trường trung học cơ sở trường phổ thông có nhiều cấp học có cấp học cao nhất là trung học cơ sở",
		unless: [][]string{fw("chuyen"), fw("tu thuc"), fw("truong pho thong co nhieu cap hoc")},
		why:    "2024: trường THCS → trường THCS, trường phổ thông có nhiều cấp học có cấp học cao nhất là THCS", minUses: 3,
	},
	{
		// Decree 103/2017/NĐ-CP: the "cơ sở bảo trợ xã hội" (social
		// protection establishments) are "cơ sở trợ giúp xã hội"; the
		// people they protect are still "đối tượng bảo trợ xã hội", which
		// the phrase, starting at "cơ sở", never touches.
		old: fw("co so bao tro xa hoi"), new: "cơ sở trợ giúp xã hội",
		unless: [][]string{fw("nha xa hoi")},
		why:    "Nghị định 103/2017/NĐ-CP: cơ sở bảo trợ xã hội → cơ sở trợ giúp xã hội", minUses: 3,
	},
	// The same decree: Decree 68/2008's pair "cơ sở bảo trợ xã hội, nhà
	// xã hội" is one kind of establishment now.
	renamedBy("cơ sở bảo trợ xã hội, nhà xã hội", "cơ sở trợ giúp xã hội", "Nghị định 103/2017/NĐ-CP", 3),
	// Decree 99/2022/NĐ-CP: registering a mortgage of land use rights is
	// registering a "biện pháp bảo đảm bằng quyền sử dụng đất"
	// (registering, changing, deleting it). Decree 102/2017's titles
	// split the registrations by who registered, "… cho đối tượng là hộ
	// gia đình, cá nhân" at the district's office, organisations at the
	// province's; the 2022 procedures are one for all. The longer forms
	// come first.
	renamedBy("thế chấp bằng quyền sử dụng đất, tài sản gắn liền với đất cho đối tượng là hộ gia đình, cá nhân", "biện pháp bảo đảm bằng quyền sử dụng đất tài sản gắn liền với đất", "Nghị định 99/2022/NĐ-CP", 3),
	renamedBy("thế chấp bằng quyền sử dụng đất cho đối tượng là hộ gia đình, cá nhân", "biện pháp bảo đảm bằng quyền sử dụng đất tài sản gắn liền với đất", "Nghị định 99/2022/NĐ-CP", 3),
	renamedBy("thế chấp quyền sử dụng đất", "biện pháp bảo đảm bằng quyền sử dụng đất", "Nghị định 99/2022/NĐ-CP", 3),
	renamedBy("thế chấp bằng quyền sử dụng đất", "biện pháp bảo đảm bằng quyền sử dụng đất", "Nghị định 99/2022/NĐ-CP", 3),
	// The same decree registers "biện pháp bảo đảm", no longer the
	// "giao dịch bảo đảm" of Decree 83/2010/NĐ-CP (by land, ships,
	// aircraft, movables alike).
	renamedBy("giao dịch bảo đảm", "biện pháp bảo đảm", "Nghị định 99/2022/NĐ-CP", 3),
	// The same decree registers a change "of the security measure", no
	// longer "of the content of a registered" one (Decree 102/2017's
	// "Đăng ký thay đổi nội dung biện pháp bảo đảm … đã đăng ký").
	renamedBy("thay đổi nội dung biện pháp bảo đảm", "thay đổi biện pháp bảo đảm", "Nghị định 99/2022/NĐ-CP", 3),
	// And Decree 102/2017's change of a registered mortgage.
	renamedBy("thay đổi nội dung thế chấp bằng", "thay đổi biện pháp bảo đảm bằng", "Nghị định 99/2022/NĐ-CP", 3),
	renamedBy("thay đổi nội dung thế chấp", "thay đổi biện pháp bảo đảm bằng", "Nghị định 99/2022/NĐ-CP", 3),
	// Luật Đất đai 2024 and Luật Kinh doanh bất động sản 2023: the
	// certificate for buyers in a project (Decree 43/2014's "… cho người
	// nhận chuyển nhượng quyền sử dụng đất, mua nhà ở, công trình xây
	// dựng trong các dự án phát triển nhà ở") is for those receiving "quyền
	// sở hữu nhà ở, công trình xây dựng trong dự án bất động sản".
	renamedBy("trong các dự án phát triển nhà ở", "trong dự án bất động sản", "Luật Đất đai 2024", 2),
	renamedBy("mua nhà ở, công trình xây dựng", "quyền sở hữu nhà ở công trình xây dựng", "Luật Đất đai 2024", 1),
	// The two-tier local government of 2025: the district justice
	// office (Phòng Tư pháp) is gone, and a translator certified is a
	// collaborator of the commune or of a notary's office.
	renamedBy("cộng tác viên dịch thuật của Phòng Tư pháp", "cộng tác viên dịch thuật của ủy ban nhân dân cấp xã tổ chức hành nghề công chứng", "chính quyền hai cấp 2025", 2),
	// The Law on Civil Status 2014 (from 2016): the copies a civil status
	// book gave ("bản sao giấy tờ hộ tịch từ sổ hộ tịch", "… từ sổ gốc")
	// are copies of the extract, "bản sao trích lục hộ tịch".
	renamedBy("bản sao các giấy tờ hộ tịch từ sổ hộ tịch", "bản sao trích lục hộ tịch", "Luật Hộ tịch 2014", 1),
	renamedBy("bản sao giấy tờ hộ tịch từ sổ hộ tịch", "bản sao trích lục hộ tịch", "Luật Hộ tịch 2014", 1),
	// The same law: changing and correcting civil status is no longer
	// "registered" (Decree 158/2005's "Đăng ký thay đổi, cải chính hộ
	// tịch").
	renamedBy("đăng ký thay đổi, cải chính", "thay đổi cải chính", "Luật Hộ tịch 2014", 2),
	renamedBy("bản sao hộ tịch từ sổ gốc", "bản sao trích lục hộ tịch", "Luật Hộ tịch 2014", 1),
	// Decree 07/2025/NĐ-CP, amending Decree 23/2015/NĐ-CP: a contract
	// is one of the transactions certified, and the list says
	// "chứng thực giao dịch …" and "… sửa đổi, bổ sung, hủy bỏ giao
	// dịch" where the 2015 titles said "hợp đồng, giao dịch".
	renamedBy("chứng thực hợp đồng, giao dịch", "chứng thực giao dịch", "Nghị định 07/2025/NĐ-CP", 1),
	renamedBy("hủy bỏ hợp đồng, giao dịch", "hủy bỏ giao dịch", "Nghị định 07/2025/NĐ-CP", 1),
	// Decree 91/2024/NĐ-CP, amending Decree 156/2018/NĐ-CP: a plan to
	// harvest ordinary species is one for "gỗ, thực vật rừng ngoài gỗ";
	// the older titles said "thực vật rừng" or "gỗ, lâm sản" alone.
	renamedBy("khai thác thực vật rừng loài thông thường", "khai thác gỗ thực vật rừng ngoài gỗ loài thông thường", "Nghị định 91/2024/NĐ-CP", 3),
	renamedBy("khai thác gỗ, lâm sản loài thông thường", "khai thác gỗ thực vật rừng ngoài gỗ loài thông thường", "Nghị định 91/2024/NĐ-CP", 3),
	// Decree 20/2021/NĐ-CP (and Decree 136/2013 before it): the social
	// protection pays "hỗ trợ chi phí mai táng"; portals say it as the
	// people with merit's "mai táng phí", which the list keeps for them.
	renamedBy("hỗ trợ mai táng phí", "hỗ trợ chi phí mai táng", "Nghị định 20/2021/NĐ-CP", 2),
	// Ordinance 02/2020/UBTVQH14 on people with merit: those "bị địch bắt
	// tù, đày" are now any who took part in the revolution, the
	// resistance, the defence of the country or international duty, no
	// longer "người hoạt động cách mạng (hoặc) hoạt động kháng chiến"
	// alone.
	renamedBy("hoạt động cách mạng hoặc hoạt động kháng chiến bị địch bắt tù, đày", prisoners, meritOrdinance, 1),
	renamedBy("hoạt động cách mạng, hoạt động kháng chiến bị địch bắt tù, đày", prisoners, meritOrdinance, 1),
	renamedBy("hoạt động cách mạng, kháng chiến bị địch bắt tù, đày", prisoners, meritOrdinance, 1),
	// The same ordinance's resistance for national liberation is also
	// the defence of the country, and its international duty a
	// "nghĩa vụ", no longer a "nhiệm vụ".
	renamedBy("kháng chiến giải phóng dân tộc và làm nhiệm vụ quốc tế", "kháng chiến giải phóng dân tộc bảo vệ tổ quốc và làm nghĩa vụ quốc tế", meritOrdinance, 1),
	{
		// Decree 36/2019/NĐ-CP: the sport businesses' certificates of
		// Decree 106/2016 ("… đủ điều kiện kinh doanh của doanh nghiệp
		// kinh doanh hoạt động thể thao tổ chức hoạt động Taekwondo") are
		// "… đủ điều kiện kinh doanh hoạt động thể thao đối với môn …".
		old: fw("du dieu kien kinh doanh cua doanh nghiep kinh doanh hoat dong the thao to chuc hoat dong"), new: "đủ điều kiện kinh doanh hoạt động thể thao đối với môn",
		why: "Nghị định 36/2019/NĐ-CP: … của doanh nghiệp kinh doanh hoạt động thể thao tổ chức hoạt động X → … hoạt động thể thao đối với môn X", minUses: 10,
	},
	{
		// Not a law's renaming but the radiation licences' wording: the
		// catalogue says "thiết bị X-quang" in thirteen names and never
		// "máy X-quang", which portals write for the same machine.
		old: fw("may x quang"), new: "thiết bị x quang",
		why: "danh mục viết “thiết bị X-quang”, cổng thường viết “máy X-quang”", minUses: 10,
	},
	{
		// Not a law's renaming either: older titles dissolve an
		// establishment's "hoạt động" ("Giải thể hoạt động nhóm trẻ, lớp
		// mẫu giáo độc lập tư thục"); the national list dissolves the
		// establishment, in 36 names, and never writes "giải thể hoạt
		// động".
		old: fw("giai the hoat dong"), new: "giải thể",
		why: "danh mục viết “giải thể …”, danh mục cũ viết “giải thể hoạt động …”", minUses: 10,
	},
	// Decree 81/2018/NĐ-CP: a promotion is no longer "thực hiện" (Decree
	// 37/2006) but "hoạt động khuyến mại"; what is registered is that
	// activity "đối với chương trình khuyến mại …" of a kind.
	renamedBy("đăng ký thực hiện khuyến mại", "đăng ký hoạt động khuyến mại đối với chương trình khuyến mại", "Nghị định 81/2018/NĐ-CP", 2),
	renamedBy("thông báo thực hiện khuyến mại", "thông báo hoạt động khuyến mại", "Nghị định 81/2018/NĐ-CP", 1),
	// Decree 43/2010/NĐ-CP: a household business is registered as such,
	// "đăng ký hộ kinh doanh" (registering it, its certificate), no longer
	// by the "đăng ký kinh doanh" of Decree 88/2006 "(đối với) hộ kinh
	// doanh (cá thể)"; the longer forms come first.
	householdRenamed("đăng ký kinh doanh đối với hộ kinh doanh cá thể"),
	householdRenamed("đăng ký kinh doanh đối với hộ kinh doanh"),
	householdRenamed("đăng ký kinh doanh hộ kinh doanh cá thể"),
	householdRenamed("đăng ký kinh doanh hộ kinh doanh"),
	// "Hộ cá thể", the individual household of the same decree's
	// time, in speech.
	householdRenamed("đăng ký kinh doanh của hộ kinh doanh cá thể"),
	householdRenamed("đăng ký kinh doanh của hộ cá thể"),
	householdRenamed("đăng ký kinh doanh cho hộ cá thể"),
	householdRenamed("đăng ký kinh doanh hộ cá thể"),
	// The same decree's household business is no longer "cá thể"
	// (individual) in any procedure: closing, suspending, changing one.
	renamedBy("hộ kinh doanh cá thể", "hộ kinh doanh", "Nghị định 43/2010/NĐ-CP", 5),
	// The Law on Cooperatives 2012: a cooperative is founded by
	// "đăng ký thành lập hợp tác xã", no longer by the "đăng ký kinh
	// doanh (đối với) hợp tác xã" of Decree 151/2007/NĐ-CP.
	renamedBy("đăng ký kinh doanh đối với hợp tác xã", "đăng ký thành lập hợp tác xã", "Luật Hợp tác xã 2012", 1),
	renamedBy("đăng ký kinh doanh hợp tác xã", "đăng ký thành lập hợp tác xã", "Luật Hợp tác xã 2012", 1),
	renamedBy("đăng ký kinh doanh cho hợp tác xã", "đăng ký thành lập hợp tác xã", "Luật Hợp tác xã 2012", 1),
	// Decision 24/2021/QĐ-TTg: the poor and near-poor households
	// recognised "phát sinh trong năm" (during the year) are those of the
	// "thường xuyên hằng năm" (regular) review; so is a household leaving
	// (near-)poverty "trong năm".
	renamedBy("cận nghèo phát sinh trong năm", "cận nghèo thường xuyên hằng năm", "Quyết định 24/2021/QĐ-TTg", 2),
	renamedBy("cận nghèo trong năm", "cận nghèo thường xuyên hằng năm", "Quyết định 24/2021/QĐ-TTg", 2),
	// Pháp lệnh Ưu đãi người có công 2020 and Decree 131/2021/NĐ-CP: a war
	// invalid's "tỷ lệ suy giảm khả năng lao động" is his "tỷ lệ tổn
	// thương cơ thể" (a labour accident's "suy giảm khả năng lao động",
	// without "tỷ lệ", is another law's and stays).
	renamedBy("tỷ lệ suy giảm khả năng lao động", "tỷ lệ tổn thương cơ thể", meritOrdinance, 2),
	// The Construction Law 2014: the separate house's permit, "tại đô
	// thị" under Decree 64/2012/NĐ-CP, is one procedure wherever the
	// house stands (the graded permits "… và nhà ở riêng lẻ").
	renamedBy("nhà ở riêng lẻ tại đô thị", "nhà ở riêng lẻ", "Luật Xây dựng 2014", 5),
	renamedBy("nhà ở riêng lẻ đô thị", "nhà ở riêng lẻ", "Luật Xây dựng 2014", 5),
	// The same law's permit for a while is "có thời hạn", no longer the
	// "giấy phép xây dựng tạm" of the 2003 law.
	renamedBy("giấy phép xây dựng tạm", "giấy phép xây dựng có thời hạn", "Luật Xây dựng 2014", 3),
	renamedBy("cấp phép xây dựng tạm", "cấp giấy phép xây dựng có thời hạn", "Luật Xây dựng 2014", 3),
	// The Law on Residence 2020, art. 30: a stay is notified ("thông
	// báo lưu trú"); a foreigner's is declared ("khai báo tạm trú"),
	// which no one writes "khai báo lưu trú".
	renamedBy("khai báo lưu trú", "thông báo lưu trú", "Luật Cư trú 2020", 1),
	// Decree 08/2021/NĐ-CP on inland waterways: a wharf or port "opened"
	// (Thông tư 50/2014/TT-BGTVT's "công bố mở") is announced to operate;
	// sea and fishing ports are still opened.
	renamedBy("công bố mở bến thủy nội địa", "công bố hoạt động bến thủy nội địa", "Nghị định 08/2021/NĐ-CP", 1),
	renamedBy("công bố mở cảng thủy nội địa", "công bố hoạt động cảng thủy nội địa", "Nghị định 08/2021/NĐ-CP", 2),
	renamedBy("công bố lại bến thủy nội địa", "công bố lại hoạt động bến thủy nội địa", "Nghị định 08/2021/NĐ-CP", 1),
	renamedBy("công bố lại cảng thủy nội địa", "công bố lại hoạt động cảng thủy nội địa", "Nghị định 08/2021/NĐ-CP", 1),
	// Decree 01/2021/NĐ-CP: a business suspended, or resumed before the
	// term it gave, gives notice of it ("thông báo"); older lists have
	// the household business "register" both ("Đăng ký tạm ngừng kinh
	// doanh, tiếp tục kinh doanh trước thời hạn đã đăng ký …").
	renamedBy("trước thời hạn đã đăng ký", "trước thời hạn đã thông báo", "Nghị định 01/2021/NĐ-CP", 2),
	renamedBy("đăng ký tạm ngừng, tiếp tục kinh doanh", "tạm ngừng kinh doanh tiếp tục kinh doanh", "Nghị định 01/2021/NĐ-CP", 1),
	renamedBy("đăng ký tạm ngừng kinh doanh", "tạm ngừng kinh doanh", "Nghị định 01/2021/NĐ-CP", 2),
	// Decree 105/2017/NĐ-CP (alcohol) and the tobacco decrees since
	// Decree 67/2013/NĐ-CP: the "giấy phép kinh doanh bán lẻ / bán buôn
	// sản phẩm …" of the decrees before are the "giấy phép bán lẻ / bán
	// buôn …" of the national list (issue, re-issue, amend).
	renamedBy("giấy phép kinh doanh bán lẻ sản phẩm rượu", "giấy phép bán lẻ rượu", "Nghị định 105/2017/NĐ-CP", 3),
	renamedBy("giấy phép kinh doanh bán lẻ rượu", "giấy phép bán lẻ rượu", "Nghị định 105/2017/NĐ-CP", 3),
	renamedBy("giấy phép kinh doanh bán buôn sản phẩm rượu", "giấy phép bán buôn rượu", "Nghị định 105/2017/NĐ-CP", 3),
	renamedBy("giấy phép kinh doanh bán buôn rượu", "giấy phép bán buôn rượu", "Nghị định 105/2017/NĐ-CP", 3),
	renamedBy("giấy phép kinh doanh bán lẻ sản phẩm thuốc lá", "giấy phép bán lẻ sản phẩm thuốc lá", "Nghị định 67/2013/NĐ-CP", 3),
	// The same decree's first titles named the agent too: "… bán lẻ
	// (hoặc đại lý bán lẻ) sản phẩm thuốc lá".
	renamedBy("giấy phép kinh doanh bán lẻ hoặc đại lý bán lẻ sản phẩm thuốc lá", "giấy phép bán lẻ sản phẩm thuốc lá", "Nghị định 67/2013/NĐ-CP", 3),
	renamedBy("giấy phép kinh doanh bán lẻ thuốc lá", "giấy phép bán lẻ sản phẩm thuốc lá", "Nghị định 67/2013/NĐ-CP", 3),
	renamedBy("giấy phép kinh doanh bán buôn sản phẩm thuốc lá", "giấy phép bán buôn sản phẩm thuốc lá", "Nghị định 67/2013/NĐ-CP", 3),
	// Decision 12/2018/QĐ-TTg chose and recognised "người có uy tín
	// trong đồng bào dân tộc thiểu số"; the procedures that replaced its
	// (1.012222 recognising, 1.012223 removing or replacing) name them
	// "người có uy tín".
	renamedBy("người có uy tín trong đồng bào dân tộc thiểu số", "người có uy tín", "Quyết định 12/2018/QĐ-TTg", 2),
	// Decree 54/2019/NĐ-CP: the karaoke and dance-hall licences of Decree
	// 103/2009 ("giấy phép kinh doanh karaoke", "… dịch vụ vũ trường")
	// are licences "đủ điều kiện kinh doanh dịch vụ …" (issue, adjust).
	renamedBy("giấy phép kinh doanh karaoke", "giấy phép đủ điều kiện kinh doanh dịch vụ karaoke", "Nghị định 54/2019/NĐ-CP", 2),
	renamedBy("giấy phép kinh doanh dịch vụ karaoke", "giấy phép đủ điều kiện kinh doanh dịch vụ karaoke", "Nghị định 54/2019/NĐ-CP", 2),
	renamedBy("giấy phép kinh doanh vũ trường", "giấy phép đủ điều kiện kinh doanh dịch vụ vũ trường", "Nghị định 54/2019/NĐ-CP", 2),
	renamedBy("giấy phép kinh doanh dịch vụ vũ trường", "giấy phép đủ điều kiện kinh doanh dịch vụ vũ trường", "Nghị định 54/2019/NĐ-CP", 2),
	// The same licences issued the short way ("Cấp phép kinh doanh dịch
	// vụ karaoke").
	renamedBy("cấp phép kinh doanh karaoke", "cấp giấy phép đủ điều kiện kinh doanh dịch vụ karaoke", "Nghị định 54/2019/NĐ-CP", 1),
	renamedBy("cấp phép kinh doanh dịch vụ karaoke", "cấp giấy phép đủ điều kiện kinh doanh dịch vụ karaoke", "Nghị định 54/2019/NĐ-CP", 1),
	renamedBy("cấp phép kinh doanh vũ trường", "cấp giấy phép đủ điều kiện kinh doanh dịch vụ vũ trường", "Nghị định 54/2019/NĐ-CP", 1),
	renamedBy("cấp phép kinh doanh dịch vụ vũ trường", "cấp giấy phép đủ điều kiện kinh doanh dịch vụ vũ trường", "Nghị định 54/2019/NĐ-CP", 1),
	// Luật Căn cước 2023 (from 1 July 2024): the "thẻ Căn cước công dân"
	// of the 2014 law is the "thẻ căn cước" (issue, exchange, re-issue);
	// portals and the press still say the old card, often without "thẻ".
	renamedBy("thẻ căn cước công dân", "thẻ căn cước", "Luật Căn cước 2023", 3),
	renamedBy("căn cước công dân", "thẻ căn cước", "Luật Căn cước 2023", 3),
	// The regulation of 2020: the "kỳ thi trung học phổ thông quốc gia"
	// (2015–2019) is the upper-secondary graduation exam again.
	renamedBy("thi tốt nghiệp trung học phổ thông quốc gia", "thi tốt nghiệp trung học phổ thông", "Quy chế thi tốt nghiệp THPT 2020", 1),
	renamedBy("thi trung học phổ thông quốc gia", "thi tốt nghiệp trung học phổ thông", "Quy chế thi tốt nghiệp THPT 2020", 1),
}

// groundwaterRenamings are the province's groundwater licences of
// Decree 201/2013/NĐ-CP, "khai thác, sử dụng nước dưới đất … có lưu
// lượng dưới 3.000 m3/ngày đêm", and the later lists' "… có quy mô dưới
// 3.000 m3/ngày đêm": today's list, under the Law on Water Resources
// 2023, names them "… khai thác nước dưới đất … có quy mô dưới 5.000
// m3/ngày đêm" (issue, extend or adjust), and the exploration licences
// the same way; three provinces' titles are labelled so. The ministry's
// licences "… từ 3.000 m3/ngày đêm trở lên" are today's "… từ 5.000 m3
// …" alike (a decision of the ministry reproduced on a blog is labelled
// so). Portals write the threshold four ways. The drilling licences
// lost their size too.
func groundwaterRenamings() []renaming {
	// Decree 201/2013 licensed drilling "quy mô vừa và nhỏ" at the
	// province, "quy mô lớn" at the ministry; today's list has one
	// drilling licence (issue, re-issue, extend or adjust, return).
	out := []renaming{renamedBy("hành nghề khoan nước dưới đất quy mô vừa và nhỏ", "hành nghề khoan nước dưới đất", "Luật Tài nguyên nước 2023", 3)}
	for _, act := range []struct{ was, now string }{
		{"khai thác, sử dụng nước dưới đất", "khai thác nước dưới đất"},
		{"khai thác nước dưới đất", "khai thác nước dưới đất"},
		{"thăm dò nước dưới đất", "thăm dò nước dưới đất"},
	} {
		for _, measure := range []string{"lưu lượng", "quy mô"} {
			for _, n := range []string{"3.000m3", "3.000 m3", "3000m3", "3000 m3"} {
				// Below the threshold the province's, from it up the
				// ministry's ("… từ 3.000m3/ngày đêm trở lên").
				for _, side := range []string{"dưới", "từ"} {
					was := act.was + " đối với công trình có " + measure + " " + side + " " + n
					out = append(out, renamedBy(was, act.now+" đối với công trình có quy mô "+side+" 5.000 m3", "Luật Tài nguyên nước 2023", 2))
				}
			}
		}
	}
	return out
}

// renamedBy is the renaming of the phrase was (as written) to now (key
// form) by a law, now standing in at least minUses catalogue names.
func renamedBy(was, now, law string, minUses int) renaming {
	return renaming{old: fw(was), new: now, minUses: minUses, why: law + ": " + was + " → " + now}
}

// householdRenamed is Decree 43/2010/NĐ-CP's renaming of was, an old
// wording of the household business's registration.
func householdRenamed(was string) renaming {
	return renamedBy(was, "đăng ký hộ kinh doanh", "Nghị định 43/2010/NĐ-CP", 2)
}

// meritOrdinance is the 2020 ordinance on people with merit.
const meritOrdinance = "Pháp lệnh Ưu đãi người có công 2020"

// prisoners is the 2020 ordinance's name for those imprisoned by the
// enemy, in key form.
const prisoners = "hoạt động cách mạng kháng chiến bảo vệ tổ quốc làm nghĩa vụ quốc tế bị địch bắt tù đày"

// renamingsByHead lists, per first word (folded) of a renamed phrase,
// the renamings opening with it, in the order of renamings: at each word
// of a name only those can apply ("cấp" and "đăng" open half the
// catalogue, so a set of heads alone lets most names through).
var renamingsByHead = func() map[string][]int {
	m := map[string][]int{}
	for i, r := range renamings {
		m[r.old[0]] = append(m[r.old[0]], i)
	}
	return m
}()

// establish holds establishRenamed's words (folded), built once.
var establish = struct{ head, public, permit, community, private []string }{
	fw("thanh lap"), fw("cong lap"), fw("cho phep thanh lap"), fw("dan lap"), fw("tu thuc"),
}

// establishRenamed undoes the old wording of founding a school or centre,
// "Thành lập X công lập hoặc cho phép thành lập X (dân lập,) tư thục"
// (Decree 46/2017/NĐ-CP and the decisions of its time), which the 2024
// procedures call "Thành lập hoặc cho phép thành lập X" (thirteen names
// of the national list, none in the old wording). X must be the same
// both times; ok is false when s is not in that wording.
func establishRenamed(s seq) (seq, bool) {
	head := establish.head
	if !s.hasPrefix(head) {
		return s, false
	}
	for i := len(head) + 1; i+1 < s.len(); i++ {
		if !s.hasAt(establish.public, i) {
			continue
		}
		x := s.folds[len(head):i]
		j := i + 2
		if j < s.len() && (s.folds[j] == "hoac" || s.folds[j] == "va") {
			j++
		}
		if !s.hasAt(establish.permit, j) || !s.hasAt(x, j+4) {
			return s, false
		}
		j += 4 + len(x)
		if s.hasAt(establish.community, j) {
			j += 2
		}
		if s.hasAt(establish.private, j) {
			j += 2
		}
		out := seq{}.add("thành lập hoặc cho phép thành lập")
		out.keys = append(append(out.keys, s.keys[len(head):i]...), s.keys[j:]...)
		out.folds = append(append(out.folds, x...), s.folds[j:]...)
		return out, true
	}
	return s, false
}

// schoolPermitHeads open the older titles of letting a school operate
// (folded), longest first: "Cấp phép hoạt động (giáo dục) (đối với) X",
// "Cho phép hoạt động giáo dục X".
var schoolPermitHeads = [][]string{
	fw("cap phep hoat dong giao duc doi voi"), fw("cap phep hoat dong giao duc"),
	fw("cap phep hoat dong doi voi"), fw("cap phep hoat dong"),
	fw("cho phep hoat dong giao duc doi voi"), fw("cho phep hoat dong giao duc"),
}

// schoolWords open what a school permit is for (folded), with the word
// that must follow ("" for any): a school, a nursery ("nhà [trẻ]", not
// "nhà thuốc"), a group of children, a kindergarten class.
var schoolWords = map[string]string{"truong": "", "nha": "tre", "nhom": "tre", "lop": "mau"}

// schoolPermitRenamed undoes the older wording of letting a school
// operate: the national list says "Cho phép X hoạt động giáo dục"
// ("Cho phép trường mẫu giáo, trường mầm non, nhà trẻ hoạt động giáo
// dục", "Cho phép trường trung học phổ thông chuyên hoạt động giáo
// dục"), portals "Cấp phép hoạt động (đối với) X" or "Cho phép hoạt động
// giáo dục X". ok is false when s is not in that wording.
func schoolPermitRenamed(s seq) (seq, bool) {
	for _, h := range schoolPermitHeads {
		if !s.hasPrefix(h) || s.len()-len(h) < 2 {
			continue
		}
		if !opensHead(schoolWords, s.folds, len(h)) {
			continue
		}
		out := seq{}.add("cho phép")
		out.keys = append(out.keys, s.keys[len(h):]...)
		out.folds = append(out.folds, s.folds[len(h):]...)
		return out.add("hoạt động giáo dục"), true
	}
	return s, false
}

// landCert is the land certificate's whole name (folded) since the Land
// Law 2024, art. 3(21); the law's procedures mostly call it "Giấy chứng
// nhận" alone ("Cấp lại Giấy chứng nhận do bị mất", "Đính chính Giấy
// chứng nhận đã cấp"), a few by the whole name ("Cấp đổi Giấy chứng nhận
// quyền sử dụng đất …"), so this is no renaming of the whole catalogue.
var landCert = fw("giay chung nhan quyen su dung dat quyen so huu tai san gan lien voi dat")

// landCertShort is s with the land certificate's whole name shortened to
// "giấy chứng nhận"; ok is false when s does not name it so.
func landCertShort(s seq) (seq, bool) {
	for i := range s.folds {
		if s.hasAt(landCert, i) {
			return s.splice(i, i+len(landCert), "giấy chứng nhận"), true
		}
	}
	return s, false
}

// actRenamings: the old acts (folded, longest first, so that "… ưu đãi
// đối với" is taken whole) and the new acts (key form) a procedure of the
// field Người có công may now open with. Decree 131/2021/NĐ-CP named
// recognitions "Công nhận (và giải quyết chế độ (ưu đãi)) X" and
// allowances "Giải quyết chế độ (trợ cấp) ưu đãi đối với X"; the
// decisions before it wrote "Giải quyết (hưởng) chế độ (trợ cấp) (ưu
// đãi) (đối với) X" for both.
var (
	actOld = [][]string{
		// "Xác nhận và giải quyết chế độ …": the act of the decisions of
		// 2013–2020, recognition and allowance in one.
		fw("xac nhan va giai quyet che do uu dai doi voi"), fw("xac nhan va giai quyet che do doi voi"),
		fw("xac nhan va giai quyet che do"),
		fw("giai quyet huong che do uu dai doi voi"), fw("giai quyet che do tro cap uu dai doi voi"),
		fw("giai quyet huong che do doi voi"), fw("giai quyet che do tro cap doi voi"),
		fw("giai quyet che do uu dai doi voi"), fw("giai quyet che do doi voi"),
		fw("giai quyet huong che do uu dai"), fw("giai quyet huong che do"),
		fw("giai quyet che do tro cap"), fw("giai quyet che do uu dai"), fw("giai quyet che do"),
		// "Hồ sơ hưởng trợ cấp thờ cúng liệt sỹ": the file a person
		// hands in to receive the allowance, named by receiving it.
		fw("de nghi huong"), fw("ho so huong"), fw("huong"),
	}
	actNew = []string{"công nhận", "công nhận và giải quyết chế độ", "công nhận và giải quyết chế độ ưu đãi",
		"giải quyết chế độ ưu đãi đối với", "giải quyết chế độ trợ cấp ưu đãi đối với", "giải quyết chế độ"}
)

// opensWithOldAct reports whether a clean form of an entry opens with
// one of the old acts of the field Người có công of three words or more
// ("giải quyết chế độ …", "hồ sơ hưởng …"; not a bare "hưởng").
func opensWithOldAct(clean []cleanForm) bool {
	for _, c := range clean {
		for _, a := range actOldOpenings {
			if c.name.Folded == a || strings.HasPrefix(c.name.Folded, a+" ") {
				return true
			}
		}
	}
	return false
}

// holdsRenamedPhrase reports whether a clean form holds a phrase the
// law renamed (renamings).
func holdsRenamedPhrase(clean []cleanForm) bool {
	for _, c := range clean {
		if !mayRename(c.name.Folded) {
			continue // most names: no renamed phrase, and nothing built
		}
		if s, ok := seqOf(c.name); ok {
			if _, ok := rename(s); ok {
				return true
			}
		}
	}
	return false
}

// mayRename reports whether a folded name holds the words of a renamed
// phrase (renamings) or of establishRenamed's, which rename then reads
// word for word.
func mayRename(folded string) bool {
	if strings.Contains(folded, "cong lap") && strings.Contains(folded, "thanh lap") ||
		strings.HasPrefix(folded, "cap lai giay chung nhan dang ky") && strings.Contains(folded, "phuong tien") {
		return true
	}
	for i := 0; i < len(folded); {
		j := strings.IndexByte(folded[i:], ' ')
		if j < 0 {
			j = len(folded) - i
		}
		for _, r := range renamingsByHead[folded[i:i+j]] {
			if strings.HasPrefix(folded[i:], renamedOld[r]) {
				return true
			}
		}
		i += j + 1
	}
	return false
}

// renamedOld are the renamings' old phrases, joined.
var renamedOld = func() []string {
	out := make([]string, len(renamings))
	for i, r := range renamings {
		out[i] = strings.Join(r.old, " ")
	}
	return out
}()

// actOldOpenings are actOld's acts of three words or more, joined.
var actOldOpenings = func() []string {
	var out []string
	for _, a := range actOld {
		if len(a) > 2 {
			out = append(out, strings.Join(a, " "))
		}
	}
	return out
}()

// reregister holds reregistered's words (folded), built once.
var reregister = struct {
	head, again, vessel, thuy, noi, dia []string
	openers                             [][]string
}{
	head: fw("cap lai giay chung nhan dang ky"), again: fw("lai"), vessel: fw("phuong tien"),
	thuy: fw("thuy"), noi: fw("noi"), dia: fw("dia"),
	openers: [][]string{fw("doi voi truong hop"), fw("doi voi"), fw("truong hop")},
}

// reregistered undoes the old wording of an inland vessel's
// re-registration: Thông tư 75/2014/TT-BGTVT registers it again, "Đăng
// ký lại phương tiện trong trường hợp …" (a new owner, agency, name or
// features), where the decisions before re-issued its certificate, "Cấp
// lại Giấy chứng nhận đăng ký (lại) phương tiện thủy nội địa (đối với
// phương tiện …)". ok is false when s is not in that wording with a case
// said, or when its case is a certificate lost or damaged, which is
// re-issued still.
func reregistered(s seq) (seq, bool) {
	r := reregister
	if !s.hasPrefix(r.head) {
		return s, false
	}
	j := len(r.head)
	if s.hasAt(r.again, j) {
		j++
	}
	if !s.hasAt(r.vessel, j) {
		return s, false
	}
	j += len(r.vessel)
	if s.hasAt(r.thuy, j) && s.hasAt(r.noi, j+1) {
		j += 2
		if s.hasAt(r.dia, j) {
			j++
		}
	}
	opened := false
	for _, o := range r.openers {
		if s.hasAt(o, j) {
			j, opened = j+len(o), true
			break
		}
	}
	if !opened || s.len()-j < minWords {
		return s, false
	}
	for i := j; i < s.len(); i++ {
		for _, l := range lossReasons { // a certificate lost, damaged or worn is re-issued still (1.003930)
			if s.hasAt(l, i) {
				return s, false
			}
		}
	}
	out := seq{}.add("đăng ký lại phương tiện trong trường hợp")
	out.keys = append(out.keys, s.keys[j:]...)
	out.folds = append(out.folds, s.folds[j:]...)
	return out, true
}

// bothAllowances is s without the run after "chế độ" that names both
// allowances, once and monthly ("Giải quyết chế độ trợ cấp một lần hoặc
// trợ cấp hàng tháng đối với Anh hùng …", "… chế độ trợ cấp (hàng tháng
// hoặc một lần) …"): the titles before Decree 131/2021/NĐ-CP named the
// regime by its allowances, the national list by the regime alone
// (regimeRuns). ok is false when s names no such run.
func bothAllowances(s seq) (seq, bool) {
	reg := regimeRuns(s.keys)
	if reg == nil {
		return s, false
	}
	out, changed := seq{}, false
	for i := 0; i < s.len(); i++ {
		if !reg[i] {
			out.keys = append(out.keys, s.keys[i])
			out.folds = append(out.folds, s.folds[i])
			continue
		}
		j := i
		once := false
		for ; j < s.len() && reg[j]; j++ {
			once = once || s.keys[j] == "lần"
		}
		if !once {
			// "chế độ [trợ cấp]": a kind the review reads, no old title.
			out.keys = append(out.keys, s.keys[i:j]...)
			out.folds = append(out.folds, s.folds[i:j]...)
		} else {
			changed = true
		}
		i = j - 1
	}
	return out, changed
}

// rename applies the phrase renamings to s; ok is false when none
// applied.
func rename(s seq) (seq, bool) {
	s, changed := establishRenamed(s)
	if r, ok := schoolPermitRenamed(s); ok {
		s, changed = r, true
	}
	if r, ok := reregistered(s); ok {
		s, changed = r, true
	}
	if r, ok := bothAllowances(s); ok {
		s, changed = r, true
	}
	if r, ok := familyRenamed(s); ok {
		return r, true // the widened procedure's name, whole
	}
	var out seq
	copied := false // out holds s up to i, renamed
	for i := 0; i < s.len(); i++ {
		ri := -1
		for _, r := range renamingsByHead[s.folds[i]] {
			if renamings[r].at(s, i) {
				ri = r
				break
			}
		}
		if ri < 0 {
			if copied {
				out.keys = append(out.keys, s.keys[i])
				out.folds = append(out.folds, s.folds[i])
			}
			continue
		}
		if !copied {
			// Most names hold no renamed phrase: nothing is copied
			// until one does.
			out, copied = s.splice(i, s.len(), ""), true // s up to i
		}
		out = out.add(renamings[ri].new)
		i += len(renamings[ri].old) - 1
	}
	if !copied {
		return s, changed
	}
	return out, true
}

// actRenamed is s with its old act replaced by each new one; nil when s
// does not open with an old act or too little follows it.
func actRenamed(s seq) []seq {
	for _, old := range actOld {
		if !s.hasPrefix(old) || s.len()-len(old) < minWords {
			continue
		}
		out := make([]seq, 0, len(actNew))
		for _, a := range actNew {
			out = append(out, s.splice(0, len(old), a))
		}
		return out
	}
	return nil
}

// renamedMatch looks the entry's clean forms up again as renamed, the
// last step of the cascade. A phrase renaming goes through the whole
// cascade again (its guards included); an act renaming only through the
// exact steps and the core step, and only when exactly one procedure
// answers.
func (ix *Index) renamedMatch(clean []cleanForm, published string, ctx Context) (Match, bool) {
	m, ok := ix.renamedSteps(clean, published, ctx)
	if !ok || m.Procedure == nil {
		return m, ok
	}
	// A level the published name says ("… (do cơ quan cấp huyện cấp)",
	// "… - cấp huyện", "… (UBND huyện)") that is not the found name's
	// own: the twin at that level, which the catalogue lacks.
	if ix.saysOtherLevel(m, textnorm.Clean(published)) {
		return reviewOf(m.Procedure, m.Score, ReasonLevel, nil), true
	}
	return m, ok
}

// saysOtherLevel reports whether text names a level, after "cấp" or by
// an agency in a bracket or after a dash, other than the level of m's
// name.
func (ix *Index) saysOtherLevel(m Match, text string) bool {
	if ix.otherLevel(m, textnorm.Fold(text)) {
		return true
	}
	id := ix.nameOf(m)
	if id < 0 || int(id) >= len(ix.coreHint) || ix.coreHint[id] == "" {
		return false
	}
	var agencies []string
	if _, said := stripBrackets(text); said != "" {
		agencies = append(agencies, said)
	}
	if c, ok := agencyDash(text); ok {
		agencies = append(agencies, c.said)
	}
	for _, a := range agencies {
		if l := agencyLevel(textnorm.Fold(a)); l != "" && l != ix.coreHint[id] {
			return true
		}
	}
	return false
}

// renamedSteps is renamedMatch without its last check.
func (ix *Index) renamedSteps(clean []cleanForm, published string, ctx Context) (Match, bool) {
	// The steps before kept a bracket that is no known note, in case it
	// told twins apart ("(theo yêu cầu của tổ chức, cá nhân …)"); a
	// bracket without a distinguishing word is dropped here, since the
	// name it followed is in any case an old one.
	if strings.Contains(published, ")") {
		if bare, said := stripBrackets(textnorm.Clean(published)); said != "" && !ix.saysDistinct(said) {
			clean = append(clean, cleanForm{name: ix.normalize(bare), bracketless: true})
		}
	}
	var seen []string
	for _, c := range clean {
		s, ok := seqOf(c.name)
		if !ok || s.len() == 0 {
			continue
		}
		s = stripSafeLead(s)
		base := s
		renamed := false
		if r, ok := rename(s); ok {
			base, renamed = r, true
			vn := ix.normalize(strings.Join(r.keys, " "))
			if vn.Key != "" && !slices.Contains(seen, vn.Key) && !ix.stillListed[vn.Key] {
				seen = append(seen, vn.Key)
				m, id, ok := ix.exactSteps(vn, 0.95)
				switch {
				case ok && id >= 0:
					return outdatedAs(ix.exactMatch(id, m.Kind, m.Score, ctx), published), true
				case !ok:
					// Not a name cut short: what a shortening leaves off
					// at the end ("… đối với tổ chức đang sử dụng đất")
					// may be the very thing an old wording named
					// differently. Words left out inside ("Thành lập
					// [hoặc cho phép thành lập] …") are a rewording.
					if m := ix.matchSteps(vn, vn.Text, false, ctx, nil); m.Procedure != nil && !ix.cutShort(vn, m) {
						return outdatedAs(m, published), true
					}
				}
			}
		}
		// A shorter form looked up word for word, once: found, it is the
		// answer, outdated when the form was renamed first.
		wordForWordOnce := func(short seq) (Match, bool) {
			vn := ix.normalize(strings.Join(short.keys, " "))
			if vn.Key == "" || slices.Contains(seen, vn.Key) {
				return Match{}, false
			}
			seen = append(seen, vn.Key)
			m, ok := ix.wordForWord(vn, ctx)
			if ok && renamed {
				m = outdatedAs(m, published)
			}
			return m, ok
		}
		// The land certificate by its whole name where the 2024
		// procedures call it "Giấy chứng nhận".
		if short, ok := landCertShort(base); ok {
			if m, ok := wordForWordOnce(short); ok {
				return m, true
			}
		}
		// The inland waterway the catalogue's names leave unsaid
		// (waterway.go), and without a bracket only when it says the
		// paper was lost or damaged, what a re-issue is for. Any other
		// bracket may name a case the catalogue lists apart ("(đối với
		// phương tiện chuyển từ cơ quan đăng ký khác …)" is a
		// re-registration).
		if bare, ok := waterwayUnsaid(base); ok && (!c.bracketless || bracketLoss(published)) {
			if m, ok := wordForWordOnce(bare); ok {
				return m, true
			}
		}
		var found Match
		n := 0
		var close []textnorm.Name // looked up close only when nothing else found it
		for _, v := range actRenamed(base) {
			vn := ix.normalize(strings.Join(v.keys, " "))
			if vn.Key == "" || slices.Contains(seen, vn.Key) {
				continue
			}
			seen = append(seen, vn.Key)
			var m Match
			if w, ok := ix.wordForWord(vn, ctx); ok {
				m = w
			} else if s, ok := seqOf(vn); ok {
				t, _, _ := ix.stripTail(s)
				tn := t.name()
				if cm, ok := ix.coreMatch(looseKey(tn.Key, tn.Folded), ctx.level(), false); ok {
					m = cm
				} else if pm, ok := ix.matchPrefix(vn, false); ok && pm.Procedure != nil {
					// A long renamed name the start of one catalogue name
					// only ("… trong thời kỳ kháng chiến [hiện không công
					// tác trong quân đội, công an]").
					m = pm
				} else {
					close = append(close, vn)
				}
			}
			if m.Procedure != nil && (n == 0 || found.Procedure != m.Procedure) {
				found = m
				n++
			}
		}
		if n == 0 {
			for _, vn := range close {
				if m := ix.closeTo(vn); m.Procedure != nil && (n == 0 || found.Procedure != m.Procedure) {
					found = m
					n++
				}
			}
		}
		if n == 1 {
			return outdatedAs(found, published), true
		}
	}
	return Match{}, false
}

// wordForWord is the exact steps' answer for vn on this portal when they
// find a catalogue name word for word (not a name cut short).
func (ix *Index) wordForWord(vn textnorm.Name, ctx Context) (Match, bool) {
	e, id, ok := ix.exactSteps(vn, 0.95)
	if !ok || id < 0 {
		return Match{}, false
	}
	return ix.exactMatch(id, e.Kind, e.Score, ctx), true
}

// learnStillListed finds the catalogue's own names in a wording rename
// undoes: the national list keeps 1.008766 "Thành lập trường mẫu giáo,
// … công lập hoặc cho phép thành lập … dân lập, tư thục" beside its 2025
// re-issue 1.012961 "Thành lập hoặc cho phép thành lập trường mẫu giáo,
// …". A name in that wording is the old procedure's, which the catalogue
// still lists, not an outdated name of the new one: the renamed form is
// kept from the renamed step (stillListed, by key).
func (ix *Index) learnStillListed() {
	ix.stillListed = map[string]bool{}
	for i := range ix.names {
		nm := &ix.names[i]
		if nm.former {
			continue
		}
		if r, ok := rename(nm.words()); ok {
			ix.stillListed[ix.normalize(strings.Join(r.keys, " ")).Key] = true
		}
	}
}

// renamedFuzzyMin is the least score an act-renamed name is taken at by
// the fuzzy or shortened steps: its act is the catalogue's, what else
// differs must be next to nothing.
const renamedFuzzyMin = 0.95

// closeTo is the one catalogue name n is all but word for word, by the
// fuzzy step or as a shortened name, that the guard lets pass ("… liệt
// sĩ [đi] lấy chồng …"); none otherwise.
func (ix *Index) closeTo(n textnorm.Name) Match {
	m := ix.fuzzyOrShortened(n)
	if m.Kind == MatchFuzzy && m.Score >= renamedFuzzyMin {
		return ix.guard(n, nil, false, m)
	}
	if m.Kind == MatchNone {
		// The reworded step guards its own.
		if r := ix.reworded(n, nil, false); r.Procedure != nil && r.Score >= renamedFuzzyMin {
			return r
		}
	}
	return Match{}
}

// cutShort reports whether m was matched as a shortened name whose
// catalogue name goes on after the entry's last word (the two do not
// end on the same word), other than with further items of its list.
func (ix *Index) cutShort(n textnorm.Name, m Match) bool {
	if !m.shortened {
		return false
	}
	id := ix.nameOf(m)
	if id < 0 {
		return true
	}
	k := ix.names[id].keyTok
	if full := ix.names[id].key; strings.HasPrefix(full, n.Key+" ") &&
		ix.atListEnd(id, strings.Count(n.Key, " ")+1) {
		// What the name goes on with is a further item of its list
		// ("cấp bản sao trích lục hộ tịch[, bản sao giấy khai sinh]"),
		// not what an old wording named another way.
		return false
	}
	return len(k) == 0 || lastField(n.Key) != k[len(k)-1]
}

// lastField is the last space-separated word of s.
func lastField(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// saysFamily is saysDistinct without numbers and level words: a
// bracket's "(Mức độ 4)", "(Nghị quyết 16/2024/NQ-HĐND)" or "(BHXH
// huyện)" names no sibling.
func (ix *Index) saysFamily(text string) bool {
	for w := range strings.FieldsSeq(textnorm.Key(text)) {
		if ix.familyWord(w) {
			return true
		}
	}
	return false
}

// familyWord reports whether a word (key form) tells procedures apart,
// by hand or as the catalogue taught, and is no level's.
func (ix *Index) familyWord(w string) bool {
	return (handDistinct[w] || ix.learned(w)) && !levelWord[textnorm.Fold(w)]
}

// saysDistinct reports whether a text holds a word that tells catalogue
// procedures apart.
func (ix *Index) saysDistinct(text string) bool {
	for w := range strings.FieldsSeq(textnorm.Key(text)) {
		if ix.distinguishing(w) {
			return true
		}
	}
	return false
}

// outdatedAs marks a match made on a renamed form of the published name:
// the portal publishes the procedure under its former wording.
func outdatedAs(m Match, published string) Match {
	if !m.Outdated {
		m.Outdated, m.FormerName = true, textnorm.Clean(published)
	}
	return m
}
