package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeConfig writes a catalogue and a config into a temp folder and returns
// the config's path.
func writeConfig(t *testing.T, body string) string {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "catalog.csv"), []byte("Mã TTHC,Tên thủ tục\n1.010801,X\n"), 0o644))
	p := filepath.Join(dir, "audit.yaml")
	require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	return p
}

const good = `catalog: catalog.csv
defaults:
  delay: 250ms
  parallelism: 3
  timeout: 5s
portals:
  - id: tri-ton
    name: UBND huyện Tri Tôn
    level: huyen
    urls: ["https://triton.example.gov.vn/thu-tuc"]
    require:
      exempt: [1.010801]
  - id: so-ldtbxh
    name: Sở Lao động - Thương binh và Xã hội
    level: tinh
    agency: Sở Lao động - Thương binh và Xã hội
    urls: ["http://sldtbxh.example.gov.vn/"]
    scope: ["/tthc"]
    delay: 1s
    max_pages: 20
`

func TestLoadGood(t *testing.T) {
	p := writeConfig(t, good)
	c, err := Load(p)
	require.NoError(t, err)
	require.Len(t, c.Portals, 2)
	assert.Equal(t, filepath.Join(filepath.Dir(p), "catalog.csv"), c.CatalogPath())
	assert.Equal(t, 7, c.Portals[0].Line)
	assert.Equal(t, 13, c.Portals[1].Line)

	e := c.Effective(c.Portals[0])
	assert.Equal(t, 250*time.Millisecond, e.Delay.D())
	assert.Equal(t, 3, e.Parallelism)
	assert.Equal(t, DefaultMaxPages, e.MaxPages)
	assert.Equal(t, 5*time.Second, e.Timeout.D())
	assert.Equal(t, DefaultUserAgent, e.UserAgent)
	require.NotNil(t, e.Retries)
	assert.Equal(t, DefaultRetries, *e.Retries)

	e = c.Effective(c.Portals[1])
	assert.Equal(t, time.Second, e.Delay.D())
	assert.Equal(t, 20, e.MaxPages)

	p1, ok := c.Portal("so-ldtbxh")
	require.True(t, ok)
	assert.Equal(t, []string{"/tthc"}, p1.Scope)
	_, ok = c.Portal("nope")
	assert.Nil(t, p1.Selectors)
	assert.False(t, ok)
}

func TestLoadErrorsNameTheLine(t *testing.T) {
	tests := []struct {
		name string
		edit func(string) string
		want []string // substrings of the message
	}{
		{"unknown portal key", func(s string) string {
			return strings.Replace(s, "    level: huyen\n", "    level: huyen\n    lvel: huyen\n", 1)
		}, []string{"audit.yaml", "line 10", "unknown key lvel"}},
		{"unknown top key", func(s string) string { return s + "portal_defaults: {}\n" }, []string{"line 21", "unknown key portal_defaults"}},
		{"bad duration", func(s string) string { return strings.Replace(s, "delay: 1s", "delay: soon", 1) }, []string{"line 19", `"soon" is not a duration`}},
		{"negative duration", func(s string) string { return strings.Replace(s, "timeout: 5s", "timeout: -5s", 1) }, []string{"line 5", "not a duration"}},
		{"not a number", func(s string) string { return strings.Replace(s, "parallelism: 3", "parallelism: many", 1) }, []string{"line 4", `"many" should be a whole number`}},
		{"duplicate id", func(s string) string { return strings.Replace(s, "id: so-ldtbxh", "id: tri-ton", 1) }, []string{"audit.yaml:13", `"tri-ton" is used twice (first at line 7)`}},
		{"bad id", func(s string) string { return strings.Replace(s, "id: tri-ton", "id: Tri Ton", 1) }, []string{"audit.yaml:7", "lower-case"}},
		{"unknown level", func(s string) string { return strings.Replace(s, "level: huyen", "level: quanh", 1) }, []string{"audit.yaml:9", `level "quanh" is unknown`}},
		{"unknown required level", func(s string) string {
			return strings.Replace(s, "      exempt: [1.010801]\n", "      levels: [huyen, phuongg]\n", 1)
		}, []string{"audit.yaml:12", `"phuongg" is unknown`}},
		{"bad exempt code", func(s string) string { return strings.Replace(s, "exempt: [1.010801]", "exempt: [10801]", 1) }, []string{"audit.yaml:12", "not a procedure code"}},
		{"ftp url", func(s string) string {
			return strings.Replace(s, `"http://sldtbxh.example.gov.vn/"`, `"ftp://sldtbxh.example.gov.vn/"`, 1)
		}, []string{"audit.yaml:17", "not an http(s) address"}},
		{"url without host", func(s string) string {
			return strings.Replace(s, `"https://triton.example.gov.vn/thu-tuc"`, `"triton.example.gov.vn/thu-tuc"`, 1)
		}, []string{"audit.yaml:10", "not an http(s) address"}},
		{"no urls", func(s string) string {
			return strings.Replace(s, `    urls: ["https://triton.example.gov.vn/thu-tuc"]`+"\n", "", 1)
		}, []string{"audit.yaml:7", "has no urls"}},
		{"scope not a path", func(s string) string { return strings.Replace(s, `scope: ["/tthc"]`, `scope: ["tthc"]`, 1) }, []string{"audit.yaml:18", "starting with /"}},
		{"negative max_pages", func(s string) string { return strings.Replace(s, "max_pages: 20", "max_pages: -1", 1) }, []string{"audit.yaml:20", "max_pages"}},
		{"missing catalogue", func(s string) string { return strings.Replace(s, "catalog: catalog.csv", "catalog: danh-muc.csv", 1) }, []string{"audit.yaml:1", "danh-muc.csv does not exist"}},
		{"no catalogue", func(s string) string { return strings.Replace(s, "catalog: catalog.csv\n", "", 1) }, []string{"no catalogue"}},
		{"no portals", func(s string) string { return s[:strings.Index(s, "portals:")] + "portals: []\n" }, []string{"audit.yaml:6", "no portals"}},
		{"duplicate key", func(s string) string {
			return strings.Replace(s, "    level: huyen\n", "    level: huyen\n    level: xa\n", 1)
		}, []string{"line 10", `"level" already defined at line 9`}},
		{"selectors without item", func(s string) string {
			return strings.Replace(s, "    max_pages: 20\n", "    max_pages: 20\n    selectors:\n      name: td.ten\n", 1)
		}, []string{"audit.yaml:22", "selectors.item is required"}},
		{"bad css selector", func(s string) string {
			return strings.Replace(s, "    max_pages: 20\n", "    max_pages: 20\n    selectors:\n      item: table.tthc tr\n      code: td[class=\n", 1)
		}, []string{"audit.yaml:23", "selectors.code", "not a CSS selector"}},
		{"broken yaml", func(s string) string { return s + "  - [\n" }, []string{"audit.yaml", "line"}},
		{"not a mapping", func(string) string { return "- a\n- b\n" }, []string{"line 1", "should be a block of keys"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(writeConfig(t, tt.edit(good)))
			require.Error(t, err)
			for _, w := range tt.want {
				assert.Contains(t, err.Error(), w)
			}
		})
	}
}

func TestLoadSelectors(t *testing.T) {
	c, err := Load(writeConfig(t, good+"    selectors:\n      item: \"table.tthc tbody tr, ul.ds > li\"\n      name: td:nth-child(2)\n      link: a[href]\n"))
	require.NoError(t, err)
	require.NotNil(t, c.Portals[1].Selectors)
	assert.Equal(t, "td:nth-child(2)", c.Portals[1].Selectors.Name)
}

func TestLoadEmptyAndUnreadable(t *testing.T) {
	_, err := Load(writeConfig(t, ""))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "empty")

	_, err = Load(filepath.Join(t.TempDir(), "none.yaml"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "cannot read the configuration")
}

func TestDurationYAMLRoundTrip(t *testing.T) {
	v, err := Duration(1500 * time.Millisecond).MarshalYAML()
	require.NoError(t, err)
	assert.Equal(t, "1.5s", v)
}

// FuzzParse checks that no input makes Parse panic, and that what it accepts
// is a configuration the rest of the program can rely on.
func FuzzParse(f *testing.F) {
	dir := f.TempDir()
	require.NoError(f, os.WriteFile(filepath.Join(dir, "catalog.csv"), []byte("Mã TTHC,Tên\n"), 0o644))
	path := filepath.Join(dir, "audit.yaml")
	seeds := []string{good, "", "catalog: catalog.csv\n", "portals:\n  - id: a\n", "- a\n", "catalog: [\n",
		"catalog: catalog.csv\nportals:\n  - {id: x, level: xa, urls: [\"http://a/\"], delay: 1h}\n",
		"catalog: catalog.csv\nportals:\n  - &a {id: x, level: xa, urls: [\"http://a/\"]}\n  - *a\n",
		"catalog: catalog.csv\ndefaults: {retries: -1}\nportals: [{id: x, level: xa, urls: [\"http://a/\"]}]\n"}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := Parse(path, []byte(s))
		if err != nil {
			if !strings.HasPrefix(err.Error(), path) {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		if len(c.Portals) == 0 {
			t.Fatal("accepted a configuration without portals")
		}
		seen := map[string]bool{}
		for _, p := range c.Portals {
			if seen[p.ID] || !idRe.MatchString(p.ID) || !levelsSet[p.Level] || len(p.URLs) == 0 {
				t.Fatalf("accepted a bad portal: %+v", p)
			}
			seen[p.ID] = true
			e := c.Effective(p)
			if e.Parallelism < 1 || e.MaxPages < 1 || e.Timeout <= 0 || e.Retries == nil || *e.Retries < 0 {
				t.Fatalf("effective limits out of range: %+v", e)
			}
		}
	})
}

// `delay: 0s` written means no delay; an absent delay means the default,
// from `defaults` first.
func TestEffectiveDelay(t *testing.T) {
	const head = "catalog: catalog.csv\n"
	portal := func(extra string) string {
		return "  - id: p\n    level: xa\n    urls: [\"http://a.example/\"]\n" + extra
	}
	for _, tc := range []struct {
		name, yaml string
		want       time.Duration
	}{
		{"absent everywhere", head + "portals:\n" + portal(""), DefaultDelay},
		{"0s on the portal", head + "portals:\n" + portal("    delay: 0s\n"), 0},
		{"0 on the portal", head + "portals:\n" + portal("    delay: 0\n"), 0},
		{"0s in defaults", head + "defaults:\n  delay: 0s\nportals:\n" + portal(""), 0},
		{"defaults, portal overrides", head + "defaults:\n  delay: 0s\nportals:\n" + portal("    delay: 2s\n"), 2 * time.Second},
		{"portal 0s over defaults", head + "defaults:\n  delay: 2s\nportals:\n" + portal("    delay: 0s\n"), 0},
		{"defaults set", head + "defaults:\n  delay: 2s\nportals:\n" + portal(""), 2 * time.Second},
		{"alias", head + "portals:\n  - &a {id: p, level: xa, urls: [\"http://a.example/\"], delay: 0s}\n", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Load(writeConfig(t, tc.yaml))
			require.NoError(t, err)
			assert.Equal(t, tc.want, c.Effective(c.Portals[0]).Delay.D())
		})
	}
	// Built in code rather than read: a non-zero delay stands, zero is
	// the default.
	c := &Config{Defaults: Crawl{Delay: Duration(time.Second)}}
	assert.Equal(t, time.Nanosecond, c.Effective(Portal{Crawl: Crawl{Delay: 1}}).Delay.D())
	assert.Equal(t, time.Second, c.Effective(Portal{}).Delay.D())
}

// concurrent_portals is read, and must not be negative.
func TestConcurrentPortals(t *testing.T) {
	const body = "catalog: catalog.csv\nconcurrent_portals: %s\nportals:\n  - id: p\n    level: xa\n    urls: [\"http://a.example/\"]\n"
	c, err := Load(writeConfig(t, strings.Replace(body, "%s", "12", 1)))
	require.NoError(t, err)
	assert.Equal(t, 12, c.ConcurrentPortals)
	c, err = Load(writeConfig(t, strings.Replace(body, "concurrent_portals: %s\n", "", 1)))
	require.NoError(t, err)
	assert.Zero(t, c.ConcurrentPortals)
	_, err = Load(writeConfig(t, strings.Replace(body, "%s", "-1", 1)))
	require.ErrorContains(t, err, "audit.yaml:2: concurrent_portals phải từ 1 trở lên")
}

// TestLevelsAsOfficialsWriteThem: "huyện", "Cấp Phường", "đặc khu" are
// read as the contract's keys.
func TestLevelsAsOfficialsWriteThem(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "catalog.csv"), []byte("Mã TTHC,Tên thủ tục\n1.001193,Đăng ký khai sinh\n"), 0o644))
	for level, want := range map[string]string{"huyện": "huyen", "Cấp Phường": "xa", "đặc khu": "xa", "Tỉnh": "tinh", "xa": "xa"} {
		path := filepath.Join(dir, "audit.yaml")
		body := "catalog: catalog.csv\nportals:\n  - id: p\n    level: " + level + "\n    urls: [\"https://p.example/\"]\n    require:\n      levels: [" + level + "]\n"
		require.NoError(t, os.WriteFile(path, []byte(body), 0o644))
		c, err := Load(path)
		require.NoError(t, err, level)
		assert.Equal(t, want, c.Portals[0].Level, level)
		assert.Equal(t, []string{want}, c.Portals[0].Require.Levels, level)
	}
}
