package rules

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// twinsCatalog has one name twice, qualified per level, one procedure
// renamed by a later decision, and a near-twin family.
func twinsCatalog() *catalog.Catalog {
	renamed := proc("1.008004", "Chuyển đổi cơ cấu cây trồng, vật nuôi trên đất trồng lúa", "Trồng trọt")
	renamed.FormerNames = []string{"Chuyển đổi cơ cấu cây trồng trên đất trồng lúa"}
	return catalog.New("twins.csv", []catalog.Procedure{
		proc("1.010384", "Khôi phục giá trị sử dụng hộ chiếu phổ thông (thực hiện tại cấp tỉnh)", "Xuất nhập cảnh"),
		proc("1.010382", "Khôi phục giá trị sử dụng hộ chiếu phổ thông (thực hiện tại cấp trung ương)", "Xuất nhập cảnh"),
		renamed,
		proc("1.012958", "Thành lập hoặc cho phép thành lập trường trung học phổ thông chuyên", "Giáo dục"),
		proc("1.001193", "Thủ tục đăng ký khai sinh", "Hộ tịch"),
	})
}

// TestReviewOutdatedTwins: the portal's level chooses a twin, an old name
// is found and reported outdated, a near-twin goes to review (neither
// found nor unmatched).
func TestReviewOutdatedTwins(t *testing.T) {
	page := "https://congan.example.gov.vn/tthc"
	// A detail page's title: procedure-like whatever the catalogue's
	// opening words (only procedure-like entries go to review).
	thpt := entry("Thành lập trường trung học phổ thông", page)
	thpt.Kind = "detail"
	crawl := loaded(
		entry("Khôi phục giá trị sử dụng hộ chiếu phổ thông", page),
		entry("Chuyển đổi cơ cấu cây trồng trên đất trồng lúa", page),
		thpt,
		entry("Đăng ký khai sinh", page),
	)
	provincial := config.Portal{ID: "ca-tinh", Name: "Công an tỉnh", Level: "tinh"}
	v := Evaluate(Input{Portal: provincial, Catalog: twinsCatalog(), Crawl: crawl})
	assert.Equal(t, []string{"1.001193", "1.008004", "1.010384"}, codesOfFound(v))
	assert.Equal(t, []verdict.Finding{{Kind: verdict.KindOutdated, Code: "1.008004", Name: "Chuyển đổi cơ cấu cây trồng, vật nuôi trên đất trồng lúa",
		PublishedName: "Chuyển đổi cơ cấu cây trồng trên đất trồng lúa", URL: page}}, noEvidence(v.Of(verdict.KindOutdated)))
	review := v.Of(verdict.KindReview)
	require.Len(t, review, 1)
	assert.Equal(t, "1.012958", review[0].Code)
	assert.Equal(t, "Thành lập trường trung học phổ thông", review[0].PublishedName)
	assert.Equal(t, "distinguishing_word", review[0].Reason)
	assert.Contains(t, review[0].Words, "chuyên")
	assert.Empty(t, v.Of(verdict.KindUnmatched), "a review item is not also unmatched")

	// Without a level, the twins go to review, and nothing is claimed.
	v = Evaluate(Input{Portal: config.Portal{ID: "x"}, Catalog: twinsCatalog(), Crawl: crawl})
	assert.NotContains(t, codesOfFound(v), "1.010384")
	assert.NotContains(t, codesOfFound(v), "1.010382")
	review = v.Of(verdict.KindReview)
	var twins *verdict.Finding
	for i := range review {
		if review[i].Reason == "twins" {
			twins = &review[i]
		}
	}
	require.NotNil(t, twins)
	assert.Equal(t, []string{"1.010382", "1.010384"}, twins.Candidates)

	// The JSON carries both lists under the contract's names.
	b, err := json.Marshal(v)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"review":[`)
}

// noEvidence drops the pages findings rest on, to compare what they say.
func noEvidence(fs []verdict.Finding) []verdict.Finding {
	for i := range fs {
		fs[i].Evidence = verdict.Evidence{}
	}
	return fs
}
