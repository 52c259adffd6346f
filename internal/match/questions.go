package match

import (
	"slices"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// A guide or a question-and-answer page titles a procedure as the
// citizen's question: "Thủ tục đăng ký thường trú theo quy định như thế
// nào?", "Trình tự thủ tục đăng ký tạm trú tại Bắc Ninh như thế nào?",
// "Thủ tục nộp hồ sơ … ở đâu?". No catalogue name asks anything, so a
// title closing with a question mark is also read without the question
// words before it (and a "theo quy định" before them): what is left is
// the procedure asked about.

// questionTails are the question words (folded) questionCut drops before
// the closing "?", longer before shorter.
var questionTails = [][]string{
	fw("như thế nào"), fw("thế nào"), fw("ra sao"), fw("ở đâu"), fw("là gì"),
	fw("gồm những gì"), fw("cần những gì"), fw("cần những giấy tờ gì"), fw("gồm những giấy tờ gì"),
	fw("mất bao lâu"), fw("bao lâu"), fw("hết bao nhiêu tiền"), fw("bao nhiêu tiền"),
}

// questionRules are what may stand before the question words (folded):
// "… theo quy định như thế nào?", "… quy định thế nào?".
var questionRules = [][]string{fw("theo quy định"), fw("được quy định"), fw("quy định")}

// questionCut is t without its closing question ("… như thế nào?");
// ok is false when t asks none, or too little would be left.
func questionCut(t string) (string, bool) {
	s := strings.TrimSpace(t)
	if !strings.HasSuffix(s, "?") {
		return "", false // most names
	}
	ws := strings.Fields(strings.TrimRight(s, "? "))
	f := make([]string, len(ws))
	for i, w := range ws {
		f[i] = textnorm.Fold(w)
	}
	for _, q := range questionTails {
		n := len(ws) - len(q)
		if n < 0 || !slices.Equal(f[n:], q) {
			continue
		}
		if n < minWords {
			return "", false // "Khai sinh như thế nào?": not "Khai sinh như"
		}
		for _, r := range questionRules {
			if n-len(r) >= minWords && slices.Equal(f[n-len(r):n], r) {
				n -= len(r)
				break
			}
		}
		return strings.Join(ws[:n], " "), true
	}
	return "", false
}
