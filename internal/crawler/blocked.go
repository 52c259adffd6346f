package crawler

import (
	"fmt"
	"net/http"
)

// Blocked says that the portal kept the crawler out: its findings would be
// about what the crawler was not shown, so the audit claims nothing
// missing (see rules: the portal is "không truy cập được").
type Blocked struct {
	// Reason is one of the Block* codes.
	Reason string `json:"reason"`
	// URL is the page that showed it.
	URL string `json:"url"`
	// Status is the HTTP status answered, if any.
	Status int `json:"status,omitempty"`
}

// Reasons a portal is not reachable (Blocked.Reason).
const (
	BlockLogin     = "http_401"     // 401: a login is asked for
	BlockForbidden = "http_403"     // 403: access refused
	BlockTooMany   = "http_429"     // 429 even after waiting as asked
	BlockFirewall  = "firewall"     // a firewall's rejection page, whatever the status
	BlockCaptcha   = "captcha"      // a captcha before any content
	BlockTLS       = "tls"          // TLS handshake or certificate failure
	BlockTimeout   = "timeout"      // no answer in time
	BlockDNS       = "dns"          // the name does not resolve
	BlockNetwork   = "network"      // refused or reset connection
	BlockServer    = "server_error" // 5xx after retries
	BlockRobots    = "robots"       // robots.txt forbids the start page
	BlockOther     = "other"        // any other failure of every start page
)

// ErrBlocked is the error kind of a page that was a firewall or captcha
// page instead of content (PageError.Detail says which).
const ErrBlocked = "blocked"

// reasonOf names why a failed page was not shown.
func reasonOf(r *fetchResult) string {
	switch r.kind {
	case ErrBlocked:
		return r.detail
	case ErrTLS:
		return BlockTLS
	case ErrTimeout:
		return BlockTimeout
	case ErrDNS:
		return BlockDNS
	case ErrNetwork:
		return BlockNetwork
	case ErrRobots:
		return BlockRobots
	case ErrHTTP:
		switch {
		case r.status == http.StatusUnauthorized:
			return BlockLogin
		case r.status == http.StatusForbidden:
			return BlockForbidden
		case r.status == http.StatusTooManyRequests:
			return BlockTooMany
		case r.status >= 500:
			return BlockServer
		}
	}
	return BlockOther
}

// blocked decides whether the portal kept the crawler out:
//   - every start page failed (whatever the reason);
//   - a firewall or captcha page, or a 429 after the crawl waited as
//     asked, stood in place of a start page or of a page that may list
//     procedures, or of three pages or more;
//   - a 401 or 403 answered the next page of a list, or three pages that
//     may list procedures.
//
// A 401 or 403 on some other page is a private page (a login-only search
// of one's files), and one firewall page on an odd URL a rule of the
// firewall: neither makes the portal blocked. Called once the workers are
// done.
func (cr *crawler) blocked() *Blocked {
	var first, inner, refused *Blocked
	walls, refusals := 0, 0
	for _, o := range cr.order {
		r := o.res
		b := &Blocked{Reason: reasonOf(r), URL: o.t.us, Status: r.status}
		switch {
		case r.kind == ErrBlocked || r.kind == ErrHTTP && r.status == http.StatusTooManyRequests:
			if o.t.start || o.t.mayHold {
				return b
			}
			walls++
			if inner == nil {
				inner = b
			}
		case r.kind == ErrHTTP && (r.status == http.StatusUnauthorized || r.status == http.StatusForbidden) && (o.t.mayHold || o.t.pagination):
			if o.t.pagination {
				return b
			}
			refusals++
			if refused == nil {
				refused = b
			}
		}
		if cr.startsOK == 0 && o.t.start && r.failed() && first == nil {
			first = b
		}
	}
	switch {
	case first != nil:
		return first
	case walls >= 3:
		return inner
	case refusals >= 3:
		return refused
	}
	return nil
}

// words are the crawler's user-facing words, Vietnamese first, English
// second: the one place to change them.
var words = map[string][2]string{
	"unreachable":  {"không truy cập được", "not reachable"},
	BlockLogin:     {"cổng yêu cầu đăng nhập (HTTP 401)", "the portal asks for a login (HTTP 401)"},
	BlockForbidden: {"cổng từ chối truy cập (HTTP 403)", "the portal refused access (HTTP 403)"},
	BlockTooMany:   {"cổng báo truy cập quá nhiều (HTTP 429), kể cả sau khi đã chờ theo yêu cầu", "the portal answered too many requests (HTTP 429), even after waiting as asked"},
	BlockFirewall:  {"tường lửa của cổng chặn yêu cầu (trang “Request Rejected” hoặc tương tự)", "the portal's firewall rejected the requests (a “Request Rejected” page or the like)"},
	BlockCaptcha:   {"cổng đòi nhập mã xác nhận (captcha) trước khi hiển thị nội dung", "the portal asks for a captcha before showing any content"},
	BlockTLS:       {"lỗi kết nối bảo mật (chứng chỉ TLS)", "secure connection failed (TLS certificate)"},
	BlockTimeout:   {"cổng không trả lời trong thời hạn", "the portal did not answer in time"},
	BlockDNS:       {"không tìm thấy tên miền của cổng", "the portal's domain name does not resolve"},
	BlockNetwork:   {"cổng từ chối kết nối", "the portal refused the connection"},
	BlockServer:    {"máy chủ của cổng báo lỗi %d", "the portal's server answered error %d"},
	BlockRobots:    {"robots.txt của cổng không cho phép đọc trang bắt đầu", "the portal's robots.txt forbids reading the start page"},
	BlockOther:     {"trang bắt đầu không tải được", "the start page did not load"},
	"trap":         {"Đã ngừng đi theo mẫu địa chỉ %s sau %d trang không có thủ tục mới; bỏ qua %d liên kết.", "Stopped following the URL pattern %s after %d pages with no new procedure; %d links skipped."},
}

// word returns a word in lang ("en" for English, anything else Vietnamese).
func word(key, lang string) string {
	w := words[key]
	if lang == "en" {
		return w[1]
	}
	return w[0]
}

// Text says in lang why the portal is not reachable, with the page:
// "không truy cập được: cổng từ chối truy cập (HTTP 403) — https://…".
func (b Blocked) Text(lang string) string {
	reason := word(b.Reason, lang)
	if b.Reason == BlockServer {
		reason = fmt.Sprintf(reason, b.Status)
	}
	return word("unreachable", lang) + ": " + reason + " — " + b.URL
}

// Text says in lang which pattern was cut and how many links it skipped.
func (t Trap) Text(lang string) string {
	return fmt.Sprintf(word("trap", lang), t.Pattern, t.Fetched, t.Skipped)
}
