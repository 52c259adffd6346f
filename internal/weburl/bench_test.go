package weburl

import (
	"net/url"
	"testing"
)

var benchHrefs = []string{"/thu-tuc-hanh-chinh?page=3", "/tin-tuc/123", "https://dichvucong.gov.vn/", "/thu-tuc-hanh-chinh/chi-tiet?ma=1.001193", "/gioi-thieu", "javascript:void(0)", "#top", "/van-ban?loai=2&nam=2024"}

// BenchmarkResolveLink is the cost per page link of resolving it, telling
// an action link, and canonicalising it (every anchor of every page).
func BenchmarkResolveLink(b *testing.B) {
	base, _ := url.Parse("https://portal1.example.gov.vn/thu-tuc-hanh-chinh?page=2")
	for b.Loop() {
		for _, h := range benchHrefs {
			_, _ = ResolveLink(base, h)
		}
	}
}
