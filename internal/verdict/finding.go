package verdict

import (
	"slices"
	"time"
)

// Kind names a kind of finding ("missing", "obsolete" …). Each kind is
// registered once in kinds.go with what the renderers need to show it.
type Kind string

// Finding is one thing an audit found on a portal: a procedure missing or
// published, an entry matching nothing, a broken link, a page that did not
// load. One type for every kind: a kind uses the fields that mean something
// for it (kinds.go lists them) and leaves the others empty.
type Finding struct {
	Kind Kind `json:"-"`
	// Code, Name and Field are the catalogue's procedure.
	Code  string `json:"code,omitempty"`
	Name  string `json:"name,omitempty"`
	Field string `json:"field,omitempty"`
	// Required: the portal must publish the procedure.
	Required bool `json:"required,omitempty"`
	// URL is where the finding was seen (a procedure's page, the page
	// listing it, the broken link, the page that failed).
	URL string `json:"url,omitempty"`
	// PublishedName is the name as the portal publishes it, Match how it
	// was matched to the catalogue (code, exact, normalized, fuzzy …) and
	// Score how sure the match is.
	PublishedName string  `json:"published_name,omitempty"`
	Match         string  `json:"match,omitempty"`
	Score         float64 `json:"score,omitempty"`
	// Text is a published entry that names no one procedure; Candidates
	// are the procedures it is close to.
	Text string `json:"text,omitempty"`
	// Count is how many times the text was seen, when more than once.
	Count      int      `json:"count,omitempty"`
	Candidates []string `json:"candidates,omitempty"`
	// Words are the distinguishing words that kept a candidate from being
	// accepted (a review finding).
	Words []string `json:"words,omitempty"`
	// MissingSections are the standard sections a procedure page lacks.
	MissingSections []string `json:"missing_sections,omitempty"`
	// Status is an HTTP status (0: none), From the page that links to URL
	// and Reason why URL did not load.
	Status int    `json:"status,omitempty"`
	From   string `json:"from,omitempty"`
	Reason string `json:"reason,omitempty"`
	// Host is the public-service portal a link leads to, LinkedCode the
	// procedure its page is for, and Accepted whether publication by link
	// counts (the configuration's accept_by_link).
	Host       string `json:"host,omitempty"`
	LinkedCode string `json:"linked_code,omitempty"`
	Accepted   bool   `json:"accepted,omitempty"`
	// Evidence is the page the finding rests on, when one was fetched.
	Evidence Evidence `json:"-"`
}

// Evidence is the fetched page behind a finding: where it was, the SHA-256
// of its body (hex) and when it was fetched. Zero when the finding rests on
// no page (a missing procedure rests on the portal's pages as a whole).
type Evidence struct {
	URL        string
	BodySHA256 string
	FetchedAt  time.Time
}

// Of returns v's findings of kind k, in their order.
func (v Verdict) Of(k Kind) []Finding {
	var out []Finding
	for _, f := range v.Findings {
		if f.Kind == k {
			out = append(out, f)
		}
	}
	return out
}

// Count returns how many findings of kind k v holds.
func (v Verdict) Count(k Kind) int {
	n := 0
	for _, f := range v.Findings {
		if f.Kind == k {
			n++
		}
	}
	return n
}

// Add appends findings to v.
func (v *Verdict) Add(fs ...Finding) { v.Findings = append(v.Findings, fs...) }

// Replace sets v's findings of kind k to fs, keeping the other kinds.
func (v *Verdict) Replace(k Kind, fs []Finding) {
	v.Findings = slices.DeleteFunc(v.Findings, func(f Finding) bool { return f.Kind == k })
	for i := range fs {
		fs[i].Kind = k
	}
	v.Findings = append(v.Findings, fs...)
}

// With returns a copy of v with fs added as findings of kind k: fixtures
// and tests build verdicts with it.
func (v Verdict) With(k Kind, fs ...Finding) Verdict {
	for i := range fs {
		fs[i].Kind = k
	}
	v.Findings = append(slices.Clone(v.Findings), fs...)
	return v
}

// At returns the i-th finding of kind k in v, to change it in place; nil
// when v has no such finding.
func (v *Verdict) At(k Kind, i int) *Finding {
	for j := range v.Findings {
		if v.Findings[j].Kind == k {
			if i == 0 {
				return &v.Findings[j]
			}
			i--
		}
	}
	return nil
}
