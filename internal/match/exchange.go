package match

import (
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// Most of the catalogue's exchanges open "Cấp đổi X"; a few open "Đổi
// X" ("Đổi giấy phép lái xe"), and portals say those the usual way:
// "Cấp đổi giấy phép lái xe do hết hạn". The lead rewriting reads a
// published "Đổi X" as "Cấp đổi X" (leadActs); this is the other way
// round, on the catalogue's side: its "Đổi X" is also indexed as "Cấp
// đổi X". No name is both "Đổi X" and "Cấp đổi X" (TestExchangeSaidShort
// checks the national list), and "Đổi tên …" renames, which no one says
// "Cấp đổi tên".

// exchangeForm is a name opening "Đổi X" (a "Thủ tục" before it aside)
// as "Cấp đổi X"; ok is false for other names and for "Đổi tên …".
func exchangeForm(name string) (string, bool) {
	if f := strings.TrimSpace(name); f == "" || f[0] != 0xC4 && f[0] != 'T' && f[0] != 't' {
		return "", false // most names: "Đ" opens with byte 0xC4, "Thủ tục" with T
	}
	t := withoutProcedureLead(textnorm.Clean(name))
	ws := strings.Fields(t)
	if len(ws) < minWords || ws[0] != "Đổi" && ws[0] != "đổi" || textnorm.Fold(ws[1]) == "ten" {
		return "", false // "Đổi, cấp lại …" lists acts
	}
	return "Cấp đổi " + strings.Join(ws[1:], " "), true
}
