package match

import (
	"regexp"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// The social-insurance portal names its services with whom each form is
// for after a dash: "Cấp lại sổ BHXH do điều chỉnh nội dung đã ghi trên
// sổ BHXH - Dành cho tổ chức", "Ký hợp đồng khám, chữa bệnh bảo hiểm y
// tế (hàng năm) - Dành cho tổ chức", "… - Dành cho cá nhân". Which
// applicant files it is no part of the procedure's name: the national
// list names none so. Where the list says "dành cho" it is inside the
// name ("… trong phạm vi đất dành cho đường sắt", "trường dành cho người
// khuyết tật"), never after a dash or in a closing bracket.

// audienceTag is what a closing tag says after its dash or bracket
// (folded): "dành cho tổ chức", "dành cho cá nhân, tổ chức" ….
var audienceTag = regexp.MustCompile(`^danh cho (?:to chuc|ca nhan|doanh nghiep|cong dan|nguoi dan)(?: (?:va |hoac )?(?:to chuc|ca nhan|doanh nghiep))?$`)

// audienceCut returns t without its closing audience tag, after a dash
// or in a bracket; ok is false when it has none.
func audienceCut(t string) (string, bool) {
	if !strings.Contains(t, "ành cho") && !strings.Contains(t, "ÀNH CHO") {
		return "", false // most names, without folding
	}
	t = strings.TrimRight(strings.TrimSpace(t), ".;")
	for _, sep := range []string{" - ", " – ", " — ", "-", "–", "(", " ("} {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		tail := strings.TrimSuffix(strings.TrimSpace(t[i+len(sep):]), ")")
		if !audienceTag.MatchString(textnorm.Fold(tail)) {
			continue
		}
		head := strings.TrimSpace(t[:i])
		if len(strings.Fields(head)) < minWords {
			return "", false
		}
		return head, true
	}
	return "", false
}
