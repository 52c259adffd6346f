package weburl

import (
	"net/url"
	"regexp"
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

// actionWords are path segments, or parts of them, and query values that
// name an action (matched between separators: / ? & = - _ . ;).
var actionWords = regexp.MustCompile(`(?:^|[/?&=_.;-])(logout|log-out|signout|sign-out|dang-xuat|dangxuat|logoff|delete|remove|vote|voting|binh-chon|binhchon|rating|rate|danh-gia-hai-long|danhgiahailong|hailong|print|printer|in-trang|inbai|in-bai|add|addnew|them-moi)(?:[/?&=_.;-]|$)`)

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
			return actionWords.MatchString(strings.ToLower(u.Path)) || q != "" && actionWords.MatchString("?"+q)
		}},
}

// Action returns the pattern an http(s) link matches when fetching it
// would act instead of show, or nil. href is the link as written (a
// "javascript:__doPostBack(…)" link matches without resolving). Call it on
// the URL before Canonicalise, which drops p_auth.
func Action(u *url.URL, href string) *ActionPattern {
	if h := strings.ToLower(strings.TrimSpace(href)); strings.HasPrefix(h, "javascript:") {
		if strings.Contains(h, "__dopostback") || strings.Contains(h, "webform_dopostback") {
			return &ActionPatterns[4]
		}
		return nil
	}
	if u == nil {
		return nil
	}
	q := strings.ToLower(u.RawQuery)
	if dq, err := url.QueryUnescape(q); err == nil {
		q = dq
	}
	for i := range ActionPatterns {
		if ActionPatterns[i].match(u, q) {
			return &ActionPatterns[i]
		}
	}
	return nil
}

// hasParam reports whether the lower-cased query q has key k (with value
// v when v is not empty). Liferay namespaces some keys by portlet
// ("_56_INSTANCE_x_p_auth" never; "p_auth" always plain).
func hasParam(q, k, v string) bool {
	for _, p := range strings.Split(q, "&") {
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
