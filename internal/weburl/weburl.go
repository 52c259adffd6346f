// Package weburl gives a page one URL: resolving links, canonical form
// (sorted query, no session or tracking parameters), and the kinds of URL
// the crawler and the extractor tell apart (files, calendars, pagination,
// procedure pages, single-page-app hash routes).
package weburl

import (
	"net/url"
	"path"
	"regexp"
	"sort"
	"strings"
)

// sessionParams are query parameters that carry a session, not content:
// two URLs differing only in them are the same page.
var sessionParams = map[string]bool{
	"sid": true, "jsessionid": true, "phpsessid": true, "asp.net_sessionid": true,
	"sessionid": true, "session_id": true, "cfid": true, "cftoken": true,
	"fbclid": true, "gclid": true, "zarsrc": true, "_ga": true, "_gl": true,
	// Liferay's token against request forgery: fresh on every render, and
	// only action URLs carry it (those are never fetched, see Action).
	"p_auth": true,
}

// liferayNeutral are Liferay render parameters that do not change what a
// render URL shows (with the value that is the default, when one is
// given): the same portlet view reached with and without them is one page.
var liferayNeutral = map[string]string{
	"p_p_lifecycle": "0",                // render phase, the default
	"p_p_state":     "normal|maximized", // the same content, larger or not
	"p_p_mode":      "view",             // the default mode
	"p_p_col_id":    "",                 // layout column of the portlet
	"p_p_col_pos":   "",                 // its position in the column
	"p_p_col_count": "",                 // columns on the page
	"p_v_l_s_g_id":  "",                 // the site id the link came from
	"doAsGroupId":   "",                 // the site id again
	"refererPlid":   "",                 // the page the link came from
}

// neutralSuffixes are render parameters, namespaced by their portlet
// ("_56_INSTANCE_x_redirect"), that carry where the visitor came from:
// each page links with its own address in them, so without dropping them
// every page would be new through every other.
var neutralSuffixes = []string{"_redirect", "_backurl", "_returntofullpageurl", "_currenturl"}

// firstPageSuffix is a search container's page number ("_X_cur"): its
// first page is the container without it. Other pages and the page size
// (_delta) change the content and stay.
const firstPageSuffix = "_cur"

// skipExts are file extensions that are never HTML pages.
var skipExts = map[string]bool{
	".pdf": true, ".doc": true, ".docx": true, ".xls": true, ".xlsx": true,
	".ppt": true, ".pptx": true, ".odt": true, ".ods": true, ".rtf": true,
	".zip": true, ".rar": true, ".7z": true, ".gz": true, ".tar": true,
	".jpg": true, ".jpeg": true, ".png": true, ".gif": true, ".bmp": true,
	".svg": true, ".webp": true, ".ico": true, ".tif": true, ".tiff": true,
	".mp3": true, ".mp4": true, ".avi": true, ".wmv": true, ".flv": true,
	".css": true, ".js": true, ".xml": true, ".json": true, ".txt": true,
	".exe": true, ".msi": true, ".apk": true, ".signed": true,
}

// IsFile reports whether u's path names a non-HTML file by extension.
func IsFile(u *url.URL) bool {
	ext := strings.ToLower(path.Ext(u.Path))
	return ext != "" && skipExts[ext]
}

// Resolve resolves href against base and canonicalises it. It returns
// nil for links that are not web pages (mailto:, tel:, javascript:, data:,
// anchors within the page such as "#top") or do not parse. A hash route
// ("#/thu-tuc", "#!/tt/1") is another page of a single-page app and
// resolves to the base page with that route.
func Resolve(base *url.URL, href string) *url.URL {
	u := resolveRaw(base, href)
	if u != nil {
		Canonicalise(u)
	}
	return u
}

// resolveRaw is Resolve before Canonicalise.
func resolveRaw(base *url.URL, href string) *url.URL {
	href = strings.TrimSpace(href)
	if href == "" || href[0] == '#' && !IsHashRoute(href[1:]) {
		return nil
	}
	if i := strings.IndexByte(href, ':'); i > 0 && i < 12 {
		switch strings.ToLower(href[:i]) {
		case "http", "https":
		default:
			if !strings.ContainsAny(href[:i], "/?#") {
				return nil // mailto:, tel:, javascript:, data:, ftp: …
			}
		}
	}
	ref, err := url.Parse(href)
	if err != nil {
		return nil
	}
	u := base.ResolveReference(ref)
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return nil
	}
	return u
}

// IsHashRoute reports whether a fragment (without its "#") is the route of
// a single-page app ("/thu-tuc", "!/tt/1") rather than an anchor within the
// page ("top", "section2"). The bare routes "/" and "!/" are the app's home,
// the page itself.
func IsHashRoute(frag string) bool {
	r := strings.TrimPrefix(frag, "!")
	return strings.HasPrefix(r, "/") && strings.Trim(r, "/") != ""
}

// HashRoute returns the single-page-app route a URL's fragment holds
// ("/thu-tuc" for https://x/#/thu-tuc, "!/tt/1" for #!/tt/1), or "" when
// the fragment is a plain anchor or absent. The crawler keeps such
// fragments when it canonicalises URLs: they are distinct pages.
func HashRoute(u *url.URL) string {
	if IsHashRoute(u.Fragment) {
		return u.Fragment
	}
	return ""
}

// Canonicalise puts u in the one form the crawler compares: lower-case
// scheme and host, no default port, no fragment unless it is a hash route
// (see IsHashRoute), no session or tracking parameters, query parameters
// sorted, an empty path as "/".
func Canonicalise(u *url.URL) {
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if h, p, ok := strings.Cut(u.Host, ":"); ok && (p == "80" && u.Scheme == "http" || p == "443" && u.Scheme == "https") {
		u.Host = h
	}
	if !IsHashRoute(u.Fragment) {
		u.Fragment = ""
	}
	u.RawFragment = ""
	u.User = nil
	if u.Path == "" {
		u.Path = "/"
		u.RawPath = ""
	}
	// ";jsessionid=…" path parameters (Java portals) carry a session too.
	if i := strings.Index(strings.ToLower(u.Path), ";jsessionid="); i >= 0 {
		u.Path = u.Path[:i]
		u.RawPath = ""
	}
	// ASP.NET cookieless sessions put the session in the path:
	// /(S(x1y2z3))/default.aspx, /(X(1)S(x1y2z3))/…
	if strings.Contains(u.Path, "/(") {
		if p := aspNetSession.ReplaceAllString(u.Path, "/"); p != u.Path {
			u.Path = p
			u.RawPath = ""
		}
	}
	if u.RawQuery == "" {
		u.ForceQuery = false
		return
	}
	u.RawQuery = CanonicalQuery(u.RawQuery)
	u.ForceQuery = false
}

// CanonicalQuery sorts the parameters of a raw query and drops session and
// tracking ones. Already-sorted clean queries come back unchanged without
// allocating a parsed form.
func CanonicalQuery(raw string) string {
	parts := strings.Split(raw, "&")
	kept := parts[:0]
	for _, p := range parts {
		if p == "" {
			continue
		}
		k := p
		if i := strings.IndexByte(p, '='); i >= 0 {
			k = p[:i]
		}
		lk := strings.ToLower(k)
		if sessionParams[lk] || strings.HasPrefix(lk, "utm_") || neutralParam(k, lk, p) {
			continue
		}
		kept = append(kept, p)
	}
	// A Liferay portlet id left with no parameter of its own addresses the
	// page as it is.
	if len(kept) == 1 && strings.HasPrefix(kept[0], "p_p_id=") {
		kept = kept[:0]
	}
	if !sort.StringsAreSorted(kept) {
		sort.Strings(kept)
	}
	return strings.Join(kept, "&")
}

// calendarParams are query parameters of calendars and archives: link
// families without end, visited last.
var calendarParams = []string{"month", "thang", "year", "nam", "date", "ngay", "day", "week", "tuan", "calendar", "lich"}

// IsCalendarLike reports whether u looks like one page of an endless
// calendar or date archive.
func IsCalendarLike(u *url.URL) bool {
	lp := strings.ToLower(u.Path)
	if strings.Contains(lp, "calendar") || strings.Contains(lp, "/lich") || strings.Contains(lp, "/event") {
		return true
	}
	if u.RawQuery == "" {
		return false
	}
	for _, p := range strings.Split(u.RawQuery, "&") {
		k, _, _ := strings.Cut(p, "=")
		k = strings.ToLower(k)
		for _, c := range calendarParams {
			if k == c {
				return true
			}
		}
	}
	return false
}

// procedureURLWords are URL fragments of procedure pages on Vietnamese portals.
var procedureURLWords = []string{"thu-tuc", "thutuc", "thu_tuc", "tthc", "procedure", "ma_thu_tuc", "mathutuc", "dichvucong", "dvc"}

// LooksProcedure reports whether the URL itself says it is about procedures.
func LooksProcedure(raw string) bool {
	l := strings.ToLower(raw)
	for _, w := range procedureURLWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// paginationParams are query parameters that page through a list.
var paginationParams = []string{"page", "trang", "p", "pg", "pageindex", "pagenumber", "currentpage", "start", "offset", "paged"}

// IsPagination reports whether u pages through a list.
func IsPagination(u *url.URL) bool {
	if strings.Contains(strings.ToLower(u.Path), "/page/") {
		return true
	}
	for _, p := range strings.Split(u.RawQuery, "&") {
		k, _, _ := strings.Cut(p, "=")
		k = strings.ToLower(k)
		for _, c := range paginationParams {
			if k == c {
				return true
			}
		}
	}
	return false
}

// aspNetSession is an ASP.NET cookieless session (or anonymous id, or
// forms ticket) path segment: "/(S(ab12))/", "/(A(…)S(…))/".
var aspNetSession = regexp.MustCompile(`/\((?:[A-Z]\([^()/]*\))+\)/`)

// neutralParam reports whether the query part p (key k, lower-cased lk)
// is a Liferay render parameter that does not change the content.
func neutralParam(k, lk, p string) bool {
	if !strings.HasPrefix(lk, "p_") && !strings.HasPrefix(lk, "_") && k != "doAsGroupId" && k != "refererPlid" {
		return false
	}
	if want, ok := liferayNeutral[k]; ok {
		if want == "" {
			return true
		}
		_, v, _ := strings.Cut(p, "=")
		for _, w := range strings.Split(want, "|") {
			if v == w {
				return true
			}
		}
		return false
	}
	if strings.HasPrefix(lk, "_") {
		if strings.HasSuffix(lk, firstPageSuffix) && strings.HasSuffix(p, "=1") {
			return true
		}
		for _, s := range neutralSuffixes {
			if strings.HasSuffix(lk, s) {
				return true
			}
		}
	}
	return false
}
