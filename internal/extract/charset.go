package extract

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// decodeBody returns body as UTF-8, using the charset of the Content-Type
// header, then a BOM, then <meta charset> / http-equiv, as browsers do
// (charset.DetermineEncoding), windows-1258 and the other legacy code pages
// included. A body already valid UTF-8 with no other declaration is
// returned as is, without copying.
func decodeBody(body []byte, contentType string) []byte {
	enc, name, _ := charset.DetermineEncoding(body, contentType)
	if name == "utf-8" {
		if bytes.HasPrefix(body, []byte("\xef\xbb\xbf")) {
			return body[3:]
		}
		return body
	}
	if name == "windows-1252" && utf8.Valid(body) && !declaresCharset(body, contentType) {
		// DetermineEncoding falls back to windows-1252 when nothing is
		// declared; a Vietnamese page that is valid UTF-8 is UTF-8.
		return body
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), body)
	if err != nil {
		return body
	}
	return out
}

// declaresCharset reports whether the header or the first 1024 bytes name
// a charset.
func declaresCharset(body []byte, contentType string) bool {
	if bytes.Contains(bytes.ToLower([]byte(contentType)), []byte("charset")) {
		return true
	}
	head := body
	if len(head) > 1024 {
		head = head[:1024]
	}
	return bytes.Contains(bytes.ToLower(head), []byte("charset"))
}
