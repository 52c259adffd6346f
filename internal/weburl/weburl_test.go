package weburl

import (
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHashRoute(t *testing.T) {
	for in, want := range map[string]string{
		"https://x.example/#/thu-tuc":    "/thu-tuc",
		"https://x.example/#!/tt/1":      "!/tt/1",
		"https://x.example/#/":           "",
		"https://x.example/#top":         "",
		"https://x.example/#section2":    "",
		"https://x.example/thu-tuc":      "",
		"https://x.example/a?b=1#/c/d?e": "/c/d?e",
	} {
		u, err := url.Parse(in)
		require.NoError(t, err)
		assert.Equal(t, want, HashRoute(u), in)
	}
}

func TestCanonicalURL(t *testing.T) {
	base, _ := url.Parse("https://portal.example/thu-tuc/index.html")
	cases := map[string]string{
		"a?b=2&a=1":                             "https://portal.example/thu-tuc/a?a=1&b=2",
		"/x?sid=1&PHPSESSID=2&page=3#frag":      "https://portal.example/x?page=3",
		"/x?ASP.NET_SessionId=abc&utm_source=z": "https://portal.example/x",
		"/x;jsessionid=ABC?id=1":                "https://portal.example/x?id=1",
		"HTTP://Portal.EXAMPLE:80/Y":            "http://portal.example/Y",
		"https://portal.example":                "https://portal.example/",
		"mailto:a@b":                            "",
		"tel:0123":                              "",
		"javascript:void(0)":                    "",
		"#top":                                  "",
		"#section2":                             "",
		"#/thu-tuc":                             "https://portal.example/thu-tuc/index.html#/thu-tuc",
		"/spa/#!/tt/1.001257?x=1":               "https://portal.example/spa/#!/tt/1.001257?x=1",
		"/spa/#/":                               "https://portal.example/spa/",
		"/spa/?b=1&a=2#/linh-vuc/ho-tich":       "https://portal.example/spa/?a=2&b=1#/linh-vuc/ho-tich",
		"ftp://portal.example/x":                "",
		"  /trim  ":                             "https://portal.example/trim",
	}
	for in, want := range cases {
		u := Resolve(base, in)
		got := ""
		if u != nil {
			got = u.String()
		}
		assert.Equal(t, want, got, in)
	}
}
