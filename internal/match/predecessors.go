package match

import (
	"maps"
	"slices"
)

// Decree 131/2021/NĐ-CP and the decisions announcing its procedures
// replaced the field Người có công's procedures of Thông tư
// 05/2013/TT-BLĐTBXH. Most kept their act and object under new wording,
// which the phrase and act renamings undo (renamed.go); a few were
// recast one for one under another name no renaming reaches: support to
// get orthopaedic aids became cash to buy them, and the confirmation of
// war-wounded without papers the recognition of the wounded outside the
// army and police. Portals kept the old titles for years. They are
// indexed as former names of the procedure that replaced them, wherever
// the catalogue lists that code, and a portal showing one is reported as
// publishing an outdated name.
//
// Procedures merged into a wider one are not here: the monthly
// survivor's allowance and the burial costs "khi người có công từ trần"
// became part of 1.010824 "Hưởng trợ cấp khi người có công đang hưởng
// trợ cấp ưu đãi từ trần", whose scope is another (the labelled set
// calls such an old title no catalogue procedure).
var predecessors = map[string][]string{
	// Cấp tiền mua phương tiện trợ giúp, dụng cụ chỉnh hình, phương
	// tiện, thiết bị phục hồi chức năng …
	"1.010811": {
		"Hỗ trợ người có công đi làm phương tiện, dụng cụ trợ giúp chỉnh hình; đi điều trị phục hồi chức năng",
	},
	// Công nhận đối với người bị thương trong chiến tranh không thuộc
	// quân đội, công an.
	"1.010810": {
		"Xác nhận thương binh, người hưởng chính sách như thương binh đối với người bị thương không thuộc lực lượng công an, quân đội trong chiến tranh từ ngày 31/12/1991 trở về trước không còn giấy tờ",
	},
}

// addPredecessors indexes the predecessors of every procedure the
// catalogue lists as its former names (addFormerNames does the rest).
func (ix *Index) addPredecessors() {
	// In the codes' order: the names indexed get ids, which ties read.
	for _, code := range slices.Sorted(maps.Keys(predecessors)) {
		names := predecessors[code]
		i, ok := ix.byCode[code]
		if !ok {
			continue
		}
		for _, fn := range names {
			n := ix.normalize(fn)
			if _, taken := ix.byKey[n.Key]; taken || n.Key == "" {
				continue // a current name, or already indexed
			}
			ix.addDerived(indexedName{former: true, text: fn}, n, int(i))
		}
	}
}
