package rules

import "sort"

// ReviewItem is an entry whose best catalogue candidate the matcher did
// not accept (cần xem xét): a person decides. The candidate is neither
// counted as found nor is the entry listed as unmatched.
type ReviewItem struct {
	PublishedName string  `json:"published_name"`
	URL           string  `json:"url"`
	Code          string  `json:"code"`
	Name          string  `json:"name"`
	Score         float64 `json:"score"`
	// Reason is why it was not accepted (match.ReviewReason):
	// distinguishing_word, low_score, close_candidates, twins, other_level.
	Reason string `json:"reason"`
	// Words are the distinguishing words on one side only.
	Words []string `json:"words,omitempty"`
	// Candidates are every code in doubt when there are several (twins).
	Candidates []string `json:"candidates,omitempty"`
}

// checkReview lists the entries sent to review.
func checkReview() Check {
	return Check{ID: "review", Run: func(s *State) {
		if s.Unreachable {
			return
		}
		v := s.Verdict
		seen := map[string]bool{}
		for _, r := range s.ReviewEntries {
			rv := r.Match.Review
			if rv == nil || rv.Candidate == nil {
				continue
			}
			url := entryURL(r.Entry)
			k := r.Entry.Text + "\x00" + url
			if seen[k] {
				continue
			}
			seen[k] = true
			item := ReviewItem{PublishedName: r.Entry.Text, URL: url, Code: rv.Candidate.Code, Name: rv.Candidate.Name,
				Score: round4(rv.Score), Reason: string(rv.Reason), Words: rv.Words}
			if len(r.Match.Candidates) > 1 {
				for _, p := range r.Match.Candidates {
					item.Candidates = append(item.Candidates, p.Code)
				}
				sort.Strings(item.Candidates)
			}
			v.Review = append(v.Review, item)
		}
		sort.Slice(v.Review, func(i, j int) bool {
			a, b := v.Review[i], v.Review[j]
			if a.URL != b.URL {
				return a.URL < b.URL
			}
			return a.PublishedName < b.PublishedName
		})
	}}
}
