package match

import (
	"strings"

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
	cut := false
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
		switch {
		case levelIn(fh) != "":
			level = "cấp " + string(levelIn(fh))
		case levelIn("cap "+fh) != "" && len(strings.Fields(fh)) == 1:
			level = "cấp " + fh
		case strings.HasPrefix(fh, "linh vuc "), strings.HasPrefix(fh, "tthc"), strings.HasPrefix(fh, "thu tuc hanh chinh"):
		case cut && len(strings.Fields(fh)) <= maxLeadPlainWords && textnorm.FindCode(head) == "":
			// The next step of a breadcrumb ("TTHC cấp xã - [Hộ tịch] -
			// …"); alone, "Đăng ký khai sinh - …" may be a name itself.
		case strings.HasPrefix(s, "[") || strings.HasPrefix(s, "("):
			// A bracket opening the text is a badge: names never open so.
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
	best := -1
	sepLen := 0
	for _, sep := range []string{" - ", " – ", ": ", " | "} {
		if i := strings.Index(s, sep); i > 0 && (best < 0 || i < best) {
			best, sepLen = i, len(sep)
		}
	}
	if best < 0 || len(strings.Fields(s[:best])) > maxLeadWords {
		return "", "", false
	}
	return strings.TrimSpace(s[:best]), strings.TrimSpace(s[best+sepLen:]), true
}
