package config

import (
	"github.com/tthcaudit/tthcaudit/internal/redact"

	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/andybalholm/cascadia"
	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"go.yaml.in/yaml/v3"
)

// Built-in defaults, used where neither the portal nor `defaults` sets a key.
const (
	DefaultDelay        = 500 * time.Millisecond
	DefaultParallelism  = 2
	DefaultMaxPages     = 5000
	DefaultTimeout      = 20 * time.Second
	DefaultUserAgent    = "tthcaudit/0.1 (+https://github.com/tthcaudit/tthcaudit)"
	DefaultMaxBodyBytes = 8 << 20
	DefaultRetries      = 2
)

var (
	idRe      = regexp.MustCompile(`^[a-z0-9-]+$`)
	levelsSet = map[string]bool{"bo": true, "tinh": true, "huyen": true, "xa": true, "khac": true}
)

// UnmarshalYAML reads "500ms", "20s", "1m30s".
func (d *Duration) UnmarshalYAML(n *yaml.Node) error {
	var s string
	if err := n.Decode(&s); err != nil {
		return errf("dòng %d: %q không phải khoảng thời gian (viết ví dụ 500ms hoặc 20s)", "line %d: %q is not a duration (write e.g. 500ms or 20s)", n.Line, n.Value)
	}
	v, err := time.ParseDuration(strings.TrimSpace(s))
	if err != nil || v < 0 {
		return errf("dòng %d: %q không phải khoảng thời gian (viết ví dụ 500ms hoặc 20s)", "line %d: %q is not a duration (write e.g. 500ms or 20s)", n.Line, s)
	}
	*d = Duration(v)
	return nil
}

// UnmarshalYAML reads one file name or a list of them.
func (l *CatalogList) UnmarshalYAML(n *yaml.Node) error {
	switch n.Kind {
	case yaml.ScalarNode:
		var s string
		if err := n.Decode(&s); err != nil {
			return err
		}
		*l = CatalogList{s}
		return nil
	case yaml.SequenceNode:
		var ss []string
		for _, c := range n.Content {
			if c.Kind != yaml.ScalarNode {
				return errf("dòng %d: mỗi mục của catalog: là một tên tệp (viết ví dụ catalog: [base.xlsx, decisions/2031-QD-UBND.pdf])", "line %d: each entry of catalog: is a file name (write e.g. catalog: [base.xlsx, decisions/2031-QD-UBND.pdf])", c.Line)
			}
			ss = append(ss, c.Value)
		}
		*l = ss
		return nil
	}
	return errf("dòng %d: catalog: là một tên tệp hoặc danh sách tên tệp (viết ví dụ catalog: catalog.csv hoặc catalog: [base.xlsx, decisions/2031-QD-UBND.pdf])", "line %d: catalog: is a file name or a list of file names (write e.g. catalog: catalog.csv or catalog: [base.xlsx, decisions/2031-QD-UBND.pdf])", n.Line)
}

// MarshalYAML writes the duration as Go writes it.
func (d Duration) MarshalYAML() (any, error) { return time.Duration(d).String(), nil }

// Load reads and checks the configuration at path. Every error names the
// file and, where it can, the line.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, errf("%s: không đọc được tệp cấu hình: %w", "%s: cannot read the configuration: %w", path, err)
	}
	return Parse(path, data)
}

// Parse reads a configuration from data; path names it in errors and anchors
// relative paths.
func Parse(path string, data []byte) (*Config, error) {
	var c Config
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("%s: %s", path, cleanYAMLError(err, data))
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, errf("%s: tệp cấu hình trống", "%s: the configuration is empty", path)
		}
		return nil, fmt.Errorf("%s: %s", path, cleanYAMLError(err, data))
	}
	c.Path = path
	portalLines(&root, &c)
	markDelays(&root, &c)
	if err := c.validate(locator{path: path, root: &root}); err != nil {
		return nil, err
	}
	return &c, nil
}

// tokenRe parses yaml's "line 3: found character that cannot start any
// token", which a tab in the indentation gives.
var tokenRe = regexp.MustCompile(`^line (\d+): found character that cannot start any token`)

// lineHasTab reports whether line n (1-based, as text) of data holds a tab.
func lineHasTab(data []byte, n string) bool {
	var i int
	if _, err := fmt.Sscan(n, &i); err != nil || i < 1 {
		return false
	}
	lines := strings.Split(string(data), "\n")
	return i <= len(lines) && strings.Contains(lines[i-1], "\t")
}

// cannotRe parses yaml's "line 3: cannot unmarshal !!str `x` into int".
var cannotRe = regexp.MustCompile("^(line \\d+): cannot unmarshal !!(\\w+)(?: `(.*)`)? into (.+)$")

// describeMismatch says in plain words what a value should have been.
func describeMismatch(kind, value, into string) string {
	what := "a value of another kind"
	switch {
	case strings.HasPrefix(into, "int"):
		what = "a whole number"
	case into == "bool":
		what = "true or false"
	case into == "string":
		what = "text"
	case strings.HasPrefix(into, "[]"):
		what = "a list"
	case strings.HasPrefix(into, "config.") || strings.HasPrefix(into, "*config."):
		what = "a block of keys"
	}
	if value != "" {
		return fmt.Sprintf("%q should be %s", value, what)
	}
	return fmt.Sprintf("this %s should be %s", map[string]string{"seq": "list", "map": "block", "str": "text"}[kind], what)
}

// cleanYAMLError turns "yaml: unmarshal errors:\n  line 5: field x not found
// in type config.Portal" into "line 5: unknown key x".
func cleanYAMLError(err error, data []byte) string {
	s := err.Error()
	s = strings.TrimPrefix(s, "yaml: unmarshal errors:\n")
	s = strings.TrimPrefix(s, "yaml: ")
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if i := strings.Index(l, ": field "); i >= 0 && strings.Contains(l, " not found in type ") {
			key := l[i+len(": field "):]
			key = key[:strings.Index(key, " not found")]
			n := strings.TrimPrefix(l[:i], "line ")
			l = "dòng " + n + ": khóa " + key + " không có trong cấu hình — kiểm tra chính tả và thụt lề (line " + n + ": unknown key " + key + "; check its spelling and indentation)"
		}
		if m := tokenRe.FindStringSubmatch(l); m != nil && lineHasTab(data, m[1]) {
			l = "dòng " + m[1] + ": dùng dấu cách để thụt lề, không dùng phím Tab (line " + m[1] + ": indent with spaces, not tabs)"
		}
		if m := cannotRe.FindStringSubmatch(l); m != nil {
			l = m[1] + ": " + describeMismatch(m[2], m[3], m[4])
		}
		lines = append(lines, l)
	}
	return strings.Join(lines, "; ")
}

// portalLines records the line of each portal entry for later messages.
func portalLines(root *yaml.Node, c *Config) {
	if len(root.Content) == 0 {
		return
	}
	m := root.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value != "portals" {
			continue
		}
		for j, p := range m.Content[i+1].Content {
			if j < len(c.Portals) {
				c.Portals[j].Line = p.Line
			}
		}
	}
}

// markDelays sets Crawl.DelaySet where the delay key is written, so that
// Effective tells `delay: 0s` (no delay) from no key (the default).
func markDelays(root *yaml.Node, c *Config) {
	if len(root.Content) == 0 {
		return
	}
	m := deref(root.Content[0])
	if m.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		v := deref(m.Content[i+1])
		switch m.Content[i].Value {
		case "defaults":
			c.Defaults.DelaySet = hasKey(v, "delay")
		case "portals":
			for j, p := range v.Content {
				if j < len(c.Portals) {
					c.Portals[j].DelaySet = hasKey(deref(p), "delay")
				}
			}
		}
	}
}

// deref follows a YAML alias to the node it names.
func deref(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

// hasKey reports whether mapping node m has the key.
func hasKey(m *yaml.Node, key string) bool {
	if m.Kind != yaml.MappingNode {
		return false
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return true
		}
	}
	return false
}

func (c *Config) validate(loc locator) error {
	if len(c.Catalog) == 0 || strings.TrimSpace(c.Catalog[0]) == "" {
		return errf("%s: chưa có danh mục: thêm `catalog: catalog.csv` (tệp .csv, .xlsx hoặc .json, hoặc danh sách: danh mục gốc rồi các quyết định)", "%s: no catalogue: add `catalog: catalog.csv` (a .csv, .xlsx or .json file, or a list: base catalogue, then decisions)", c.Path)
	}
	for i, p := range c.CatalogPaths() {
		at := loc.at("catalog")
		if len(c.Catalog) > 1 {
			at = loc.at("catalog", i)
		}
		if strings.TrimSpace(c.Catalog[i]) == "" {
			return errf("%s: catalog: mục thứ %d để trống", "%s: catalog: entry %d is empty", at, i+1)
		}
		if fi, err := os.Stat(p); err != nil || fi.IsDir() {
			return errf("%s: không có tệp danh mục %s (đường dẫn tính từ thư mục của tệp cấu hình)", "%s: the catalogue %s does not exist (the path is relative to the configuration file)", at, p)
		}
	}
	if c.CatalogReference != "" {
		if fi, err := os.Stat(c.CatalogReferencePath()); err != nil || fi.IsDir() {
			return errf("%s: catalog_reference: không có tệp %s (đường dẫn tính từ thư mục của tệp cấu hình)", "%s: catalog_reference: %s does not exist (the path is relative to the configuration file)", loc.at("catalog_reference"), c.CatalogReferencePath())
		}
	}
	for i, h := range c.PublishVia {
		host := PublishHost(h)
		if !hostRe.MatchString(host) {
			return fmt.Errorf("%s: publish_via: %q is not a host name (write e.g. dichvucong.angiang.gov.vn)", loc.at("publish_via", i), h)
		}
	}
	if len(c.Portals) == 0 {
		return errf("%s: chưa có cổng nào: liệt kê ít nhất một cổng dưới `portals:`", "%s: no portals: list at least one under `portals:`", loc.at("portals"))
	}
	if c.ConcurrentPortals < 0 {
		return errf("%s: concurrent_portals phải từ 1 trở lên (hoặc bỏ đi để dùng mặc định)", "%s: concurrent_portals must be at least 1 (or left out for the default)", loc.at("concurrent_portals"))
	}
	if err := c.Defaults.validate(loc, "defaults"); err != nil {
		return err
	}
	seen := map[string]int{}
	for i, p := range c.Portals {
		at := func(path ...any) string { return loc.at(append([]any{"portals", i}, path...)...) }
		if !idRe.MatchString(p.ID) {
			return errf("%s: mã cổng %q chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang", "%s: portal id %q must be lower-case letters, digits and dashes", at("id"), p.ID)
		}
		if l, dup := seen[p.ID]; dup {
			return errf("%s: mã cổng %q dùng hai lần (lần đầu ở dòng %d): mỗi cổng một mã riêng", "%s: portal id %q is used twice (first at line %d): give each portal its own id", at("id"), p.ID, l)
		}
		seen[p.ID] = loc.line("portals", i, "id")
		if l, ok := catalog.ParseLevel(p.Level); ok {
			// Officials write "huyện", "Cấp Phường": keep the key.
			p.Level = string(l)
			c.Portals[i].Level = p.Level
		}
		if _, err := c.TLSConfig(p); err != nil {
			return fmt.Errorf("%s: %w", at("tls"), err)
		}
		if !levelsSet[p.Level] {
			return errf("%s: cổng %s: cấp %q không hợp lệ (dùng bo, tinh, huyen, xa hoặc khac)", "%s: portal %s: level %q is unknown (use bo, tinh, huyen, xa or khac)", at("level"), p.ID, p.Level)
		}
		for j, l := range p.Require.Levels {
			if pl, ok := catalog.ParseLevel(l); ok {
				l = string(pl)
				c.Portals[i].Require.Levels[j] = l
			}
			if !levelsSet[l] {
				return errf("%s: cổng %s: require.levels: %q không hợp lệ (dùng bo, tinh, huyen, xa hoặc khac)", "%s: portal %s: require.levels: %q is unknown (use bo, tinh, huyen, xa or khac)", at("require", "levels", j), p.ID, l)
			}
		}
		for _, key := range []string{"codes", "exempt"} {
			list := p.Require.Codes
			if key == "exempt" {
				list = p.Require.Exempt
			}
			for j, code := range list {
				if !codeRe.MatchString(strings.TrimSpace(code)) {
					return errf("%s: cổng %s: require.%s: %q không phải mã thủ tục (viết ví dụ 1.001234)", "%s: portal %s: require.%s: %q is not a procedure code (write e.g. 1.001234)", at("require", key, j), p.ID, key, code)
				}
			}
		}
		if len(p.URLs) == 0 {
			return errf("%s: cổng %s chưa có địa chỉ: thêm `urls: [\"https://…\"]`", "%s: portal %s has no urls: add `urls: [\"https://…\"]`", at(), p.ID)
		}
		for j, u := range p.URLs {
			pu, err := url.Parse(u)
			if err != nil || (pu.Scheme != "http" && pu.Scheme != "https") || pu.Host == "" {
				return errf("%s: cổng %s: %q không phải địa chỉ http(s) (viết ví dụ https://example.gov.vn/thu-tuc)", "%s: portal %s: %q is not an http(s) address (write e.g. https://example.gov.vn/thu-tuc)", at("urls", j), p.ID, u)
			}
		}
		for j, s := range p.Scope {
			if !strings.HasPrefix(s, "/") {
				return errf("%s: cổng %s: scope %q phải là đường dẫn bắt đầu bằng /", "%s: portal %s: scope %q must be a URL path starting with /", at("scope", j), p.ID, s)
			}
		}
		if err := p.Selectors.validate(loc, i, p.ID); err != nil {
			return err
		}
		if err := p.Crawl.validate(loc, "portals", i); err != nil {
			return err
		}
	}
	if c.Webhook != nil {
		pu, err := url.Parse(c.Webhook.URL)
		if err != nil || (pu.Scheme != "http" && pu.Scheme != "https") || pu.Host == "" {
			return errf("%s: webhook: %q không phải địa chỉ http(s)", "%s: webhook: %q is not an http(s) address", loc.at("webhook", "url"), redact.URL(c.Webhook.URL))
		}
	}
	return nil
}

// validate compiles each CSS selector: the crawler reads nothing with a
// selector it cannot compile, so a typo must fail here, naming its line.
func (s *Selectors) validate(loc locator, i int, id string) error {
	if s == nil {
		return nil
	}
	if strings.TrimSpace(s.Item) == "" {
		return errf("%s: cổng %s: cần selectors.item (bộ chọn CSS của một mục thủ tục, ví dụ \"table.tthc tr\")", "%s: portal %s: selectors.item is required (the CSS selector of one procedure entry, e.g. \"table.tthc tr\")", loc.at("portals", i, "selectors"), id)
	}
	for _, f := range []struct{ key, sel string }{{"item", s.Item}, {"name", s.Name}, {"code", s.Code}, {"link", s.Link}, {"field", s.Field}} {
		if f.sel == "" {
			continue
		}
		if _, err := cascadia.Compile(f.sel); err != nil {
			return errf("%s: cổng %s: selectors.%s: %q không phải bộ chọn CSS (%v)", "%s: portal %s: selectors.%s: %q is not a CSS selector (%v)", loc.at("portals", i, "selectors", f.key), id, f.key, f.sel, err)
		}
	}
	return nil
}

// codeRe is a procedure code with an optional longer tail (1.001234.000.00.00.H01).
var codeRe = regexp.MustCompile(`^[123]\.\d{6}(\.[0-9A-Za-z]+)*$`)

// validate checks the limits of a defaults block (path "defaults") or of a
// portal (path "portals", i).
func (k Crawl) validate(loc locator, path ...any) error {
	at := func(key string) string { return loc.at(append(append([]any{}, path...), key)...) }
	where := "defaults"
	if len(path) == 2 {
		where = "portal"
	}
	switch {
	case k.Parallelism < 0:
		return errf("%s: %s: parallelism phải từ 1 trở lên", "%s: %s: parallelism must be at least 1", at("parallelism"), where)
	case k.MaxPages < 0:
		return errf("%s: %s: max_pages phải từ 1 trở lên", "%s: %s: max_pages must be at least 1", at("max_pages"), where)
	case k.MaxBodyBytes < 0:
		return errf("%s: %s: max_body_bytes phải lớn hơn 0", "%s: %s: max_body_bytes must be positive", at("max_body_bytes"), where)
	case k.Retries != nil && *k.Retries < 0:
		return errf("%s: %s: retries phải từ 0 trở lên", "%s: %s: retries must be 0 or more", at("retries"), where)
	}
	return nil
}

// CatalogPath is the first catalogue file's path (the base catalogue of a
// list), resolved against the config's folder. CatalogPaths gives them all.
func (c *Config) CatalogPath() string {
	if len(c.Catalog) == 0 {
		return filepath.Dir(c.Path)
	}
	return c.resolve(c.Catalog[0])
}

// CatalogPaths are the catalogue list's paths, in the order written,
// resolved against the config's folder.
func (c *Config) CatalogPaths() []string {
	out := make([]string, len(c.Catalog))
	for i, p := range c.Catalog {
		out[i] = c.resolve(p)
	}
	return out
}

// CatalogReferencePath is catalog_reference resolved against the config's
// folder, or "" when not set.
func (c *Config) CatalogReferencePath() string {
	if c.CatalogReference == "" {
		return ""
	}
	return c.resolve(c.CatalogReference)
}

func (c *Config) resolve(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(filepath.Dir(c.Path), p)
}

// Portal returns the portal with that id.
func (c *Config) Portal(id string) (Portal, bool) {
	for _, p := range c.Portals {
		if p.ID == id {
			return p, true
		}
	}
	return Portal{}, false
}

// Effective returns the portal's crawl settings: its own keys, then the
// config's defaults, then the built-in defaults.
func (c *Config) Effective(p Portal) Crawl {
	e := p.Crawl
	d := c.Defaults
	// A written delay, 0s included, is kept; an absent one comes from
	// the defaults, then the built-in default.
	if !e.DelaySet && e.Delay == 0 {
		e.Delay, e.DelaySet = d.Delay, d.DelaySet
	}
	if !e.DelaySet && e.Delay == 0 {
		e.Delay = Duration(DefaultDelay)
	}
	if e.Parallelism == 0 {
		e.Parallelism = d.Parallelism
	}
	if e.Parallelism == 0 {
		e.Parallelism = DefaultParallelism
	}
	if e.MaxPages == 0 {
		e.MaxPages = d.MaxPages
	}
	if e.MaxPages == 0 {
		e.MaxPages = DefaultMaxPages
	}
	if e.Timeout == 0 {
		e.Timeout = d.Timeout
	}
	if e.Timeout == 0 {
		e.Timeout = Duration(DefaultTimeout)
	}
	if e.UserAgent == "" {
		e.UserAgent = d.UserAgent
	}
	if e.UserAgent == "" {
		e.UserAgent = DefaultUserAgent
	}
	if e.MaxBodyBytes == 0 {
		e.MaxBodyBytes = d.MaxBodyBytes
	}
	if e.MaxBodyBytes == 0 {
		e.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if e.Retries == nil {
		e.Retries = d.Retries
	}
	if e.Retries == nil {
		r := DefaultRetries
		e.Retries = &r
	}
	return e
}

// hostRe is a host name, with a port when one is given.
var hostRe = regexp.MustCompile(`^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?$`)

// PublishHost reads a publish_via entry: a host, or an address whose host
// is taken ("https://dichvucong.angiang.gov.vn/" → dichvucong.angiang.gov.vn),
// in lower case.
func PublishHost(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if u, err := url.Parse(s); err == nil && u.Host != "" {
		return u.Host
	}
	return strings.TrimSuffix(s, "/")
}
