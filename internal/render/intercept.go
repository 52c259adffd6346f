package render

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// handle answers one request the browser paused: the page's own document
// from the body already fetched, everything else through the base
// transport. Fonts, media and (without screenshots) images are refused:
// they change nothing in the DOM and would only load the portal.
func (p *pageRun) handle(ev fetch.EventRequestPaused) {
	p.inflight.Store(ev.RequestID, time.Now())
	p.touch()
	defer func() {
		p.inflight.Delete(ev.RequestID)
		p.touch()
	}()
	defer func() {
		if r := recover(); r != nil {
			p.t.opts.Logf("render: lỗi khi chuyển yêu cầu %s (panic): %v", ev.Request.URL, r)
			p.fail(ev.RequestID, network.ErrorReasonFailed)
		}
	}()
	req := ev.Request
	if req == nil {
		return
	}
	if ev.ResourceType == network.ResourceTypeDocument && req.Method == http.MethodGet && sameDoc(req.URL, p.url) && p.servedDoc.CompareAndSwap(false, true) {
		p.fulfill(ev.RequestID, p.doc.StatusCode, p.doc.Header, false, p.body)
		return
	}
	switch ev.ResourceType {
	case network.ResourceTypeFont, network.ResourceTypeMedia, network.ResourceTypePing,
		network.ResourceTypeCSPViolationReport, network.ResourceTypePrefetch, network.ResourceTypeWebSocket:
		p.fail(ev.RequestID, network.ErrorReasonBlockedByClient)
		return
	case network.ResourceTypeImage:
		if !p.t.opts.Screenshots && !p.shotOnly {
			p.fail(ev.RequestID, network.ErrorReasonBlockedByClient)
			return
		}
	}
	u, err := url.Parse(req.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		// data:, blob: and the like never reach the network.
		_, _ = chromedp.Call(p.tabCtx, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: ev.RequestID})
		return
	}
	select {
	case p.sem <- struct{}{}:
		defer func() { <-p.sem }()
	case <-p.runCtx.Done():
		p.fail(ev.RequestID, network.ErrorReasonAborted)
		return
	}
	var body io.Reader
	if req.HasPostData {
		var b bytes.Buffer
		for _, e := range req.PostDataEntries {
			b.Write(e.Bytes)
		}
		body = &b
	}
	out, err := http.NewRequestWithContext(p.runCtx, req.Method, req.URL, body)
	if err != nil {
		p.fail(ev.RequestID, network.ErrorReasonFailed)
		return
	}
	for k, v := range req.Headers {
		// Go negotiates and undoes the compression itself; a browser's
		// Accept-Encoding would hand it brotli it cannot read.
		if strings.EqualFold(k, "Accept-Encoding") {
			continue
		}
		out.Header.Set(k, fmt.Sprint(v))
	}
	if out.Header.Get("Cookie") == "" {
		for _, c := range p.t.jar.Cookies(out.URL) {
			out.AddCookie(c)
		}
	}
	resp, err := p.t.opts.Base.RoundTrip(out)
	if err != nil {
		reason := network.ErrorReasonConnectionFailed
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
			reason = network.ErrorReasonTimedOut
		}
		p.fail(ev.RequestID, reason)
		return
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, p.t.opts.MaxBody))
	if err != nil {
		p.fail(ev.RequestID, network.ErrorReasonConnectionReset)
		return
	}
	p.t.jar.SetCookies(out.URL, resp.Cookies())
	p.fulfill(ev.RequestID, resp.StatusCode, resp.Header, resp.Uncompressed, data)
}

// sameDoc reports whether the browser's request is for the page itself:
// the browser drops the fragment, writes an empty path as "/" and may
// escape differently.
func sameDoc(a, b string) bool {
	norm := func(s string) string {
		if i := strings.IndexByte(s, '#'); i >= 0 {
			s = s[:i]
		}
		u, err := url.Parse(s)
		if err != nil {
			return s
		}
		if u.Path == "" {
			u.Path = "/"
		}
		u.RawPath = ""
		if q, err := url.QueryUnescape(u.RawQuery); err == nil {
			u.RawQuery = q
		}
		u.Host = strings.ToLower(u.Host)
		return u.String()
	}
	return a == b || norm(a) == norm(b)
}

func (p *pageRun) touch() { p.lastNet.Store(time.Now().UnixNano()) }

// fulfill answers the paused request with a response Go received.
func (p *pageRun) fulfill(id fetch.RequestID, status int, h http.Header, uncompressed bool, body []byte) {
	var hs []*fetch.HeaderEntry
	for k, vs := range h {
		switch strings.ToLower(k) {
		case "content-length", "transfer-encoding", "connection", "keep-alive":
			continue
		case "content-encoding":
			if uncompressed {
				continue
			}
		}
		for _, v := range vs {
			hs = append(hs, &fetch.HeaderEntry{Name: k, Value: v})
		}
	}
	_, err := chromedp.Call(p.tabCtx, fetch.FulfillRequest, fetch.FulfillRequestParams{
		RequestID:       id,
		ResponseCode:    int64(status),
		ResponseHeaders: hs,
		Body:            body,
	})
	if err != nil && p.runCtx.Err() == nil {
		p.t.opts.Logf("render: không trả được phản hồi cho trình duyệt (cannot hand the response to the browser): %v", err)
	}
}

func (p *pageRun) fail(id fetch.RequestID, reason network.ErrorReason) {
	_, _ = chromedp.Call(p.tabCtx, fetch.FailRequest, fetch.FailRequestParams{RequestID: id, ErrorReason: reason})
}
