package tickets

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/redact"
)

// PayloadSchema names the webhook's JSON body.
const PayloadSchema = "tthcaudit.ticket-events/v1"

// Payload is the JSON body POSTed to the webhook: the ticket events of one
// audit (and any left undelivered by earlier ones). Each event carries its
// id, so a receiver can tell one it has already seen.
type Payload struct {
	Schema  string    `json:"schema"`
	AuditID int64     `json:"audit_id"`
	SentAt  time.Time `json:"sent_at"`
	Opened  int       `json:"opened"`
	// Resolved counts resolved events; Reopened counts tickets opened again.
	Resolved int     `json:"resolved"`
	Reopened int     `json:"reopened"`
	Events   []Event `json:"events"`
}

// NewPayload builds the body for events.
func NewPayload(auditID int64, events []Event, now time.Time) Payload {
	p := Payload{Schema: PayloadSchema, AuditID: auditID, SentAt: now, Events: events}
	if p.Events == nil {
		p.Events = []Event{}
	}
	for _, e := range events {
		switch e.Kind {
		case EventOpened:
			p.Opened++
		case EventResolved:
			p.Resolved++
		case EventReopened:
			p.Reopened++
		}
	}
	return p
}

// Webhook defaults.
const (
	DefaultWebhookTimeout = 10 * time.Second
	DefaultWebhookRetries = 3
	DefaultWebhookBackoff = time.Second
)

// Webhook POSTs ticket events as JSON to a URL, retrying a bounded number of
// times with doubling pauses.
type Webhook struct {
	URL string
	// Timeout bounds one attempt (DefaultWebhookTimeout when 0).
	Timeout time.Duration
	// Retries is how many times a failed attempt is tried again (negative:
	// none; 0: DefaultWebhookRetries).
	Retries int
	// Backoff is the pause before the first retry, doubled each time
	// (DefaultWebhookBackoff when 0).
	Backoff time.Duration
	// Client sends the requests (http.DefaultClient when nil).
	Client *http.Client
	// UserAgent names the sender.
	UserAgent string
}

// permanentError is an answer that retrying will not change (a 4xx other
// than 408 and 429).
type permanentError struct{ error }

// Send POSTs p until the receiver answers 2xx or the attempts run out. It
// returns nil only when the receiver accepted the body; the error names the
// URL and the last answer.
func (w *Webhook) Send(ctx context.Context, p Payload) error {
	body, err := json.Marshal(p)
	if err != nil {
		return err
	}
	retries := w.Retries
	switch {
	case retries == 0:
		retries = DefaultWebhookRetries
	case retries < 0:
		retries = 0
	}
	pause := w.Backoff
	if pause <= 0 {
		pause = DefaultWebhookBackoff
	}
	var last error
	for attempt := 0; attempt <= retries; attempt++ {
		if attempt > 0 {
			t := time.NewTimer(pause)
			select {
			case <-ctx.Done():
				t.Stop()
				return fmt.Errorf("webhook %s: %w (last try: %v)", redact.URL(w.URL), ctx.Err(), last)
			case <-t.C:
			}
			pause *= 2
		}
		last = w.post(ctx, body)
		if last == nil {
			return nil
		}
		var perm permanentError
		if errors.As(last, &perm) {
			break
		}
	}
	return fmt.Errorf("webhook %s: not delivered after %d tries: %w", redact.URL(w.URL), retries+1, last)
}

func (w *Webhook) post(ctx context.Context, body []byte) error {
	timeout := w.Timeout
	if timeout <= 0 {
		timeout = DefaultWebhookTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.URL, bytes.NewReader(body))
	if err != nil {
		// The parse error quotes the URL.
		return permanentError{errors.New(redact.Text(err.Error()))}
	}
	req.Header.Set("Content-Type", "application/json; charset=utf-8")
	if w.UserAgent != "" {
		req.Header.Set("User-Agent", w.UserAgent)
	}
	client := w.Client
	if client == nil {
		client = http.DefaultClient
	}
	resp, err := client.Do(req)
	if err != nil {
		// The client's error names the URL with its query.
		var ue *url.Error
		if errors.As(err, &ue) {
			ue.URL = redact.URL(ue.URL)
		}
		return err
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode >= 200 && resp.StatusCode < 300 {
		return nil
	}
	err = fmt.Errorf("the receiver answered %s", resp.Status)
	if resp.StatusCode >= 400 && resp.StatusCode < 500 && resp.StatusCode != http.StatusRequestTimeout && resp.StatusCode != http.StatusTooManyRequests {
		return permanentError{err}
	}
	return err
}
