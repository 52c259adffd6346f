package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Shells of the usual single-page-app builds: the list comes from
// JavaScript, whether the scripts sit in <head> or <body>.
func TestScriptRenderedShells(t *testing.T) {
	for name, body := range map[string]string{
		"vite module in head": `<!doctype html><html><head><meta charset="utf-8"><title>Cổng dịch vụ công</title><script type="module" crossorigin src="/assets/index-4f1c2a.js"></script><link rel="stylesheet" href="/assets/index.css"></head><body><div id="root"></div></body></html>`,
		"defer in head":       `<html><head><title>DVC</title><script defer src="/static/js/main.js"></script></head><body><div id="app"></div></body></html>`,
		"vue app + noscript":  `<html><head><title>DVC</title></head><body><noscript><strong>We're sorry but this app doesn't work properly without JavaScript enabled.</strong></noscript><div id="app"></div></body></html>`,
		"angular app-root":    `<html><head><base href="/"><title>Portal</title><script src="runtime.js" type="module"></script><script src="main.js" type="module"></script></head><body><app-root></app-root></body></html>`,
		"custom -root":        `<html><head><script src="/main.js"></script></head><body><dvc-root>Đang tải…</dvc-root></body></html>`,
		"next shell":          `<html><head><script src="/_next/static/chunks/main.js" defer></script></head><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">{}</script></body></html>`,
		"nuxt shell":          `<html><head><script src="/_nuxt/entry.js" type="module"></script></head><body><div id="__nuxt"><!----></div></body></html>`,
		"bare shell":          `<html><head><title>Thủ tục</title><script src="/bundle.js"></script></head><body><div class="container"><div class="spinner">Đang tải dữ liệu...</div></div></body></html>`,
	} {
		t.Run(name, func(t *testing.T) {
			px := ExtractPage("https://dvc.example/", []byte(body))
			assert.True(t, px.ScriptRendered)
			assert.Empty(t, px.Entries)
		})
	}
}

// Server-rendered pages carry scripts too (jQuery, analytics, sliders):
// they are not shells.
func TestScriptRenderedNegatives(t *testing.T) {
	const jq = `<script src="/js/jquery-3.6.0.min.js"></script><script src="/js/bootstrap.min.js"></script>`
	for name, body := range map[string]string{
		"portal home with jquery": `<html><head><title>UBND huyện</title>` + jq + `</head><body><header>UBND huyện Hòa Vang</header><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li></ul><div class="content"><h2>Tin tức</h2><a href="/tin/1">Hội nghị tổng kết công tác năm 2024 của huyện</a></div><footer>Bản quyền thuộc UBND huyện</footer><script>$(function(){})</script></body></html>`,
		"short page with links":   `<html><head>` + jq + `</head><body><a href="/vi">Tiếng Việt</a> <a href="/en">English</a></body></html>`,
		"meta refresh":            `<html><head><meta http-equiv="refresh" content="0; url=/portal/">` + jq + `</head><body></body></html>`,
		"iframe":                  `<html><head>` + jq + `</head><body><iframe src="/tthc/list.aspx"></iframe></body></html>`,
		"frameset":                `<html><head>` + jq + `</head><frameset><frame src="/menu"><frame src="/main"></frameset></html>`,
		"next page rendered":      `<html><head><script src="/_next/static/chunks/main.js" defer></script></head><body><div id="__next"><h1>Giới thiệu</h1><p>Trang thông tin điện tử của xã, nơi công khai các thông tin về hoạt động của chính quyền địa phương và các dịch vụ công.</p><a href="/lien-he">Liên hệ</a></div></body></html>`,
		"widget root in big page": `<html><head>` + jq + `</head><body><div id="root"></div><h1>Giới thiệu chung</h1><p>` + strings.Repeat("Xã nằm ở phía tây của huyện, có diện tích tự nhiên lớn. ", 10) + `</p></body></html>`,
		"detail page":             `<html><head><title>Đăng ký khai sinh</title>` + jq + `</head><body><h1>Đăng ký khai sinh</h1><table><tr><th>Mã thủ tục:</th><td>1.001193</td></tr><tr><th>Lĩnh vực:</th><td>Hộ tịch</td></tr><tr><th>Trình tự thực hiện:</th><td>Nộp hồ sơ</td></tr><tr><th>Thành phần hồ sơ:</th><td>Tờ khai</td></tr></table></body></html>`,
	} {
		t.Run(name, func(t *testing.T) {
			px := ExtractPage("https://xa.example/", []byte(body))
			assert.False(t, px.ScriptRendered)
		})
	}
}

// Every fixture portal page, given jQuery in its <head> and <body>, is
// still read as server-rendered.
func TestScriptRenderedFixturePagesWithScripts(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "crawler", "testdata", "portals", "*", "*.htm*"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		s := string(b)
		s = strings.Replace(s, "</head>", `<script src="/js/jquery.min.js"></script><script defer src="/js/app.js"></script></head>`, 1)
		s = strings.Replace(s, "</body>", `<script>$(document).ready(function(){});</script></body>`, 1)
		px := ExtractPage("https://fixture.example/"+filepath.Base(f), []byte(s))
		assert.False(t, px.ScriptRendered, f)
	}
}
