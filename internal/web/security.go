package web

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
)

// sessionCookie holds the random session id the CSRF token is derived from.
const sessionCookie = "tthcaudit_session"

// csrfField is the form field carrying the token.
const csrfField = "csrf"

// requireToken asks for the token on every request but /healthz when one
// is configured: as a Bearer header (scripts) or as the password of basic
// auth (browsers prompt for it; the user name is ignored).
func (s *Server) requireToken(next http.Handler) http.Handler {
	if s.token == "" {
		return next
	}
	want := []byte(s.token)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if tokenOK(r, want) {
			next.ServeHTTP(w, r)
			return
		}
		if r.URL.Path == "/healthz" {
			// Monitors get an answer without the token, and nothing more
			// than that the service is up.
			s.pages.healthzBare(w, r)
			return
		}
		w.Header().Set("WWW-Authenticate", `Basic realm="tthcaudit", charset="UTF-8"`)
		http.Error(w, "Cần mã truy cập (token required): Authorization: Bearer TOKEN, or basic auth with the token as password", http.StatusUnauthorized)
	})
}

func tokenOK(r *http.Request, want []byte) bool {
	var got string
	if h := r.Header.Get("Authorization"); len(h) > 7 && strings.EqualFold(h[:7], "bearer ") {
		got = strings.TrimSpace(h[7:])
	} else if _, pw, ok := r.BasicAuth(); ok {
		got = pw
	} else {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(got), want) == 1
}

// session returns the request's session id, setting a new cookie when
// there is none. The id is random; the CSRF token is an HMAC of it under
// the server's key, so a token cannot be forged without the key even by
// someone able to plant a cookie.
func (s *Server) session(w http.ResponseWriter, r *http.Request) string {
	if c, err := r.Cookie(sessionCookie); err == nil && validSession(c.Value) {
		return c.Value
	}
	b := make([]byte, 24)
	_, _ = rand.Read(b)
	id := base64.RawURLEncoding.EncodeToString(b)
	http.SetCookie(w, &http.Cookie{
		Name: sessionCookie, Value: id, Path: "/",
		HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil,
	})
	return id
}

func validSession(v string) bool {
	b, err := base64.RawURLEncoding.DecodeString(v)
	return err == nil && len(b) == 24
}

// csrfToken is the form token of a session.
func (s *Server) csrfToken(session string) string {
	m := hmac.New(sha256.New, s.csrfKey)
	m.Write([]byte(session))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// checkCSRF accepts a state-changing request only when it comes from this
// site: the browser's Sec-Fetch-Site and Origin, when sent, must say so
// (the Origin's name one of the allowed host names, and its port the one
// the request was sent to),
// and the form must carry the token of the request's session cookie. It
// returns the reason of a refusal, or "".
func (s *Server) checkCSRF(r *http.Request) string {
	if site := r.Header.Get("Sec-Fetch-Site"); site != "" && site != "same-origin" && site != "none" {
		return "Sec-Fetch-Site: " + site
	}
	if o := r.Header.Get("Origin"); o != "" && (!s.hosts.originAllowed(o) || !sameOrigin(o, r.Host)) {
		return "Origin: " + o
	}
	c, err := r.Cookie(sessionCookie)
	if err != nil || !validSession(c.Value) {
		return "no session cookie"
	}
	got := r.PostFormValue(csrfField)
	want := s.csrfToken(c.Value)
	if got == "" || !hmac.Equal([]byte(got), []byte(want)) {
		return "missing or wrong form token"
	}
	return ""
}

// sameOrigin compares an Origin header with the Host the request was sent
// to, ports included (the scheme's default port when one side omits it).
// "null" (a sandboxed or file page) is foreign.
func sameOrigin(origin, host string) bool {
	u, err := url.Parse(origin)
	if err != nil || u.Host == "" {
		return false
	}
	def := "80"
	if u.Scheme == "https" {
		def = "443"
	}
	return strings.EqualFold(withPort(u.Host, def), withPort(host, def))
}

func withPort(h, def string) string {
	if _, _, err := net.SplitHostPort(h); err == nil {
		return h
	}
	return net.JoinHostPort(strings.Trim(h, "[]"), def)
}

// IsLoopback reports whether addr (host:port, as --addr takes it) binds
// only the loopback interface. An empty host binds every interface.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// hostSet is the Host names the dashboard answers to: the name or address
// it was bound to, the loopback names when it is bound to loopback, and
// the names given with --allow-host. A page of another site whose name was
// made to resolve to the dashboard's address (DNS rebinding) sends its own
// name as Host and is refused before any handler runs.
type hostSet struct {
	names map[string]bool
	// anyIP accepts any IP literal: the server is bound to every
	// interface, and a literal address cannot be rebound.
	anyIP bool
}

// newHostSet builds the set for the listen address addr (host:port; empty
// means the default 127.0.0.1) and the extra names.
func newHostSet(addr string, extra []string) (hostSet, error) {
	hs := hostSet{names: map[string]bool{}}
	host := "127.0.0.1"
	if addr != "" {
		h, _, err := net.SplitHostPort(addr)
		if err != nil {
			return hs, err
		}
		host = h
	}
	host = normHost(host)
	loopbackNames := func() {
		for _, n := range []string{"localhost", "127.0.0.1", "::1"} {
			hs.names[n] = true
		}
	}
	switch ip := net.ParseIP(host); {
	case host == "" || (ip != nil && ip.IsUnspecified()):
		hs.anyIP = true
		loopbackNames()
	case host == "localhost" || (ip != nil && ip.IsLoopback()):
		hs.names[host] = true
		loopbackNames()
	default:
		hs.names[host] = true
	}
	for _, e := range extra {
		for _, n := range strings.Split(e, ",") {
			n = strings.TrimSpace(n)
			if n == "" {
				continue
			}
			if strings.ContainsAny(n, "/?#@ \t") {
				return hs, fmt.Errorf("%q is not a host name (give a name such as dash.tinh.gov.vn, without http://)", n)
			}
			if h, _, err := net.SplitHostPort(n); err == nil {
				n = h
			}
			if n = normHost(n); n == "" {
				return hs, fmt.Errorf("%q is not a host name", e)
			}
			hs.names[n] = true
		}
	}
	return hs, nil
}

// normHost lower-cases a host name and drops IPv6 brackets and a final dot.
func normHost(h string) string {
	return strings.TrimSuffix(strings.ToLower(strings.Trim(h, "[]")), ".")
}

// allowed reports whether a Host header (name or name:port) is one of the
// set's names.
func (hs hostSet) allowed(hostport string) bool {
	h := hostport
	if x, _, err := net.SplitHostPort(hostport); err == nil {
		h = x
	} else if strings.Contains(hostport, ":") && !strings.HasPrefix(hostport, "[") && net.ParseIP(hostport) == nil {
		return false // "name:" or another malformed port
	}
	h = normHost(h)
	if h == "" {
		return false
	}
	if hs.names[h] {
		return true
	}
	return hs.anyIP && net.ParseIP(h) != nil
}

// originAllowed reports whether an Origin header names an allowed host.
func (hs hostSet) originAllowed(origin string) bool {
	u, err := url.Parse(origin)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return false
	}
	return hs.allowed(u.Host)
}

// checkHost answers 421 Misdirected Request to a request whose Host is
// not one of the allowed names, before any handler (and the token check)
// sees it.
func (s *Server) checkHost(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.hosts.allowed(r.Host) {
			next.ServeHTTP(w, r)
			return
		}
		s.log.Warn("request refused: unknown Host", "host", r.Host, "remote", r.RemoteAddr)
		http.Error(w, s.pages.lang(r).T("err.host"), http.StatusMisdirectedRequest)
	})
}

// allowMethods answers 405 with the Allow header to methods the dashboard
// has no route for (PUT, DELETE, PATCH, …), whatever the path.
func (s *Server) allowMethods(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet, http.MethodHead, http.MethodPost:
			next.ServeHTTP(w, r)
			return
		}
		w.Header().Set("Allow", "GET, HEAD, POST")
		http.Error(w, s.pages.lang(r).T("err.method"), http.StatusMethodNotAllowed)
	})
}
