package crawler

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Issue 16: on every well-behaved portal the crawl makes at most 1.2× the
// requests of a minimal crawl, one that fetches each start page, each list
// page (its next pages included) and each procedure page once; robots.txt
// is not counted. Each well-behaved fixture portal's test calls
// assertNearMinimal with its minimal count written out and explained.
//
// A list or procedure page is counted by how the portal links it: the
// list its menu links ("Thủ tục hành chính cấp huyện…"), a decision or a
// news item whose headline speaks of procedures (portals publish them
// that way), a list's entries. Some fixtures link such pages without
// serving them (404): they are counted all the same, since a crawl learns
// that a link is dead only by asking once, and the audit reports it (a
// broken link, a failed list page). The same page under a second address
// (a list's "?page=1") is counted once; sitemaps, news sections that list
// no procedure and the sections of extract.OffTopics are not counted.
//
// Fixtures built to test something else are not well-behaved and are left
// out, each for its reason:
//   - TestTrapPortal, TestCrawlCancelled: endless calendars, redirect
//     loops, hanging and huge pages, endless link families are their
//     point. TestGuestTraps asserts 1.2× outside its traps and bounds the
//     requests into them.
//   - TestGuestBlocked, TestGuestRefusedInnerPages, TestRobotsForbiddenListPage:
//     portals that keep the crawler out of some or all pages.
//   - TestCrawlUnreachable, TestCrawlDeadline: nothing answers.
//   - TestEntriesCapPerPage, TestLinkFloodCapped: hostile pages (20,000
//     entries, 12,000 links).
//   - TestBudgetPrefersProcedures: a budget of 3 pages, on purpose below
//     what the portal needs.
//   - bench_test.go: benchmarks, not tests.

// nearMinimal is the bound of issue 16: requests per minimal request.
const nearMinimal = 1.2

// assertNearMinimal asserts that the crawl of f made at most nearMinimal
// times minimal requests (robots.txt left out), and prints both counts.
func assertNearMinimal(t *testing.T, f *fixture, minimal int) {
	t.Helper()
	n := pageHits(f)
	t.Logf("portal %s: %d requests, minimal %d", t.Name(), n, minimal)
	assert.LessOrEqual(t, float64(n), nearMinimal*float64(minimal), "requests beyond %.1f× a minimal crawl: %s", nearMinimal, requested(f))
}

// requested lists the fixture's requests, robots.txt left out, for a
// failure message: "path ×count", sorted.
func requested(f *fixture) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for k, v := range f.hits {
		if k != "/robots.txt" {
			out = append(out, fmt.Sprintf("%s ×%d", k, v))
		}
	}
	sort.Strings(out)
	return strings.Join(out, ", ")
}
