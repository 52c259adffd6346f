package match

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// Portals wrap a procedure's name in words of their own: labels and list
// numbers in front ("Tên thủ tục:", "Thủ tục 05 :", "PLAM_12/HT_Thủ
// tục …", "Hồ sơ đề nghị …"), levels, agencies and service grades behind
// ("… cấp tỉnh, cấp huyện", "… thực hiện tại cấp tỉnh", "… tại Công an
// cấp tỉnh", "… Thủ tục hành chính cấp độ 4"), abbreviations (THPT,
// GCNQSDĐ) and damaged text ("công trìn,h"). The catalogue, for its part,
// adds qualifiers portals leave out ("(quy mô dưới 3 triệu lít/năm)",
// "tại Phòng Quản lý xuất nhập cảnh Công an tỉnh"). This file rewrites a
// name into the forms worth comparing; each is compared whole, so no
// rewriting loosens what counts as the same name.

// seq is a name as parallel key and folded words.
type seq struct{ keys, folds []string }

// seqOf splits a normalized name; ok is false when key and folded words do
// not pair up (folding dropped a word).
func seqOf(n textnorm.Name) (seq, bool) {
	if n.Key == "" {
		return seq{}, n.Folded == ""
	}
	// Keys are words joined by single spaces.
	k, f := strings.Split(n.Key, " "), strings.Split(n.Folded, " ")
	return seq{k, f}, len(k) == len(f)
}

func (s seq) name() textnorm.Name {
	if len(s.keys) > 1 && (s.keys[0] == "thủ" || s.keys[0] == "liên" || s.keys[0] == "tthc") {
		// A form cut down to a label the keys shorten ("[Tên thủ tục:]
		// Liên thông thủ tục hành chính về …" is "liên thông …", as the
		// catalogue's name is keyed): keyed again, as the whole text was.
		k := textnorm.JoinKey(slices.Clone(s.keys))
		return textnorm.Name{Key: k, Folded: textnorm.FoldKey(k)}
	}
	return textnorm.Name{Key: strings.Join(s.keys, " "), Folded: strings.Join(s.folds, " ")}
}

func (s seq) len() int { return len(s.keys) }

func (s seq) cut(i, j int) seq { return seq{s.keys[i:j], s.folds[i:j]} }

// hasPrefix reports whether the folded words start with p.
func (s seq) hasPrefix(p []string) bool {
	if len(p) > len(s.folds) {
		return false
	}
	for i, w := range p {
		if s.folds[i] != w {
			return false
		}
	}
	return true
}

// hasSuffixAt reports whether p stands in the folded words ending at end.
func (s seq) hasAt(p []string, at int) bool {
	if at < 0 || at+len(p) > len(s.folds) {
		return false
	}
	for i, w := range p {
		if s.folds[at+i] != w {
			return false
		}
	}
	return true
}

// minWords is the fewest words a name keeps after rewriting: shorter, it
// is no name.
const minWords = 3

// fw splits a pattern into folded words; folding spells a final y as i
// ("quy trình" is "qui trinh"), so patterns are folded as names are.
func fw(s string) []string { return strings.Fields(textnorm.Fold(s)) }

// leadLabels are the labels portals put before a name (folded). Safe ones
// only name the field; the others ("Xác nhận", "Hồ sơ đề nghị", "Quy
// trình") may also open a real name, so a name without them is only
// looked up whole, never fuzzily (see stripLead).
var (
	safeLeads = [][]string{
		fw("ten thu tuc hanh chinh"), fw("ten thu tuc"), fw("ten tthc"),
		fw("thu tuc hanh chinh"), fw("thu tuc"), fw("tthc"), fw("stt"), fw("tt"),
		fw("noi dung"), fw("huong dan thuc hien thu tuc"), fw("huong dan thu tuc"),
		// Service grades shown as a badge before the name, "[Một phần] …".
		fw("dich vu cong truc tuyen toan trinh"), fw("dich vu cong truc tuyen mot phan"),
		fw("dvc truc tuyen toan trinh"), fw("dvc truc tuyen mot phan"),
		fw("dvctt toan trinh"), fw("dvctt mot phan"), fw("dvc toan trinh"), fw("dvc mot phan"),
		fw("toan trinh"), fw("mot phan"),
		// The citizen asking ("Xin cấp …", "Xin xác nhận cư trú"): the two
		// names the catalogue opens with "Xin" ("Xin học lại …", "Xin
		// phép trao đổi …") are found whole first.
		fw("xin"),
		// A page's part for the documents asked ("Thành phần hồ sơ thủ
		// tục …", "Hồ sơ thủ tục …"): "hồ sơ" alone may open a name, "hồ
		// sơ thủ tục" and "thành phần hồ sơ" open none.
		fw("thanh phan ho so"), fw("ho so thu tuc"),
		// A police page's "Giải quyết thủ tục đăng ký lại mẫu con dấu":
		// handling the procedure, which no catalogue name opens with.
		fw("giai quyet thu tuc"),
		// A citizen's guide: "Thực hiện thủ tục đăng ký kết hôn", "Làm
		// thủ tục đăng ký khai sinh". No catalogue name opens so.
		fw("thuc hien thu tuc"), fw("lam thu tuc"),
	}
	riskyLeads = [][]string{
		fw("ho so de nghi"), fw("ho so"), fw("de nghi"), fw("quy trinh giai quyet"), fw("quy trinh"),
		// A guide's title: "Hướng dẫn trình tự, thủ tục chuyển trường",
		// "Trình tự thủ tục đăng ký xóa thế chấp …". Two names open with
		// "Trình tự" ("Trình tự, thủ tục lựa chọn dự án dược liệu quý"),
		// and are found whole first. Longer before shorter: the first
		// that opens the name is cut.
		fw("huong dan trinh tu thu tuc"), fw("huong dan trinh tu"), fw("trinh tu thu tuc"), fw("trinh tu"),
		fw("xac nhan"), fw("huong dan"),
		// "Xét công nhận …": the council's consideration before the
		// act, which one catalogue name keeps ("Xét công nhận tốt
		// nghiệp trung học phổ thông").
		fw("xet"),
	}
)

// expiredReissue open the Decree 67/2013 and 105/2017 licences' "Cấp,
// cấp lại (trường hợp hết hiệu lực|hết hạn)" (folded, the brackets
// gone), and the same said "Cấp mới và cấp lại do hết hạn".
var expiredReissue = [][]string{fw("cap cap lai truong hop het hieu luc"), fw("cap cap lai truong hop het han"),
	// "Cấp mới và cấp lại do hết hạn Giấy phép bán lẻ …" (Đà Nẵng's
	// lookup).
	fw("cap moi va cap lai do het han"), fw("cap moi cap lai do het han"), fw("cap cap lai do het han")}

// leadActs are openings that say the catalogue's act another way (from
// folded, to in key form), a form stripLead gives as risky: "Cấp, cấp
// lại (trường hợp hết hiệu lực) X", a licence re-issued on expiry, is
// issued anew, by the procedure the catalogue names "Cấp X" (the lost or
// damaged one's is "Cấp lại X"). "Cấp giấy xác nhận X" for "Xác nhận X"
// is read where the other restated acts are (confirmationPaper).
var leadActs = append(issuedAnew(), []leadAct{
	// "Đổi thẻ căn cước", "Đổi Giấy chứng nhận …": the catalogue's
	// exchange is "Cấp đổi X" (no name is both "Đổi X" and "Cấp đổi X",
	// a test checks). "Đổi tên …" renames, and stays.
	{fw("doi"), "cấp đổi"},
	// "Điều chỉnh giấy phép môi trường": the catalogue's adjustment of
	// a licence is "Cấp điều chỉnh X" (no name is both "Điều chỉnh X"
	// and "Cấp điều chỉnh X", TestAdjustmentSaidShort).
	{fw("dieu chinh"), "cấp điều chỉnh"},
	// "Cấp giấy khai sinh", "Cấp giấy chứng nhận kết hôn", "Cấp giấy
	// chứng tử": the paper a civil status registration gives, named for
	// the registration, which the catalogue names "Đăng ký khai sinh"
	// (Luật Hộ tịch 2014; "giấy chứng tử" is the paper of "khai tử"
	// before it). "Cấp bản sao giấy khai sinh" and "Cấp lại …" open
	// otherwise and stay.
	{fw("cap giay khai sinh"), "đăng ký khai sinh"},
	{fw("lam giay khai sinh"), "đăng ký khai sinh"},
	{fw("cap giay chung nhan ket hon"), "đăng ký kết hôn"},
	{fw("cap giay chung tu"), "đăng ký khai tử"},
}...)

// leadAct is an opening (folded) and the catalogue's act it says (key
// form).
type leadAct struct {
	from []string
	to   string
}

// issuedAnew reads every expiredReissue opening as "cấp".
func issuedAnew() []leadAct {
	acts := make([]leadAct, len(expiredReissue))
	for i, p := range expiredReissue {
		acts[i] = leadAct{p, "cấp"}
	}
	return acts
}

// renames is "tên" (folded): "Đổi tên" is no exchange.
var renames = fw("ten")

// stripLead removes list numbers and labels in front: safe is without
// the labels that only name the field; risky, when ok, is also without a
// label that may open a real name ("Xác nhận", "Hồ sơ đề nghị").
func stripLead(s seq) (safe, risky seq, ok bool) {
	safe = stripSafeLead(s)
	for _, r := range leadActs {
		if safe.hasPrefix(r.from) && safe.len()-len(r.from)+len(strings.Fields(r.to)) >= minWords && !safe.hasAt(renames, len(r.from)) {
			return safe, safe.splice(0, len(r.from), r.to), true
		}
	}
	for _, p := range riskyLeads {
		if safe.hasPrefix(p) && safe.len()-len(p) >= minWords {
			return safe, stripSafeLead(safe.cut(len(p), safe.len())), true
		}
	}
	return safe, safe, false
}

// shorterLead is safe with a shorter risky lead cut, when the risky lead
// stripLead cut extends it: "Quy trình giải quyết hưởng bảo hiểm xã hội
// một lần" is "[Quy trình] giải quyết hưởng …" as well as "[Quy trình
// giải quyết] hưởng …", and the catalogue opens the name with "Giải
// quyết"; "Hồ sơ đề nghị hỗ trợ đầu tư" is "[Hồ sơ] đề nghị hỗ trợ đầu
// tư". ok is false when no shorter lead applies.
func shorterLead(safe seq) (seq, bool) {
	for i, long := range riskyLeads {
		if !safe.hasPrefix(long) {
			continue
		}
		for _, short := range riskyLeads[i+1:] {
			if len(short) < len(long) && safe.hasPrefix(short) && safe.len()-len(short) >= minWords {
				return stripSafeLead(safe.cut(len(short), safe.len())), true
			}
		}
		return safe, false
	}
	return safe, false
}

// stripSafeLead removes list numbers and the labels that only name the
// field ("Tên thủ tục:", "Thủ tục 05 :").
func stripSafeLead(s seq) seq {
	for {
		changed := false
		for s.len() > minWords && (textnorm.AllDigits(s.folds[0]) || isRoman(s.folds[0]) || listLetter(s.keys[0])) {
			s, changed = s.cut(1, s.len()), true
		}
		if s.len() > minWords+1 && numberingWords[s.folds[0]] && textnorm.AllDigits(s.folds[1]) {
			s, changed = s.cut(2, s.len()), true // "Câu 1.", "Bước 2:", "Mục 3."
		}
		for _, p := range safeLeads {
			if s.hasPrefix(p) && s.len()-len(p) >= minWords {
				s, changed = s.cut(len(p), s.len()), true
			}
		}
		if !changed {
			return s
		}
	}
}

// numberingLeads number a list with a word before the number: a
// question, a step, a section, a row, an agency's procedure ("Câu 1.
// Đăng ký khai sinh …", "STT 12.", "QT-05:"). No catalogue name opens
// with one of them and a number. numberingWords are their folded forms;
// simpleLead reads them as written.
var (
	numberingLeads = []string{"câu", "bước", "mục", "stt", "qt", "tthc"}
	numberingWords = func() map[string]bool {
		m := map[string]bool{}
		for _, w := range numberingLeads {
			m[textnorm.Fold(w)] = true
		}
		return m
	}()
)

// listLetter reports whether a key word is a list letter, "a)", "đ.":
// no catalogue name opens with a lone letter.
func listLetter(k string) bool {
	r, size := utf8.DecodeRuneInString(k)
	return size == len(k) && unicode.IsLetter(r)
}

func isRoman(w string) bool {
	switch w {
	case "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x":
		return true
	}
	return false
}

// levelWords may follow "cấp" in a level qualifier (folded).
var levelWords = map[string]bool{
	"tinh": true, "huyen": true, "xa": true, "phuong": true, "thi": true, "tran": true,
	"trung": true, "uong": true, "tw": true, "bo": true, "co": true, "so": true, "thanh": true, "pho": true,
}

// Patterns of stripTail and serviceGradeAt (folded), built once: a grade
// ("mức độ 4", "cấp độ 3") and what may stand before it, the words before
// a level qualifier ("thực hiện tại cấp tỉnh"), and the verb before a
// service grade ("Cung cấp dịch vụ công trực tuyến toàn trình").
var (
	gradeWords = [][]string{fw("muc do"), fw("cap do")}
	gradeHeads = [][]string{fw("thu tuc hanh chinh"), fw("dich vu cong truc tuyen"), fw("dich vu cong"), fw("dvctt"),
		fw("dvc truc tuyen"), fw("dvc"), fw("truc tuyen")}
	levelLeads = [][]string{
		// "… thuộc thẩm quyền cấp xã": whose authority, a level. Not
		// "… thuộc thẩm quyền (giải quyết) của Ủy ban nhân dân cấp tỉnh",
		// which the catalogue writes beside a ministry's twin and keeps
		// (TestLeaveOutPrecision took three more names for others).
		fw("thuoc tham quyen"),
		fw("thuc hien tai"), fw("thuc hien o"), fw("tai ubnd"), fw("ubnd"), fw("tai"), fw("o"),
	}
	offerVerb = fw("cung cap")
)

// agencyHeads open an agency named after "tại" ("tại Công an cấp tỉnh",
// "tại Phòng Quản lý xuất nhập cảnh …", "tại Sở Tư pháp").
var agencyHeads = [][]string{
	fw("cong an"), fw("phong"), fw("cuc"), fw("so"), fw("bo"), fw("ubnd"),
	fw("uy ban"), fw("chi cuc"), fw("trung tam"), fw("co quan"), fw("cap"),
	fw("van phong"), fw("ban quan ly"),
}

// maxQualifierWords bounds what a trailing agency qualifier may take.
const maxQualifierWords = 18

// stripTail removes trailing level, agency and grade qualifiers, stacked
// ("… cấp tỉnh, cấp huyện"); the removed words are returned folded.
//
// stages are the forms after each qualifier removed, the last being the
// result: "X (cấp Bộ) – cấp huyện" is X (cấp Bộ) once, X twice.
func (ix *Index) stripTail(s seq) (out seq, removed string, stages []seq) {
	var gone []string
	drop := func(i int) { // words i on, of no level
		s = s.cut(0, i)
		stages = append(stages, s)
	}
	take := func(i int) { // words i on, read for a level
		gone = append(append([]string{}, s.folds[i:]...), gone...)
		drop(i)
	}
	for {
		n := s.len()
		if n <= minWords {
			break
		}
		// "mức độ 4", "cấp độ 3", "thủ tục hành chính cấp độ 4", "toàn trình", "một phần"
		if textnorm.AllDigits(s.folds[n-1]) && n >= 3 && (s.hasAt(gradeWords[0], n-3) || s.hasAt(gradeWords[1], n-3)) {
			i := n - 3
			for _, p := range gradeHeads {
				if s.hasAt(p, i-len(p)) {
					i -= len(p)
					break
				}
			}
			if i >= minWords {
				take(i)
				continue
			}
		}
		// "… Toàn trình", "… DVC trực tuyến một phần": the service grade
		// a portal shows beside the name.
		if i := serviceGradeAt(s); i >= minWords {
			take(i)
			continue
		}
		// "… - Trung tâm Phục vụ hành chính công tỉnh": where the file is
		// received, not the procedure's level; its level words are not
		// kept.
		if i := receptionAt(s); i >= minWords {
			drop(i)
			continue
		}
		// "… công lập trực thuộc xã", "… trực thuộc tỉnh, thành phố
		// trực thuộc Trung ương": whose establishments, a level.
		if i, lv := attachedAt(s); i >= minWords {
			gone = append(fw("cap "+lv), gone...)
			drop(i)
			continue
		}
		// "cấp tỉnh", "cấp tỉnh, huyện", "thực hiện tại cấp tỉnh", "UBND cấp xã"
		j := n
		for j > 0 && (levelWords[s.folds[j-1]] || j > 1 && j < n && s.folds[j-1] == "va" && levelWords[s.folds[j-2]]) {
			j-- // "cấp trung ương và tỉnh" stacks two as "cấp trung ương, tỉnh" does
		}
		if i, lv := localTerritoryAt(s, j); i >= minWords {
			// "… trên địa bàn xã", "… tại địa bàn cấp huyện": the
			// territory of a local level, where it is done: that level.
			gone = append(fw("cap "+lv), gone...)
			drop(i)
			continue
		}
		if j < n && j > 0 && s.folds[j-1] == "tai" && n-j == 1 && j-1 >= minWords {
			// "… tại xã", "… tại tỉnh": where, a level.
			take(j - 1)
			continue
		}
		if j < n && j > 0 && (s.folds[j-1] == "cap" || s.folds[j-1] == "ubnd") {
			i := j - 1
			for _, p := range levelLeads {
				if s.hasAt(p, i-len(p)) {
					i -= len(p)
					break
				}
			}
			if s.folds[n-1] == "xa" {
				// "… thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp
				// xã": a commune's authority, its level. A province's is
				// kept, beside a ministry's twin (levelLeads).
				for _, p := range authorityOf {
					if s.hasAt(p, i-len(p)) {
						i -= len(p)
						break
					}
				}
			}
			if i >= minWords {
				take(i)
				continue
			}
		}
		// "Đăng ký kết hôn giữa công dân Việt Nam cư trú ở trong nước",
		// "… cho công dân Việt Nam cư trú trong nước": the civil-status
		// procedures of 2009 said the domestic case the national list
		// leaves unsaid (its twins say "có yếu tố nước ngoài", "… ở nước
		// ngoài"); no catalogue name says it. Read before "ở trong nước"
		// alone, which would leave "… cư trú".
		if i := domesticCitizensAt(s); i >= minWords {
			drop(i)
			continue
		}
		// "Thủ tục thôi quốc tịch Việt Nam ở trong nước": the national
		// list has no twin abroad (the embassies'), so "ở trong nước"
		// tells nothing apart; a name ending "ở nước ngoài" keeps it.
		if i := n - len(domestic); i >= minWords && s.hasAt(domestic, i) {
			// Not kept among the words removed: it names no level,
			// and an agency bracket before it still says one.
			drop(i)
			continue
		}
		// "Cấp bản sao Giấy khai sinh trong nước": the same without "ở",
		// unless goods are made, sold or bought in the country ("… sản
		// xuất trong nước", told from imported ones: goodsInCountry).
		if i := n - len(inCountry); i >= minWords && s.hasAt(inCountry, i) && !goodsInCountry[s.keys[i-1]] {
			drop(i)
			continue
		}
		// "… thực hiện trên địa bàn 01 tỉnh, thành phố trực thuộc Trung
		// ương": one province's territory, the province's procedure.
		if i := oneProvinceAt(s); i >= minWords {
			gone = append([]string{"cap", "tinh"}, gone...)
			drop(i)
			continue
		}
		// "… thuộc thẩm quyền (giải quyết) của Sở Công Thương": a
		// provincial department's authority, the province's procedure
		// (the ministries' twins say "… của Bộ …", kept: on a ministry's
		// portal they are the name).
		if i, a := departmentAuthorityAt(s); i >= minWords && ix.allKnown(s.folds[a:]) && !casesAfter(s.keys[a:]) {
			take(a)
			drop(i)
			continue
		}
		// "… thuộc địa phương quản lý", "… do Bộ Nội vụ quản lý": who
		// manages it, a level (managed.go); a ministry's only beside a
		// local twin.
		if i, lv := managerAt(s); i >= minWords && (lv != managedCentral || ix.localManaged[looseKeyOf(s.cut(0, i))]) {
			gone = append(fw(lv), gone...)
			drop(i)
			continue
		}
		// "tại Công an tỉnh", "tại Phòng Quản lý xuất nhập cảnh Công an tỉnh"
		done := false
		for i := n - 2; i >= minWords && n-i <= maxQualifierWords; i-- {
			if s.folds[i] != "tai" {
				continue
			}
			if placeTail(s.keys[i+1:]) {
				take(i) // "… tại xã Đức Hợp": the portal's own commune
				done = true
				break
			}
			for _, h := range agencyHeads {
				if s.hasAt(h, i+1) && agencyTail(s.keys[i+1:], s.folds[i+1:], h) && ix.allKnown(s.folds[i+1:]) && !casesAfter(s.keys[i+1:]) {
					if j := i - len(performWords); j >= minWords && s.hasAt(performWords, j) {
						i = j // "… thực hiện tại Công an cấp tỉnh"
					}
					take(i)
					done = true
					break
				}
			}
			break
		}
		if !done {
			break
		}
	}
	return s, strings.Join(gone, " "), stages
}

// agencyAfterAt is a folded qualifier without the "(thực hiện) tại"
// that opens it: the agency it names, whose level agencyLevel reads
// from its first words.
func agencyAfterAt(f string) string {
	f = strings.TrimPrefix(f, "thuc hien ")
	return strings.TrimPrefix(f, "tai ")
}

// attachedTo are the closings naming the level whose establishments a
// procedure is for (folded), longest first, with that level's word:
// the vocational schools' "… công lập trực thuộc tỉnh, thành phố trực
// thuộc Trung ương" beside "… công lập trực thuộc xã".
var attachedTo = []struct {
	words []string
	level string
}{
	{fw("truc thuoc tinh thanh pho truc thuoc trung uong"), "tinh"},
	{fw("truc thuoc cap tinh"), "tinh"}, {fw("truc thuoc tinh"), "tinh"},
	{fw("truc thuoc cap huyen"), "huyen"}, {fw("truc thuoc huyen"), "huyen"},
	{fw("truc thuoc cap xa"), "xa"}, {fw("truc thuoc xa"), "xa"},
}

// attachedAt is where a closing attachedTo starts in s and the level it
// names (folded); -1 for none.
func attachedAt(s seq) (int, string) {
	for _, a := range attachedTo {
		if i := s.len() - len(a.words); i > 0 && s.hasAt(a.words, i) {
			return i, a.level
		}
	}
	return -1, ""
}

// local is "địa phương" (folded), and localLeads the words that may
// stand before it closing a name: "tại", "của", "ở", "cấp".
var (
	local      = fw("dia phuong")
	localLeads = map[string]bool{"tai": true, "cua": true, "o": true, "cap": true}
)

// localCuts are forms (a name and its stages) without a closing
// "[tại|của|ở|cấp] địa phương" ("… điểm du lịch địa phương", "… tại địa
// phương"): the local authority's procedure, which the national list
// may name without it, no name of it being another's with "địa phương"
// added. They are
// looked up, never compared fuzzily: "Bổ nhiệm và cấp thẻ giám định
// viên tư pháp xây dựng ở địa phương" without its last words is near
// the central "Bổ nhiệm và cấp thẻ giám định viên tư pháp".
func localCuts(forms []seq) []seq {
	var cuts []seq
	for _, v := range forms {
		if i := localAt(v); i >= minWords {
			cuts = append(cuts, v.cut(0, i))
		}
	}
	return cuts
}

// localAt is where a closing "[tại|của|ở|cấp] địa phương" starts in s,
// -1 for none.
func localAt(s seq) int {
	i := s.len() - len(local)
	if i < 1 || !s.hasAt(local, i) {
		return -1
	}
	if localLeads[s.folds[i-1]] {
		i--
	}
	return i
}

// authorityOf open a tail naming whose authority a procedure is
// (folded), longest first.
var authorityOf = [][]string{fw("thuoc tham quyen giai quyet cua"), fw("thuoc tham quyen cua"), fw("thuoc tham quyen")}

// departmentAuthorityAt is where a closing "thuộc thẩm quyền (giải
// quyết) (của) Sở …" starts in s, and where its department does; -1
// for none. The department runs to the end, within maxQualifierWords.
func departmentAuthorityAt(s seq) (int, int) {
	n := s.len()
	for a := n - 2; a > 0 && n-a <= maxQualifierWords; a-- {
		if s.folds[a] != "so" {
			continue
		}
		for _, p := range authorityOf {
			if i := a - len(p); i > 0 && s.hasAt(p, i) {
				return i, a
			}
		}
	}
	return -1, -1
}

// domestic is "ở trong nước" (folded), closing a procedure done inside
// the country, and inCountry the same without "ở".
var (
	domestic  = fw("o trong nuoc")
	inCountry = fw("trong nuoc")
)

// domesticCitizens are the words of the domestic case after "giữa",
// "cho" or "của" (folded): Vietnamese citizens residing in the country.
var domesticCitizens = fw("cong dan viet nam")

// domesticCitizensAt is where a closing "(giữa|cho|của) công dân Việt
// Nam [với nhau] [đang] (cư trú|thường trú) [ở] trong nước" starts in s,
// -1 for none.
func domesticCitizensAt(s seq) int {
	n := s.len()
	if n < 7 || s.folds[n-1] != "nuoc" || s.folds[n-2] != "trong" {
		return -1
	}
	j := n - 2
	if s.folds[j-1] == "o" {
		j--
	}
	if j < 2 || s.folds[j-1] != "tru" || s.folds[j-2] != "cu" && s.folds[j-2] != "thuong" {
		return -1
	}
	j -= 2
	if j > 0 && s.folds[j-1] == "dang" {
		j--
	}
	if j > 1 && s.folds[j-1] == "nhau" && s.folds[j-2] == "voi" {
		j -= 2 // "giữa công dân Việt Nam với nhau …"
	}
	j -= len(domesticCitizens)
	if j < 1 || !s.hasAt(domesticCitizens, j) {
		return -1
	}
	switch s.folds[j-1] {
	case "giua", "cho", "cua":
		return j - 1
	}
	return -1
}

// caseWords (key form) name an act or a case, never an agency: "… tại
// Công an cấp tỉnh [cấp lại]", "… tại UBND cấp xã [có yếu tố nước
// ngoài]" go on past the agency.
var caseWords = map[string]bool{"lại": true, "đổi": true, "hạn": true, "chỉnh": true, "ngoài": true, "hồi": true}

// casesAfter reports whether words read as an agency hold a caseWords
// word or "lưu động" / "lần đầu".
func casesAfter(keys []string) bool {
	for i, k := range keys {
		if caseWords[k] || i > 0 && (keys[i-1] == "lưu" && k == "động" || keys[i-1] == "lần" && k == "đầu") {
			return true
		}
	}
	return false
}

// receptions name the desk that receives a procedure's file (folded);
// portals print it in the row beside the name.
var receptions = [][]string{
	fw("trung tam phuc vu hanh chinh cong"), fw("trung tam pvhcc"), fw("bo phan mot cua"),
	fw("bo phan tiep nhan va tra ket qua"),
}

// maxReceptionTail bounds the words after a reception's head (its place:
// "tỉnh", "thành phố Hải Phòng", "xã Vĩnh Bảo").
const maxReceptionTail = 5

// receptionAt is where a trailing reception desk starts in s, -1 for
// none.
func receptionAt(s seq) int {
	for i := max(0, s.len()-6-maxReceptionTail); i < s.len(); i++ {
		for _, r := range receptions {
			if s.hasAt(r, i) && s.len()-i-len(r) <= maxReceptionTail {
				return i
			}
		}
	}
	return -1
}

// serviceGrades close a name with the grade of its online service
// (folded), longest first; "một phần" alone is no grade when it follows
// a verb ("điều chỉnh một phần") but at a name's end it always is one.
var serviceGrades = [][]string{
	fw("dich vu cong truc tuyen toan trinh"), fw("dich vu cong truc tuyen mot phan"),
	fw("dvc truc tuyen toan trinh"), fw("dvc truc tuyen mot phan"),
	fw("truc tuyen toan trinh"), fw("truc tuyen mot phan"),
	fw("dvctt toan trinh"), fw("dvctt mot phan"), fw("dvc toan trinh"), fw("dvc mot phan"),
	fw("toan trinh"), fw("mot phan"),
	fw("nop ho so truc tuyen"), fw("nop truc tuyen"),
}

// serviceGradeAt is where a trailing service grade starts in s, -1 for
// none.
func serviceGradeAt(s seq) int {
	for _, g := range serviceGrades {
		if i := s.len() - len(g); s.hasAt(g, i) {
			if s.hasAt(offerVerb, i-2) {
				i -= 2 // "Cung cấp dịch vụ công trực tuyến toàn trình"
			}
			return i
		}
	}
	return -1
}

// allKnown reports whether every folded word is one the catalogue uses
// and none is a strong family word: an agency is named in known words.
func (ix *Index) allKnown(folds []string) bool {
	for _, f := range folds {
		if _, ok := ix.vocab[f]; !ok || f == "luu" {
			return false
		}
	}
	return true
}

// localUnits are the communes' and districts' units (key form) a portal
// names its own place by after "tại": "Đăng ký thường trú tại xã Đức
// Hợp", "… tại phường Bến Nghé". Provinces and cities are not among
// them: the national list names a province's own procedures so ("… tại
// Thành phố Hồ Chí Minh").
var localUnits = [][]string{{"thị", "trấn"}, {"thị", "xã"}, {"xã"}, {"phường"}, {"huyện"}, {"quận"}}

// maxPlaceWords bounds the words of a place's name after its unit.
const maxPlaceWords = 4

// placeTail reports whether keys (the words after "tại") are a local
// unit and its name, and nothing more: one to maxPlaceWords words, no
// number, no unit or level word ("tại xã, phường, thị trấn" names
// levels; "xã hội" is no commune).
func placeTail(keys []string) bool {
	for _, u := range localUnits {
		if len(keys) <= len(u) || !slices.Equal(keys[:len(u)], u) {
			continue
		}
		name := keys[len(u):]
		if len(name) > maxPlaceWords || name[0] == "hội" {
			return false
		}
		for _, k := range name {
			if hasDigit(k) || levelWords[textnorm.Fold(k)] || unitWord[k] {
				return false
			}
		}
		return true
	}
	return false
}

// unitWord are the words of localUnits and of the levels' names.
var unitWord = map[string]bool{"xã": true, "phường": true, "thị": true, "trấn": true, "huyện": true, "quận": true, "tỉnh": true, "thành": true, "cấp": true}

// agencyTail reports whether the words after "tại" name an agency only:
// after "cấp", level words alone ("tại cấp xã lưu động" is no qualifier);
// after an agency's head, no number.
func agencyTail(keys, folds []string, head []string) bool {
	for i, f := range folds {
		if head[0] == "cap" && i > 0 && !levelWords[f] {
			return false
		}
		if hasDigit(keys[i]) {
			return false
		}
	}
	return true
}

// stripBrackets removes trailing bracketed groups, "(Cấp huyện)", "(Công
// bố chuẩn hóa tại Quyết định số …)", and returns what they said.
func stripBrackets(t string) (string, string) {
	cuts := bracketCuts(t)
	if len(cuts) == 0 {
		return strings.TrimRight(t, bracketTrim), ""
	}
	last := cuts[len(cuts)-1]
	return last.text, last.said
}

// bracketTrim is what stands between a name and its trailing brackets.
const bracketTrim = " .;,:-–\u00a0"

// itemEnd is what ends an item of a list after the name: full stops,
// semicolons, commas and spaces.
const itemEnd = " .;,\u00a0"

// bracketCut is a name with its last k trailing bracketed groups removed,
// and what those groups said.
type bracketCut struct {
	text, said string
	// parts are the groups removed, each as written.
	parts []string
}

// bracketCuts removes the trailing bracketed groups one at a time: a
// portal's note may follow a bracket the catalogue's name has itself,
// "… (Căn cứ Điều 19 Nghị quyết số 16/2024/NQ-HĐND) (Mức độ 4)".
func bracketCuts(t string) []bracketCut {
	var cuts []bracketCut
	var said []string
	for {
		t = strings.TrimRight(t, bracketTrim)
		if !strings.HasSuffix(t, ")") {
			return cuts
		}
		depth := 0
		open := -1
		for i := len(t) - 1; i >= 0; i-- {
			switch t[i] {
			case ')':
				depth++
			case '(':
				depth--
			}
			if depth == 0 {
				open = i
				break
			}
		}
		if open <= 0 {
			return cuts
		}
		said = append([]string{t[open+1 : len(t)-1]}, said...)
		t = t[:open]
		cuts = append(cuts, bracketCut{strings.TrimRight(t, bracketTrim), strings.Join(said, " "), slices.Clone(said)})
	}
}

// agencyDash cuts off an agency a portal writes after a dash, "… -
// Công an tỉnh", "… – Sở Tư pháp", as if bracketed: the agency then says
// the level. ok is false when the text ends in no such agency.
func agencyDash(t string) (bracketCut, bool) {
	// From the first dash: "… - Sở Lao động - Thương binh và Xã hội" has
	// one inside the agency's name.
	for from := 0; ; {
		i := dashAt(t, from)
		if i < 0 {
			return bracketCut{}, false
		}
		from = i + 1
		head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(strings.TrimLeft(t[i+1:], "-– "))
		f := textnorm.Fold(tail)
		office := officeName(f)
		if head == "" || len(strings.Fields(f)) > maxAgencyBracket || moreThanWho(tail) ||
			!office && (agencyLevel(f) == "" || !agencyAfterTai[firstWord(f)]) {
			continue // the agency must open what follows the dash
		}
		if office {
			// An office's name ("Văn phòng đăng ký đất đai") names no
			// act or case of the procedure, whatever its words.
			return bracketCut{text: head, said: tail}, true
		}
		return bracketCut{text: head, said: tail, parts: []string{tail}}, true
	}
}

// officeHeads open the offices that receive a procedure's file without
// saying a level (folded): "… - Chi nhánh Văn phòng đăng ký đất đai",
// "… - BHXH tỉnh". No catalogue name goes on after a dash with one.
var officeHeads = func() []string {
	var out []string
	for _, p := range []string{"chi nhánh văn phòng đăng ký", "văn phòng đăng ký đất đai", "BHXH", "bảo hiểm xã hội",
		"kho bạc", "chi cục", "trung tâm phục vụ hành chính công", "bộ phận một cửa", "bộ phận tiếp nhận"} {
		out = append(out, textnorm.Fold(p)) // "ký" folds to "ki"
	}
	return out
}()

// officeName reports whether folded text names an office (officeHeads),
// not a scheme it runs: "(Bảo hiểm xã hội bắt buộc)", "BHXH tự nguyện"
// tell procedures apart.
func officeName(f string) bool {
	return f == branchOffice || hasPrefixAny(f, officeHeads) && !holdsPhrase(f, schemeWords)
}

// branchOffice (folded) is a bracket naming the branch of the land
// registration office alone: "Thủ tục đính chính Giấy chứng nhận đã cấp
// (Chi nhánh)". Followed by anything, the branch may be what the
// procedure registers ("chi nhánh doanh nghiệp").
const branchOffice = "chi nhanh"

// schemeWords (folded) make an insurer's name a scheme's.
var schemeWords = []string{"tu nguyen", "bat buoc", "mot lan", "that nghiep", "y te"}

// hasPrefixAny reports whether f opens with one of the phrases.
func hasPrefixAny(f string, phrases []string) bool {
	for _, p := range phrases {
		if f == p || strings.HasPrefix(f, p+" ") {
			return true
		}
	}
	return false
}

// dashAt is where the first " - " or " – " at or after from starts in t,
// -1 for none.
func dashAt(t string, from int) int {
	best := -1
	for _, d := range []string{" - ", " – "} {
		if i := strings.Index(t[from:], d); i >= 0 && (best < 0 || from+i < best) {
			best = from + i
		}
	}
	return best
}

// moreThanWho reports whether words read as an agency go on with a case
// of the procedure: "… - Bộ Công an trong trường hợp bị mất". Key forms:
// "Sở Tài chính", "Giao thông vận tải", "Môi trường" fold like "tại" and
// "trường hợp".
func moreThanWho(tail string) bool {
	k := strings.Fields(textnorm.Key(tail))
	for i, w := range k {
		switch w {
		case "tại", "trong", "của", "đối", "cho", "khi":
			return true
		case "hợp":
			if i > 0 && k[i-1] == "trường" {
				return true
			}
		}
	}
	return false
}

// abbreviations are expanded in published names (folded word → key
// words): portals write THPT, GCNQSDĐ, LĐTBXH where the catalogue spells
// them out.
var abbreviations = map[string]string{
	"thpt":        "trung học phổ thông",
	"thcs":        "trung học cơ sở",
	"gdnn":        "giáo dục nghề nghiệp",
	"gcn":         "giấy chứng nhận",
	"cnqsdd":      "chứng nhận quyền sử dụng đất",
	"gcnqsdd":     "giấy chứng nhận quyền sử dụng đất",
	"qsdd":        "quyền sử dụng đất",
	"gpxd":        "giấy phép xây dựng",
	"tthc":        "thủ tục hành chính",
	"ldtbxh":      "lao động thương binh và xã hội",
	"ld tbxh":     "lao động thương binh và xã hội",
	"ld tb xh":    "lao động thương binh xã hội",
	"ld tb va xh": "lao động thương binh và xã hội",
	"tbxh":        "thương binh và xã hội",
	"tb va xh":    "thương binh và xã hội",
	"hdnd":        "hội đồng nhân dân",
	"bhxh":        "bảo hiểm xã hội",
	"bhyt":        "bảo hiểm y tế",
	"vh tt va dl": "văn hóa thể thao và du lịch",
	"vhttdl":      "văn hóa thể thao và du lịch",
	"tn va mt":    "tài nguyên và môi trường",
	"tnmt":        "tài nguyên và môi trường",
	"nn va ptnt":  "nông nghiệp và phát triển nông thôn",
	"nnptnt":      "nông nghiệp và phát triển nông thôn",
	"khcn":        "khoa học và công nghệ",
	"kh va cn":    "khoa học và công nghệ",
	"gd va dt":    "giáo dục và đào tạo",
	"gddt":        "giáo dục và đào tạo",
	"mttq":        "mặt trận tổ quốc",
	"ttg":         "thủ tướng",
	"ct ubnd":     "chủ tịch ubnd",
	"ubnd":        "ubnd",
	// Common in names of every field, each with one reading in
	// administrative writing (TestAbbreviationsAreNoWords: none is a
	// catalogue word).
	"htx":    "hợp tác xã",
	"attp":   "an toàn thực phẩm",
	"vsattp": "vệ sinh an toàn thực phẩm",
	"pccc":   "phòng cháy chữa cháy",
	"gplx":   "giấy phép lái xe",
	"cccd":   "căn cước công dân",
	"cmnd":   "chứng minh nhân dân",
	"dkkd":   "đăng ký kinh doanh",
	"kcn":    "khu công nghiệp",
	"kkt":    "khu kinh tế",
	"nsnn":   "ngân sách nhà nước",
	"bvtv":   "bảo vệ thực vật",
	"hkd":    "hộ kinh doanh",
	"kcb":    "khám bệnh chữa bệnh",
	"ptdtnt": "phổ thông dân tộc nội trú",
	// Construction and land projects.
	"bcnckt": "báo cáo nghiên cứu khả thi",
	"bcktkt": "báo cáo kinh tế kỹ thuật",
	"kcht":   "kết cấu hạ tầng",
	"ptdtbt": "phổ thông dân tộc bán trú",
	"gdtx":   "giáo dục thường xuyên",
	"ccn":    "cụm công nghiệp",
	"tmdt":   "thương mại điện tử",
	// Land registration lists (Luật Đất đai 2024's long certificate name).
	"bds":    "bất động sản",
	"tsglvd": "tài sản gắn liền với đất",
	"qsh":    "quyền sở hữu",
	"xnk":    "xuất nhập khẩu",
	// District lists of the social fields.
	"hdkc":   "hoạt động kháng chiến",
	"hdcm":   "hoạt động cách mạng",
	"ncc":    "người có công",
	"llvtnd": "lực lượng vũ trang nhân dân",
	"btxh":   "bảo trợ xã hội",
	"tgxh":   "trợ giúp xã hội",
	"tnld":   "tai nạn lao động",
	"bhtn":   "bảo hiểm thất nghiệp",
	// Licences and records named the short way.
	"cchn": "chứng chỉ hành nghề",
	"gpkd": "giấy phép kinh doanh",
	"lltp": "lý lịch tư pháp",
	// Civil status registers in commune lists ("02. ĐKKS có yếu tố nước
	// ngoài").
	"dkks": "đăng ký khai sinh",
	"dkkh": "đăng ký kết hôn",
	"dkkt": "đăng ký khai tử",
	// The residence procedures' database ("… trong CSDL về cư trú").
	"csdl": "cơ sở dữ liệu",
	// A certificate of confirmation ("Cấp GXN tình trạng hôn nhân").
	"gxn": "giấy xác nhận",
	// "XNTT hôn nhân", a commune desk's short way.
	"xntt": "xác nhận tình trạng",
	// A ward's own process list ("Chứng thực VB từ chối nhận di sản",
	// "… người dịch (CTV)") and the press ("đăng ký NVQS", "NLĐ nước
	// ngoài", "thành lập DN", "cấp GP").
	"vb":     "văn bản",
	"vbqppl": "văn bản quy phạm pháp luật",
	"ctv":    "cộng tác viên",
	"dn":     "doanh nghiệp",
	"nvqs":   "nghĩa vụ quân sự",
	"nld":    "người lao động",
	"gp":     "giấy phép",
	"qd":     "quyết định",
	// Not abbreviations but the same short way: commune lists name the
	// extract by its register ("Cấp bản sao trích lục khai sinh"), the
	// catalogue by the civil status it extracts ("trích lục hộ tịch").
	"trich luc khai sinh": "trích lục hộ tịch",
	"trich luc ket hon":   "trích lục hộ tịch",
	"trich luc khai tu":   "trích lục hộ tịch",
	// Met in lists of every field that the sets above do not hold yet,
	// each with one reading in administrative writing (none a catalogue
	// word, TestAbbreviationsAreNoWords; each expanded in
	// TestMoreAbbreviations).
	"sdd": "sử dụng đất",
	// "… trên địa bàn từ 2 tỉnh, TP trực thuộc TW trở lên": the city and
	// the centre short together.
	"tp truc thuoc tw":         "thành phố trực thuộc trung ương",
	"tp truc thuoc trung uong": "thành phố trực thuộc trung ương",
	"thanh pho truc thuoc tw":  "thành phố trực thuộc trung ương",
	// The city alone, "UBND TP", "TP Đà Nẵng", "cấp TP"; a department of
	// justice is "Sở Tư pháp" in names, its initials only in record
	// codes, which are cut before.
	"tp": "thành phố",
	// "(TW)", "(cấp TW)" for the list's "(Trung ương)", "(cấp Trung
	// ương)"; the names the list itself writes "(cấp TW)" are found as
	// written first.
	"tw":        "trung ương",
	"qsd":       "quyền sử dụng",
	"cchnd":     "chứng chỉ hành nghề dược",
	"hssv":      "học sinh sinh viên",
	"antt":      "an ninh trật tự",
	"cntt":      "công nghệ thông tin",
	"yhct":      "y học cổ truyền",
	"tncn":      "thu nhập cá nhân",
	"tndn":      "thu nhập doanh nghiệp",
	"gtgt":      "giá trị gia tăng",
	"gtvt":      "giao thông vận tải",
	"dtc":       "đầu tư công",
	"dtxd":      "đầu tư xây dựng",
	"dkdn":      "đăng ký doanh nghiệp",
	"gcndkdn":   "giấy chứng nhận đăng ký doanh nghiệp",
	"gcndkkd":   "giấy chứng nhận đăng ký kinh doanh",
	"hgd":       "hộ gia đình",
	"nct":       "người cao tuổi",
	"nkt":       "người khuyết tật",
	"tcxh":      "trợ cấp xã hội",
	"ccb":       "cựu chiến binh",
	"tnxp":      "thanh niên xung phong",
	"clb":       "câu lạc bộ",
	"tdtt":      "thể dục thể thao",
	"dtts":      "dân tộc thiểu số",
	"dbkk":      "đặc biệt khó khăn",
	"vpdd":      "văn phòng đại diện",
	"dtm":       "đánh giá tác động môi trường",
	"gpmt":      "giấy phép môi trường",
	"cnch":      "cứu nạn cứu hộ",
	"bql":       "ban quản lý",
	"cbccvc":    "cán bộ công chức viên chức",
	"vphc":      "vi phạm hành chính",
	"xlvphc":    "xử lý vi phạm hành chính",
	"sxkd":      "sản xuất kinh doanh",
	"vlxd":      "vật liệu xây dựng",
	"ctxd":      "công trình xây dựng",
	"dnnvv":     "doanh nghiệp nhỏ và vừa",
	"dvsn":      "đơn vị sự nghiệp",
	"sncl":      "sự nghiệp công lập",
	"dvhc":      "đơn vị hành chính",
	"ubmttq":    "ủy ban mặt trận tổ quốc",
	"dtnd":      "đường thủy nội địa",
	"tttt":      "thông tin và truyền thông",
	"tt va tt":  "thông tin và truyền thông",
	"ddcn":      "định danh cá nhân",
	"hdld":      "hợp đồng lao động",
	"gphd":      "giấy phép hoạt động",
	"cskcb":     "cơ sở khám bệnh chữa bệnh",
	"kbcb":      "khám bệnh chữa bệnh",
	"ttyt":      "trung tâm y tế",
	"bv va ptr": "bảo vệ và phát triển rừng",
	// The licence's act said short, as the catalogue itself says it in
	// forty names ("Cấp phép thi công nút giao …") and never for another
	// procedure than its "Cấp giấy phép …": "Cấp phép xuất bản bản tin".
	// Tried after the name as written, which finds the forty.
	"cap phep": "cấp giấy phép",
}

// misspellings are common misspellings of administrative words (key
// form, tones kept: "sáp nhập" itself folds like "sát nhập"), each
// standing in no catalogue name (TestMisspellingsNotInCatalogue), each a
// word portals use in every field, not any one name: "sát nhập" for
// "sáp nhập" (merge), "sử lý" for "xử lý" (handle), "chuẩn đoán" for
// "chẩn đoán" (diagnose), "giành cho" for "dành cho" (intended for),
// the southern "hành chánh" for "hành chính" (administrative). The
// fuzzy step cannot pair them itself: the misspelt word is a word of its
// own ("sát", "sử"), too short to be taken as a typo, and "sáp" is a
// family word the guard must not lose.
var misspellings = func() map[string]string {
	m := map[string]string{}
	for wrong, right := range map[string]string{
		"sát nhập":   "sáp nhập",
		"sử lý":      "xử lý",
		"chuẩn đoán": "chẩn đoán",
		"giành cho":  "dành cho",
		"hành chánh": "hành chính",
	} {
		m[textnorm.Key(wrong)] = textnorm.Key(right) // "lý" is keyed "lí"
	}
	return m
}()

// misspelt indexes the misspellings by their first and second words
// (key form), so that a name is read without building a string.
var misspelt = func() map[string]map[string]string {
	m := map[string]map[string]string{}
	for k, v := range misspellings {
		a, b, _ := strings.Cut(k, " ")
		if m[a] == nil {
			m[a] = map[string]string{}
		}
		m[a][b] = v
	}
	return m
}()

// misspeltAt is the correction of the misspelling starting at word i of
// s, "" for none.
func misspeltAt(s seq, i int) string {
	if i+1 >= s.len() {
		return ""
	}
	return misspelt[s.keys[i]][s.keys[i+1]]
}

// maxAbbrWords is the most words an abbreviation is written in ("LĐ-TB&XH"
// is four: lđ tb và xh; "TP trực thuộc trung ương" five), read from the
// table: a constant of four had left the five-word phrases unread.
var maxAbbrWords = func() int {
	n := 1
	for k := range abbreviations {
		n = max(n, len(strings.Fields(k)))
	}
	return n
}()

// expandAbbreviations spells out the abbreviations of s and corrects its
// common misspellings; ok is false when there were none.
func expandAbbreviations(s seq) (seq, bool) {
	any := false
	for i, f := range s.folds {
		if _, ok := abbreviations[f]; ok || multiAbbrAt(s, i) || misspeltAt(s, i) != "" {
			any = true
			break
		}
	}
	if !any {
		return s, false
	}
	var out seq
	changed := false
	for i := 0; i < s.len(); i++ {
		f := s.folds[i]
		done := false
		if e := misspeltAt(s, i); e != "" {
			out = out.add(e)
			changed = true
			i++
			continue
		}
		for k := min(maxAbbrWords, s.len()-i); k >= 1 && !done; k-- {
			key := f
			if k > 1 {
				if multiAbbrs[f] == nil {
					continue // no abbreviation of several words opens with f
				}
				key = strings.Join(s.folds[i:i+k], " ")
			}
			e, ok := abbreviations[key]
			if !ok || e == "ubnd" || k == 1 && f == "tthc" && i == 0 {
				continue
			}
			out = out.add(e)
			changed, done = true, true
			i += k - 1
		}
		if !done {
			out.keys = append(out.keys, s.keys[i])
			out.folds = append(out.folds, f)
		}
	}
	return out, changed
}

// multiAbbrs are the abbreviations written in several words, by their
// first word (folded words each).
var multiAbbrs = func() map[string][][]string {
	m := map[string][][]string{}
	for k := range abbreviations {
		if ws := strings.Fields(k); len(ws) > 1 {
			m[ws[0]] = append(m[ws[0]], ws)
		}
	}
	return m
}()

// multiAbbrAt reports whether an abbreviation of several words stands at
// word i of s: "cấp phép" opens few names, "cấp" most, which are then
// not copied for nothing.
func multiAbbrAt(s seq, i int) bool {
	for _, ws := range multiAbbrs[s.folds[i]] {
		if s.hasAt(ws, i) {
			return true
		}
	}
	return false
}

// splice is a copy of s with its words i to j replaced by those of
// key-form text: a copy, since appending to a cut of s would write over
// s.
func (s seq) splice(i, j int, keyText string) seq {
	out := seq{keys: slices.Clone(s.keys[:i]), folds: slices.Clone(s.folds[:i])}.add(keyText)
	out.keys = append(out.keys, s.keys[j:]...)
	out.folds = append(out.folds, s.folds[j:]...)
	return out
}

// add appends the words of key-form text.
func (s seq) add(keyText string) seq {
	for _, w := range strings.Fields(keyText) {
		s.keys = append(s.keys, w)
		s.folds = append(s.folds, textnorm.Fold(w))
	}
	return s
}

// internalPrefix drops a portal's internal record prefix glued to the
// name, "PLAM_12/HT_Thủ tục …": underscores never stand in a name.
func internalPrefix(t string) string {
	t = strings.TrimLeft(t, " \t")
	first, _, _ := strings.Cut(t, " ")
	if i := strings.LastIndexByte(first, '_'); i >= 0 {
		return t[i+1:]
	}
	return t
}

// joinBroken removes a punctuation mark stuck inside a word ("công
// trìn,h", "đă.ng ký") when the joined word is one the catalogue uses and
// the piece before it is not.
func (ix *Index) joinBroken(t string) (string, bool) {
	var cut []int // byte offsets of the marks to remove
	for i := 1; i+1 < len(t); i++ {
		c := t[i]
		if c != ',' && c != '.' && c != ';' && c != '\'' && c != '`' {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(t[:i])
		next, _ := utf8.DecodeRuneInString(t[i+1:])
		if !unicode.IsLetter(prev) || !unicode.IsLetter(next) {
			continue
		}
		left, right := lastWord(t[:i]), firstWord(t[i+1:])
		if ix.knownWord(strings.ToLower(left+right)) && !ix.knownWord(strings.ToLower(left)) ||
			ix.knownKeyWord(left+right) && (!ix.wholePiece(left) || !ix.wholePiece(right)) {
			// Folded, most pieces of a word are some word ("Cấ,p": "ca");
			// written with their marks, they are not ("cấ").
			cut = append(cut, i)
		}
	}
	if len(cut) == 0 {
		return t, false
	}
	var b strings.Builder
	last := 0
	for _, i := range cut {
		b.WriteString(t[last:i])
		last = i + 1
	}
	b.WriteString(t[last:])
	return b.String(), true
}

func (ix *Index) knownWord(w string) bool {
	_, ok := ix.vocab[textnorm.Fold(w)]
	return ok
}

// syllableAsWritten reports whether w is a word a catalogue name writes
// as it is written, and one syllable: "c" of "cá,c" is a letter of
// "C/O", no syllable.
func (ix *Index) syllableAsWritten(w string) bool {
	f, ok := ix.catalogueWord(w)
	return ok && oneSyllable(f.fold)
}

// wholePiece reports whether a piece of a broken word is a word of its
// own: a syllable a name writes, but not a lone letter without a mark,
// which names write only as a numeral or an initial ("Phụ lục I", "C/O")
// and a broken word leaves behind ("giả,i", "giữ a", "Bá o").
func (ix *Index) wholePiece(w string) bool {
	if len(w) == 1 {
		return false
	}
	return ix.syllableAsWritten(w)
}

// catalogueWord is the forms of w when a catalogue name writes it as it
// is written (any case), from the fixed word cache: lowered only when it
// is not there as it is.
func (ix *Index) catalogueWord(w string) (wordForms, bool) {
	if f, ok := ix.words.fixed[w]; ok {
		return f, true
	}
	if f, ok := ix.words.titled[w]; ok {
		return f, true
	}
	return ix.loweredWord(w)
}

// loweredWord is catalogueWord's last resort: w in lower case, when
// lowering changes it ("CẤP").
func (ix *Index) loweredWord(w string) (wordForms, bool) {
	if l := textnorm.Lower(w); l != w {
		f, ok := ix.words.fixed[l]
		return f, ok
	}
	return wordForms{}, false
}

// oneSyllable reports whether a folded word has one run of vowels, as a
// syllable does: "lậphoặc", two words the national list ran together,
// has two.
func oneSyllable(f string) bool {
	runs, in := 0, false
	for i := 0; i < len(f); i++ {
		v := strings.IndexByte("aeiouy", f[i]) >= 0
		if v && !in {
			runs++
		}
		in = v
	}
	return runs == 1
}

// catalogueWordBytes is catalogueWord for a word in a scratch buffer,
// looked up without copying it.
func (ix *Index) catalogueWordBytes(b []byte) (wordForms, bool) {
	if f, ok := ix.words.fixed[string(b)]; ok {
		return f, true
	}
	if f, ok := ix.words.titled[string(b)]; ok {
		return f, true
	}
	return ix.loweredWord(string(b))
}

// knownKeyWord reports whether a catalogue name writes w as it is
// written, marks and all: "thẻ", not "th" or "ẻ"; "cấp", not "cấ". A
// word written without marks is none unless a name writes it so. The
// catalogue's own words only (the fixed word cache): the pieces tried
// are never keyed.
func (ix *Index) knownKeyWord(w string) bool {
	_, ok := ix.catalogueWord(w)
	return ok
}

// isLetter reports whether r is a letter or a combining mark. Most runes
// of a name are ASCII or in Latin Extended Additional (U+1E00–U+1EFF:
// "ạ", "ế", "ữ", every one a letter), answered without unicode's tables:
// the mending steps ask it of every rune of every entry.
func isLetter(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	case 0x1E00 <= r && r <= 0x1EFF:
		return true
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func lastWord(s string) string {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !isLetter(r) {
			return s[i:]
		}
		i -= size
	}
	return s
}

func firstWord(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return !isLetter(r) })
	if i < 0 {
		return s
	}
	return s[:i]
}

// decorations are notes portals put in brackets after a name (folded).
var decorations = []string{"muc do", "cap do", "cong bo", "quyet dinh", "toan trinh", "mot phan",
	"dvc", "truc tuyen", "ma so", "ma thu tuc", "so ho so", "ho so tthc", "ma tthc", "dich vu cong", "chuan hoa",
	// "(kể cả khai tử quá hạn)": what a procedure includes widens it,
	// never names another.
	"ke ca",
	// "(thủ tục này cũng được áp dụng trong trường hợp chứng thực điểm
	// chỉ …)", "(áp dụng cho cả trường hợp …)": likewise. "(áp dụng đối
	// với …)" narrows it, and stays.
	"cung duoc ap dung", "ap dung cho ca",
	// "(QĐ 933)": the decision that published it, as "quyết định".
	"qd",
	// How the office handles the file, never which procedure it is:
	// "(3 Ngày làm việc)", "(thời gian và lệ phí như cấp mới)", "( nếu
	// nhận hồ sơ sau 15h thì trả hồ sơ vào ngày hôm sau)", and a
	// definition the page goes on with, "(sau đây gọi là giấy chứng nhận
	// ATTP)".
	"ngay lam viec", "le phi", "nhan ho so", "tra ho so", "tra ket qua", "sau day goi la",
	// The applicant asking for it, as every procedure is done at its
	// applicant's request: "(theo đề nghị của tổ chức, cá nhân thành lập
	// trường)", which the 2024 school procedures dropped from their
	// names. An authority's demand ("theo yêu cầu của cơ quan có thẩm
	// quyền") is another procedure and stays.
	"theo de nghi cua to chuc", "theo de nghi cua ca nhan", "theo yeu cau cua to chuc", "theo yeu cau cua ca nhan",
	// What the decision did to the procedure, or what the page offers
	// with it: "(TTHC mới ban hành)", "(thủ tục hành chính được sửa
	// đổi)", "(có mẫu đơn)".
	"moi ban hanh", "ban hanh moi", "duoc sua doi", "duoc bo sung", "mau don", "mau to khai"}

// decoration reports whether a folded bracket text is a portal's note:
// one of the notes above, or the field the procedure belongs to,
// "(Lĩnh vực: Hộ tịch)".
func decoration(f string) bool {
	return namedNote(f) || holdsPhrase(f, decorations)
}

// namedNote reports whether a note (folded) is a field's label, an office
// or a form's code, wherever it stands after the name.
func namedNote(f string) bool {
	return strings.HasPrefix(f, "linh vuc ") || officeName(f) || formCode(f)
}

// dashDecoration is decoration for what follows a dash, which may be a
// whole other name ("… - Quyết định chuyển mục đích sử dụng rừng sang
// mục đích khác", "… - Phê duyệt Trang thông tin đấu giá trực tuyến"):
// the note must open it, and a decision or its announcement must carry
// its number ("… - Quyết định 1234/QĐ-UBND") or be short.
func dashDecoration(f string) bool {
	if namedNote(f) {
		return true
	}
	for _, d := range decorations {
		if f == d || strings.HasPrefix(f, d+" ") {
			return !numberedNotes[d] || strings.ContainsAny(f, "0123456789") || len(strings.Fields(f)) <= maxBareNoteWords
		}
	}
	return false
}

// numberedNotes are the decorations (folded) that name a decision, which
// a note after a dash writes with its number, or in a few words ("…
// - Quyết định công bố").
var numberedNotes = map[string]bool{"quyet dinh": true, "qd": true, "cong bo": true}

// maxBareNoteWords bounds a decision's note after a dash without a number.
const maxBareNoteWords = 4

// formCode reports whether a bracket (folded) holds a form's code alone,
// two letters or more then two digits or more: "Xác nhận thông tin về
// cư trú (CT07)". A class ("(B2)", "(A1)") has one of each, and stays.
func formCode(f string) bool {
	letters, digits := 0, 0
	for i := 0; i < len(f); i++ {
		switch c := f[i]; {
		case c >= 'a' && c <= 'z' && digits == 0:
			letters++
		case c >= '0' && c <= '9' && letters > 0:
			digits++
		default:
			return false
		}
	}
	return letters >= 2 && digits >= 2
}

// holdsPhrase reports whether folded text f holds one of the phrases as
// whole words.
func holdsPhrase(f string, phrases []string) bool {
	w := " " + f + " "
	for _, p := range phrases {
		if strings.Contains(w, " "+p+" ") {
			return true
		}
	}
	return false
}

// fieldLabel is the field a portal writes after a name, "… - Lĩnh vực
// Hộ tịch", "… | Lĩnh vực: Đất đai": a mark, then the label.
var fieldLabel = regexp.MustCompile(`(?i)\s*[-–—|:]\s*lĩnh\s+vực[\s:]`)

// fieldLabelAt is where a trailing field label starts in a cleaned name,
// -1 for none.
func fieldLabelAt(t string) int {
	if !strings.Contains(t, "vực") && !strings.Contains(t, "VỰC") && !strings.Contains(t, "Vực") {
		return -1 // most names, without running the expression
	}
	locs := fieldLabel.FindAllStringIndex(t, -1)
	if len(locs) == 0 {
		return -1
	}
	return locs[len(locs)-1][0]
}

// cleanForm is a rewritten entry for the fuzzy steps, with the level
// words its stripped qualifiers said.
type cleanForm struct {
	name  textnorm.Name
	level []string
	// bracketless: trailing brackets were removed.
	bracketless bool
}

// namesCase reports whether one of the brackets removed, read alone,
// names an act, a case or a narrowing qualifier: "(cấp lại)" beside "(Mức
// độ 4)" or "(cấp tỉnh)" still tells the name from its plain sibling. A
// level, a known note, "(cấp mới)" or an agency names none.
//
// After a name opening with an act whose cases a bracket may list
// (actSaid, core.go opensWithActOfCases: "Cấp lại …"), a bracket whose
// family words are only those cases' ("(trong trường hợp bị mất, sai
// sót, hư hỏng; thay đổi thông tin …)") names none, as the catalogue's
// own brackets do not.
func (ix *Index) namesCase(parts []string, actSaid bool) bool {
	for _, p := range parts {
		f := textnorm.Fold(p)
		if whomBracket(f) {
			return true // "(đối với Hội đồng cấp tỉnh)": whose, not a level
		}
		if holdsPhrase(f, []string{"lien thong"}) {
			// "Đăng ký khai sinh (liên thông)": done together with other
			// procedures, the group's procedure (groups.go), not the one.
			return true
		}
		if levelIn(f) != "" || decoration(f) || plainCase[f] ||
			len(strings.Fields(f)) <= maxAgencyBracket && agencyLevel(f) != "" {
			continue
		}
		if actSaid && onlyCasesOfAct(p) {
			continue
		}
		if ix.saysFamily(p) || narrowingTail(strings.Fields(textnorm.Key(p))) {
			return true
		}
	}
	return false
}

// onlyCasesOfAct reports whether a bracket says one family word or more
// and every one is a case of an act (caseOfAct), none an exclusion, as
// bracketFamily reads the catalogue's brackets.
func onlyCasesOfAct(p string) bool {
	family, cases := bracketFamily(p, nil, true)
	return cases && len(family) == 0
}

// whomBracket reports whether a bracket (folded) says whom or which
// council the procedure is for ("(đối với Hội đồng cấp tỉnh)", "(đối
// với Hội đồng cấp cơ sở tại địa phương)"): a level word inside it
// belongs to that body, and the bracket tells the name from its
// siblings as a case does.
func whomBracket(f string) bool {
	return strings.HasPrefix(f, "doi voi ")
}

// otherBracket reports whether the core step reached a name whose own
// trailing bracket says something else than the bracket the entry lost
// (folded, saidF): "… (quy mô từ 3 triệu lít/năm trở lên)" is no "…
// (quy mô dưới 3 triệu lít/năm)", "(theo yêu cầu của cơ quan có thẩm
// quyền)" no "(theo đề nghị của tổ chức, cá nhân …)", "(Sở Kế hoạch và
// Đầu tư)" no "(BQL)". Levels and notes say no other procedure, nor does
// the name's agency of a level.
func (ix *Index) otherBracket(m Match, saidF string) bool {
	if m.Procedure == nil || saidF == "" || decoration(saidF) || plainCase[saidF] || levelIn(saidF) != "" && !whomBracket(saidF) {
		return false
	}
	id := ix.nameOf(m)
	if id < 0 {
		return false
	}
	text := ix.written(&ix.names[id])
	if !strings.HasSuffix(strings.TrimRight(text, bracketTrim), ")") {
		return false
	}
	_, own := stripBrackets(textnorm.Clean(text))
	ownF := textnorm.Fold(own)
	if ownF == "" || levelIn(ownF) != "" || qualifierLevel(ownF, "") != "" ||
		len(strings.Fields(ownF)) <= 2 && agencyLevel(ownF) != "" {
		return false
	}
	return strings.Join(strings.Fields(ownF), " ") != strings.Join(strings.Fields(saidF), " ")
}

// otherLevel reports whether what was cut off the entry (folded) names
// a level the name the match reached does not, while that name has a
// level of its own: "Thủ tục tiếp công dân cấp tỉnh (cấp huyện)".
func (ix *Index) otherLevel(m Match, cut string) bool {
	id := ix.nameOf(m)
	if id < 0 || m.Procedure == nil || cut == "" {
		return false
	}
	own := catalog.Level("")
	if int(id) < len(ix.coreHint) {
		own = ix.coreHint[id]
	}
	if own == "" {
		return false
	}
	w := strings.Fields(cut)
	for i := 0; i+1 < len(w); i++ {
		if w[i] != "cap" {
			continue
		}
		if l := levelIn("cap " + w[i+1]); l != "" && l != own {
			return true
		}
	}
	return false
}

// plainCase are brackets (folded) that name the plain procedure's own
// case: "(cấp mới)" beside "(cấp lại)".
var plainCase = map[string]bool{"cap moi": true, "moi": true}

// maxAgencyBracket bounds the words of a bracket read as an agency ("Sở
// Văn hóa, Thể thao và Du lịch", "Cục Cảnh sát quản lý hành chính về
// trật tự xã hội"); a longer one says more than who.
const maxAgencyBracket = 12

// maxCutRounds bounds the rounds of the text cuts: two leads stacked in
// front and a note behind.
const maxCutRounds = 3

// internalPrefixCut is internalPrefix as a cut: ok is false when t has
// no internal prefix.
func internalPrefixCut(t string) (string, bool) {
	if strings.IndexByte(t, '_') < 0 {
		return "", false
	}
	c := internalPrefix(t)
	return c, c != strings.TrimLeft(t, " \t")
}

// rewritten looks the entry up again in the forms portals wrap it in:
// without an internal prefix, with punctuation stuck inside a word
// removed, without trailing brackets, without labels and numbering in
// front, with abbreviations spelt out, and without trailing level and
// agency qualifiers, each by the exact steps and by its core (core.go).
// It returns the safe forms for the fuzzy steps (the entry first) and,
// with no answer, the text before the first bracket naming a case that
// kept the lookups from a name (heldByCase).
func (ix *Index) rewritten(n textnorm.Name, text string, ctx Context) ([]cleanForm, Match, bool, bracketCut) {
	clean := []cleanForm{{name: n}}
	addClean := func(v textnorm.Name, removed string, bracketless bool) {
		for _, c := range clean {
			if c.name.Key == v.Key {
				return
			}
		}
		var lv []string
		for w := range strings.FieldsSeq(removed) {
			if levelWord[w] && !slices.Contains(lv, w) {
				lv = append(lv, w)
			}
		}
		clean = append(clean, cleanForm{name: v, level: lv, bracketless: bracketless})
	}
	texts := []string{text}
	addText := func(t string) {
		for _, x := range texts {
			if x == t {
				return
			}
		}
		if strings.TrimSpace(t) != "" {
			texts = append(texts, t)
		}
	}
	if i := fieldLabelAt(n.Text); i > 0 {
		addText(n.Text[:i])
	}
	// A list's number or a field's label in front may stand before
	// another lead the cuts read at the start ("1. [Tỉnh Bắc Ninh] …",
	// "Tên thủ tục: PLAM_12/HT_Thủ tục …"): the cuts run again on what
	// they gave, a few rounds at most.
	for round, done := 0, 0; round < maxCutRounds && done < len(texts); round++ {
		from := done
		done = len(texts)
		for _, cut := range []func(string) (string, bool){simpleLeadCut, internalPrefixCut, provinceLeadCut, notesCut, oldCodeCut, serviceInfoCut, decisionTailCut, questionCut, detailHeadingCut, requesterCut, onlineModeCut, leadLabelCut} {
			for _, t := range texts[from:] {
				// A full stop or a semicolon ending a list item is no part of
				// what the cuts read at the end: "… (B-BLD-286159-TT).".
				if c, ok := cut(strings.TrimRight(t, itemEnd)); ok {
					addText(c)
				}
			}
		}
	}
	if m, ok := demojibake(text); ok {
		addText(m)
	}
	for _, t := range texts {
		if j, ok := ix.joinBroken(t); ok {
			addText(j)
		}
	}
	// "khai thác và sử dụng" for the list's "khai thác, sử dụng"
	// (andcomma.go).
	for _, t := range texts {
		if c, ok := ix.andAsComma(t); ok {
			addText(c)
		}
	}
	// Texts from lookupOnly on are looked up, not compared fuzzily: a
	// typo respaced into two words is no better a form to compare than
	// the typo.
	lookupOnly := len(texts)
	// "Đổi giấy phép lái xe trực tuyến": the mode a portal offers, said
	// plainly after the name; looked up only, since a name may end so
	// ("… Trang thông tin đấu giá trực tuyến").
	for _, t := range texts[:lookupOnly] {
		if b, ok := plainOnlineCut(t); ok {
			addText(b)
		}
		// "Đăng ký kết hôn lần đầu": the first time, which the catalogue
		// leaves unsaid beside its "… lại"; looked up only.
		if b, ok := firstTimeCut(t); ok {
			addText(b)
		}
		// "Công bố mở cảng cá loại 3" for the catalogue's "… loại III":
		// a class numbered the other way; looked up only.
		if b, ok := classNumeralSwapped(t); ok {
			addText(b)
		}
	}
	// "người có công" written the other way: looked up, not compared
	// fuzzily, where the words it adds or drops would shift the pairing.
	for _, t := range texts[:lookupOnly] {
		if m, ok := meritOther(t); ok {
			addText(m)
		}
	}
	if ix.mayBeDamaged(n, text) {
		for _, t := range texts[:lookupOnly] {
			if j, ok := ix.respace(t); ok {
				addText(j)
			}
		}
	}
	level, own := ctx.level(), ctx.ownLevel()
	// An entry with a word no catalogue name has (a typo, mostly) has
	// forms that keep it: no lookup of such a form can find a name.
	unknown := ix.holdsUnknown(n.Folded)
	var review Match
	// held is the text before the first bracket naming a case that kept
	// the lookups from a name (heldByCase).
	var held bracketCut
	seen := []string{n.Key} // keys looked up, few: a slice beats a map
	var coreSeen []string
	for ti, t := range texts {
		cleaned := n.Text // text cleaned, its code split off
		if t != text {
			cleaned = textnorm.Clean(t)
		}
		// The text itself, then without its last bracket, its last two …
		// The text itself is read with what all its brackets say.
		cuts := bracketCuts(cleaned)
		if c, ok := agencyDash(cleaned); ok && len(cuts) == 0 {
			cuts = append(cuts, c)
		}
		bases := make([]bracketCut, 0, len(cuts)+1)
		bases = append(bases, bracketCut{text: t})
		if len(cuts) > 0 {
			bases[0].said = cuts[len(cuts)-1].said
		}
		bases = append(bases, cuts...)
		for bi, bc := range bases {
			base, said, stripped := bc.text, bc.said, bi > 0
			saidF := ""
			if said != "" {
				saidF = ix.normalize(said).Folded // textnorm.Fold, from the cached word forms
			}
			nb := n
			if base != text {
				nb = ix.normalize(base)
			}
			s, ok := seqOf(nb)
			if !ok || s.len() == 0 {
				continue
			}
			safe, riskyForm, hasRisky := stripLead(s)
			forms := []seq{safe}
			if e, ok := ix.spelledOut(safe); ok {
				forms = append(forms, e)
			}
			nSafe := len(forms)
			if hasRisky {
				forms = append(forms, riskyForm)
				if e, ok := ix.spelledOut(riskyForm); ok {
					forms = append(forms, e)
				}
				if r, ok := shorterLead(safe); ok {
					forms = append(forms, r)
				}
			}
			// The act said or left out is looked up, never compared
			// fuzzily (implied.go): after nSafe, as the risky forms.
			if r, ok := ix.registered(safe); ok {
				forms = append(forms, r) // "Khai tử" for "Đăng ký khai tử"
			}
			if r, ok := actSaidOtherWay(safe); ok {
				forms = append(forms, r) // "Cấp Giấy chứng nhận X" for "Công nhận X"
			}
			if r, ok := reasonCut(safe); ok {
				forms = append(forms, r) // "Cấp lại X" for "Cấp lại X do bị mất"
			}
			if r, ok := ix.certifiedRegistration(safe); ok {
				forms = append(forms, r) // "Cấp giấy chứng nhận đăng ký X" for "Đăng ký X" (registration.go)
			}
			for _, f := range forms[:nSafe] {
				if r, ok := ix.contentChanged(f); ok {
					forms = append(forms, r) // "Đăng ký thay đổi nội dung đăng ký X" for "Đăng ký đổi tên X"
					break
				}
			}
			caseCut := stripped && ix.namesCase(bc.parts, opensWithActOfCases(safe.keys)) // once for every form
			for fi, f := range forms {
				risky := fi >= nSafe
				tail, removed, stages := ix.stripTail(f)
				lv := level
				h := levelIn(strings.TrimSpace(saidF + " " + removed))
				if h == "" && stripped && removed == "" && len(strings.Fields(saidF)) <= maxAgencyBracket {
					// "… (Công an tỉnh)", "… (UBND cấp xã)": the agency
					// the bracket names says the level.
					h = agencyLevelWritten(said, saidF)
				}
				if h == "" && removed != "" && len(levelsIn(strings.TrimSpace(removed))) < 2 {
					// "… - UBND xã", "… tại Cục Quản lý xuất nhập cảnh"
					// stripped as a trailing qualifier; not stacked
					// levels ("… cấp tỉnh, cấp huyện"), which name no one
					// level.
					h = agencyLevel(agencyAfterAt(strings.TrimSpace(removed)))
				}
				if h != "" && stripped || h != "" && removed != "" {
					lv = h // the name says its level: "… (Cấp huyện)", "… cấp tỉnh"
				}
				unread := h == "" && (stripped || removed != "")
				// A level the name says that its row contradicts ("Giao
				// khu vực biển (cấp TW)" in a row of "Sở Nông nghiệp và
				// Môi trường"), or that the catalogue has no twin for
				// beside a bare name marked for another ("Giao khu vực
				// biển (cấp xã)"): a person tells which is wrong.
				levelDoubt := func(m Match) bool {
					return m.Procedure != nil && h != "" && (levelsClash(h, own) || ix.twinElsewhere(ix.nameOf(m), h))
				}
				// "… (cấp lại)", "… (sửa đổi, bổ sung)", "… (đăng ký
				// lại)", "… (tại khu vực biên giới)": a bracket naming
				// an act, a case or a narrowing qualifier tells the name
				// from its plain sibling; only the fuzzy steps, which
				// read it, may take it.
				if caseCut {
					if held.text == "" {
						held = bc
					}
					continue
				}
				forms := append([]seq{f}, stages...)
				for vi, v := range append(forms, localCuts(forms)...) {
					vn := n
					if base != text || f.len() != s.len() || v.len() != f.len() || &f.keys[0] != &s.keys[0] {
						vn = v.name()
					}
					if vn.Key == "" || unknown && ix.holdsUnknown(vn.Folded) {
						continue
					}
					if !slices.Contains(seen, vn.Key) {
						seen = append(seen, vn.Key)
						m, id, ok := ix.exactSteps(vn, 0.97)
						trimmedEnd := stripped || len(v.keys) < len(f.keys)
						// What was trimmed may tell the name from a longer
						// one: then the core step below decides.
						if ok && !(trimmedEnd && ix.extendedLike(id, n, vn)) {
							if id >= 0 {
								// The page's context, as for the entry as
								// written: a provincial portal's bare "1. Giao
								// khu vực biển" is its own "… (cấp tỉnh)".
								page := ctx
								if h != "" {
									page = Context{Heading: "cấp " + string(h)} // the name said its level
								}
								em := writtenFirst(ix.exactMatch(id, m.Kind, m.Score, page), base)
								if h != "" && em.Kind == MatchAmbiguous {
									// "… chuỗi giá trị - UBND xã": ambiguous
									// as written, the level said chooses the
									// twin "… (cấp xã)" if there is one.
									if cm, ok := ix.coreMatch(looseKey(vn.Key, vn.Folded), h, false); ok && cm.Procedure != nil &&
										ix.nameOf(cm) >= 0 && ix.coreHint[ix.nameOf(cm)] == h {
										return clean, cm, true, bracketCut{}
									}
								}
								// "Thủ tục tiếp công dân cấp tỉnh (cấp huyện)":
								// the bracket's level is not the name's own.
								if levelDoubt(em) || ix.otherLevel(em, strings.TrimSpace(saidF+" "+removed)) {
									return clean, reviewOf(em.Procedure, em.Score, ReasonLevel, nil), true, bracketCut{}
								}
								return clean, em, true, bracketCut{}
							}
							return clean, m, true, bracketCut{}
						}
					}
					ck := looseKey(vn.Key, vn.Folded)
					if slices.Contains(coreSeen, ck) {
						continue
					}
					coreSeen = append(coreSeen, ck)
					clv := lv
					if h == "" && vi >= len(forms) {
						// "… (cấp địa phương)" cut: the local
						// authority's twin, not a ministry's portal's
						// ("… (cấp Trung ương)"), on any portal: a
						// local one's own level would leave the two
						// twins ("(địa phương)" is the province's).
						clv = catalog.LevelTinh
					}
					if m, ok := ix.coreMatch(ck, clv, unread); ok && !(stripped && ix.otherBracket(m, saidF)) {
						if h == "" && (own == "" || own == catalog.LevelHuyen) {
							// A district's portal, or a district heading on
							// any portal: the communes took the districts'
							// procedures over (sameLocal).
							m = ix.communeOnDistrict(m, lv)
						}
						if levelDoubt(m) {
							return clean, reviewOf(m.Procedure, m.Score, ReasonLevel, nil), true, bracketCut{}
						}
						if m.Procedure != nil {
							return clean, writtenFirst(m, base), true, bracketCut{}
						}
						if review.Kind == MatchNone {
							review = m
						}
					}
				}
				// A bracket that says neither a level nor a known note
				// ("(Mức độ 4)", "(Công bố … Quyết định …)") may be what
				// tells a twin apart: the fuzzy steps keep it.
				saysLevel := h != ""
				if tail.len() > 0 && smallWords[tail.keys[tail.len()-1]] {
					// "… thuộc thẩm quyền của [UBND cấp tỉnh]": what was
					// stripped was the name's agency, not a qualifier of
					// it; compared without it, the name would take any
					// agency's twin ("… của Ban Quản lý").
					tail, removed = f, ""
					saysLevel = levelIn(saidF) != ""
				}
				same := base == text && f.len() == s.len() && tail.len() == f.len() && &f.keys[0] == &s.keys[0]
				if !same && !risky && ti < lookupOnly && (!stripped || saysLevel || decoration(saidF) || ix.caseNote(saidF)) {
					if stripped && levelIn(saidF) == "" && tail.len() < f.len() {
						// Without a portal's note, before its own level
						// words are read as a qualifier: "… Chủ tịch UBND
						// cấp tỉnh (Lĩnh vực: Người có công)".
						addClean(f.name(), saidF, true)
					}
					if !stripped && tail.len() < f.len() {
						// Without its number, label or a portal's note,
						// before its level words are read as a qualifier:
						// "1. Thủ tục chấp thuận nhà đầu tư … của Chủ tịch
						// UBND cấp tỉnh", "… trên địa bàn tỉnh - Một phần"
						// are compared as the name alone is.
						addClean(f.name(), "", false)
					}
					addClean(tail.name(), removed+" "+saidF, stripped)
				}
			}
		}
	}
	if review.Kind != MatchNone {
		return clean, review, true, bracketCut{}
	}
	return clean, Match{}, false, held
}

// firstTimeCut returns t without a closing "lần đầu", the first time an
// act is done, which catalogue names leave unsaid beside their "… lại"
// ("Đăng ký kết hôn" / "Đăng ký lại kết hôn"); ok is false when t closes
// otherwise or names a repeated act itself ("Cấp lại …", "… đổi …"),
// which no first time is. The four names closing on "lần đầu" have no
// bare twin, and are found as written first.
func firstTimeCut(t string) (string, bool) {
	t = strings.TrimRight(t, itemEnd)
	if !strings.HasSuffix(t, "đầu") && !strings.HasSuffix(t, "ĐẦU") && !strings.HasSuffix(t, "Đầu") {
		return "", false // most names, without folding
	}
	k := textnorm.Key(t)
	f := strings.Fields(textnorm.FoldKey(k))
	if len(f) < minWords+2 || f[len(f)-2] != "lan" || f[len(f)-1] != "dau" {
		return "", false
	}
	// In key form: folded, "lại" is also "lái" ("giấy phép lái xe").
	if slices.ContainsFunc(strings.Fields(k), func(w string) bool { return slices.Contains(repeatKeys, w) }) {
		return "", false
	}
	return strings.TrimSpace(t[:len(t)-len(lastWords(t, 2))]), true
}

// repeatKeys are "lại", "đổi" and "hạn" (gia hạn) in key form: acts
// done again, which no first time is.
var repeatKeys = strings.Fields(textnorm.Key("lại đổi hạn"))

// classNumeral is a class, rank or group numbered after its word, in
// Arabic or Roman numerals: "loại 3", "hạng III", "nhóm 2", "bậc IV".
// "cấp" is left out: "cấp III" grades works, "cấp xã" names a level.
var classNumeral = regexp.MustCompile(`(?i)\b(loại|hạng|nhóm|bậc)(\s+)(10|[1-9]|X|IX|VIII|VII|VI|V|IV|III|II|I)\b`)

// classWordEnds are the class words' last letters and the space after
// them, as pages write them, for a test cheaper than classNumeral
// (holdsAny).
var classWordEnds = []string{"oại ", "OẠI ", "ạng ", "ẠNG ", "hóm ", "HÓM ", "ậc ", "ẬC "}

// romanNumerals are the Roman numerals one to ten, by value.
var romanNumerals = []string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}

// classNumeralSwapped returns t with its classes numbered the other way
// (Arabic for Roman and the other way round): the national list writes
// "Công bố mở cảng cá loại III" beside "… loại 2"; ok is false when t
// numbers none.
func classNumeralSwapped(t string) (string, bool) {
	if !holdsAny(t, classWordEnds) {
		return "", false // most names, without the expression
	}
	changed := false
	out := classNumeral.ReplaceAllStringFunc(t, func(m string) string {
		sub := classNumeral.FindStringSubmatch(m)
		n := strings.ToUpper(sub[3])
		for v, r := range romanNumerals {
			switch {
			case v == 0:
				continue
			case n == r:
				changed = true
				return sub[1] + sub[2] + strconv.Itoa(v)
			case n == strconv.Itoa(v):
				changed = true
				return sub[1] + sub[2] + r
			}
		}
		return m
	})
	return out, changed
}
