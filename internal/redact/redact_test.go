package redact

import (
	"bytes"
	"errors"
	"log/slog"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestURL(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"https://hooks.tinh.gov.vn/events", "https://hooks.tinh.gov.vn/events"},
		{"https://bot:S3CRET@hooks.tinh.gov.vn/events", "https://***@hooks.tinh.gov.vn/events"},
		{"https://S3CRET@hooks.tinh.gov.vn/", "https://***@hooks.tinh.gov.vn/"},
		{"https://hooks.tinh.gov.vn/e?key=S3CRET&room=7", "https://hooks.tinh.gov.vn/e?key=***&room=***"},
		{"https://hooks.tinh.gov.vn/e?S3CRET", "https://hooks.tinh.gov.vn/e?***"},
		{"https://hooks.tinh.gov.vn/e#access_token=S3CRET", "https://hooks.tinh.gov.vn/e#***"},
		{"https://u:p@h.vn:8443/x?a=1;b=2", "https://***@h.vn:8443/x?a=***&b=***"},
		{"not a url?key=S3CRET", "not a url?***"},
		{"http://u:S3CRET@[bad/x", "http://***@[bad/x"},
	} {
		got := URL(tc.in)
		assert.Equal(t, tc.want, got, tc.in)
		assert.NotContains(t, got, "S3CRET")
	}
}

func TestText(t *testing.T) {
	in := `webhook https://bot:S3CRET@h.vn/e?key=S3CRET: Post "https://bot@h.vn/e?key=S3CRET": dial tcp: refused. See http://x.vn/a?t=S3CRET.`
	got := Text(in)
	assert.NotContains(t, got, "S3CRET")
	assert.Equal(t, `webhook https://***@h.vn/e?key=***: Post "https://***@h.vn/e?key=***": dial tcp: refused. See http://x.vn/a?t=***.`, got)
	assert.Equal(t, "no url here", Text("no url here"))
}

func TestHandler(t *testing.T) {
	var buf bytes.Buffer
	l := slog.New(Handler(slog.NewTextHandler(&buf, nil))).With("hook", "https://u:S3CRET@h.vn/")
	l.Info("sending to https://h.vn/?key=S3CRET", "err", errors.New(`Post "https://h.vn/?key=S3CRET": EOF`),
		slog.Group("g", "u", "https://h.vn/?key=S3CRET"), "n", 3)
	assert.NotContains(t, buf.String(), "S3CRET")
	assert.Contains(t, buf.String(), "n=3")
	assert.Contains(t, buf.String(), "key=***")
}
