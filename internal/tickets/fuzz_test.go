package tickets

import (
	"io"
	"mime"
	"mime/quotedprintable"
	"net/mail"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func FuzzSplitContact(f *testing.F) {
	for _, s := range []string{"", "a@b.vn", "a@b.vn, c@d.vn; A@B.vn", " ;,; ", "Phòng CNTT <cntt@x.gov.vn>", "a@b\n\tc@d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		seen := map[string]bool{}
		for _, a := range SplitContact(s) {
			if a == "" || strings.ContainsAny(a, ",; \t\n") {
				t.Fatalf("SplitContact(%q) gave %q", s, a)
			}
			if seen[strings.ToLower(a)] {
				t.Fatalf("SplitContact(%q) repeats %q", s, a)
			}
			seen[strings.ToLower(a)] = true
		}
	})
}

// FuzzMessage checks that any subject and body make a message that parses
// back to the same text, with no header injected by a line break.
func FuzzMessage(f *testing.F) {
	f.Add("[tthcaudit] UBND xã Lương Phi: 2 thủ tục mới thiếu", "Kính gửi,\n\nThủ tục còn thiếu:\n  - 1.010801\n.\n")
	f.Add("plain ascii", "=== equals and dots\r\n.\r\n")
	f.Add("x\r\nBcc: evil@example.com", "body")
	f.Fuzz(func(t *testing.T, subject, body string) {
		if !utf8.ValidString(subject) || !utf8.ValidString(body) {
			return
		}
		msg, err := Message("tthc@example.gov.vn", []string{"cntt@example.gov.vn"}, subject, body, time.Unix(0, 0))
		if err != nil {
			t.Fatal(err)
		}
		pm, err := mail.ReadMessage(strings.NewReader(string(msg)))
		if err != nil {
			t.Fatalf("unparseable message: %v\n%s", err, msg)
		}
		if len(pm.Header["Bcc"]) > 0 || len(pm.Header["Subject"]) != 1 {
			t.Fatalf("header injected: %v", pm.Header)
		}
		got, err := new(mime.WordDecoder).DecodeHeader(pm.Header.Get("Subject"))
		if err != nil {
			t.Fatal(err)
		}
		// A header value's outer spaces are not part of it.
		if strings.TrimSpace(got) != strings.TrimSpace(subject) {
			t.Fatalf("subject %q read back as %q", subject, got)
		}
		b, err := io.ReadAll(quotedprintable.NewReader(pm.Body))
		if err != nil {
			t.Fatal(err)
		}
		want := crlf(body) + "\r\n"
		if string(b) != want {
			t.Fatalf("body %q read back as %q", want, b)
		}
	})
}
