package match

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// Some portals put the level or the field before the name, as a badge or
// a breadcrumb: "[Cấp xã] Chứng thực di chúc", "Lĩnh vực Hộ tịch: Thủ tục
// đăng ký giám hộ", "TTHC cấp xã - Hộ tịch - Đăng ký khai tử". The name
// is looked up again without them; a level they said is kept as a
// bracket after it, where the level steps read it.

// maxLeadLabels bounds the labels taken off one name.
const maxLeadLabels = 3

// maxLeadWords bounds a label's words before a dash or colon; a breadcrumb
// segment of no known kind after a label ("Hộ tịch") has at most
// maxLeadPlainWords.
const (
	maxLeadWords      = 8
	maxLeadPlainWords = 3
)

// leadLabelCut returns t without the labels in front of its name, the
// level they said appended as "(cấp …)"; ok is false when t has none.
func leadLabelCut(t string) (string, bool) {
	s := strings.TrimSpace(t)
	level := ""
	cut, field := false, false
	for range maxLeadLabels {
		head, rest, ok := leadSegment(s)
		if !ok {
			break
		}
		fh := textnorm.Fold(head)
		if strings.HasPrefix(s, "(") && levelIn(fh) != "" {
			// "(Cấp tỉnh) Thủ tục …" is how the national list itself
			// tells a provincial twin from the central one: not a badge.
			break
		}
		if cut && decorationOnly(rest) {
			// "Lĩnh vực Chứng thực - [Chứng thực di chúc (cấp xã)] -
			// Mức độ 3": after a label, a segment followed by nothing
			// but a grade or a level is the name.
			break
		}
		wantField := field
		field = fh == "linh vuc"
		switch {
		case wantField:
			// "Lĩnh vực: [Bảo trợ xã hội] - …": the field the label
			// announced.
		case levelIn(fh) != "":
			level = "cấp " + string(levelIn(fh))
		case levelIn("cap "+fh) != "" && len(strings.Fields(fh)) == 1:
			level = "cấp " + fh
		case receptionHead(fh), agencyLabels[fh]:
			// "Bộ phận Một cửa: …", "Trung tâm Phục vụ hành chính công
			// tỉnh - …": where the file is received, not the
			// procedure's level; "Cơ quan thực hiện: Sở Tư pháp - …":
			// the agency follows.
		case leadAgency(fh) != "" && agencyLevelWritten(head, fh) != "":
			// "UBND xã Tân Hưng | …", "Sở Tư pháp - …": the agency that
			// does it, and its level; "Thủ tục số 12: …" folds like a
			// "Sở" but names a number.
			level = "cấp " + string(leadAgency(fh))
		case fh == "linh vuc", strings.HasPrefix(fh, "linh vuc "), strings.HasPrefix(fh, "tthc"), strings.HasPrefix(fh, "thu tuc hanh chinh"),
			numberedLabel.MatchString(fh), textnorm.LooksOldCode(head), serviceGrade.MatchString(fh):
			// "Dịch vụ công: …", "DVC mức độ 4 - …": the service's
			// grade said first.
		case (cut || breadcrumb(s, head)) && len(strings.Fields(fh)) <= maxLeadPlainWords && textnorm.FindCode(head) == "":
			// The next step of a breadcrumb ("TTHC cấp xã - [Hộ tịch] -
			// …", "Hộ tịch » …"); alone before a dash, "Đăng ký khai
			// sinh - …" may be a name itself.
		case fh == "lien thong dien tu":
			// "Liên thông điện tử: Đăng ký khai sinh, đăng ký thường
			// trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi": the
			// group Decree 63/2024/NĐ-CP joined online, whose
			// procedures the national list names without it (2.002621,
			// 2.002622); the older "Liên thông thủ tục hành chính về …"
			// (2.000986) says "liên thông" in its name.
		case strings.HasPrefix(s, "[") || strings.HasPrefix(s, "("):
			// A bracket opening the text is a badge: names never open so.
		case caseAlsoInName(fh, rest):
			// "Đối với trường hợp nhà ở riêng lẻ - Cấp giấy phép xây
			// dựng … và nhà ở riêng lẻ": the case the page files the
			// name under, which the name itself says.
		case recordCode.MatchString(head), compoundRecord(head), processRecord(head):
			// A one-stop module's own record code, "TPHT 30: …",
			// "BTXH-05 - …", "Quy trình Tư Pháp QT 34: …": capitals and
			// a number name no procedure.
		case len(strings.Fields(fh)) <= maxLeadPlainWords && (startsWithRecordCode(rest) || processRecordAhead(rest)):
			// The unit before its record code: "Mộ Lao - TPHT 30: …",
			// "La Khê - Quy trình Tư Pháp QT 34: …".
		default:
			return "", false
		}
		s, cut = rest, true
	}
	if !cut || s == "" {
		return "", false
	}
	if level != "" {
		s += " (" + level + ")"
	}
	return s, true
}

// receptionHead reports whether a segment before a name (folded) is a
// reception desk (receptions, as stripTail reads it after a name).
func receptionHead(fh string) bool {
	if fh == "mot cua" {
		return true // "Một cửa: …", the desk's short name
	}
	h := fh + " "
	for _, r := range receptionOpenings {
		if strings.HasPrefix(h, r) {
			return true
		}
	}
	return false
}

// receptionOpenings are receptions as text, each with a space after it:
// joined once, not for every segment read.
var receptionOpenings = func() []string {
	out := make([]string, len(receptions))
	for i, r := range receptions {
		out[i] = strings.Join(r, " ") + " "
	}
	return out
}()

// agencyLabels are the labels of the agency a page puts before a name
// (folded).
var agencyLabels = map[string]bool{"co quan thuc hien": true, "don vi thuc hien": true, "co quan giai quyet": true, "noi tiep nhan": true}

// leadAgency is the level of an agency named before a name (folded): a
// people's committee, a department, the police, a ministry; "" for
// another segment. "Phòng …" is left out: "Phòng cháy, chữa cháy" opens
// names.
func leadAgency(fh string) catalog.Level {
	for _, a := range []string{"ubnd ", "uy ban nhan dan ", "so ", "cong an ", "bo "} {
		if strings.HasPrefix(fh, a) && !strings.HasPrefix(fh, "bo phan ") {
			return agencyLevel(strings.Replace(fh, "uy ban nhan dan ", "ubnd ", 1))
		}
	}
	return ""
}

// decorationOnly reports whether t is nothing but what portals put
// after a name: a service grade ("Mức độ 3", "Toàn trình"), a level
// ("(cấp xã)"), or both. Before it stands the name, not another step of
// a breadcrumb ("Lĩnh vực Chứng thực - Chứng thực di chúc - Mức độ 3").
func decorationOnly(t string) bool {
	f := textnorm.Fold(t)
	if f == "" {
		return false
	}
	for _, w := range strings.Fields(f) {
		if !decorationWord[w] && !textnorm.AllDigits(w) && !levelWord[w] {
			return false
		}
	}
	return true
}

// decorationWord are the words (folded) of service grades and level
// marks.
var decorationWord = func() map[string]bool {
	m := map[string]bool{"muc": true, "do": true, "cap": true}
	for _, g := range serviceGrades {
		for _, w := range g {
			m[w] = true
		}
	}
	return m
}()

// caseAlsoInName reports whether a segment (folded) before a name is the
// case a page files it under, "đối với (trường hợp) X", with every word
// of X in the name after it.
func caseAlsoInName(fh, rest string) bool {
	x, ok := strings.CutPrefix(fh, "doi voi ")
	if !ok {
		x, ok = strings.CutPrefix(fh, "truong hop ")
	}
	if !ok {
		return false
	}
	x = strings.TrimPrefix(x, "truong hop ")
	words := strings.Fields(x)
	if len(words) == 0 {
		return false
	}
	name := " " + textnorm.Fold(rest) + " "
	for _, w := range words {
		if !strings.Contains(name, " "+w+" ") {
			return false
		}
	}
	return true
}

// recordCode is a one-stop module's own code for a procedure record: two
// to six capitals, then a number, and the year of the list it belongs to
// ("TPHT 30", "HCTP24", "BTXH-05", "QT-03/2017").
var recordCode = regexp.MustCompile(`^\p{Lu}{2,6}[ ._-]?\d{1,4}(/\d{4})?$`)

// bareRecordCode is a record code (recordCode, without the year) opening
// a text with no separator before the name, which opens with a capital.
var bareRecordCode = regexp.MustCompile(`^(\p{Lu}{2,6}[ ._-]?\d{1,4})\s+\p{Lu}`)

// compoundRecordRe is a record code in parts, "HC-TBXH51", "QT-07/TP",
// "HC.TP-12": capitals and digits joined by dots, dashes, slashes or
// underscores.
var compoundRecordRe = regexp.MustCompile(`^\p{Lu}[\p{Lu}\d]*(?:[._/-][\p{Lu}\d]+)+$`)

// compoundRecord reports whether a segment before a name is a record code
// in parts (compoundRecordRe) holding a number and two capitals at least:
// a one-stop module's own ("HC-TBXH51: Xác nhận đơn …"), never a
// procedure's ("C/O" has no number, "1.001193" no capital).
func compoundRecord(head string) bool {
	if len(head) > 24 || !compoundRecordRe.MatchString(head) {
		return false
	}
	digits, capitals := 0, 0
	for _, r := range head {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case unicode.IsUpper(r):
			capitals++
		}
	}
	return digits > 0 && capitals >= 2
}

// startsWithRecordCode reports whether t opens with a record code
// followed by the name ("TPHT 30: Đăng ký lại …").
func startsWithRecordCode(t string) bool {
	head, _, ok := leadSegment(t)
	return ok && recordCode.MatchString(head)
}

// processRecord reports whether a segment is an internal process's
// record, "Quy trình Tư Pháp QT 34": "Quy trình", a field of at most
// three words, a record code.
func processRecord(head string) bool {
	f := strings.Fields(head)
	if len(f) < 4 || textnorm.Fold(f[0]+" "+f[1]) != textnorm.Fold("quy trình") {
		return false
	}
	for _, n := range []int{1, 2} {
		if len(f)-n >= 2 && len(f)-n <= 2+maxLeadPlainWords && recordCode.MatchString(strings.Join(f[len(f)-n:], " ")) {
			return true
		}
	}
	return false
}

// processRecordAhead reports whether t opens with a process record
// followed by the name.
func processRecordAhead(t string) bool {
	head, _, ok := leadSegment(t)
	return ok && processRecord(head)
}

// numberedLabel is a numbered item label (folded): "TT 07", "Thủ tục số
// 3", "TTHC 12", "Mục 5", "STT 12", "Câu 12" (a page of questions).
var numberedLabel = regexp.MustCompile(`^((tt|tthc|thu tuc|muc|stt|cau) )?(so )?\d+$`)

// oldCodeCut returns t without an old national database code written
// before or after the name without a separator ("BTP-BGI-277098 Thủ tục
// …", "… T-BNI-264525-TT", "… (B-BLD-286159-TT)"), or a record code
// after it ("… - HCTP24"); ok is false when it has none.
func oldCodeCut(t string) (string, bool) {
	if !strings.ContainsAny(t, "-–—") || !strings.ContainsAny(t, "0123456789") {
		return "", false // most names, without splitting them
	}
	f := strings.Fields(t)
	if len(f) < 2 {
		return "", false
	}
	switch {
	case textnorm.LooksOldCode(f[0]):
		return strings.TrimLeft(strings.Join(f[1:], " "), "-–:| "), true
	case textnorm.LooksOldCode(f[len(f)-1]), textnorm.LooksOldCode(bracketed(f[len(f)-1])):
		// "… T-BNI-264525-TT", "… thân nhân liệt sĩ (B-BLD-286159-TT)".
		return strings.TrimRight(strings.Join(f[:len(f)-1], " "), "-–:| "), true
	}
	// A record number after a name's closing bracket: "… (trong trường
	// hợp bị mất, …) 02-966".
	if l := f[len(f)-1]; len(f) > 2 && strings.HasSuffix(f[len(f)-2], ")") && recordNumber.MatchString(l) {
		return strings.Join(f[:len(f)-1], " "), true
	}
	// A record code after a dash closing the name: "… từ sổ hộ tịch -
	// HCTP24", "… - TPHT 30". Without the dash it may be the name's own
	// ("… theo mẫu CT01").
	for _, n := range []int{1, 2} {
		if len(f) > n+1 && isDash(f[len(f)-n-1]) && recordCode.MatchString(strings.Join(f[len(f)-n:], " ")) {
			return strings.Join(f[:len(f)-n-1], " "), true
		}
	}
	return "", false
}

// bracketed is what a field holds between its brackets, "" for a field
// not in brackets.
func bracketed(f string) string {
	if inner, ok := strings.CutPrefix(f, "("); ok {
		return strings.TrimSuffix(inner, ")")
	}
	return ""
}

// recordNumber is a number in two parts ("02-966", "12.05"): no name
// ends so after its bracket.
var recordNumber = regexp.MustCompile(`^\d{1,4}[-./]\d{1,6}$`)

// isDash reports whether a field is a dash standing alone.
func isDash(f string) bool { return f == "-" || f == "–" || f == "—" }

// serviceInfo opens what a portal writes after a name about the service
// rather than the procedure (folded): its fee, its time limit.
var serviceInfo = regexp.MustCompile(`^(le phi|phi|thoi han( giai quyet)?|thoi gian( giai quyet)?|\d+ ngay( lam viec)?)\b`)

// serviceInfoCut returns t without a trailing fee or time limit, after a
// dash, a colon or in a bracket: "… - Lệ phí: 10.000đ", "… (thời hạn
// giải quyết 03 ngày làm việc)", "… - Thời gian giải quyết: ngay trong
// ngày"; ok is false when it has none.
func serviceInfoCut(t string) (string, bool) {
	if !strings.ContainsAny(t, "0123456789:") {
		return "", false // a fee or a time says an amount, or is labelled
	}
	for _, sep := range []string{" - ", " – ", " (", ": "} {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		tail := t[i+len(sep):]
		if tail == "" || !strings.ContainsRune("lLpPtT0123456789", rune(tail[0])) {
			continue // no fee or time opens so; spares the folding
		}
		if serviceInfo.MatchString(textnorm.Fold(tail)) && strings.ContainsAny(tail, ":0123456789") {
			// "Phí: 50.000 đồng", "03 ngày": a fee or a time says an
			// amount; "- phí bảo hiểm" may be the name's.
			return strings.TrimSpace(t[:i]), true
		}
	}
	return "", false
}

// serviceGrade is the online-service grade or mode a portal writes
// after a name (folded, brackets and dash taken off), or as a badge or
// label before it: "Mức độ 4", "Toàn trình", "DVC trực tuyến một phần",
// "[DVCTT]", "Dịch vụ công: …", "DVC mức độ 4 - …", "(Trực tuyến)".
var serviceGrade = regexp.MustCompile(`^(?:(?:dich vu cong truc tuyen|dich vu cong|dvc truc tuyen|dvctt|dvc|truc tuyen)(?: (?:(?:muc|cap) do \d|toan trinh|mot phan))?|(?:muc|cap) do \d|toan trinh|mot phan)$`)

// feeNote says after a name that the service costs nothing (folded):
// "- Không thu phí", "(Miễn phí)", "(Không mất lệ phí)".
var feeNote = regexp.MustCompile(`^(?:khong (?:thu |mat |co )?(?:le )?phi|mien (?:le )?phi)$`)

// newBadge is a badge a portal puts after a name it added or changed
// lately (folded): "(Mới)", "(Cập nhật)", "(New)". Left on, "mới"
// paired with a "Cấp mới …" twin the name is not ("1. Cấp giấy chứng
// nhận đăng ký hoạt động thử nghiệm chất lượng sản phẩm, hàng hóa.
// (Mới)").
var newBadge = regexp.MustCompile(`^(?:moi|cap nhat|da cap nhat|moi cap nhat|new|hot)$`)

// audienceTag says after a name whom the form is for (folded): the
// social-insurance portal's "… - Dành cho tổ chức", "… - Dành cho cá
// nhân", "(Dành cho cá nhân, tổ chức)". Which applicant files it is no
// part of the procedure's name, and the national list names none so:
// where it says "dành cho" it is inside the name ("… trong phạm vi đất
// dành cho đường sắt", "trường dành cho người khuyết tật"). Only after
// a name of minWords words at least.
var audienceTag = regexp.MustCompile(`^danh cho (?:to chuc|ca nhan|doanh nghiep|cong dan|nguoi dan)(?: (?:va |hoac )?(?:to chuc|ca nhan|doanh nghiep))?$`)

// provinceDecision is the province's publishing decision in a bracket
// after a name: "(QĐ số 1234/QĐ-UBND ngày 12/3/2024)". A ministry's or
// the Prime Minister's decision tells procedures apart (decisionTail)
// and stays.
var provinceDecision = regexp.MustCompile(`(?i)^(?:qđ|quyết\s+định)(?:\s+số)?\s*:?\s*\d[\d./]*/(?:\d{4}/)?qđ-(?:ub|ct)\S*(?:\s+ngày\s+.*)?$`)

// detailHeading is the first heading of a procedure's detail page run
// on after its name when a page's text is read whole: "… cấp tỉnh a)
// Trình tự thực hiện", "… - Trình tự thực hiện:", "… 1. Trình tự thực
// hiện". No name holds these words.
var detailHeading = regexp.MustCompile(`(?i)\s+(?:[-–:]\s*)?(?:(?:[a-dđ]|\d{1,2})[.)]\s*)?(?:trình\s+tự\s+thực\s+hiện|cách\s+thức\s+thực\s+hiện|thành\s+phần,?\s+số\s+lượng\s+hồ\s+sơ)(?:[\s:.,;)–-].*)?$`)

// noteOpenings are the first words of the notes read in a bracket or
// after a dash, as pages write them: every name goes through
// portalNotesCut, and most of their brackets ("(cấp tỉnh)", "(trừ …)")
// open otherwise and are not folded.
var noteOpenings = func() []string {
	var out []string
	for _, w := range strings.Fields("mức cấp_độ toàn một dvc dịch trực mới cập đã qđ quyết không miễn new hot dành") {
		w = strings.ReplaceAll(w, "_", " ")
		r, size := utf8.DecodeRuneInString(w)
		out = append(out, w, strings.ToUpper(string(r))+w[size:], strings.ToUpper(w))
	}
	return out
}()

// opensNote reports whether tail opens with a note's first word
// (noteOpenings), letter case aside.
func opensNote(tail string) bool {
	for _, w := range noteOpenings {
		if strings.HasPrefix(tail, w) {
			return true
		}
	}
	return false
}

// detailHeadingWords are the heading words detailHeading looks for, as
// pages write them, for a test cheaper than the expression (holdsAny).
var detailHeadingWords = []string{"rình tự", "RÌNH TỰ", "rình Tự", "ách thức", "ÁCH THỨC", "ách Thức", "hành phần", "HÀNH PHẦN", "hành Phần"}

// noteMarks open a note after a name: a bracket, a square bracket, a
// dash, an en dash, a bar ("… | Một phần"), each after a space.
var noteMarks = [5]string{" (", " [", " - ", " – ", " | "}

// lastNoteMarks is where each of noteMarks last stands in t at or after
// from, -1 for none: one pass back over the bytes (every name goes
// through here; four searches for strings cost a sixth of the match).
func lastNoteMarks(t string, from int) [len(noteMarks)]int {
	var last [len(noteMarks)]int
	for k := range last {
		last[k] = -1
	}
	for i := len(t) - 2; i >= from; i-- {
		if t[i] != ' ' {
			continue
		}
		for k, m := range noteMarks {
			if last[k] < 0 && strings.HasPrefix(t[i:], m) {
				last[k] = i
			}
		}
	}
	return last
}

// closers close the brackets portalNotesCut reads after a name.
var closers = map[string]string{" (": ")", " [": "]"}

// quotePairs are the quotation marks a page may put around a whole name.
var quotePairs = [][2]string{{"“", "”"}, {"\"", "\""}, {"«", "»"}, {"‘", "’"}}

// maxNoteRunes bounds a note read after a name: longer is the name's.
const maxNoteRunes = 80

// maxNoteBytes is how far from a text's end its notes are looked for:
// a note of maxNoteRunes, its mark and the field label's words.
const maxNoteBytes = 4*maxNoteRunes + 8

// portalNotesCut returns t without what a portal writes around a name
// that no name holds: quotation marks around it, an online-service
// badge in square brackets before it ("[DVCTT] …"), and after it, in a
// bracket or after a dash, the service's grade or mode ("… (Mức độ 4)",
// "… - Một phần", "… (Toàn trình)"), a badge of a new or changed entry
// ("… (Mới)"), the province's publishing decision ("… (QĐ số 1234/QĐ-UBND
// ngày …)", or before it, "508/QĐ-UBND ngày 18/07/2025: …"), whom the
// form is for ("… - Dành cho tổ chức") or its field ("… - Lĩnh vực: Hộ
// tịch"). The word steps drop
// some of these closing a name, but not one standing after a bracket of
// the name's own ("Cấp Giấy phép tiến hành công việc bức xạ (Sử dụng
// máy X quang chẩn đoán trong y tế) (Mức độ 4)"), whose bracket they
// would then cut first; ok is false when t has none.
func portalNotesCut(t string) (string, bool) {
	cut := false
	for round := 0; round < maxCutRounds; round++ {
		c, ok := portalNoteCut(t)
		if !ok {
			break
		}
		t, cut = c, true
	}
	return t, cut
}

// noteCuts each cut one kind of note portalNoteCut reads, in turn: an
// open list of examples, a button, a badge or a list's number or label
// in front, the publishing decision in front, a record's or an agency's
// number, a link's arrow or a bare badge after.
var noteCuts = []func(string) (string, bool){
	examplesCut, civilKindsCut, buttonCut, leadBadgeCut, simpleLeadCut, decisionLeadCut, printedTagCut, codeTagCut, arrowCut,
}

// portalNoteCut is portalNotesCut of one note.
func portalNoteCut(t string) (string, bool) {
	for _, q := range quotePairs {
		if inner, ok := strings.CutPrefix(t, q[0]); ok {
			if inner, ok = strings.CutSuffix(strings.TrimRight(inner, " .;"), q[1]); ok && strings.TrimSpace(inner) != "" {
				return strings.TrimSpace(inner), true
			}
		}
	}
	if strings.HasPrefix(t, "[") {
		if end := strings.IndexByte(t, ']'); end > 0 && end < 40 {
			tag := strings.Join(strings.Fields(textnorm.Fold(t[1:end])), " ")
			if rest := strings.TrimSpace(t[end+1:]); rest != "" && serviceGrade.MatchString(tag) {
				return rest, true
			}
		}
	}
	for _, cut := range noteCuts {
		if c, ok := cut(t); ok {
			return c, true
		}
	}
	// A note is short: only the text's end is searched (every name goes
	// through here).
	from := max(0, len(t)-maxNoteBytes)
	last := lastNoteMarks(t, from)
	for k, sep := range noteMarks {
		i := last[k]
		if i <= 0 {
			continue
		}
		tail := strings.TrimSpace(t[i+len(sep):])
		if closing, ok := closers[sep]; ok {
			var closed bool
			if tail, closed = strings.CutSuffix(tail, closing); !closed {
				continue
			}
		}
		if !opensNote(tail) || utf8.RuneCountInString(tail) > maxNoteRunes {
			continue // most brackets: no note opens so, spares the folding
		}
		f := strings.Join(strings.Fields(textnorm.Fold(tail)), " ")
		if head := strings.TrimSpace(t[:i]); head != "" && (serviceGrade.MatchString(f) || newBadge.MatchString(f) || feeNote.MatchString(f) || provinceDecision.MatchString(tail) ||
			audienceTag.MatchString(f) && len(strings.Fields(head)) >= minWords) {
			// A note after nothing ("  (QĐ số 1/QĐ-UB)") is all the
			// text holds.
			return head, true
		}
	}
	if i := fieldLabelAt(t[from:]); i >= 0 && from+i > 0 {
		return strings.TrimSpace(t[:from+i]), true
	}
	return "", false
}

// buttons are the texts of a row's buttons and links a page may run on
// after a name (its card read whole), as pages write them: capitalised,
// unlike the same words inside a name ("quy hoạch chi tiết"). No
// catalogue name ends on one.
var buttons = []string{
	"Xem chi tiết", "Xem Chi Tiết", "XEM CHI TIẾT", "Chi tiết", "CHI TIẾT", "Xem thêm", "Xem", "Nộp hồ sơ", "Nộp Hồ Sơ",
	"NỘP HỒ SƠ", "Nộp hồ sơ trực tuyến", "Nộp trực tuyến", "Tải mẫu đơn", "Tải về", "Tải xuống",
}

// buttonCut returns t without one button's text closing it, after a
// space, a dash, "|", "»" or ">>", or in square brackets ("… [Xem]");
// ok is false when it ends otherwise.
func buttonCut(t string) (string, bool) {
	u := strings.TrimRight(t, " .")
	bracketed := strings.HasSuffix(u, "]")
	if bracketed {
		u = strings.TrimSuffix(u, "]")
	}
	for _, b := range buttons {
		head, ok := strings.CutSuffix(u, b)
		if !ok || !strings.HasSuffix(head, " ") && !strings.HasSuffix(head, "[") {
			continue
		}
		if bracketed != strings.HasSuffix(head, "[") {
			continue
		}
		head = strings.TrimRight(head, " [|»>-–")
		if utf8.RuneCountInString(head) < 8 {
			return "", false // a button, or a name of one word: nothing to read
		}
		return head, true
	}
	return "", false
}

// openEnds close an open list of examples: "…", "...", "v.v.".
var openEnds = []string{"...", "…", "v.v.", "v.v", "vv."}

// maxExamplesRunes bounds a bracket of examples read after a name.
const maxExamplesRunes = 160

// examplesCut returns t without a closing bracket that lists examples
// and leaves the list open: "Cấp bản sao Trích lục hộ tịch (khai sinh,
// kết hôn, khai tử...)", "… (giấy chứng nhận độc thân để kết hôn, mua
// bán nhà đất, vay vốn ngân hàng...)". What such a list leaves open it
// cannot narrow, and no catalogue name holds one; ok is false when t
// ends otherwise.
func examplesCut(t string) (string, bool) {
	inner, ok := strings.CutSuffix(strings.TrimRight(t, " .;"), ")")
	if !ok {
		return "", false
	}
	open := strings.LastIndex(inner, " (")
	if open <= 0 {
		return "", false
	}
	list := strings.TrimSpace(inner[open+2:])
	if strings.ContainsAny(list, "()") || utf8.RuneCountInString(list) > maxExamplesRunes {
		return "", false
	}
	head := strings.TrimSpace(inner[:open])
	if head == "" {
		return "", false // "  (...)": nothing before the bracket
	}
	for _, e := range openEnds {
		if strings.HasSuffix(list, e) {
			return head, true
		}
	}
	return "", false
}

// civilKinds are the civil-status events (folded) a commune's list names
// as the kinds of a civil-status paper it copies or issues.
var civilKinds = map[string]bool{
	"khai sinh": true, "ket hon": true, "khai tu": true, "giam ho": true, "ly hon": true, "nuoi con nuoi": true,
}

// civilKindsCut returns t without a closing bracket listing, between
// commas, two kinds of civil-status event or more after a name of
// civil-status papers: "Cấp bản sao trích lục hộ tịch (Khai sinh, Kết
// hôn, Khai tử)" is examplesCut's "(khai sinh, kết hôn, khai tử...)"
// without its dots, every kind the papers have. The catalogue's own
// bracket of kinds, "(khai sinh; giám hộ; …)", is split by semicolons
// and kept. ok is false when t ends otherwise.
func civilKindsCut(t string) (string, bool) {
	inner, ok := strings.CutSuffix(strings.TrimRight(t, " .;"), ")")
	if !ok || strings.ContainsRune(inner, ';') {
		return "", false
	}
	open := strings.LastIndex(inner, " (")
	if open <= 0 || utf8.RuneCountInString(inner[open:]) > maxExamplesRunes {
		return "", false
	}
	list := inner[open+2:]
	if !strings.Contains(list, ",") {
		return "", false // most brackets: no list
	}
	kinds := 0
	for it := range strings.SplitSeq(list, ",") {
		k := strings.Join(strings.Fields(textnorm.Fold(it)), " ")
		if k == "" {
			continue // ",," typed twice
		}
		if !civilKinds[k] {
			return "", false
		}
		kinds++
	}
	head := strings.TrimSpace(inner[:open])
	if kinds < 2 || !strings.Contains(" "+textnorm.Fold(head)+" ", " ho tich ") {
		return "", false
	}
	return head, true
}

// detailHeadingCut returns t without a detail page's first heading and
// what follows it, run on after a name when a page's text is read whole
// (detailHeading); ok is false when t has none. Tried after the name as
// written, with the other cuts.
func detailHeadingCut(t string) (string, bool) {
	if !holdsAny(t, detailHeadingWords) {
		return "", false
	}
	if loc := detailHeading.FindStringIndex(t); loc != nil && loc[0] > 0 {
		return strings.TrimSpace(t[:loc[0]]), true
	}
	return "", false
}

// decisionTail is the province's publishing decision a page writes after
// a name without a bracket: "… theo Quyết định số 1234/QĐ-UBND (ngày …)",
// "… - QĐ 25/2024/QĐ-CT". A decision of the Prime Minister or a ministry
// ("… theo Quyết định số 290/2005/QĐ-TTg") sets the regime the procedure
// grants, and tells procedures apart: it stays.
var decisionTail = regexp.MustCompile(`(?i)\s*(?:[-–]\s*|\s(?:theo|tại)\s+)(?:quyết\s+định|qđ)\s*(?:số\s*)?:?\s*\d[\d./]*/(?:\d{4}/)?qđ-(?:ub|ct)[^\s]*(?:\s+ngày\s+.*)?$`)

// decisionTailCut returns t without a trailing legal basis
// (decisionTail); ok is false when it has none.
func decisionTailCut(t string) (string, bool) {
	if !strings.Contains(t, "/") {
		return "", false
	}
	loc := decisionTail.FindStringIndex(t)
	if loc == nil || loc[0] == 0 {
		return "", false
	}
	return strings.TrimSpace(t[:loc[0]]), true
}

// decisionLead is the province's publishing decision a page writes
// before a name, set off by a colon or a dash: "508/QĐ-UBND ngày
// 18/07/2025: Xác nhận bảng kê lâm sản", "Quyết định số 1234/QĐ-UBND -
// …", as portals of the provinces merged in 2025 list every procedure
// under the decision that published it. A decision of the Prime Minister
// or a ministry, which sets the regime the procedure grants, stays, as in
// decisionTail.
var decisionLead = regexp.MustCompile(`(?i)^\s*(?:(?:quyết\s+định|qđ)\s*(?:số\s*)?:?\s*)?\d[\d.]*/(?:\d{4}/)?qđ-(?:ub|ct)[^\s:]*(?:\s+ngày\s+\d{1,2}(?:\s*(?:[/.-]|tháng)\s*\d{1,2})(?:\s*(?:[/.-]|năm)\s*\d{2,4}))?\s*(?::|\s[-–])\s*`)

// decisionLeadCut returns t without a publishing decision in front
// (decisionLead); ok is false when it has none.
func decisionLeadCut(t string) (string, bool) {
	if !strings.Contains(t, "/") {
		return "", false
	}
	loc := decisionLead.FindStringIndex(t)
	if loc == nil || loc[1] >= len(t) {
		return "", false
	}
	return t[loc[1]:], true
}

// printedTag is a page's own tag closing a name after a space: numbers
// joined by dashes ("Cấp giấy chứng nhận đủ điều kiện buôn bán thuốc thú
// y 04-966", as a province's 1022 wiki heads its records), which no name
// writes.
var printedTag = regexp.MustCompile(`\s(\d{1,4})(?:-\d{1,6})+$`)

// printedTagCut returns t without a printed tag (printedTag); ok is false
// when it has none, or when the numbers are a period of years ("giai
// đoạn 2021-2030") or a form's number ("mẫu số 01-02"), which are the
// name's.
func printedTagCut(t string) (string, bool) {
	t = strings.TrimRight(t, itemEnd) // "… 04-966;", a list's item
	if t == "" || t[len(t)-1] < '0' || t[len(t)-1] > '9' {
		return "", false // most names: a word last
	}
	m := printedTag.FindStringSubmatchIndex(t)
	if m == nil {
		return "", false
	}
	first := t[m[2]:m[3]]
	head := strings.TrimRight(t[:m[0]], " ,;:-–")
	if len(first) == 4 && (strings.HasPrefix(first, "19") || strings.HasPrefix(first, "20")) {
		return "", false
	}
	if w := textnorm.Key(lastWord(head)); w == "số" && !strings.HasSuffix(textnorm.Key(head), "thiểu số") || w == "mẫu" || head == "" {
		return "", false
	}
	return head, true
}

// codeTag is an agency's own number of a procedure closing a name in a
// bracket: a short code of capitals set off from its number by a dash, a
// full stop or a colon ("(QT-05)", "(QT.05)", "(TTHC-12)", "(MS: 04-966)"),
// as agencies number the procedures of their quality system, or numbers
// joined by dashes ("(04-966)"). A convention's year ("(CLC 1992)"), a
// decision ("(QĐ 933)"), a form ("(CT07)") or a national code stay: the
// steps read those.
var codeTag = regexp.MustCompile(`\s*\((?:[A-ZĐ]{1,6}\s*[-.:]\s*\d{1,4}|\d{1,4}-\d{1,6})(?:[-./]\d{1,6})*\)$`)

// codeTagCut returns t without a code tag (codeTag); ok is false when it
// has none.
func codeTagCut(t string) (string, bool) {
	t = strings.TrimRight(t, itemEnd)
	if !strings.HasSuffix(t, ")") {
		return "", false
	}
	loc := codeTag.FindStringIndex(t)
	if loc == nil || loc[0] == 0 {
		return "", false
	}
	return strings.TrimRight(t[:loc[0]], " ,;:-–"), true
}

// leadBadgeCut returns t without a badge in brackets before its name,
// "(Mới) …", "(Mức độ 4) …", "(DVC toàn trình) …", which says what a
// badge after it says; ok is false when t opens otherwise. "(Cấp tỉnh)
// …" is the national list's own way of naming a provincial twin, and
// stays.
func leadBadgeCut(t string) (string, bool) {
	if !strings.HasPrefix(t, "(") {
		return "", false
	}
	end := strings.IndexByte(t, ')')
	if end < 0 || end > 4*maxNoteRunes {
		return "", false
	}
	rest := strings.TrimSpace(t[end+1:])
	f := strings.Join(strings.Fields(textnorm.Fold(t[1:end])), " ")
	if rest == "" || !serviceGrade.MatchString(f) && !newBadge.MatchString(f) {
		return "", false
	}
	return rest, true
}

// linkMarks are what a page writes after a name that links on or is
// marked: arrows, a footnote's star. No name ends on one.
const linkMarks = " >»›→*"

// trailingBadges are badges written bare after a name, as an icon's
// text ("… NEW"): English words no name ends on.
var trailingBadges = []string{" NEW", " New", " new", " HOT", " Hot", " (*)"}

// arrowCut returns t without the arrows, stars or a bare badge closing it
// ("… >>", "… »", "… *", "… (*)", "… NEW"); ok is false when it ends
// otherwise or holds nothing else.
func arrowCut(t string) (string, bool) {
	c := strings.TrimRight(t, linkMarks)
	for _, b := range trailingBadges {
		if h, ok := strings.CutSuffix(c, b); ok {
			c = strings.TrimRight(h, linkMarks)
			break
		}
	}
	if len(c) == len(strings.TrimRight(t, " ")) || strings.TrimSpace(c) == "" {
		return "", false
	}
	return c, true
}

// requester names who asked after "theo yêu cầu" (on request), which
// the national list mostly leaves unsaid: "… (theo yêu cầu)".
var requester = regexp.MustCompile(`(?i)(theo\s+yêu\s+cầu)\s+của\s+(?:tổ\s+chức,?\s+cá\s+nhân|cá\s+nhân,?\s+tổ\s+chức)`)

// requesterCut returns t with "theo yêu cầu của tổ chức, cá nhân" said
// as "theo yêu cầu"; ok is false when it has none.
func requesterCut(t string) (string, bool) {
	if !strings.Contains(t, "yêu cầu") && !strings.Contains(t, "Yêu cầu") && !strings.Contains(t, "YÊU CẦU") {
		return "", false
	}
	r := requester.ReplaceAllString(t, "$1")
	return r, r != t
}

// onlineModeCut returns t without the online mode set apart after it:
// after a dash ("Đổi giấy phép lái xe - trực tuyến") or closing a title
// in capitals ("ĐỔI GIẤY PHÉP LÁI XE TRỰC TUYẾN", a card's). In running
// text "… đăng ký khai sinh trực tuyến" is the phrase itself, often a
// guide's headline ("Hướng dẫn đăng ký khai sinh trực tuyến"); ok is
// false when t has no such mode.
func onlineModeCut(t string) (string, bool) {
	body, f, ok := onlineTail(t)
	if !ok {
		return "", false
	}
	if b, ok := strings.CutSuffix(body, " -"); ok {
		return strings.TrimSpace(b), true
	}
	if b, ok := strings.CutSuffix(body, " –"); ok {
		return strings.TrimSpace(b), true
	}
	if strings.ToUpper(t) == t && !strings.HasPrefix(f, "huong dan") {
		return body, true
	}
	return "", false
}

// plainOnlineCut returns t without a closing "trực tuyến" said plainly,
// neither set apart nor in capitals (onlineModeCut), for a lookup of
// the name before it; false for none.
func plainOnlineCut(t string) (string, bool) {
	body, f, ok := onlineTail(strings.TrimRight(t, itemEnd))
	if !ok || strings.HasPrefix(f, "huong dan") || len(strings.Fields(body)) < 3 {
		return "", false
	}
	return body, true
}

// onlineTail splits t closing with "trực tuyến" into the text before
// those two words (trimmed) and t folded; ok is false when t closes
// otherwise.
func onlineTail(t string) (body, folded string, ok bool) {
	if !strings.HasSuffix(t, "tuyến") && !strings.HasSuffix(t, "TUYẾN") && !strings.HasSuffix(t, "Tuyến") {
		return "", "", false // most names: nothing folded ("… Trực Tuyến" is folded)
	}
	folded = textnorm.Fold(t)
	if !strings.HasSuffix(folded, " truc tuyen") {
		return "", "", false
	}
	return strings.TrimSpace(t[:len(t)-len(lastWords(t, 2))]), folded, true
}

// lastWords is the last n space-separated words of t.
func lastWords(t string, n int) string {
	end := len(t)
	for i := len(t) - 1; i >= 0; i-- {
		if t[i] == ' ' {
			if n--; n == 0 {
				return t[i+1 : end]
			}
		}
	}
	return t
}

// breadcrumb reports whether head, opening s, is followed by a
// breadcrumb's arrow ("Hộ tịch » …", "Hộ tịch >> …").
func breadcrumb(s, head string) bool {
	rest := strings.TrimSpace(strings.TrimPrefix(s, head))
	return strings.HasPrefix(rest, "»") || strings.HasPrefix(rest, ">") || strings.HasPrefix(rest, "/")
}

// meritFull and meritShort are the two ways names write people with
// merit to the revolution, both in the national list ("… hồ sơ người có
// công" / "… người có công với cách mạng"); neither tells procedures
// apart.
const (
	meritShort = "người có công"
	meritFull  = "người có công với cách mạng"
)

// meritOther returns t with the other way of writing people with merit
// to the revolution; ok is false when t names none.
func meritOther(t string) (string, bool) {
	if !strings.Contains(t, "công") && !strings.Contains(t, "CÔNG") {
		return "", false // most names, without lowering them
	}
	l := textnorm.Lower(t)
	i := strings.Index(l, meritShort)
	if i < 0 || len(l) != len(t) {
		return "", false // not found, or lowering changed the offsets
	}
	if strings.HasPrefix(l[i:], meritFull) {
		return t[:i+len(meritShort)] + t[i+len(meritFull):], true
	}
	return t[:i+len(meritShort)] + " với cách mạng" + t[i+len(meritShort):], true
}

// leadSegment splits off the first label of s: a bracket it opens with,
// or the words before the first dash or colon (at most maxLeadWords).
func leadSegment(s string) (head, rest string, ok bool) {
	if strings.HasPrefix(s, "[") || strings.HasPrefix(s, "(") {
		closer := "]"
		if s[0] == '(' {
			closer = ")"
		}
		i := strings.Index(s, closer)
		if i < 0 {
			return "", "", false
		}
		return strings.TrimSpace(s[1:i]), strings.TrimLeft(s[i+1:], " -–:|"), true
	}
	if loc := bareRecordCode.FindStringSubmatchIndex(s); loc != nil {
		// "QT 70 Quy trình …", "QT70 Chứng thực …": a record code with
		// no separator, the name's capital right after it.
		return s[:loc[3]], strings.TrimSpace(s[loc[3]:]), true
	}
	best := -1
	sepLen := 0
	for _, sep := range []string{" - ", " – ", ": ", " | ", " » ", " >> ", " > ", " / ", ". "} {
		if i := strings.Index(s, sep); i > 0 && (best < 0 || i < best) {
			best, sepLen = i, len(sep)
		}
	}
	if best < 0 || len(strings.Fields(s[:best])) > maxLeadWords {
		return "", "", false
	}
	return strings.TrimSpace(s[:best]), strings.TrimSpace(s[best+sepLen:]), true
}

// simpleLead is a list's number or letter, a bullet, a short tag in
// square brackets or a field's label in front of a name: "1. ", "1.2. ",
// "1/ ", "a/ ", "01 " (no catalogue name opens with a digit), "(3) ",
// "a) ", "II. ", "I.1. ", "- ", "» ", "★ ", "[DVCTT] ", "[Mới] ", "Tên thủ
// tục: ", "Thủ tục hành chính: ", "Tên dịch vụ: ", "Tên hồ sơ: ", any
// "Tên …: " of a few words, "Dịch vụ công: ", "Loại hồ sơ: ", "Tiêu
// đề: ", "TTHC 12: ", and the number of a question, a step,
// a section, a row or an agency's procedure ("Câu 1. ", "Bước 2: ", "Mục
// 3. ", "STT 12. ", "QT-05: ", "QT04. ", "Quy trình 05: ", "TTHC số 12
// - "), which no catalogue name opens with either ("Quy trình liên
// thông …" has no number).
var simpleLead = regexp.MustCompile(`^\s*(?:(?i:` + strings.Join(numberingLeads, "|") + `|quy\s+trình)\s*(?:số\s*)?[-.]?\s*\d{1,3}(?:\s*[.:)]|\s+[-–])\s+|(?:(?:\d{1,3}|[IVXivx]{1,4})(?:\.\d{1,3}){0,3}|[a-zđ])[.)/]\s+|\d{1,3}\s+|\((?:\d{1,3}|[a-zđ])\)\s+|[-–•+*»›►▪◦·★☆✓✔●○■□◆◇❖➢➤]\s+|\[[\p{L}\p{N} ]{2,12}\]\s*|(?i:tên(?:\s+\pL+){1,4}|(?:thủ\s+tục(?:\s+hành\s+chính)?|dịch\s+vụ(?:\s+công)?(?:\s+trực\s+tuyến)?)|tthc(?:\s+\d+)?|loại\s+hồ\s+sơ|tiêu\s+đề)\s*:\s*)`)

// simpleLeadCut is t without one simple lead (simpleLead), for the cuts
// that read the start of a name to read it after: ok is false when t
// opens with none.
func simpleLeadCut(t string) (string, bool) {
	if !mayOpenWithLead(t) {
		return "", false // most names: a word first
	}
	loc := simpleLead.FindStringIndex(t)
	if loc == nil || loc[1] >= len(t) {
		return "", false
	}
	return t[loc[1]:], true
}

// withoutSimpleLeads is t without every simple lead in front ("[DVCTT]
// 1. …"), for the checks that read a whole entry from its start.
func withoutSimpleLeads(t string) string {
	for i := 0; i < maxCutRounds; i++ {
		c, ok := simpleLeadCut(t)
		if !ok {
			break
		}
		t = c
	}
	return t
}

// mayOpenWithLead reports whether t may open with a simple lead, read
// from its first bytes before the pattern is tried: anything but a
// letter first (a digit, a bracket, a bullet), a full stop, a slash or a
// closing bracket within its first nine bytes ("a) ", "IV. ", "b/ ",
// "Mục 3. "), or a colon within its first thirty-two ("Tên thủ tục:",
// "Thủ tục hành chính:").
func mayOpenWithLead(t string) bool {
	t = strings.TrimLeft(t, " \t")
	if t == "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t); !unicode.IsLetter(r) {
		return true // a digit, a bracket, a bullet
	}
	return strings.ContainsAny(t[:min(len(t), 9)], ".)/") || strings.IndexByte(t[:min(len(t), 32)], ':') > 0
}
