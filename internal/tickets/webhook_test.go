package tickets

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// receiver is a webhook endpoint that answers the first fail requests with
// 503 and records the bodies it accepted.
type receiver struct {
	mu       sync.Mutex
	fail     int
	tries    int
	accepted []Payload
}

func (r *receiver) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.tries++
	if r.tries <= r.fail {
		http.Error(w, "busy", http.StatusServiceUnavailable)
		return
	}
	var p Payload
	body, _ := io.ReadAll(req.Body)
	if err := json.Unmarshal(body, &p); err != nil || req.Header.Get("Content-Type") != "application/json; charset=utf-8" {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	r.accepted = append(r.accepted, p)
}

func TestWebhookRetriesThenDelivers(t *testing.T) {
	rc := &receiver{fail: 1}
	srv := httptest.NewServer(rc)
	defer srv.Close()
	now := time.Date(2026, 11, 2, 8, 0, 0, 0, time.UTC)
	events := []Event{{ID: 1, Kind: EventOpened, Ticket: Ticket{ID: "a/1.000001"}}, {ID: 2, Kind: EventResolved, Ticket: Ticket{ID: "a/1.000002"}}}
	w := &Webhook{URL: srv.URL, Retries: 2, Backoff: time.Millisecond, Client: srv.Client()}
	require.NoError(t, w.Send(context.Background(), NewPayload(7, events, now)))
	assert.Equal(t, 2, rc.tries)
	require.Len(t, rc.accepted, 1)
	p := rc.accepted[0]
	assert.Equal(t, PayloadSchema, p.Schema)
	assert.Equal(t, int64(7), p.AuditID)
	assert.Equal(t, 1, p.Opened)
	assert.Equal(t, 1, p.Resolved)
	assert.Len(t, p.Events, 2)
}

func TestWebhookGivesUp(t *testing.T) {
	for _, tc := range []struct {
		name      string
		status    int
		wantTries int
	}{
		{"server error is retried", http.StatusBadGateway, 3},
		{"client error is not", http.StatusNotFound, 1},
		{"too many requests is", http.StatusTooManyRequests, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tries := 0
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				tries++
				w.WriteHeader(tc.status)
			}))
			defer srv.Close()
			w := &Webhook{URL: srv.URL, Retries: 2, Backoff: time.Millisecond}
			err := w.Send(context.Background(), NewPayload(1, nil, time.Now()))
			require.Error(t, err)
			assert.Contains(t, err.Error(), srv.URL)
			assert.Equal(t, tc.wantTries, tries)
		})
	}
}

func TestWebhookTimeout(t *testing.T) {
	block := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-block:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(block)
	w := &Webhook{URL: srv.URL, Retries: -1, Timeout: 50 * time.Millisecond}
	// The server never answers: only the webhook's own timeout ends Send.
	require.Error(t, w.Send(context.Background(), NewPayload(1, nil, time.Now())))
}
