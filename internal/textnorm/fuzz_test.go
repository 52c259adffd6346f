package textnorm

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

var fuzzSeeds = []string{
	"trợ cấp một lần từ hai tỉnh, ngày một tháng bảy năm 2004",
	"công trình cấp III, cấp IV và hạng I, II",
	"Xét tuyển viên chức (Nghị định Nghị định số 85/2023/NĐ-CP) 3 tháng Nghị quyết số 5 năm 2024",
	"Thủ tục giải quyết chế độ trợ cấp thờ cúng liệt sỹ. (1.010803)",
	"Ủy ban nhân dân huyện &amp; UBND xã",
	"\u00d0ăng k&#253; khai sinh\r\n(M&atilde; s&ocirc;́: 1.001193.000.00.00.H01)",
	"hoà hòa uỷ ủy thuỷ thủy khoẻ khỏe quý quí giấy gìa",
	"Cấp “Giấy phép” – lần đầu; 150.000 đồng",
	"1.001193 - Đăng ký",
	"THỦ TỤC HÀNH CHÍNH thủ tục TTHC",
	"s&amp;#7889;",
	"a\u0301\u0301 ư\u031b y\u0309 \u0300",
	"İstanbul ΣΑΣ ǅ ß",
}

// FuzzKey checks what the matcher relies on: no panic, Key and Fold
// idempotent, NFC and NFD of a text give one key, Normalize agrees with Key
// and Fold, Clean gives NFC.
func FuzzKey(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
		f.Add(norm.NFD.String(s))
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // pages are decoded to UTF-8 before they reach textnorm
		}
		k := Key(s)
		if kk := Key(k); kk != k {
			t.Fatalf("Key not idempotent: %q → %q → %q", s, k, kk)
		}
		fo := Fold(s)
		if ff := Fold(fo); ff != fo {
			t.Fatalf("Fold not idempotent: %q → %q → %q", s, fo, ff)
		}
		if a, b := Key(norm.NFC.String(s)), Key(norm.NFD.String(s)); a != b {
			t.Fatalf("NFC and NFD keys differ for %q: %q vs %q", s, a, b)
		}
		n := Normalize(s)
		if n.Key != k || n.Folded != fo {
			t.Fatalf("Normalize(%q) = %+v, Key %q, Fold %q", s, n, k, fo)
		}
		if c := Clean(s); !norm.NFC.IsNormalString(c) || strings.TrimSpace(c) != c {
			t.Fatalf("Clean(%q) = %q: not NFC or not trimmed", s, c)
		}
	})
}

// FuzzCodes checks the code helpers never panic and agree with each other.
func FuzzCodes(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add("21.0012345 1.0012345 1.001234.01 (1.001234) [2.000001]")
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range FindCodes(s) {
			if ReduceCode(c) != c {
				t.Fatalf("FindCodes(%q) gave %q, not a code", s, c)
			}
		}
		if c := ReduceCode(s); c != "" && (len(c) != 8 || !strings.HasPrefix(strings.TrimSpace(s), c)) {
			t.Fatalf("ReduceCode(%q) = %q", s, c)
		}
		if !MayHoldCode(s) {
			// The matcher skips reading codes in such text.
			c := Clean(s)
			if _, code := SplitCode(c); code != "" || FindCode(c) != "" || FindCode(s) != "" {
				t.Fatalf("MayHoldCode(%q) is false, yet a code is in it", s)
			}
		}
		name, code := SplitCode(s)
		if code != "" && ReduceCode(code) != code {
			t.Fatalf("SplitCode(%q) code %q", s, code)
		}
		if len(name) > len(s) {
			t.Fatalf("SplitCode(%q) grew the name: %q", s, name)
		}
	})
}

// FuzzLower checks Lower against strings.ToLower.
func FuzzLower(f *testing.F) {
	for _, s := range []string{"", "Cấp GIẤY PHÉP", "ĐĂNG KÝ Ẩ Ỵ", "İstanbul", "a\xffB", "ΣΑΣ", "Ⅻ ǅ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Lower(s), strings.ToLower(s); got != want {
			t.Fatalf("Lower(%q) = %q, want %q", s, got, want)
		}
	})
}
