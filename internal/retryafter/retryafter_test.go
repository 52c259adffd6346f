package retryafter

import (
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestParse(t *testing.T) {
	now := time.Date(2026, 12, 4, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"3", 3 * time.Second, true},
		{" 3 ", 3 * time.Second, true},
		{"86400", time.Minute, true}, // capped
		{now.Add(10 * time.Second).Format(http.TimeFormat), 10 * time.Second, true},
		{now.Add(-time.Hour).Format(http.TimeFormat), 0, true}, // a date past
		{"-5", 0, true},
		{"soon", 0, false},
		{"", 0, false},
	}
	for _, tc := range tests {
		d, ok := Parse(tc.in, now, time.Minute)
		assert.Equal(t, tc.want, d, tc.in)
		assert.Equal(t, tc.ok, ok, tc.in)
	}
}
