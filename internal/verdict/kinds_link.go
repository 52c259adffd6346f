package verdict

import "cmp"

// Publication by link (issue 20): a portal entry that links to the
// procedure's page on the national public-service portal or on a portal
// named in publish_via.
const (
	// KindByLink is a procedure the portal publishes only by a link;
	// Accepted says whether the configuration counts it as published.
	KindByLink Kind = "by_link"
	// KindWrongLink is an entry whose link leads to the page of another
	// procedure than the one it names.
	KindWrongLink Kind = "wrong_link"
)

func init() {
	Register(KindInfo{Kind: KindByLink, JSON: "by_link", OmitEmpty: true, AfterFields: true, Section: "sec.by_link",
		Item: func(f Finding) any {
			return struct {
				Code          string `json:"code"`
				Name          string `json:"name"`
				Required      bool   `json:"required"`
				URL           string `json:"url"`
				Host          string `json:"host"`
				From          string `json:"from"`
				PublishedName string `json:"published_name"`
				Accepted      bool   `json:"accepted"`
			}{f.Code, f.Name, f.Required, f.URL, f.Host, f.From, f.PublishedName, f.Accepted}
		},
		Compare: byCodeURLName})
	Register(KindInfo{Kind: KindWrongLink, JSON: "wrong_links", OmitEmpty: true, AfterFields: true, Section: "sec.wrong_link",
		Item: func(f Finding) any {
			return struct {
				Code          string `json:"code"`
				Name          string `json:"name"`
				URL           string `json:"url"`
				LinkedCode    string `json:"linked_code"`
				From          string `json:"from"`
				PublishedName string `json:"published_name"`
			}{f.Code, f.Name, f.URL, f.LinkedCode, f.From, f.PublishedName}
		},
		Compare: func(a, b Finding) int {
			return cmp.Or(cmp.Compare(a.Code, b.Code), cmp.Compare(a.URL, b.URL), cmp.Compare(a.From, b.From))
		}})
}
