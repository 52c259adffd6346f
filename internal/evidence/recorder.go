// Package evidence writes the evidence pack of an audit (tài liệu kiểm chứng):
// a WARC file (ISO 28500) of every response the audit fetched, full-page
// screenshots of the portals' listing pages, and a manifest that links each
// finding to its WARC record and screenshot, with the SHA-256 of every file so
// that Verify can tell a pack that was changed afterwards.
package evidence

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptrace"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	gowarc "github.com/nlnwa/gowarc/v3"
)

// DefaultMaxBody is how much of one response body goes into the WARC; a
// longer body is recorded truncated (WARC-Truncated: length) and still handed
// whole to the caller.
const DefaultMaxBody = 32 << 20

// ScreenshotDir is the pack's folder of screenshots, relative to the pack.
const ScreenshotDir = "screenshots"

// RecordRef points at one WARC record of the pack.
type RecordRef struct {
	// ID is the WARC-Record-ID without angle brackets (urn:uuid:…).
	ID string `json:"id"`
	// Type is the WARC-Type: response, request, resource, conversion.
	Type string `json:"type"`
	// File is the WARC file's name inside the pack; Offset is the record's
	// byte offset in it (in the compressed file).
	File   string `json:"file"`
	Offset int64  `json:"offset"`
	// TargetURI is the record's WARC-Target-URI.
	TargetURI string `json:"target_uri"`
	// Status is the HTTP status of a response record.
	Status int `json:"status,omitempty"`
	// Date is the record's WARC-Date.
	Date time.Time `json:"date"`
}

// Recorder is an http.RoundTripper that records every request and response
// that passes through it into a gzipped WARC file in its folder. It is safe
// for concurrent use.
type Recorder struct {
	dir  string
	base http.RoundTripper
	w    *gowarc.WarcFileWriter
	// MaxBody caps one recorded body (default DefaultMaxBody).
	maxBody int64
	now     func() time.Time

	mu        sync.Mutex
	closed    bool
	responses map[string][]RecordRef // URL → response records, in fetch order
	rendered  map[string]RecordRef   // URL → conversion record of the rendered DOM
	shots     map[string]Screenshot  // URL → screenshot
	files     map[string]bool        // WARC files written
	open      map[*teeBody]bool      // bodies handed out and not closed yet
	errs      []error
}

// Screenshot is one stored screenshot.
type Screenshot struct {
	// Path is the PNG's path inside the pack (screenshots/<hash>.png).
	Path string `json:"path"`
	// Record is the WARC resource record holding the same PNG.
	Record *RecordRef `json:"record,omitempty"`
}

// NewRecorder creates dir if needed and returns a Recorder that sends requests
// through base (http.DefaultTransport when nil) and writes them to a WARC file
// in dir.
func NewRecorder(dir string, base http.RoundTripper) (*Recorder, error) {
	if dir == "" {
		return nil, errors.New("evidence: thư mục tài liệu kiểm chứng trống (empty evidence directory)")
	}
	if err := os.MkdirAll(filepath.Join(dir, ScreenshotDir), 0o755); err != nil {
		return nil, fmt.Errorf("evidence: không tạo được thư mục %s (cannot create the evidence directory): %w", dir, err)
	}
	if base == nil {
		base = http.DefaultTransport
	}
	r := &Recorder{
		dir:       dir,
		base:      base,
		maxBody:   DefaultMaxBody,
		now:       time.Now,
		responses: map[string][]RecordRef{},
		rendered:  map[string]RecordRef{},
		shots:     map[string]Screenshot{},
		files:     map[string]bool{},
	}
	r.w = gowarc.NewWarcFileWriter(
		gowarc.WithFileNameGenerator(&gowarc.PatternNameGenerator{
			Directory: dir,
			Pattern:   "tthcaudit-%{ts}s-%04{serial}d.%{ext}s",
		}),
		gowarc.WithCompression(true),
		gowarc.WithRecordOptions(recordOptions()...),
		gowarc.WithWarcInfoFunc(func(b gowarc.WarcRecordBuilder) error {
			_, err := b.WriteString("software: tthcaudit\r\n" +
				"format: WARC File Format 1.1\r\n" +
				"conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n" +
				"description: tài liệu kiểm chứng công khai thủ tục hành chính (evidence of published administrative procedures)\r\n")
			return err
		}),
	)
	return r, nil
}

// gowarcMu serialises every call into gowarc that builds its options:
// gowarc v3.1.0 calls uuid.EnableRandPool (a write to a global) each time it
// builds record options, in NewRecordBuilder and NewUnmarshaler, also from
// its writer goroutine when it starts a file (the warcinfo record), which is
// a data race between two recorders or a recorder and a reader.
var gowarcMu sync.Mutex

// recordOptions make the builder fill the record id, length and digests.
func recordOptions() []gowarc.WarcRecordOption {
	return []gowarc.WarcRecordOption{
		gowarc.WithAddMissingRecordId(true),
		gowarc.WithAddMissingContentLength(true),
		gowarc.WithAddMissingDigest(true),
		gowarc.WithDefaultDigestAlgorithm("sha256"),
	}
}

// Dir is the pack's folder.
func (r *Recorder) Dir() string { return r.dir }

// RoundTrip sends req through the base transport and records the exchange.
// A transport error is returned as is (nothing was received to record).
func (r *Recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	var reqBody []byte
	if req.Body != nil && req.Body != http.NoBody {
		b, err := io.ReadAll(req.Body)
		req.Body.Close()
		if err != nil {
			return nil, err
		}
		reqBody = b
		req = req.Clone(req.Context())
		req.Body = io.NopCloser(bytes.NewReader(b))
		req.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(b)), nil }
	}
	var remote string
	var remoteMu sync.Mutex
	trace := &httptrace.ClientTrace{GotConn: func(ci httptrace.GotConnInfo) {
		if ci.Conn != nil {
			remoteMu.Lock()
			remote = ci.Conn.RemoteAddr().String()
			remoteMu.Unlock()
		}
	}}
	sent := req.WithContext(httptrace.WithClientTrace(req.Context(), trace))
	started := r.now()
	resp, err := r.base.RoundTrip(sent)
	if err != nil {
		return nil, err
	}
	remoteMu.Lock()
	ip := remote
	remoteMu.Unlock()
	if h, _, e := splitHostPort(ip); e == nil {
		ip = h
	}
	// The exchange is written when the caller closes the body, with what
	// it read: a body the caller drops unread (a file the crawler skips)
	// is not downloaded for the evidence's sake.
	tb := &teeBody{rc: resp.Body, limit: r.maxBody}
	tb.flush = func(body []byte, truncated string) {
		r.untrack(tb)
		if werr := r.writeExchange(req, reqBody, resp, body, truncated, ip, started); werr != nil {
			r.noteErr(werr)
		}
	}
	if !r.track(tb) {
		resp.Body.Close()
		return nil, errors.New("evidence: gói tài liệu đã đóng (the evidence pack is closed)")
	}
	resp.Body = tb
	return resp, nil
}

// track remembers a body not yet closed, so that Close can write it; it
// reports false once the recorder is closed.
func (r *Recorder) track(tb *teeBody) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed {
		return false
	}
	if r.open == nil {
		r.open = map[*teeBody]bool{}
	}
	r.open[tb] = true
	return true
}

func (r *Recorder) untrack(tb *teeBody) {
	r.mu.Lock()
	defer r.mu.Unlock()
	delete(r.open, tb)
}

// teeBody hands the body to the caller and keeps a copy (up to limit) for
// the WARC, written once when the body is closed.
type teeBody struct {
	rc    io.ReadCloser
	limit int64
	flush func(body []byte, truncated string)

	mu     sync.Mutex
	buf    []byte
	over   bool // more than limit bytes
	eof    bool
	failed bool
	done   bool
}

func (b *teeBody) Read(p []byte) (int, error) {
	n, err := b.rc.Read(p)
	b.mu.Lock()
	if n > 0 && !b.done {
		room := b.limit - int64(len(b.buf))
		switch {
		case room >= int64(n):
			b.buf = append(b.buf, p[:n]...)
		default:
			if room > 0 {
				b.buf = append(b.buf, p[:room]...)
			}
			b.over = true
		}
	}
	if err == io.EOF {
		b.eof = true
	} else if err != nil {
		b.failed = true
	}
	b.mu.Unlock()
	return n, err
}

// Close closes the body and writes the exchange with what was read:
// WARC-Truncated says "length" past the cap and "disconnect" when the body
// was not read to its end.
func (b *teeBody) Close() error {
	err := b.rc.Close()
	b.finish()
	return err
}

func (b *teeBody) finish() {
	b.mu.Lock()
	if b.done {
		b.mu.Unlock()
		return
	}
	b.done = true
	truncated := ""
	switch {
	case b.over:
		truncated = "length"
	case !b.eof || b.failed:
		truncated = "disconnect"
	}
	body := b.buf
	b.mu.Unlock()
	b.flush(body, truncated)
}

func splitHostPort(addr string) (string, string, error) {
	i := strings.LastIndexByte(addr, ':')
	if i < 0 {
		return "", "", errors.New("no port")
	}
	return strings.Trim(addr[:i], "[]"), addr[i+1:], nil
}

// writeExchange writes the request and response records, which refer to each
// other (WARC-Concurrent-To).
func (r *Recorder) writeExchange(req *http.Request, reqBody []byte, resp *http.Response, body []byte, truncated string, ip string, at time.Time) error {
	target := req.URL.String()
	reqRec, err := r.build(gowarc.Request, target, "application/http;msgtype=request", at, ip, httpRequestBytes(req, reqBody), nil)
	if err != nil {
		return err
	}
	extra := map[string]string{}
	if truncated != "" {
		extra[gowarc.WarcTruncated] = truncated
	}
	respRec, err := r.build(gowarc.Response, target, "application/http;msgtype=response", at, ip, httpResponseBytes(resp, body), extra)
	if err != nil {
		reqRec.Close()
		return err
	}
	respID := respRec.WarcHeader().GetId(gowarc.WarcRecordID)
	reqID := reqRec.WarcHeader().GetId(gowarc.WarcRecordID)
	respRec.WarcHeader().AddId(gowarc.WarcConcurrentTo, reqID)
	reqRec.WarcHeader().AddId(gowarc.WarcConcurrentTo, respID)
	ref := RecordRef{ID: respID, Type: "response", TargetURI: target, Status: resp.StatusCode, Date: at.UTC().Truncate(time.Second)}
	return r.write([]gowarc.WarcRecord{reqRec, respRec}, func(res []gowarc.WriteResponse) {
		ref.File, ref.Offset = filepath.Base(res[1].FileName), res[1].FileOffset
		r.responses[target] = append(r.responses[target], ref)
	})
}

// build makes one record with the given block; gowarc fills the id, length
// and digests.
func (r *Recorder) build(t gowarc.RecordType, target, contentType string, at time.Time, ip string, block []byte, extra map[string]string) (gowarc.WarcRecord, error) {
	gowarcMu.Lock()
	defer gowarcMu.Unlock()
	b := gowarc.NewRecordBuilder(t, recordOptions()...)
	b.AddWarcHeader(gowarc.WarcTargetURI, target)
	b.AddWarcHeaderTime(gowarc.WarcDate, at)
	b.AddWarcHeader(gowarc.ContentType, contentType)
	if ip != "" {
		b.AddWarcHeader(gowarc.WarcIPAddress, ip)
	}
	keys := make([]string, 0, len(extra))
	for k := range extra {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		b.AddWarcHeader(k, extra[k])
	}
	if _, err := b.Write(block); err != nil {
		b.Close()
		return nil, err
	}
	rec, _, err := b.Build()
	if err != nil {
		return nil, fmt.Errorf("evidence: bản ghi WARC cho %s (WARC record for %s): %w", target, target, err)
	}
	return rec, nil
}

// write hands the records to the WARC writer and, under the lock, lets
// index remember where they landed.
func (r *Recorder) write(recs []gowarc.WarcRecord, index func([]gowarc.WriteResponse)) error {
	r.mu.Lock()
	if r.closed {
		r.mu.Unlock()
		for _, rec := range recs {
			rec.Close()
		}
		return errors.New("evidence: gói tài liệu đã đóng (the evidence pack is closed)")
	}
	r.mu.Unlock()
	gowarcMu.Lock()
	res := r.w.Write(recs...)
	gowarcMu.Unlock()
	if len(res) != len(recs) {
		return errors.New("evidence: trình ghi WARC đã đóng (the WARC writer is closed)")
	}
	for _, x := range res {
		if x.Err != nil {
			return fmt.Errorf("evidence: ghi WARC %s (writing the WARC): %w", x.FileName, x.Err)
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, x := range res {
		r.files[filepath.Base(x.FileName)] = true
	}
	index(res)
	return nil
}

func (r *Recorder) noteErr(err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.errs = append(r.errs, err)
}

// httpRequestBytes renders the request as it went on the wire, as far as the
// client knows it (the transport adds a few headers of its own).
func httpRequestBytes(req *http.Request, body []byte) []byte {
	var b bytes.Buffer
	uri := req.URL.RequestURI()
	fmt.Fprintf(&b, "%s %s HTTP/1.1\r\n", valueOr(req.Method, http.MethodGet), uri)
	host := req.Host
	if host == "" {
		host = req.URL.Host
	}
	fmt.Fprintf(&b, "Host: %s\r\n", host)
	writeHeader(&b, req.Header)
	b.WriteString("\r\n")
	b.Write(body)
	return b.Bytes()
}

// httpResponseBytes renders the response. Go's transport has already removed
// the chunked framing and, when it asked for gzip itself, the compression
// (and then the Content-Encoding and Content-Length headers): the headers
// written match the body written.
func httpResponseBytes(resp *http.Response, body []byte) []byte {
	var b bytes.Buffer
	text := strings.TrimSpace(strings.TrimPrefix(resp.Status, strconv.Itoa(resp.StatusCode)))
	if text == "" {
		text = http.StatusText(resp.StatusCode)
	}
	fmt.Fprintf(&b, "HTTP/1.1 %d %s\r\n", resp.StatusCode, text)
	h := resp.Header.Clone()
	if h == nil {
		h = http.Header{}
	}
	h.Del("Transfer-Encoding")
	if h.Get("Content-Length") != "" || resp.Uncompressed {
		h.Set("Content-Length", strconv.Itoa(len(body)))
	}
	writeHeader(&b, h)
	b.WriteString("\r\n")
	b.Write(body)
	return b.Bytes()
}

func writeHeader(b *bytes.Buffer, h http.Header) {
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if strings.EqualFold(k, "Host") {
			continue
		}
		for _, v := range h[k] {
			v = strings.NewReplacer("\r", " ", "\n", " ").Replace(v)
			fmt.Fprintf(b, "%s: %s\r\n", k, v)
		}
	}
}

func valueOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// AddScreenshot stores png under screenshots/ (named from a hash of url) and
// as a WARC resource record whose target is "urn:screenshot:" + url. Its
// signature fits render.Options.OnScreenshot; failures are kept and returned
// by WriteManifest and Close.
func (r *Recorder) AddScreenshot(url string, png []byte) {
	if err := r.addScreenshot(url, png); err != nil {
		r.noteErr(err)
	}
}

func (r *Recorder) addScreenshot(url string, png []byte) error {
	rel := filepath.ToSlash(filepath.Join(ScreenshotDir, urlHash(url)+".png"))
	if err := writeFileAtomic(filepath.Join(r.dir, rel), png); err != nil {
		return fmt.Errorf("evidence: lưu ảnh chụp %s (saving the screenshot of %s): %w", rel, url, err)
	}
	shot := Screenshot{Path: rel}
	at := r.now()
	rec, err := r.build(gowarc.Resource, "urn:screenshot:"+url, "image/png", at, "", png, nil)
	if err != nil {
		return err
	}
	ref := RecordRef{ID: rec.WarcHeader().GetId(gowarc.WarcRecordID), Type: "resource", TargetURI: "urn:screenshot:" + url, Date: at.UTC().Truncate(time.Second)}
	return r.write([]gowarc.WarcRecord{rec}, func(res []gowarc.WriteResponse) {
		ref.File, ref.Offset = filepath.Base(res[0].FileName), res[0].FileOffset
		shot.Record = &ref
		r.shots[url] = shot
	})
}

// AddRendered stores the DOM a browser built for url (after its scripts
// ran) as a WARC conversion record that refers to the page's response record.
// Its signature fits render.Options.OnRendered.
func (r *Recorder) AddRendered(url string, html []byte) {
	if err := r.addRendered(url, html); err != nil {
		r.noteErr(err)
	}
}

func (r *Recorder) addRendered(url string, html []byte) error {
	at := r.now()
	extra := map[string]string{}
	r.mu.Lock()
	if refs := r.responses[url]; len(refs) > 0 {
		extra[gowarc.WarcRefersTo] = "<" + refs[len(refs)-1].ID + ">"
	}
	r.mu.Unlock()
	rec, err := r.build(gowarc.Conversion, url, "text/html; charset=utf-8", at, "", html, extra)
	if err != nil {
		return err
	}
	ref := RecordRef{ID: rec.WarcHeader().GetId(gowarc.WarcRecordID), Type: "conversion", TargetURI: url, Date: at.UTC().Truncate(time.Second)}
	return r.write([]gowarc.WarcRecord{rec}, func(res []gowarc.WriteResponse) {
		ref.File, ref.Offset = filepath.Base(res[0].FileName), res[0].FileOffset
		r.rendered[url] = ref
	})
}

// Records returns the response records of url, oldest first.
func (r *Recorder) Records(url string) []RecordRef {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]RecordRef(nil), r.responses[url]...)
}

// Close finishes the WARC file. It is safe to call more than once; it
// returns the errors met while recording.
func (r *Recorder) Close() error {
	// Bodies still open are written with what was read so far.
	r.mu.Lock()
	open := make([]*teeBody, 0, len(r.open))
	for tb := range r.open {
		open = append(open, tb)
	}
	r.mu.Unlock()
	for _, tb := range open {
		tb.finish()
	}
	r.mu.Lock()
	already := r.closed
	r.closed = true
	r.mu.Unlock()
	if !already {
		r.w.Close()
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return errors.Join(r.errs...)
}

func urlHash(url string) string {
	sum := sha256.Sum256([]byte(url))
	return hex.EncodeToString(sum[:])[:32]
}

// writeFileAtomic writes a temp file beside path and renames it.
func writeFileAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Chmod(tmp, 0o644); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}
