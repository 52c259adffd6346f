// Package deps pins the project's libraries in go.mod while the packages
// that use them are being written; remove it once each is imported for real.
package deps

import (
	_ "github.com/PuerkitoBio/goquery"
	_ "github.com/chromedp/chromedp"
	_ "github.com/gocolly/colly/v2"
	_ "github.com/hbollon/go-edlib"
	_ "github.com/jedib0t/go-pretty/v6/table"
	_ "github.com/nlnwa/gowarc/v3"
	_ "github.com/stretchr/testify/require"
	_ "github.com/xuri/excelize/v2"
	_ "go.yaml.in/yaml/v3"
	_ "golang.org/x/net/html/charset"
	_ "golang.org/x/text/encoding/charmap"
	_ "modernc.org/sqlite"
)
