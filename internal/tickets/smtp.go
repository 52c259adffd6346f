package tickets

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/tls"
	"encoding/hex"
	"fmt"
	"mime"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"net/smtp"
	"os"
	"strings"
	"time"
)

// DefaultSMTPTimeout bounds one whole mail exchange.
const DefaultSMTPTimeout = 30 * time.Second

// Mailer sends mail through an SMTP server with net/smtp: STARTTLS when the
// server offers it, PLAIN authentication when a user name is set.
type Mailer struct {
	// Addr is the server, host:port.
	Addr string
	// From is the sender's address, optionally with a name
	// ("Sở Nội vụ <tthc@example.gov.vn>").
	From     string
	Username string
	Password string
	// Timeout bounds one exchange (DefaultSMTPTimeout when 0).
	Timeout time.Duration
	// TLSConfig is used for STARTTLS (nil: verify the server's host name).
	TLSConfig *tls.Config
	// Dial opens the connection (net.Dialer when nil), for tests.
	Dial func(ctx context.Context, network, addr string) (net.Conn, error)
}

// SendDigest mails one digest.
func (m *Mailer) SendDigest(ctx context.Context, d Digest) error {
	msg, err := Message(m.From, d.To, d.Subject(), d.Body(), d.At)
	if err != nil {
		return err
	}
	return m.Send(ctx, d.To, msg)
}

// Send delivers one prepared message to the recipients.
func (m *Mailer) Send(ctx context.Context, to []string, msg []byte) error {
	from, err := mail.ParseAddress(m.From)
	if err != nil {
		return fmt.Errorf("smtp.from %q is not an e-mail address: %w", m.From, err)
	}
	timeout := m.Timeout
	if timeout <= 0 {
		timeout = DefaultSMTPTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	dial := m.Dial
	if dial == nil {
		dial = (&net.Dialer{}).DialContext
	}
	conn, err := dial(ctx, "tcp", m.Addr)
	if err != nil {
		return fmt.Errorf("smtp %s: %w", m.Addr, err)
	}
	defer conn.Close()
	if dl, ok := ctx.Deadline(); ok {
		_ = conn.SetDeadline(dl)
	}
	host, _, _ := net.SplitHostPort(m.Addr)
	c, err := smtp.NewClient(conn, host)
	if err != nil {
		return fmt.Errorf("smtp %s: %w", m.Addr, err)
	}
	defer c.Close()
	if err := c.Hello(localName()); err != nil {
		return fmt.Errorf("smtp %s: EHLO: %w", m.Addr, err)
	}
	if ok, _ := c.Extension("STARTTLS"); ok {
		cfg := m.TLSConfig
		if cfg == nil {
			cfg = &tls.Config{ServerName: host}
		}
		if err := c.StartTLS(cfg); err != nil {
			return fmt.Errorf("smtp %s: STARTTLS: %w", m.Addr, err)
		}
	}
	if m.Username != "" {
		if err := c.Auth(smtp.PlainAuth("", m.Username, m.Password, host)); err != nil {
			return fmt.Errorf("smtp %s: login as %s: %w", m.Addr, m.Username, err)
		}
	}
	if err := c.Mail(from.Address); err != nil {
		return fmt.Errorf("smtp %s: MAIL FROM %s: %w", m.Addr, from.Address, err)
	}
	for _, r := range to {
		a, err := mail.ParseAddress(r)
		if err != nil {
			return fmt.Errorf("contact %q is not an e-mail address: %w", r, err)
		}
		if err := c.Rcpt(a.Address); err != nil {
			return fmt.Errorf("smtp %s: RCPT TO %s: %w", m.Addr, a.Address, err)
		}
	}
	w, err := c.Data()
	if err != nil {
		return fmt.Errorf("smtp %s: DATA: %w", m.Addr, err)
	}
	if _, err := w.Write(msg); err != nil {
		return fmt.Errorf("smtp %s: sending the message: %w", m.Addr, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("smtp %s: the server refused the message: %w", m.Addr, err)
	}
	return c.Quit()
}

// localName is the name given in EHLO: the machine's name when it is a
// plausible host name, else "localhost".
func localName() string {
	h, err := os.Hostname()
	if err != nil || h == "" || strings.ContainsAny(h, " \t\r\n") {
		return "localhost"
	}
	return h
}

// Message builds a UTF-8 plain-text MIME message: the subject and any
// display names encoded per RFC 2047, the body quoted-printable, CRLF line
// ends.
func Message(from string, to []string, subject, body string, date time.Time) ([]byte, error) {
	f, err := mail.ParseAddress(from)
	if err != nil {
		return nil, fmt.Errorf("smtp.from %q is not an e-mail address: %w", from, err)
	}
	var rcpts []string
	for _, r := range to {
		a, err := mail.ParseAddress(r)
		if err != nil {
			return nil, fmt.Errorf("contact %q is not an e-mail address: %w", r, err)
		}
		rcpts = append(rcpts, a.String())
	}
	var id [12]byte
	_, _ = rand.Read(id[:])
	var b bytes.Buffer
	h := func(k, v string) { fmt.Fprintf(&b, "%s: %s\r\n", k, v) }
	h("From", f.String())
	h("To", strings.Join(rcpts, ", "))
	h("Subject", mime.BEncoding.Encode("UTF-8", subject))
	h("Date", date.Format(time.RFC1123Z))
	h("Message-ID", fmt.Sprintf("<%s.tthcaudit@%s>", hex.EncodeToString(id[:]), domainOf(f.Address)))
	h("MIME-Version", "1.0")
	h("Content-Type", `text/plain; charset="UTF-8"`)
	h("Content-Transfer-Encoding", "quoted-printable")
	h("Auto-Submitted", "auto-generated")
	b.WriteString("\r\n")
	qp := quotedprintable.NewWriter(&b)
	if _, err := qp.Write([]byte(crlf(body))); err != nil {
		return nil, err
	}
	if err := qp.Close(); err != nil {
		return nil, err
	}
	b.WriteString("\r\n")
	return b.Bytes(), nil
}

func domainOf(addr string) string {
	if i := strings.LastIndexByte(addr, '@'); i >= 0 {
		return addr[i+1:]
	}
	return "localhost"
}

// crlf gives every line break, whatever its kind, the CRLF that mail needs.
func crlf(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.ReplaceAll(s, "\n", "\r\n")
}
