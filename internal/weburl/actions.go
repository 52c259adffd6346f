package weburl

import (
	"net/url"
	"strings"
)

// An ActionPattern is a kind of link that acts instead of showing: fetching
// it would cast a vote, log out, delete, add, or merely reprint a page
// already read. The crawler never requests one.
type ActionPattern struct {
	// Name is a short identifier, for tests and logs.
	Name string
	// Reason says why such a link is never followed.
	Reason string
	match  func(u *url.URL, lowerQuery string) bool
}

// actionTokens are words that name an action when they stand alone
// between separators (/ ? & = - _ . ; , +) in a path or query;
// actionPairs are two such words joined by a separator.
var (
	actionTokens = map[string]bool{
		"logout": true, "signout": true, "logoff": true, "dangxuat": true,
		"delete": true, "remove": true,
		"vote": true, "voting": true, "binhchon": true, "rating": true, "rate": true, "danhgiahailong": true, "hailong": true,
		"print": true, "printer": true, "inbai": true,
		"add": true, "addnew": true,
	}
	actionPairs = map[string]bool{
		"log out": true, "sign out": true, "dang xuat": true, "binh chon": true,
		"in trang": true, "in bai": true, "them moi": true,
	}
)

// actionFirst are the first letters of actionTokens: a token starting
// otherwise is no action word, without a map lookup (most tokens of a
// path: thu, tuc, chi, tiet…).
var actionFirst = func() (f [256]bool) {
	for w := range actionTokens {
		f[w[0]] = true
	}
	return f
}()

// pairHead reports whether w is the first word of an action pair.
func pairHead(w string) bool {
	switch w {
	case "log", "sign", "dang", "binh", "in", "them":
		return true
	}
	return false
}

// actionSep are the separators between words of a path or query.
var actionSep = func() (s [256]bool) {
	for _, c := range []byte("/?&=-_.;,+") {
		s[c] = true
	}
	return s
}()

// hasActionWord reports whether the lower-case s holds an action word or
// pair (actionTokens, actionPairs). It scans once and allocates only for
// a pair's key, which Go's map lookup of a concatenation avoids.
func hasActionWord(s string) bool {
	// "hai-long" alone is a place (xã Hải Long): only the whole phrase
	// "đánh giá hài lòng" names the satisfaction vote.
	if strings.Contains(s, "gia-hai-long") || strings.Contains(s, "gia_hai_long") {
		return true
	}
	prev := ""
	for len(s) > 0 {
		i := 0
		for i < len(s) && !actionSep[s[i]] {
			i++
		}
		tok := s[:i]
		if i < len(s) {
			s = s[i+1:]
		} else {
			s = ""
		}
		if len(tok) >= 3 && len(tok) <= 14 && actionFirst[tok[0]] && actionTokens[tok] ||
			pairHead(prev) && actionPairs[prev+" "+tok] {
			return true
		}
		prev = tok
	}
	return false
}

// ActionPatterns are every kind of action link, in the order they are
// tried. This table is the one place to add one.
var ActionPatterns = []ActionPattern{
	{"liferay-action-phase", "Liferay action URL (p_p_lifecycle=1): the portlet performs its action (a vote, a form submission) on GET",
		func(u *url.URL, q string) bool { return hasParam(q, "p_p_lifecycle", "1") }},
	{"liferay-resource-phase", "Liferay resource URL (p_p_lifecycle=2): a download, a captcha image or an AJAX fragment, not a page",
		func(u *url.URL, q string) bool { return hasParam(q, "p_p_lifecycle", "2") }},
	{"liferay-portlet-action", "javax.portlet.action names the action a Liferay portlet performs",
		func(u *url.URL, q string) bool { return strings.Contains(q, "javax.portlet.action=") }},
	{"liferay-p-auth", "p_auth is Liferay's anti-forgery token: only URLs that act carry it, and it changes on every render",
		func(u *url.URL, q string) bool { return hasParam(q, "p_auth", "") }},
	{"aspnet-postback", "an ASP.NET postback (__doPostBack, __EVENTTARGET) submits the page's form",
		func(u *url.URL, q string) bool {
			return strings.Contains(q, "__eventtarget=") || strings.Contains(q, "__dopostback")
		}},
	{"action-word", "the path or query names an action (logout, vote, rating, delete, add, print): following it acts, or reprints a page already read",
		func(u *url.URL, q string) bool {
			return hasActionWord(lower(u.Path)) || q != "" && hasActionWord(q)
		}},
}

// postbackPattern and wordPattern are the two patterns Action answers
// without running the table, found by name so that the table can grow or
// be reordered.
var postbackPattern, wordPattern = patternNamed("aspnet-postback"), patternNamed("action-word")

// patternNamed is the pattern of ActionPatterns with that name; it panics
// at start-up when there is none.
func patternNamed(name string) *ActionPattern {
	for i := range ActionPatterns {
		if ActionPatterns[i].Name == name {
			return &ActionPatterns[i]
		}
	}
	panic("weburl: no action pattern " + name)
}

// Action returns the pattern an http(s) link matches when fetching it
// would act instead of show, or nil. href is the link as written (a
// "javascript:__doPostBack(…)" link matches without resolving). Call it on
// the URL before Canonicalise, which drops p_auth.
func Action(u *url.URL, href string) *ActionPattern {
	if h := strings.TrimSpace(href); len(h) >= 11 && strings.EqualFold(h[:11], "javascript:") {
		if strings.Contains(strings.ToLower(h), "dopostback") {
			return postbackPattern
		}
		return nil
	}
	if u == nil {
		return nil
	}
	q := lower(u.RawQuery)
	if strings.IndexByte(q, '%') >= 0 {
		if dq, err := url.QueryUnescape(q); err == nil {
			q = dq
		}
	}
	if q == "" {
		// Most links: no query, so only the path can name an action.
		if hasActionWord(lower(u.Path)) {
			return wordPattern
		}
		return nil
	}
	for i := range ActionPatterns {
		if ActionPatterns[i].match(u, q) {
			return &ActionPatterns[i]
		}
	}
	return nil
}

// lower is strings.ToLower without the allocation when s has no
// upper-case ASCII letter (most paths), and ASCII-only otherwise: the
// patterns are ASCII.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= 'A' && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// hasParam reports whether the lower-cased query q has key k (with value
// v when v is not empty). Liferay namespaces some keys by portlet
// ("_56_INSTANCE_x_p_auth" never; "p_auth" always plain).
func hasParam(q, k, v string) bool {
	for q != "" {
		var p string
		p, q, _ = strings.Cut(q, "&")
		pk, pv, _ := strings.Cut(p, "=")
		if pk == k && (v == "" || pv == v) {
			return true
		}
	}
	return false
}

// ResolveLink is Resolve that also reports a link that acts (see Action):
// for such a link it returns nil and the pattern.
func ResolveLink(base *url.URL, href string) (*url.URL, *ActionPattern) {
	if a := Action(nil, href); a != nil {
		return nil, a
	}
	u := resolveRaw(base, href)
	if u == nil {
		return nil, nil
	}
	if a := Action(u, ""); a != nil {
		return nil, a
	}
	Canonicalise(u)
	return u, nil
}
