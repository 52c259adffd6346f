package render

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/cookiejar"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/chromedp"
)

// DataDirPrefix starts the name of every browser profile folder the
// transport creates in the temp directory; tests look for leftover
// processes by it.
const DataDirPrefix = "tthcaudit-chromium-"

// Response headers the transport adds to a rendered page.
const (
	// HeaderRendered is "chromium" on a page the browser rendered.
	HeaderRendered = "X-Tthcaudit-Rendered"
	// HeaderClicks is how many times a "next" control was clicked.
	HeaderClicks = "X-Tthcaudit-Render-Clicks"
	// HeaderPartial says why rendering stopped early (time ran out), when
	// it did: the page holds what was read until then.
	HeaderPartial = "X-Tthcaudit-Render-Partial"
)

// ErrClosed is returned by RoundTrip after Close.
var ErrClosed = errors.New("render: trình duyệt đã đóng (the browser transport is closed)")

// Transport is an http.RoundTripper that renders HTML pages in one headless
// Chromium, Options.Tabs pages at a time (one by default); it is safe for
// concurrent use.
type Transport struct {
	opts     Options
	execPath string
	dataDir  string
	jar      *cookiejar.Jar

	cancelAlloc   context.CancelFunc
	browserCtx    context.Context
	cancelBrowser context.CancelFunc

	cmdMu sync.Mutex
	cmd   *exec.Cmd
	pid   int

	tabs      chan struct{} // one token per tab allowed at once
	closeOnce sync.Once
	closed    chan struct{}
	closeErr  error
}

// NewTransport starts Chromium and returns the transport. The browser is
// killed, with every process it started, when Close is called or ctx is
// done, whichever comes first; call Close in any case.
func NewTransport(ctx context.Context, o Options) (*Transport, error) {
	o = o.withDefaults()
	execPath, err := FindChromium(o.ChromiumPath)
	if err != nil {
		return nil, err
	}
	sweepStale(os.TempDir())
	// The owner's pid in the name lets a later run clean up after a
	// program that crashed before Close.
	dir, err := os.MkdirTemp("", DataDirPrefix+strconv.Itoa(os.Getpid())+"-")
	if err != nil {
		return nil, fmt.Errorf("render: không tạo được thư mục hồ sơ trình duyệt (cannot create the browser profile folder): %w", err)
	}
	if err := os.Mkdir(filepath.Join(dir, "tmp"), 0o700); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("render: không tạo được thư mục tạm của trình duyệt (cannot create the browser's temp folder): %w", err)
	}
	jar, _ := cookiejar.New(nil)
	t := &Transport{opts: o, execPath: execPath, dataDir: dir, jar: jar, closed: make(chan struct{}), tabs: make(chan struct{}, o.Tabs)}

	allocOpts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(execPath),
		chromedp.UserDataDir(dir),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-domain-reliability", true),
		chromedp.Flag("no-pings", true),
		// Every page request is handed to Go (Fetch domain); anything that
		// slips past it (a service worker, a beacon) hits a dead proxy
		// instead of the network, loopback included.
		chromedp.Flag("proxy-server", "http://127.0.0.1:9"),
		chromedp.Flag("proxy-bypass-list", "<-loopback>"),
		chromedp.WindowSize(1366, 900),
		// Chromium's temp files, crash database and caches go inside the
		// profile, removed with it (and its processes all name it).
		chromedp.Env("TMPDIR="+filepath.Join(dir, "tmp"), "XDG_CONFIG_HOME="+filepath.Join(dir, "config"), "XDG_CACHE_HOME="+filepath.Join(dir, "cache")),
		chromedp.ModifyCmdFunc(func(cmd *exec.Cmd) {
			isolate(cmd)
			t.cmdMu.Lock()
			t.cmd = cmd
			t.cmdMu.Unlock()
		}),
	)
	if o.UserAgent != "" {
		allocOpts = append(allocOpts, chromedp.UserAgent(o.UserAgent))
	}
	// The browser's life is bound to Close, not to ctx: a watcher below
	// turns ctx's end into Close, so that one path does all the killing.
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), allocOpts...)
	t.cancelAlloc = cancelAlloc
	t.browserCtx, t.cancelBrowser = chromedp.NewContext(allocCtx)

	started := make(chan error, 1)
	go func() { started <- chromedp.Do(t.browserCtx) }()
	select {
	case err = <-started:
	case <-time.After(60 * time.Second):
		err = errors.New("Chromium không khởi động sau 60 giây (Chromium did not start within 60 s)")
	case <-ctx.Done():
		err = ctx.Err()
	}
	if err != nil {
		t.Close()
		return nil, fmt.Errorf("render: không khởi động được Chromium %s (cannot start Chromium): %w", execPath, err)
	}
	t.cmdMu.Lock()
	if t.cmd != nil && t.cmd.Process != nil {
		t.pid = t.cmd.Process.Pid
	}
	t.cmdMu.Unlock()
	go func() {
		select {
		case <-ctx.Done():
			t.Close()
		case <-t.closed:
		}
	}()
	return t, nil
}

// DataDir is the browser's temporary profile folder (removed by Close).
func (t *Transport) DataDir() string { return t.dataDir }

// Close kills the browser and every process it started, and removes its
// profile folder. It is safe to call more than once and from any goroutine;
// it reports processes that could not be killed.
func (t *Transport) Close() error {
	t.closeOnce.Do(func() {
		close(t.closed)
		t.cmdMu.Lock()
		pid := t.pid
		t.cmdMu.Unlock()
		// Kill first: the profile is thrown away, so there is nothing to
		// close gracefully, and a hung browser cannot hold Close up.
		killGroup(pid)
		if t.cancelBrowser != nil {
			t.cancelBrowser()
		}
		if t.cancelAlloc != nil {
			t.cancelAlloc()
		}
		left := killUsing(t.dataDir, 3*time.Second)
		rmErr := removeAllRetry(t.dataDir, 5*time.Second)
		switch {
		case len(left) > 0:
			t.closeErr = fmt.Errorf("render: tiến trình Chromium %v vẫn chạy (Chromium processes survive)", left)
		case rmErr != nil:
			t.closeErr = fmt.Errorf("render: không xoá được %s (cannot remove the browser profile): %w", t.dataDir, rmErr)
		}
	})
	return t.closeErr
}

// sweepStale kills the processes of, and removes, the profile folders in
// tmp left by transports whose program died without Close.
func sweepStale(tmp string) {
	entries, err := os.ReadDir(tmp)
	if err != nil {
		return
	}
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), DataDirPrefix)
		if !ok || !e.IsDir() {
			continue
		}
		pidStr, _, _ := strings.Cut(rest, "-")
		pid, err := strconv.Atoi(pidStr)
		if err != nil || pid == os.Getpid() || processAlive(pid) {
			continue
		}
		dir := filepath.Join(tmp, e.Name())
		killUsing(dir, time.Second)
		_ = os.RemoveAll(dir)
	}
}

func removeAllRetry(dir string, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for {
		err := os.RemoveAll(dir)
		if err == nil || time.Now().After(deadline) {
			return err
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// nonHTMLExt are file extensions the transport never renders.
var nonHTMLExt = map[string]bool{
	".pdf": true, ".doc": true, ".docx": true, ".xls": true, ".xlsx": true, ".ppt": true, ".pptx": true,
	".odt": true, ".ods": true, ".rtf": true, ".txt": true, ".csv": true, ".zip": true, ".rar": true, ".7z": true,
	".gz": true, ".tar": true, ".jpg": true, ".jpeg": true, ".png": true, ".gif": true, ".bmp": true, ".svg": true,
	".webp": true, ".ico": true, ".css": true, ".js": true, ".json": true, ".xml": true, ".rss": true,
	".mp3": true, ".mp4": true, ".avi": true, ".wmv": true, ".flv": true, ".woff": true, ".woff2": true, ".ttf": true,
	".signed": true, ".p7s": true,
}

// renders reports whether req is a page request the browser should render.
func renders(req *http.Request) bool {
	if req.Method != "" && req.Method != http.MethodGet {
		return false
	}
	if req.URL == nil || (req.URL.Scheme != "http" && req.URL.Scheme != "https") {
		return false
	}
	p := strings.ToLower(req.URL.Path)
	if p == "/robots.txt" || strings.HasSuffix(p, "/sitemap.xml") {
		return false
	}
	return !nonHTMLExt[path.Ext(p)]
}

// isHTML reports whether the response is an HTML page.
func isHTML(h http.Header, body []byte) bool {
	ct := h.Get("Content-Type")
	if ct == "" {
		ct = http.DetectContentType(body)
	}
	mt, _, _ := mime.ParseMediaType(ct)
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// RoundTrip fetches req through the base transport and, for an HTML page
// that answered 200, renders it in the browser and answers the rendered
// DOM instead (200, text/html; charset=utf-8). Anything else — robots.txt,
// files, other methods, error statuses, redirects — is the base transport's
// answer as is.
func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	if !renders(req) {
		return t.opts.Base.RoundTrip(req)
	}
	select {
	case <-t.closed:
		return nil, ErrClosed
	default:
	}
	up, body, err := t.fetchDocument(req)
	if err != nil || body == nil {
		return up, err
	}
	out, info, err := t.render(req.Context(), req.URL.String(), up, body, false)
	if err != nil {
		return nil, err
	}
	h := up.Header.Clone()
	for _, k := range []string{"Content-Length", "Content-Encoding", "Transfer-Encoding", "Etag", "Content-Md5", "Content-Security-Policy"} {
		h.Del(k)
	}
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set(HeaderRendered, "chromium")
	h.Set(HeaderClicks, strconv.Itoa(info.clicks))
	if info.partial != "" {
		h.Set(HeaderPartial, info.partial)
	}
	return &http.Response{
		Status:        "200 OK",
		StatusCode:    http.StatusOK,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        h,
		Body:          io.NopCloser(bytes.NewReader(out)),
		ContentLength: int64(len(out)),
		Request:       req,
	}, nil
}

// fetchDocument gets the page through the base transport. It returns the
// body only for a 200 HTML page, the one case that is rendered; otherwise
// the response is returned unread for the caller.
func (t *Transport) fetchDocument(req *http.Request) (*http.Response, []byte, error) {
	r := req.Clone(req.Context())
	if r.Header.Get("Cookie") == "" {
		for _, c := range t.jar.Cookies(r.URL) {
			r.AddCookie(c)
		}
	}
	resp, err := t.opts.Base.RoundTrip(r)
	if err != nil {
		return nil, nil, err
	}
	t.jar.SetCookies(r.URL, resp.Cookies())
	if resp.StatusCode != http.StatusOK {
		return resp, nil, nil
	}
	if ct := resp.Header.Get("Content-Type"); ct != "" && !isHTML(resp.Header, nil) {
		return resp, nil, nil
	}
	br := bufio.NewReaderSize(resp.Body, 512)
	peek, _ := br.Peek(512)
	if !isHTML(resp.Header, peek) {
		resp.Body = readCloser{br, resp.Body}
		return resp, nil, nil
	}
	body, err := io.ReadAll(io.LimitReader(br, t.opts.MaxBody+1))
	if err != nil {
		resp.Body.Close()
		return nil, nil, err
	}
	if int64(len(body)) > t.opts.MaxBody {
		// Too big to render: hand it on as it is, for the caller's own cap.
		resp.Body = readCloser{io.MultiReader(bytes.NewReader(body), br), resp.Body}
		return resp, nil, nil
	}
	resp.Body.Close()
	return resp, body, nil
}

type readCloser struct {
	io.Reader
	io.Closer
}

// Screenshot renders url (fetched through the base transport) and returns
// a full-page PNG of it, without clicking anything: for the evidence pack
// of a portal that is not otherwise rendered.
func (t *Transport) Screenshot(ctx context.Context, url string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	if t.opts.UserAgent != "" {
		req.Header.Set("User-Agent", t.opts.UserAgent)
	}
	up, body, err := t.fetchDocument(req)
	if err != nil {
		return nil, err
	}
	if body == nil {
		up.Body.Close()
		return nil, fmt.Errorf("render: %s trả lời %s, không phải trang HTML (answered %s, not an HTML page)", url, up.Status, up.Status)
	}
	_, info, err := t.render(ctx, url, up, body, true)
	if err != nil {
		return nil, err
	}
	return info.png, nil
}
