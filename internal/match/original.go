package match

import (
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// A certified copy is made from the original (Decree 23/2015/NĐ-CP, art.
// 2): "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ
// chức có thẩm quyền của Việt Nam; …" is the communes' "Chứng thực bản
// sao", and "Thủ tục cấp bản sao có chứng thực từ bản chính hợp đồng,
// giao dịch đã được chứng thực" their "Cấp bản sao có chứng thực". Copies
// from the register book are another procedure, and say so ("Cấp bản
// sao từ sổ gốc"). originalForm is such a name without "từ bản chính" and
// what follows; ok is false for other names. The form stands for the
// whole name only and is only looked up: "Chứng thực bản sao" plus words
// of its own is no part of it.
func originalForm(name string) (string, bool) {
	if !strings.Contains(name, "bản chính") {
		return "", false // most names, without folding
	}
	t := withoutProcedureLead(textnorm.Clean(name))
	f := textnorm.Fold(t)
	i := strings.Index(f, " "+fromOriginal+" ")
	if i < 0 {
		return "", false
	}
	return headBefore(t, f, i)
}

// fromOriginal is "từ bản chính" (folded).
var fromOriginal = textnorm.Fold("từ bản chính")
