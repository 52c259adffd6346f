package audit

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/tthcaudit/tthcaudit/internal/crawler"
	"github.com/tthcaudit/tthcaudit/internal/msg"
)

// lockedBuf is a buffer the heartbeat goroutine and the test share.
type lockedBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuf) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuf) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestProgressHeartbeat: a portal that hangs still gets a line every few
// seconds, with what runs, the elapsed and (once a portal is done) the
// remaining time. synctest's clock makes the seconds exact.
func TestProgressHeartbeat(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var out lockedBuf
		p := newProgress(&out, msg.Vietnamese, 2)
		p.begin(5000)
		p.pages("tri-ton")(3)
		p.pages("thoai-son")(7)
		time.Sleep(11 * time.Second) // two heartbeats, nothing else happens
		p.done("thoai-son", &crawler.Result{Stats: crawler.Stats{Pages: 7}})
		time.Sleep(5 * time.Second)
		p.end()

		lines := strings.Split(strings.TrimSpace(out.String()), "\n")
		assert.Equal(t, "Bắt đầu kiểm tra 2 cổng (tối đa 5.000 trang mỗi cổng).", lines[0])
		assert.Contains(t, out.String(), "… 0/2 cổng xong, 10 trang, đã chạy 5s · đang quét: thoai-son (7), tri-ton (3)")
		assert.Contains(t, out.String(), "… 0/2 cổng xong, 10 trang, đã chạy 10s")
		assert.Contains(t, out.String(), "thoai-son: xong, 7 trang (1/2 cổng)")
		assert.Contains(t, out.String(), "… 1/2 cổng xong, 10 trang, đã chạy 15s · còn khoảng 15s · đang quét: tri-ton (3)")
	})
}
