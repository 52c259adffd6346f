package dvcqg

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/retryafter"
)

// DefaultBase is the national public-service portal.
const DefaultBase = "https://dichvucong.gov.vn"

// The API's paths.
const (
	ListPath   = "/api/v1/submitting/formality/list-all-public-formality-by-citizen"
	DetailPath = "/api/v1/configuring/formality/get-formality-by-citizen"
)

// Limits of politeness.
const (
	// MaxInFlight is the most requests in flight at once, whatever Options say.
	MaxInFlight = 4
	// MaxPageSize is the largest list page the API serves.
	MaxPageSize = 200
	// maxRetryAfter caps a Retry-After the client is willing to wait.
	maxRetryAfter = 10 * time.Minute
	// maxBody caps an answer's body.
	maxBody = 16 << 20
)

// Options tune Fetch. The zero value of a field means its default.
type Options struct {
	// Base is the portal's address (DefaultBase).
	Base string
	// Department narrows the list to one department's code ("" all).
	Department string
	// HTTP is the client (a client with a 30 s timeout).
	HTTP *http.Client
	// InFlight is how many requests may be in flight (MaxInFlight, and
	// never more).
	InFlight int
	// Pause is the pause a worker takes after each request (250 ms).
	Pause time.Duration
	// Retries is how many times a failed request is tried again (5).
	Retries int
	// PageSize is the list's page size (MaxPageSize, and never more).
	PageSize int
	// StatePath is the state file that makes a fetch resumable ("": none).
	// It is removed by the caller once the catalogue is written.
	StatePath string
	// Progress, when set, hears of every record read.
	Progress func(Progress)
	// Sleep waits d or until ctx ends (a timer; tests give a fake clock).
	Sleep func(ctx context.Context, d time.Duration) error
	// Now is the clock for Retry-After dates (time.Now).
	Now func() time.Time
	// UserAgent names the client.
	UserAgent string
}

// Progress is where a fetch is.
type Progress struct {
	// Phase is "list" or "detail".
	Phase string
	// Done of Total (Total is 0 while the list is read).
	Done, Total int
	// Resumed are the records a state file already held.
	Resumed int
}

// SourceError is the source failing after every retry.
type SourceError struct {
	URL    string
	Status int // 0: no answer
	Err    error
}

func (e *SourceError) Error() string {
	if e.Status != 0 {
		return fmt.Sprintf("%s: HTTP %d", e.URL, e.Status)
	}
	return fmt.Sprintf("%s: %v", e.URL, e.Err)
}

func (e *SourceError) Unwrap() error { return e.Err }

// Result is a fetch's outcome.
type Result struct {
	// Records in code order.
	Records []Record
	// Requests made (retries included), and those a state file spared.
	Requests int
	Resumed  int
}

type fetcher struct {
	o     Options
	sem   chan struct{}
	state *state

	mu       sync.Mutex
	requests int
}

func (o *Options) defaults() {
	if o.Base == "" {
		o.Base = DefaultBase
	}
	o.Base = strings.TrimRight(o.Base, "/")
	if o.HTTP == nil {
		o.HTTP = &http.Client{Timeout: 30 * time.Second}
	}
	if o.InFlight <= 0 || o.InFlight > MaxInFlight {
		o.InFlight = MaxInFlight
	}
	if o.Pause <= 0 {
		o.Pause = 250 * time.Millisecond
	}
	if o.Retries <= 0 {
		o.Retries = 5
	}
	if o.PageSize <= 0 || o.PageSize > MaxPageSize {
		o.PageSize = MaxPageSize
	}
	if o.Sleep == nil {
		o.Sleep = sleep
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.UserAgent == "" {
		o.UserAgent = "tthcaudit (+https://github.com/tthcaudit/tthcaudit)"
	}
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Fetch reads the list, then every record's detail.
func Fetch(ctx context.Context, o Options) (*Result, error) {
	o.defaults()
	st, err := openState(o.StatePath, o.Base, o.Department)
	if err != nil {
		return nil, err
	}
	defer st.close()
	f := &fetcher{o: o, sem: make(chan struct{}, o.InFlight), state: st}
	items, err := f.list(ctx)
	if err != nil {
		return nil, err
	}
	recs, err := f.details(ctx, items)
	if err != nil {
		return nil, err
	}
	sort.SliceStable(recs, func(i, j int) bool {
		if recs[i].Code != recs[j].Code {
			return recs[i].Code < recs[j].Code
		}
		return recs[i].ID < recs[j].ID
	})
	return &Result{Records: recs, Requests: f.requests, Resumed: len(st.records)}, nil
}

type listBody struct {
	Limit          int    `json:"limit"`
	LastID         string `json:"lastId"`
	Q              string `json:"q"`
	CategoryID     string `json:"categoryId"`
	DepartmentCode string `json:"departmentCode"`
}

type listAnswer struct {
	Data struct {
		Items  []Item `json:"items"`
		LastID string `json:"lastId"`
	} `json:"data"`
}

// list reads the list by cursor, from where the state file left it.
func (f *fetcher) list(ctx context.Context) ([]Item, error) {
	items, cursor, done := f.state.listSoFar()
	seen := map[string]bool{}
	for _, it := range items {
		seen[it.ID] = true
	}
	for !done {
		var a listAnswer
		body := listBody{Limit: f.o.PageSize, LastID: cursor, DepartmentCode: f.o.Department}
		if err := f.post(ctx, ListPath, body, &a); err != nil {
			return nil, err
		}
		var page []Item
		for _, it := range a.Data.Items {
			if it.ID == "" || seen[it.ID] {
				continue
			}
			seen[it.ID] = true
			page = append(page, it)
		}
		items = append(items, page...)
		next := a.Data.LastID
		done = len(a.Data.Items) == 0 || next == "" || next == cursor
		if err := f.state.page(page, next, done); err != nil {
			return nil, err
		}
		cursor = next
		f.progress(Progress{Phase: "list", Done: len(items)})
	}
	return items, nil
}

type detailAnswer struct {
	Code    string          `json:"code"`
	Data    json.RawMessage `json:"data"`
	Message string          `json:"message"`
}

// details reads every item's record with InFlight workers, skipping those
// the state file holds.
func (f *fetcher) details(ctx context.Context, items []Item) ([]Record, error) {
	var out []Record
	var todo []Item
	for _, it := range items {
		if r, ok := f.state.records[it.ID]; ok {
			out = append(out, r)
		} else {
			todo = append(todo, it)
		}
	}
	total, resumed := len(items), len(out)
	f.progress(Progress{Phase: "detail", Done: len(out), Total: total, Resumed: resumed})
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan Item)
	var (
		mu       sync.Mutex
		firstErr error
		wg       sync.WaitGroup
	)
	for range f.o.InFlight {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range jobs {
				r, err := f.detail(ctx, it)
				mu.Lock()
				if err != nil {
					if firstErr == nil {
						firstErr = err
						cancel()
					}
					mu.Unlock()
					continue
				}
				out = append(out, r)
				p := Progress{Phase: "detail", Done: len(out), Total: total, Resumed: resumed}
				mu.Unlock()
				f.progress(p)
			}
		}()
	}
feed:
	for _, it := range todo {
		select {
		case jobs <- it:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

func (f *fetcher) detail(ctx context.Context, it Item) (Record, error) {
	var a detailAnswer
	if err := f.post(ctx, DetailPath, map[string]string{"id": it.ID}, &a); err != nil {
		return Record{}, err
	}
	if a.Code != "" && a.Code != "OK" || len(a.Data) == 0 || string(a.Data) == "null" {
		return Record{}, &SourceError{URL: f.o.Base + DetailPath + " id=" + it.ID,
			Err: fmt.Errorf("answer %q: %s", a.Code, a.Message)}
	}
	r, err := ParseDetail(a.Data, &it)
	if err != nil {
		return Record{}, &SourceError{URL: f.o.Base + DetailPath + " id=" + it.ID, Err: err}
	}
	if err := f.state.record(r); err != nil {
		return Record{}, err
	}
	return r, nil
}

func (f *fetcher) progress(p Progress) {
	if f.o.Progress != nil {
		f.o.Progress(p)
	}
}

// retryable reports whether an answer's status is worth another try.
func retryable(status int) bool {
	return status == http.StatusTooManyRequests || status >= 500
}

// post sends one JSON request, with retries, and decodes the answer.
func (f *fetcher) post(ctx context.Context, path string, body, into any) error {
	url := f.o.Base + path
	payload, err := json.Marshal(body)
	if err != nil {
		return err
	}
	var last *SourceError
	for attempt := 0; attempt <= f.o.Retries; attempt++ {
		wait, data, serr := f.once(ctx, url, payload, attempt)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if serr == nil {
			if err := json.Unmarshal(data, into); err != nil {
				return &SourceError{URL: url, Err: fmt.Errorf("unreadable answer: %w", err)}
			}
			return nil
		}
		last = serr
		if wait < 0 {
			break // not worth another try
		}
		if attempt < f.o.Retries {
			if err := f.o.Sleep(ctx, wait); err != nil {
				return err
			}
		}
	}
	return last
}

// once makes one request under the in-flight limit, then pauses. On a
// failure it returns how long to wait before the next try (negative: do
// not try again).
func (f *fetcher) once(ctx context.Context, url string, payload []byte, attempt int) (time.Duration, []byte, *SourceError) {
	select {
	case f.sem <- struct{}{}:
	case <-ctx.Done():
		return -1, nil, &SourceError{URL: url, Err: ctx.Err()}
	}
	defer func() {
		<-f.sem
		// The pause keeps the worker's next request away, not the others'.
		_ = f.o.Sleep(ctx, f.o.Pause)
	}()
	f.mu.Lock()
	f.requests++
	f.mu.Unlock()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(payload))
	if err != nil {
		return -1, nil, &SourceError{URL: url, Err: err}
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", f.o.UserAgent)
	resp, err := f.o.HTTP.Do(req)
	if err != nil {
		return backoff(attempt), nil, &SourceError{URL: url, Err: err}
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxBody))
	if resp.StatusCode != http.StatusOK {
		serr := &SourceError{URL: url, Status: resp.StatusCode}
		if !retryable(resp.StatusCode) {
			return -1, nil, serr
		}
		if d, ok := retryafter.Parse(resp.Header.Get("Retry-After"), f.o.Now(), maxRetryAfter); ok {
			return d, nil, serr
		}
		return backoff(attempt), nil, serr
	}
	if err != nil {
		return backoff(attempt), nil, &SourceError{URL: url, Err: err}
	}
	return 0, data, nil
}

// backoff is the wait before try attempt+1 when the server does not say.
func backoff(attempt int) time.Duration {
	d := time.Second << attempt
	if d > 30*time.Second || d <= 0 {
		d = 30 * time.Second
	}
	return d
}

// IsSource reports whether err is the source failing (exit 2).
func IsSource(err error) bool {
	var s *SourceError
	return errors.As(err, &s)
}
