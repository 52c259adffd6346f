// Package config reads the audit configuration (YAML) of the contract: the
// catalogue to audit against and the portals to crawl, with their politeness
// limits and what each must publish.
package config

import (
	"crypto/tls"
	"crypto/x509"
	"os"
	"strings"
	"time"
)

// Config is one audit configuration file.
type Config struct {
	// Path is the file it was read from; relative paths inside resolve
	// against its folder.
	Path string `yaml:"-"`
	// Catalog is the catalogue as written: one file (.csv, .xlsx or
	// .json), or a list of a base catalogue followed by decisions (.pdf,
	// .docx) applied in order of entry into force.
	Catalog CatalogList `yaml:"catalog"`
	// CatalogReference is an optional catalogue file of official names by
	// code (e.g. the national list) that names read by OCR from scanned
	// decisions are corrected against.
	CatalogReference string `yaml:"catalog_reference,omitempty"`
	// Defaults apply to every portal that does not set the same key.
	Defaults Crawl `yaml:"defaults"`
	// Portals are the portals to audit, in file order.
	Portals []Portal `yaml:"portals"`
	// ConcurrentPortals is how many portals are crawled at once (0: the
	// audit's default).
	ConcurrentPortals int `yaml:"concurrent_portals,omitempty"`
	// PublishVia are hosts of public-service portals (the province's, say
	// dichvucong.angiang.gov.vn) where a portal's link to a procedure's
	// page is publication by link, as a link to the national portal
	// (dichvucong.gov.vn) is. Default empty.
	PublishVia []string `yaml:"publish_via,omitempty"`
	// AcceptByLink: a procedure published by link only counts as
	// published. Off by default: then it counts as missing, and the
	// reports list the link apart. A province's choice.
	AcceptByLink bool `yaml:"accept_by_link,omitempty"`
	// Webhook and SMTP deliver ticket events (optional).
	Webhook *Webhook `yaml:"webhook,omitempty"`
	SMTP    *SMTP    `yaml:"smtp,omitempty"`
}

// Crawl holds the politeness and size limits of a crawl.
type Crawl struct {
	Delay Duration `yaml:"delay"`
	// DelaySet is true when the delay key is written: then 0 means no
	// delay, while an absent key means the default.
	DelaySet    bool     `yaml:"-"`
	Parallelism int      `yaml:"parallelism"`
	MaxPages    int      `yaml:"max_pages"`
	Timeout     Duration `yaml:"timeout"`
	UserAgent   string   `yaml:"user_agent"`
	// MaxBodyBytes caps one response body (default 8 MiB).
	MaxBodyBytes int64 `yaml:"max_body_bytes"`
	// Retries is how many times a failed request is tried again (default 2).
	Retries *int `yaml:"retries"`
}

// Portal is one portal to audit.
type Portal struct {
	ID     string   `yaml:"id"`
	Name   string   `yaml:"name"`
	Level  string   `yaml:"level"`
	Agency string   `yaml:"agency"`
	URLs   []string `yaml:"urls"`
	Scope  []string `yaml:"scope"`
	// Require narrows or widens what the portal must publish.
	Require  Require `yaml:"require"`
	RenderJS bool    `yaml:"render_js"`
	// Contact receives this portal's tickets (e-mail), optional.
	Contact string `yaml:"contact"`
	// Selectors read portals the generic extractor cannot (optional).
	Selectors *Selectors `yaml:"selectors,omitempty"`
	// TLS is for a portal whose certificate chain is broken or issued by
	// a private authority (optional).
	TLS *TLS `yaml:"tls,omitempty"`
	// Crawl overrides Defaults key by key (inline: delay, parallelism …).
	Crawl `yaml:",inline"`
	// Line is the line of the portal's entry in the file, for messages.
	Line int `yaml:"-"`
}

// Require is the contract's require block.
type Require struct {
	Levels []string `yaml:"levels"`
	Fields []string `yaml:"fields"`
	Codes  []string `yaml:"codes"`
	Exempt []string `yaml:"exempt"`
}

// Selectors are CSS selectors for one portal's procedure lists.
type Selectors struct {
	// Item selects one procedure entry (a row, a list item, a card).
	Item string `yaml:"item"`
	// Name selects the name inside an item (default: the item's text).
	Name string `yaml:"name"`
	// Code selects the code inside an item (default: a code in its text).
	Code string `yaml:"code"`
	// Link selects the detail link inside an item (default: the first a[href]).
	Link string `yaml:"link"`
	// Field selects the field inside an item.
	Field string `yaml:"field"`
}

// Webhook receives ticket events as JSON.
type Webhook struct {
	URL     string   `yaml:"url"`
	Timeout Duration `yaml:"timeout"`
	Retries int      `yaml:"retries"`
}

// SMTP sends each portal contact a digest of its tickets.
type SMTP struct {
	Addr     string `yaml:"addr"`
	From     string `yaml:"from"`
	Username string `yaml:"username"`
	Password string `yaml:"password"`
}

// CatalogList is the catalog key: `catalog: catalog.csv` or
// `catalog: [base.xlsx, decisions/2031-QD-UBND.pdf, …]`.
type CatalogList []string

// String is the list as the report's catalogue source shows it: the file,
// or the files joined by " + ".
func (l CatalogList) String() string { return strings.Join(l, " + ") }

// Duration is a time.Duration written as "500ms" or "20s" in YAML.
type Duration time.Duration

// D returns the value as a time.Duration.
func (d Duration) D() time.Duration { return time.Duration(d) }

// Names maps each portal id to its name, as tickets and digests show it.
func (c *Config) Names() map[string]string {
	m := make(map[string]string, len(c.Portals))
	for _, p := range c.Portals {
		m[p.ID] = p.Name
	}
	return m
}

// Contacts maps each portal id to its contact address (portals without
// one are left out): the tickets are addressed to them.
func (c *Config) Contacts() map[string]string {
	m := map[string]string{}
	for _, p := range c.Portals {
		if p.Contact != "" {
			m[p.ID] = p.Contact
		}
	}
	return m
}

// PortalIDs lists the portals' ids in the configuration's order.
func (c *Config) PortalIDs() []string {
	ids := make([]string, len(c.Portals))
	for i, p := range c.Portals {
		ids[i] = p.ID
	}
	return ids
}

// TLS is a portal's certificate settings.
type TLS struct {
	// CAFile is a PEM file of the authorities to trust besides the
	// system's (relative to the configuration file): a province's own CA,
	// or the intermediate a server forgets to send.
	CAFile string `yaml:"ca_file"`
	// InsecureSkipVerify accepts any certificate. It must be written out,
	// and every report marks the portal's findings as read without a
	// verified certificate.
	InsecureSkipVerify bool `yaml:"insecure_skip_verify"`
}

// TLSConfig is the crypto/tls configuration of portal p: nil when p has
// no tls: key (the system's authorities, verified).
func (c *Config) TLSConfig(p Portal) (*tls.Config, error) {
	if p.TLS == nil {
		return nil, nil
	}
	t := &tls.Config{InsecureSkipVerify: p.TLS.InsecureSkipVerify} //nolint:gosec // asked for in so many words, and reported
	if p.TLS.CAFile != "" {
		path := c.resolve(p.TLS.CAFile)
		pem, err := os.ReadFile(path)
		if err != nil {
			return nil, errf("cổng %s: tls.ca_file: không đọc được %s: %w", "portal %s: tls.ca_file: cannot read %s: %w", p.ID, path, err)
		}
		pool, err := x509.SystemCertPool()
		if err != nil || pool == nil {
			pool = x509.NewCertPool()
		}
		if !pool.AppendCertsFromPEM(pem) {
			return nil, errf("cổng %s: tls.ca_file: %s không chứa chứng chỉ PEM nào", "portal %s: tls.ca_file: %s holds no PEM certificate", p.ID, path)
		}
		t.RootCAs = pool
	}
	return t, nil
}
