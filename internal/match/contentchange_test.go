package match

import (
	"testing"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
)

// TestContentChanged: a registered change named as the old decisions
// did, one change per line (the real cooperative lists of fresh17.tsv and
// fresh29.tsv, the 2015 title of the cooperative's changes), is the
// catalogue's procedure registering any change of that registration.
func TestContentChanged(t *testing.T) {
	assertCodes(t, NewIndex(dvcqgCatalog(t)), map[string]string{
		"Đăng ký đổi tên hợp tác xã":                                     "1.005277",
		"Đăng ký đổi địa chỉ trụ sở chính hợp tác xã":                    "1.005277",
		"Đăng ký thay đổi nơi kinh doanh hợp tác xã":                     "1.005277",
		"Đăng ký thay đổi, bổ sung ngành nghề kinh doanh của Hợp tác xã": "1.005277",
		"Đăng ký thay đổi, bổ sung kinh doanh của HTX":                   "1.005277",
		"Đăng ký thay đổi địa chỉ trụ sở chính của Hợp tác xã khi chuyển địa chỉ trụ sở chính của Hợp tác xã sang tỉnh khác":                      "1.005277",
		"Đăng ký thay đổi tên, địa chỉ trụ sở chính, ngành, nghề sản xuất, kinh doanh, vốn điều lệ, người đại diện theo pháp luật của hợp tác xã": "1.005277",
		"Đăng ký thay đổi địa chỉ hộ kinh doanh": "2.000720",
		// No name registers the changes of an enterprise, nor of a
		// household business "cá thể" as a thing of its own (that is an
		// old word for a household business, read elsewhere).
		"Đăng ký thay đổi tên doanh nghiệp": "",
		// Notifying a change is another act.
		"Thông báo thay đổi tên hợp tác xã": "",
		// A change of the cooperative's branch, office or place of
		// business is registered by 1.005378, whose subjects these are;
		// the 2015 title names both, and a person tells which.
		"Đăng ký thay đổi tên chi nhánh hợp tác xã":                     "",
		"Đăng ký thay đổi người đại diện văn phòng đại diện hợp tác xã": "",
		"Đăng ký thay đổi địa điểm kinh doanh của hợp tác xã":           "",
		"Đăng ký thay đổi tên, địa chỉ trụ sở chính, ngành, nghề sản xuất, kinh doanh, vốn điều lệ, người đại diện theo pháp luật; tên, địa chỉ, người đại diện chi nhánh, văn phòng đại diện của hợp tác xã": "",
	})
}

// TestContentChangedOwnProcedure: where the catalogue names the change
// as a procedure of its own, for the same subject, the entry is not the
// procedure registering every change.
func TestContentChangedOwnProcedure(t *testing.T) {
	ps := []catalog.Procedure{
		{Code: "9.000001", Name: "Đăng ký thay đổi nội dung đăng ký hợp tác xã, liên hiệp hợp tác xã"},
		{Code: "9.000002", Name: "Đăng ký thay đổi tên hợp tác xã, liên hiệp hợp tác xã"},
		{Code: "9.000003", Name: "Đăng ký thay đổi địa chỉ trụ sở chính của doanh nghiệp"},
		{Code: "9.000004", Name: "Đăng ký thành lập hợp tác xã"},
	}
	ix := NewIndex(activeCatalog("own", ps))
	assertCodes(t, ix, map[string]string{
		"Đăng ký đổi tên hợp tác xã":         "9.000002",
		"Đăng ký thay đổi tên hợp tác xã":    "9.000002",
		"Đăng ký đổi vốn điều lệ hợp tác xã": "9.000001",
		// The enterprise's own procedure is about another subject.
		"Đăng ký thay đổi địa chỉ trụ sở chính hợp tác xã": "9.000001",
	})
}

// TestContentChangedOtherSubjectLeftOut: without the cooperative's
// branch procedure, the enterprises' (2.002045) still says the branch is
// a subject of its own.
func TestContentChangedOtherSubjectLeftOut(t *testing.T) {
	assertCodes(t, leaveOutIndex(t, "1.005378"), map[string]string{
		"Đăng ký thay đổi tên chi nhánh hợp tác xã": "",
		"Đăng ký đổi tên hợp tác xã":                "1.005277",
	})
}
