// Package demo is the bundled demo province: five portals of An Giang served
// on loopback from embedded pages, messy as real ones are, and the catalogue
// and configuration to audit them. `tthcaudit demo` and the end-to-end tests
// use it; it needs no network and no files.
package demo

import (
	"bytes"
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

//go:embed testdata/catalog.csv testdata/portals testdata/2025/catalog.csv testdata/2025/portals
var files embed.FS

// Era is one demo province: its portals, its catalogue and what its
// configuration says beyond the portals.
type Era struct {
	// ID is what `demo --era` takes: "2018" or "2025".
	ID string
	// Root is the era's folder under which catalog.csv and portals/ sit.
	Root string
	// Title opens the configuration.
	Title   string
	Portals []Portal
	// PublishVia are the portals (by id) whose hosts are public-service
	// portals where a link counts as publication by link.
	PublishVia   []string
	AcceptByLink bool
	// failOnce lists pages that answer 503 to their first request.
	failOnce map[string]bool
}

// Era2018 is the province of the seed letter, before the 2025 reform:
// three tiers (tỉnh, huyện, xã).
var Era2018 = &Era{ID: "2018", Root: "testdata", Title: "Tỉnh An Giang trước 2025, ba cấp (dữ liệu minh hoạ)",
	Portals: Portals, failOnce: failOnce}

// Era2025 is the merged An Giang after 1 July 2025: two tiers (tỉnh and
// xã), the catalogue as `catalog fetch` writes the national list (levels,
// record ids, parts lacking on the national database), the provincial
// portal, the province's public-service portal, and three communes — a
// xã that publishes by linking to the public-service portals, a phường
// and an đặc khu that publish on their own pages.
var Era2025 = &Era{ID: "2025", Root: "testdata/2025", Title: "Tỉnh An Giang sau hợp nhất 2025, hai cấp (dữ liệu minh hoạ)",
	Portals: []Portal{
		{ID: "an-giang", Name: "Cổng thông tin điện tử tỉnh An Giang", Level: "tinh", Dir: "an-giang", Start: "/thu-tuc-hanh-chinh"},
		{ID: "dvc-an-giang", Name: "Cổng Dịch vụ công tỉnh An Giang", Level: "tinh", Dir: "dvc-an-giang", Start: "/thu-tuc-hanh-chinh"},
		{ID: "xa-tri-ton", Name: "UBND xã Tri Tôn", Level: "xa", Dir: "xa-tri-ton", Start: "/thu-tuc-hanh-chinh"},
		{ID: "phuong-long-xuyen", Name: "UBND phường Long Xuyên", Level: "xa", Dir: "phuong-long-xuyen", Start: "/thu-tuc-hanh-chinh"},
		{ID: "dac-khu-phu-quoc", Name: "UBND đặc khu Phú Quốc", Level: "xa", Dir: "dac-khu-phu-quoc", Start: "/thu-tuc-hanh-chinh"},
	},
	PublishVia: []string{"dvc-an-giang"}, AcceptByLink: true}

// EraByID returns the era `demo --era` names.
func EraByID(id string) (*Era, bool) {
	for _, e := range []*Era{Era2018, Era2025} {
		if e.ID == id {
			return e, true
		}
	}
	return nil, false
}

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
	URLs map[string]string
	// Era is the province served.
	Era *Era
	// bases maps a portal id to its scheme and host.
	bases   map[string]string
	servers []*http.Server
	wg      sync.WaitGroup

	mu     sync.Mutex
	served map[string]int
}

// Start serves every demo portal on 127.0.0.1, each on a port of its own
// (hosts differ, as the portals' do). Close stops them.
func Start() (*Province, error) { return StartEra(Era2018) }

// StartEra serves the portals of one era, as Start does.
func StartEra(era *Era) (*Province, error) {
	p := &Province{URLs: map[string]string{}, Era: era, bases: map[string]string{}, served: map[string]int{}}
	var lns []net.Listener
	for range era.Portals {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			for _, l := range lns {
				_ = l.Close()
			}
			return nil, fmt.Errorf("demo: cannot listen on loopback: %w", err)
		}
		lns = append(lns, ln)
	}
	// Every address is known before any page is served: pages link to
	// the other portals of the province ({{url:ID}}).
	for i, po := range era.Portals {
		p.bases[po.ID] = "http://" + lns[i].Addr().String()
		p.URLs[po.ID] = p.bases[po.ID] + po.Start
	}
	for i, po := range era.Portals {
		ln := lns[i]
		srv := &http.Server{Handler: p.handler(po.Dir), ReadHeaderTimeout: 5 * time.Second}
		p.servers = append(p.servers, srv)
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
		if p.Era.failOnce[key] && n == 1 {
			http.Error(w, "Service Unavailable", http.StatusServiceUnavailable)
			return
		}
		body, err := fs.ReadFile(files, p.Era.Root+"/portals/"+key)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		for id, base := range p.bases {
			body = bytes.ReplaceAll(body, []byte("{{url:"+id+"}}"), []byte(base))
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
func CatalogCSV() []byte { return Era2018.CatalogCSV() }

// CatalogCSV returns the era's catalogue.
func (e *Era) CatalogCSV() []byte {
	b, err := files.ReadFile(e.Root + "/catalog.csv")
	if err != nil {
		panic("demo: catalogue not embedded: " + err.Error()) // a build error, not a run-time one
	}
	return b
}

// YAML returns the demo configuration for the running portals, with the
// catalogue at catalogPath (relative to the configuration's folder).
func (p *Province) YAML(catalogPath string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s: cấu hình do `tthcaudit demo` tạo ra.\n", p.Era.Title)
	fmt.Fprintf(&b, "catalog: %s\n", catalogPath)
	if len(p.Era.PublishVia) > 0 {
		var hosts []string
		for _, id := range p.Era.PublishVia {
			hosts = append(hosts, strings.TrimPrefix(p.bases[id], "http://"))
		}
		fmt.Fprintf(&b, "# Cổng dịch vụ công của tỉnh: liên kết tới trang thủ tục trên đó là công bố bằng liên kết.\n")
		fmt.Fprintf(&b, "publish_via: [%s]\n", quoteAll(hosts))
	}
	if p.Era.AcceptByLink {
		b.WriteString("accept_by_link: true\n")
	}
	b.WriteString("defaults:\n  delay: 5ms\n  parallelism: 4\n  timeout: 5s\n  max_pages: 200\n  retries: 2\n")
	b.WriteString("  user_agent: \"tthcaudit-demo (+https://github.com/tthcaudit/tthcaudit)\"\n")
	b.WriteString("portals:\n")
	for _, po := range p.Era.Portals {
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
	if err := os.WriteFile(filepath.Join(dir, "catalog.csv"), p.Era.CatalogCSV(), 0o644); err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	cfgPath := filepath.Join(dir, "audit.yaml")
	if err := os.WriteFile(cfgPath, p.YAML("catalog.csv"), 0o644); err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	return config.Load(cfgPath)
}
