package tickets

import (
	"context"
	"io"
	"mime"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/tickets/smtptest"
)

func TestSMTPDigestIsReadableVietnamese(t *testing.T) {
	srv, err := smtptest.Start()
	require.NoError(t, err)
	defer srv.Close()
	at := time.Date(2026, 11, 2, 8, 0, 0, 0, time.FixedZone("+07", 7*3600))
	contact := "cntt@triton.example.gov.vn; vanthu@triton.example.gov.vn"
	tk := func(code, name, status string) Ticket {
		return Ticket{ID: ID("tri-ton", code), Portal: "tri-ton", Code: code, Name: name, Status: status, OpenedAt: at, Contact: contact}
	}
	events := []Event{
		{ID: 1, Kind: EventOpened, Ticket: tk("1.002519", "Giải quyết chế độ ưu đãi đối với người hoạt động kháng chiến", Open)},
		{ID: 2, Kind: EventResolved, Ticket: tk("1.010801", "Cấp giấy xác nhận thân nhân liệt sĩ", Resolved)},
		{ID: 3, Kind: EventOpened, Ticket: Ticket{ID: "no-contact/1.000001", Portal: "no-contact", Code: "1.000001", Status: Open}},
	}
	all := []Ticket{events[0].Ticket, events[1].Ticket, tk("1.000003", "Đính chính thông tin trên bia mộ liệt sĩ", Open)}
	ds := Digests(events, all, map[string]string{"tri-ton": "UBND huyện Tri Tôn"}, at)
	require.Len(t, ds, 1, "one mail per contact; a portal without contact gets none")
	d := ds[0]
	assert.Equal(t, []string{"cntt@triton.example.gov.vn", "vanthu@triton.example.gov.vn"}, d.To)
	assert.Len(t, d.Open, 2)

	m := &Mailer{Addr: srv.Addr(), From: "Sở Nội vụ <tthc@sonoivu.example.gov.vn>", Timeout: 5 * time.Second}
	require.NoError(t, m.SendDigest(context.Background(), d))

	msgs := srv.Messages()
	require.Len(t, msgs, 1)
	got := msgs[0]
	assert.Equal(t, "tthc@sonoivu.example.gov.vn", got.From)
	assert.Equal(t, d.To, got.To)

	pm, err := mail.ReadMessage(strings.NewReader(got.Data))
	require.NoError(t, err)
	subj, err := new(mime.WordDecoder).DecodeHeader(pm.Header.Get("Subject"))
	require.NoError(t, err)
	assert.Equal(t, "[tthcaudit] UBND huyện Tri Tôn: 1 thủ tục mới thiếu, 1 đã bổ sung, 2 còn thiếu", subj)
	for _, l := range strings.Split(got.Data[:strings.Index(got.Data, "\r\n\r\n")], "\r\n") {
		for _, r := range l {
			require.Less(t, r, rune(128), "headers are ASCII: %q", l)
		}
	}
	from, err := mail.ParseAddress(pm.Header.Get("From"))
	require.NoError(t, err)
	assert.Equal(t, "Sở Nội vụ", from.Name)
	assert.Equal(t, `text/plain; charset="UTF-8"`, pm.Header.Get("Content-Type"))
	assert.Equal(t, "1.0", pm.Header.Get("MIME-Version"))
	body, err := io.ReadAll(quotedprintable.NewReader(pm.Body))
	require.NoError(t, err)
	text := string(body)
	assert.Contains(t, text, "Thủ tục mới bị thiếu trên cổng (1):")
	assert.Contains(t, text, "[UBND huyện Tri Tôn] 1.002519 Giải quyết chế độ ưu đãi đối với người hoạt động kháng chiến")
	assert.Contains(t, text, "Thủ tục đã được bổ sung (1):")
	assert.Contains(t, text, "Cấp giấy xác nhận thân nhân liệt sĩ")
	assert.Contains(t, text, "Các thủ tục vẫn còn thiếu (2):")
	assert.Contains(t, text, "Đính chính thông tin trên bia mộ liệt sĩ (từ 02/11/2026)")
}

func TestSMTPRefusesBadAddresses(t *testing.T) {
	_, err := Message("not an address", []string{"a@b.example"}, "x", "y", time.Now())
	require.Error(t, err)
	assert.Contains(t, err.Error(), "smtp.from")
	_, err = Message("a@b.example", []string{"chưa có"}, "x", "y", time.Now())
	require.Error(t, err)
	assert.Contains(t, err.Error(), "chưa có")
}

func TestSMTPUnreachableServer(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	ln.Close()
	m := &Mailer{Addr: addr, From: "a@b.example", Timeout: time.Second}
	err = m.Send(context.Background(), []string{"c@d.example"}, []byte("x"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), addr)
}
