package extract

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// testPlatform stands for a platform extractor: one file, registered, it
// reads only its own portal's pages (here a host no other test uses).
type testPlatform struct{}

func (testPlatform) Name() string { return "test-platform" }

func (testPlatform) Applies(p *Page) bool { return p.URL().Host == "platform.registry.test" }

func (testPlatform) Extract(p *Page) {
	p.Add(Entry{Text: "Thủ tục đăng ký khai sinh", Key: textnorm.Key("Thủ tục đăng ký khai sinh"), Code: "1.001193", Kind: "list"})
}

// registerOnce registers testPlatform once per test binary (-count=N runs
// the test N times).
var registerOnce sync.Once

func TestRegistry(t *testing.T) {
	registerOnce.Do(func() {
		assert.Equal(t, []string{"selectors", "generic"}, Registered())
		Register(testPlatform{}, OrderPlatform)
	})
	assert.Equal(t, []string{"selectors", "test-platform", "generic"}, Registered())
	assert.Panics(t, func() { Register(testPlatform{}, OrderPlatform) }, "one name, one extractor")

	body := []byte(`<html><body><ul><li><a href="/x">Tin tức hoạt động của xã tháng này</a></li></ul></body></html>`)
	px := ExtractPage("https://platform.registry.test/tthc", body)
	assert.Equal(t, "test-platform", px.Extractor)
	require.Len(t, px.Entries, 1)
	assert.Equal(t, "1.001193", px.Entries[0].Code)
	assert.Equal(t, "https://platform.registry.test/tthc", px.Entries[0].PageURL, "the page fills what every entry shares")

	px = ExtractPage("https://other.registry.test/tthc", body)
	assert.Equal(t, "generic", px.Extractor)
}
