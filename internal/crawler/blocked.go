package crawler

import (
	"net/http"

	"github.com/tthcaudit/tthcaudit/internal/extract"
	"github.com/tthcaudit/tthcaudit/internal/msg"
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
	BlockLogin     = "http_401"              // 401: a login is asked for
	BlockForbidden = "http_403"              // 403: access refused
	BlockTooMany   = "http_429"              // 429 even after waiting as asked
	BlockFirewall  = extract.BlockedFirewall // a firewall's rejection page, whatever the status
	BlockCaptcha   = extract.BlockedCaptcha  // a captcha before any content
	BlockTLS       = "tls"                   // TLS handshake or certificate failure
	BlockTimeout   = "timeout"               // no answer in time
	BlockDNS       = "dns"                   // the name does not resolve
	BlockNetwork   = "network"               // refused or reset connection
	BlockServer    = "server_error"          // 5xx after retries
	BlockRobots    = "robots"                // robots.txt forbids the start page
	BlockOther     = "other"                 // any other failure of every start page
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
		if !r.failed() {
			continue // every case below is a page that failed
		}
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
		if cr.startsOK == 0 && o.t.start && first == nil {
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

// Note says why the portal is not reachable, with the page, as a message
// (internal/msg, keys "blocked.<reason>"): "không truy cập được: cổng từ
// chối truy cập (HTTP 403) — https://…".
func (b Blocked) Note() msg.Note {
	reason := msg.N("blocked." + b.Reason)
	if b.Reason == BlockServer {
		reason = msg.N("blocked."+b.Reason, b.Status)
	}
	return msg.N("blocked", reason, b.URL)
}

// Note says which pattern was cut and how many links it skipped.
func (t Trap) Note() msg.Note { return msg.N("crawl.trap", t.Pattern, t.Fetched, t.Skipped) }
