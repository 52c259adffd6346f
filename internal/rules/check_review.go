package rules

import (
	"sort"

	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// checkReview lists the entries sent to review (cần xem xét): the best
// catalogue candidate the matcher did not accept, its score, why
// (match.ReviewReason: distinguishing_word, low_score, close_candidates,
// twins, substituted_words, other_level) and the words in doubt. The
// candidate is neither counted as found nor the entry listed as unmatched.
func checkReview() Check {
	return Check{ID: "review", Run: func(s *State) {
		if s.Unreachable {
			return
		}
		var list []verdict.Finding
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
			f := verdict.Finding{Kind: verdict.KindReview, PublishedName: r.Entry.Text, URL: url,
				Code: rv.Candidate.Code, Name: rv.Candidate.Name, Score: round4(rv.Score), Reason: string(rv.Reason), Words: rv.Words}
			if len(r.Match.Candidates) > 1 {
				for _, p := range r.Match.Candidates {
					f.Candidates = append(f.Candidates, p.Code)
				}
				sort.Strings(f.Candidates)
			}
			list = append(list, f)
		}
		sort.Slice(list, func(i, j int) bool {
			a, b := list[i], list[j]
			if a.URL != b.URL {
				return a.URL < b.URL
			}
			return a.PublishedName < b.PublishedName
		})
		s.Verdict.Add(list...)
	}}
}
