// Package demo is the bundled demo province: five portals of An Giang served
// on loopback from embedded pages, messy as real ones are, and the catalogue
// and configuration to audit them. `tthcaudit demo` and the end-to-end tests
// use it; it needs no network and no files.
package demo

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/config"
)

//go:embed testdata/catalog.csv testdata/portals
var files embed.FS

// Portal is one demo portal as the configuration lists it.
type Portal struct {
	ID     string
	Name   string
	Level  string
	Agency string
	// Dir is the portal's folder under testdata/portals.
	Dir string
	// Start is the start page's path on the portal's host.
	Start string
	// Scope is the configuration's scope for the portal, if any.
	Scope []string
}

// Portals are the demo province's portals, in configuration order.
var Portals = []Portal{
	{ID: "an-giang", Name: "Cổng thông tin điện tử tỉnh An Giang", Level: "tinh", Dir: "an-giang", Start: "/thu-tuc-hanh-chinh"},
	{ID: "tri-ton", Name: "UBND huyện Tri Tôn", Level: "huyen", Dir: "tri-ton", Start: "/tthc/"},
	{ID: "thoai-son", Name: "UBND huyện Thoại Sơn", Level: "huyen", Dir: "thoai-son", Start: "/thu-tuc/"},
	{ID: "so-ldtbxh", Name: "Sở Lao động - Thương binh và Xã hội", Level: "tinh", Agency: "Sở Lao động - Thương binh và Xã hội", Dir: "so-ldtbxh", Start: "/dich-vu-cong/thu-tuc"},
	{ID: "luong-phi", Name: "UBND xã Lương Phi", Level: "xa", Dir: "luong-phi", Start: "/thu-tuc-hanh-chinh"},
}

// failOnce lists pages that answer 503 to their first request, as an
// overloaded portal does: a crawler that retries still reads them.
var failOnce = map[string]bool{
	"an-giang/thu-tuc-hanh-chinh@page=2.html": true,
}

// Province is the running demo: one loopback server per portal.
type Province struct {
	// URLs maps a portal id to its start URL.
	URLs    map[string]string
	servers []*http.Server
	wg      sync.WaitGroup

	mu     sync.Mutex
	served map[string]int
}

// Start serves every demo portal on 127.0.0.1, each on a port of its own
// (hosts differ, as the portals' do). Close stops them.
func Start() (*Province, error) {
	p := &Province{URLs: map[string]string{}, served: map[string]int{}}
	for _, po := range Portals {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			p.Close()
			return nil, fmt.Errorf("demo: cannot listen on loopback: %w", err)
		}
		srv := &http.Server{Handler: p.handler(po.Dir), ReadHeaderTimeout: 5 * time.Second}
		p.servers = append(p.servers, srv)
		p.URLs[po.ID] = "http://" + ln.Addr().String() + po.Start
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			_ = srv.Serve(ln) // returns ErrServerClosed on Close
		}()
	}
	return p, nil
}

// Close stops the servers and waits for them.
func (p *Province) Close() {
	for _, s := range p.servers {
		_ = s.Close()
	}
	p.wg.Wait()
}

// Requests returns how many times the file behind a portal's path was
// asked for (tests use it to see the politeness rules obeyed).
func (p *Province) Requests(portalDir, file string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.served[portalDir+"/"+file]
}

// handler serves one portal's folder. A path maps to a file as the pages
// were saved: "/" → index.html, "/a" → a.html, "/a/" → a/index.html, and a
// query string is kept in the name ("/a?page=2" → a@page=2.html).
func (p *Province) handler(dir string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name := fileFor(r.URL.Path, r.URL.RawQuery)
		key := dir + "/" + name
		p.mu.Lock()
		p.served[key]++
		n := p.served[key]
		p.mu.Unlock()
		if failOnce[key] && n == 1 {
			http.Error(w, "Service Unavailable", http.StatusServiceUnavailable)
			return
		}
		body, err := fs.ReadFile(files, "testdata/portals/"+key)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		switch {
		case strings.HasSuffix(name, ".txt"):
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		case declaresLegacyCharset(body):
			// Like the old portals it imitates: the charset only in <meta>.
			w.Header().Set("Content-Type", "text/html")
		default:
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
		}
		_, _ = w.Write(body)
	})
}

func declaresLegacyCharset(body []byte) bool {
	head := body
	if len(head) > 1024 {
		head = head[:1024]
	}
	return strings.Contains(strings.ToLower(string(head)), "windows-1258")
}

// fileFor maps a URL path and query to the saved file's name.
func fileFor(urlPath, rawQuery string) string {
	clean := path.Clean("/" + urlPath)
	name := strings.TrimPrefix(clean, "/")
	switch {
	case name == "":
		name = "index"
	case strings.HasSuffix(urlPath, "/"):
		name += "/index"
	}
	ext := path.Ext(name)
	if ext == ".html" || ext == ".txt" {
		name = strings.TrimSuffix(name, ext)
	} else {
		ext = ".html"
	}
	if rawQuery != "" {
		name += "@" + rawQuery
	}
	return name + ext
}

// CatalogCSV returns the demo catalogue (59 procedures of the real national
// data, with the levels, fields and agencies of a three-tier province).
func CatalogCSV() []byte {
	b, err := files.ReadFile("testdata/catalog.csv")
	if err != nil {
		panic("demo: catalogue not embedded: " + err.Error()) // a build error, not a run-time one
	}
	return b
}

// YAML returns the demo configuration for the running portals, with the
// catalogue at catalogPath (relative to the configuration's folder).
func (p *Province) YAML(catalogPath string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "# Tỉnh An Giang (dữ liệu minh hoạ): cấu hình do `tthcaudit demo` tạo ra.\n")
	fmt.Fprintf(&b, "catalog: %s\n", catalogPath)
	b.WriteString("defaults:\n  delay: 5ms\n  parallelism: 4\n  timeout: 5s\n  max_pages: 200\n  retries: 2\n")
	b.WriteString("  user_agent: \"tthcaudit-demo (+https://github.com/tthcaudit/tthcaudit)\"\n")
	b.WriteString("portals:\n")
	for _, po := range Portals {
		fmt.Fprintf(&b, "  - id: %s\n    name: %q\n    level: %s\n", po.ID, po.Name, po.Level)
		if po.Agency != "" {
			fmt.Fprintf(&b, "    agency: %q\n", po.Agency)
		}
		fmt.Fprintf(&b, "    urls: [%q]\n", p.URLs[po.ID])
		if len(po.Scope) > 0 {
			fmt.Fprintf(&b, "    scope: [%s]\n", quoteAll(po.Scope))
		}
		fmt.Fprintf(&b, "    contact: %s@example.gov.vn\n", po.ID)
	}
	return []byte(b.String())
}

func quoteAll(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, ", ")
}

// Config writes the demo catalogue (catalog.csv) and configuration
// (audit.yaml) into dir and loads the configuration.
func (p *Province) Config(dir string) (*config.Config, error) {
	if len(p.URLs) == 0 {
		return nil, errors.New("demo: the province is not started")
	}
	if err := os.WriteFile(filepath.Join(dir, "catalog.csv"), CatalogCSV(), 0o644); err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	cfgPath := filepath.Join(dir, "audit.yaml")
	if err := os.WriteFile(cfgPath, p.YAML("catalog.csv"), 0o644); err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	return config.Load(cfgPath)
}
