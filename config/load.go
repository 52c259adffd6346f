package config

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

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
		return fmt.Errorf("line %d: %q is not a duration (write e.g. 500ms or 20s)", n.Line, n.Value)
	}
	v, err := time.ParseDuration(strings.TrimSpace(s))
	if err != nil || v < 0 {
		return fmt.Errorf("line %d: %q is not a duration (write e.g. 500ms or 20s)", n.Line, s)
	}
	*d = Duration(v)
	return nil
}

// MarshalYAML writes the duration as Go writes it.
func (d Duration) MarshalYAML() (any, error) { return time.Duration(d).String(), nil }

// Load reads and checks the configuration at path. Every error names the
// file and, where it can, the line.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read the configuration: %w", path, err)
	}
	return Parse(path, data)
}

// Parse reads a configuration from data; path names it in errors and anchors
// relative paths.
func Parse(path string, data []byte) (*Config, error) {
	var c Config
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("%s: %s", path, cleanYAMLError(err))
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil {
		if errors.Is(err, errEmpty) || err.Error() == "EOF" {
			return nil, fmt.Errorf("%s: the configuration is empty", path)
		}
		return nil, fmt.Errorf("%s: %s", path, cleanYAMLError(err))
	}
	c.Path = path
	portalLines(&root, &c)
	if err := c.validate(); err != nil {
		return nil, err
	}
	return &c, nil
}

var errEmpty = errors.New("empty")

// cleanYAMLError turns "yaml: unmarshal errors:\n  line 5: field x not found
// in type config.Portal" into "line 5: unknown key x".
func cleanYAMLError(err error) string {
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
			l = l[:i] + ": unknown key " + key
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

func (c *Config) validate() error {
	at := func(p Portal) string { return fmt.Sprintf("%s:%d", c.Path, p.Line) }
	if strings.TrimSpace(c.Catalog) == "" {
		return fmt.Errorf("%s: no catalogue: add `catalog: catalog.csv` (a .csv, .xlsx or .json file)", c.Path)
	}
	if _, err := os.Stat(c.CatalogPath()); err != nil {
		return fmt.Errorf("%s: the catalogue %s does not exist (the path is relative to the configuration file)", c.Path, c.CatalogPath())
	}
	if len(c.Portals) == 0 {
		return fmt.Errorf("%s: no portals: list at least one under `portals:`", c.Path)
	}
	if err := c.Defaults.validate(c.Path + ": defaults"); err != nil {
		return err
	}
	seen := map[string]int{}
	for _, p := range c.Portals {
		if !idRe.MatchString(p.ID) {
			return fmt.Errorf("%s: portal id %q must be lower-case letters, digits and dashes", at(p), p.ID)
		}
		if l, dup := seen[p.ID]; dup {
			return fmt.Errorf("%s: portal id %q is used twice (first at line %d)", at(p), p.ID, l)
		}
		seen[p.ID] = p.Line
		if !levelsSet[p.Level] {
			return fmt.Errorf("%s: portal %s: level %q is unknown (use bo, tinh, huyen, xa or khac)", at(p), p.ID, p.Level)
		}
		for _, l := range p.Require.Levels {
			if !levelsSet[l] {
				return fmt.Errorf("%s: portal %s: require.levels: %q is unknown (use bo, tinh, huyen, xa or khac)", at(p), p.ID, l)
			}
		}
		if len(p.URLs) == 0 {
			return fmt.Errorf("%s: portal %s has no urls", at(p), p.ID)
		}
		for _, u := range p.URLs {
			pu, err := url.Parse(u)
			if err != nil || (pu.Scheme != "http" && pu.Scheme != "https") || pu.Host == "" {
				return fmt.Errorf("%s: portal %s: %q is not an http(s) address", at(p), p.ID, u)
			}
		}
		for _, s := range p.Scope {
			if !strings.HasPrefix(s, "/") {
				return fmt.Errorf("%s: portal %s: scope %q must be a URL path starting with /", at(p), p.ID, s)
			}
		}
		if err := p.Crawl.validate(fmt.Sprintf("%s: portal %s", at(p), p.ID)); err != nil {
			return err
		}
	}
	return nil
}

func (k Crawl) validate(where string) error {
	switch {
	case k.Parallelism < 0:
		return fmt.Errorf("%s: parallelism must be at least 1", where)
	case k.MaxPages < 0:
		return fmt.Errorf("%s: max_pages must be at least 1", where)
	case k.MaxBodyBytes < 0:
		return fmt.Errorf("%s: max_body_bytes must be positive", where)
	case k.Retries != nil && *k.Retries < 0:
		return fmt.Errorf("%s: retries must be 0 or more", where)
	}
	return nil
}

// CatalogPath is the catalogue's path, resolved against the config's folder.
func (c *Config) CatalogPath() string {
	if filepath.IsAbs(c.Catalog) {
		return c.Catalog
	}
	return filepath.Join(filepath.Dir(c.Path), c.Catalog)
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
	if e.Delay == 0 {
		e.Delay = d.Delay
	}
	if e.Delay == 0 {
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
