package crawler

import (
	"net"
	"net/url"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/weburl"
)

// scope decides which URLs the crawl may fetch: the hosts of the start URLs,
// and under the configured path prefixes when there are any.
type scope struct {
	hosts    map[string]bool
	prefixes []string
}

func newScope(starts []*url.URL, prefixes []string) *scope {
	s := &scope{hosts: map[string]bool{}}
	for _, u := range starts {
		s.hosts[u.Host] = true
		// The same site with and without "www." (portals redirect one to
		// the other).
		if h, ok := strings.CutPrefix(u.Host, "www."); ok {
			s.hosts[h] = true
		} else if strings.Count(u.Host, ".") >= 1 && net.ParseIP(u.Hostname()) == nil && u.Hostname() != "localhost" {
			s.hosts["www."+u.Host] = true
		}
	}
	for _, p := range prefixes {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if pu, err := url.Parse(p); err == nil && pu.Host != "" {
			// A full URL as prefix: its host joins the scope.
			weburl.Canonicalise(pu)
			s.hosts[pu.Host] = true
			p = pu.Path
		}
		if !strings.HasPrefix(p, "/") {
			p = "/" + p
		}
		s.prefixes = append(s.prefixes, p)
	}
	return s
}

// onHost reports whether u is on one of the crawl's hosts.
func (s *scope) onHost(u *url.URL) bool { return s.hosts[u.Host] }

// contains reports whether u may be fetched.
func (s *scope) contains(u *url.URL) bool {
	if !s.hosts[u.Host] {
		return false
	}
	if len(s.prefixes) == 0 {
		return true
	}
	for _, p := range s.prefixes {
		if strings.HasPrefix(u.Path, p) {
			return true
		}
	}
	return false
}
