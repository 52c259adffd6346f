package verdict

import (
	"cmp"
	"slices"
)

// The kinds of finding the checks register. A new check with a new kind
// adds one constant here and one Register call beside it (its JSON list,
// its labels, whether it fails a portal); the JSON report, the sorting and
// every renderer that iterates over Kinds pick it up.
const (
	KindMissing    Kind = "missing"
	KindFound      Kind = "found"
	KindObsolete   Kind = "obsolete"
	KindUnmatched  Kind = "unmatched"
	KindAmbiguous  Kind = "ambiguous"
	KindIncomplete Kind = "incomplete"
	KindBroken     Kind = "broken_link"
	KindFailedPage Kind = "failed_page"
	// KindOutdated is a procedure published under a name a later decision
	// replaced (tên chưa cập nhật theo quyết định mới): found, to rename.
	KindOutdated Kind = "outdated_name"
	// KindReview is an entry whose best candidate the matcher did not
	// accept (cần xem xét): a person decides.
	KindReview Kind = "review"
	// KindPageError is a page that did not load and held no list: every
	// fetch error is listed somewhere (failed list pages and broken
	// procedure links have kinds of their own).
	KindPageError Kind = "page_error"
)

// KindInfo is what the report model knows of a kind of finding.
type KindInfo struct {
	Kind Kind
	// JSON is the list's key in each portal of the JSON report.
	JSON string
	// OmitEmpty leaves an empty list out of the JSON (lists added after
	// the contract's first version; the contract's own are always there).
	OmitEmpty bool
	// AfterFields writes the list after "fields" in the JSON (failed_pages
	// came after it in the first version).
	AfterFields bool
	// Section is the message key of the list's heading in the reports.
	Section string
	// Column is the message key of the list's count in a summary table;
	// empty when the summary has no such column.
	Column string
	// Fails: a finding of this kind fails the portal in `check` and with
	// --fail-on-missing.
	Fails bool
	// Item returns a finding as its JSON list item (the contract's shape).
	Item func(Finding) any
	// Compare orders the list (the contract sorts lists by code, then URL).
	Compare func(a, b Finding) int
}

var registry []KindInfo

// rank is each registered kind's place in registry: Info and the sort of
// NormalizeVerdict look kinds up once per finding.
var rank = map[Kind]int{}

// Register adds a kind of finding; lists appear in the JSON report in the
// order their kinds were registered. Registering a kind twice panics.
func Register(k KindInfo) {
	for _, r := range registry {
		if r.Kind == k.Kind || r.JSON == k.JSON {
			panic("verdict: kind " + string(k.Kind) + " registered twice")
		}
	}
	if k.Item == nil || k.Compare == nil {
		panic("verdict: kind " + string(k.Kind) + " needs Item and Compare")
	}
	rank[k.Kind] = len(registry)
	registry = append(registry, k)
}

// Kinds lists every registered kind, in registration order.
func Kinds() []KindInfo { return slices.Clone(registry) }

// Info returns the registration of kind k.
func Info(k Kind) (KindInfo, bool) {
	if i, ok := rank[k]; ok {
		return registry[i], true
	}
	return KindInfo{}, false
}

// The contract's lists (tthcaudit.report/v1), in its order.
func init() {
	Register(KindInfo{Kind: KindMissing, JSON: "missing", Section: "sec.missing", Column: "col.missing", Fails: true,
		Item: func(f Finding) any {
			return struct {
				Code  string `json:"code"`
				Name  string `json:"name"`
				Field string `json:"field"`
			}{f.Code, f.Name, f.Field}
		},
		Compare: func(a, b Finding) int {
			return cmp.Or(cmp.Compare(a.Code, b.Code), cmp.Compare(a.Name, b.Name), cmp.Compare(a.Field, b.Field))
		}})
	Register(KindInfo{Kind: KindFound, JSON: "found_procedures", Section: "sec.found",
		Item: func(f Finding) any {
			return struct {
				Code          string  `json:"code"`
				Name          string  `json:"name"`
				Required      bool    `json:"required"`
				URL           string  `json:"url"`
				PublishedName string  `json:"published_name"`
				Match         string  `json:"match"`
				Score         float64 `json:"score"`
			}{f.Code, f.Name, f.Required, f.URL, f.PublishedName, f.Match, f.Score}
		},
		Compare: func(a, b Finding) int {
			return cmp.Or(cmp.Compare(a.Code, b.Code), cmp.Compare(a.URL, b.URL), cmp.Compare(a.PublishedName, b.PublishedName))
		}})
	Register(KindInfo{Kind: KindObsolete, JSON: "obsolete", Section: "sec.obsolete", Column: "col.obsolete",
		Item: func(f Finding) any {
			return struct {
				Code string `json:"code"`
				Name string `json:"name"`
				URL  string `json:"url"`
			}{f.Code, f.Name, f.URL}
		},
		Compare: byCodeURLName})
	Register(KindInfo{Kind: KindUnmatched, JSON: "unmatched", Section: "sec.unmatched",
		Item: func(f Finding) any {
			return struct {
				Text  string `json:"text"`
				URL   string `json:"url"`
				Count int    `json:"count,omitempty"`
			}{f.Text, f.URL, f.Count}
		},
		Compare: byURLText})
	Register(KindInfo{Kind: KindAmbiguous, JSON: "ambiguous", Section: "sec.ambiguous",
		Item: func(f Finding) any {
			return struct {
				Text       string   `json:"text"`
				URL        string   `json:"url"`
				Candidates []string `json:"candidates"`
			}{f.Text, f.URL, nonNil(f.Candidates)}
		},
		Compare: byURLText})
	Register(KindInfo{Kind: KindIncomplete, JSON: "incomplete", Section: "sec.incomplete", Column: "col.incomplete",
		Item: func(f Finding) any {
			return struct {
				Code            string   `json:"code"`
				URL             string   `json:"url"`
				MissingSections []string `json:"missing_sections"`
			}{f.Code, f.URL, nonNil(f.MissingSections)}
		},
		Compare: func(a, b Finding) int { return cmp.Or(cmp.Compare(a.Code, b.Code), cmp.Compare(a.URL, b.URL)) }})
	Register(KindInfo{Kind: KindBroken, JSON: "broken_links", Section: "sec.broken", Column: "col.broken",
		Item: func(f Finding) any {
			return struct {
				URL    string `json:"url"`
				Status int    `json:"status"`
				From   string `json:"from"`
			}{f.URL, f.Status, f.From}
		},
		Compare: func(a, b Finding) int {
			return cmp.Or(cmp.Compare(a.URL, b.URL), cmp.Compare(a.From, b.From), cmp.Compare(a.Status, b.Status))
		}})
	Register(KindInfo{Kind: KindFailedPage, JSON: "failed_pages", OmitEmpty: true, AfterFields: true, Section: "sec.failed",
		Item: func(f Finding) any {
			return struct {
				URL    string `json:"url"`
				Status int    `json:"status,omitempty"`
				Reason string `json:"reason"`
			}{f.URL, f.Status, f.Reason}
		},
		Compare: func(a, b Finding) int { return cmp.Or(cmp.Compare(a.URL, b.URL), cmp.Compare(a.Reason, b.Reason)) }})
}

// The lists added after the first version (omitted when empty, so reports
// without them read as they did).
func init() {
	Register(KindInfo{Kind: KindOutdated, JSON: "outdated_names", OmitEmpty: true, Section: "sec.outdated",
		Item: func(f Finding) any {
			return struct {
				Code          string `json:"code"`
				Name          string `json:"name"`
				PublishedName string `json:"published_name"`
				URL           string `json:"url"`
			}{f.Code, f.Name, f.PublishedName, f.URL}
		},
		Compare: func(a, b Finding) int { return cmp.Or(cmp.Compare(a.Code, b.Code), cmp.Compare(a.URL, b.URL)) }})
	Register(KindInfo{Kind: KindReview, JSON: "review", OmitEmpty: true, Section: "sec.review",
		Item: func(f Finding) any {
			return struct {
				PublishedName string   `json:"published_name"`
				URL           string   `json:"url"`
				Code          string   `json:"code"`
				Name          string   `json:"name"`
				Score         float64  `json:"score"`
				Reason        string   `json:"reason"`
				Words         []string `json:"words,omitempty"`
				Candidates    []string `json:"candidates,omitempty"`
			}{f.PublishedName, f.URL, f.Code, f.Name, f.Score, f.Reason, f.Words, f.Candidates}
		},
		Compare: func(a, b Finding) int {
			return cmp.Or(cmp.Compare(a.URL, b.URL), cmp.Compare(a.PublishedName, b.PublishedName))
		}})
}

func init() {
	Register(KindInfo{Kind: KindPageError, JSON: "page_errors", OmitEmpty: true, AfterFields: true, Section: "sec.page_errors",
		Item: func(f Finding) any {
			return struct {
				URL    string `json:"url"`
				Status int    `json:"status,omitempty"`
				Reason string `json:"reason"`
				From   string `json:"from,omitempty"`
			}{f.URL, f.Status, f.Reason, f.From}
		},
		Compare: func(a, b Finding) int { return cmp.Or(cmp.Compare(a.URL, b.URL), cmp.Compare(a.Reason, b.Reason)) }})
}

func byCodeURLName(a, b Finding) int {
	return cmp.Or(cmp.Compare(a.Code, b.Code), cmp.Compare(a.URL, b.URL), cmp.Compare(a.Name, b.Name))
}

func byURLText(a, b Finding) int {
	return cmp.Or(cmp.Compare(a.URL, b.URL), cmp.Compare(a.Text, b.Text))
}
