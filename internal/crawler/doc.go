// Package crawler walks one portal politely (colly) and extracts every
// procedure it publishes, with the evidence of where it was seen.
//
// # Crawling
//
// Crawl fetches pages through a colly collector: robots.txt obeyed by
// colly, one colly LimitRule per host for delay and parallelism, the URLs
// seen in colly's storage (storage.Storage, so that a shared one can later
// spread a crawl), the User-Agent, a timeout per request, a body cap. Its
// frontier is its own, ordered (see frontier): procedure links and list
// pages first, then the rest breadth-first, calendars last, up to
// max_pages. Links are resolved and canonicalised by package weburl
// (sorted query; no session, tracking or content-neutral Liferay render
// parameters; no ASP.NET path session; lower-case host; no fragment unless
// it is a single-page app's hash route such as "#/thu-tuc").
//
// A careful guest (issue 16): a link that acts instead of showing (a
// Liferay action or resource URL, p_auth, an ASP.NET postback, logout,
// vote, rating, delete, add, print; weburl.ActionPatterns) is never
// requested. A URL pattern whose pages vary only by a number, a date or a
// random token (a month calendar, reprints with a fresh token, "next" past
// a list's last page) is tried one page at a time once a page of it
// brought nothing new, and cut after four such pages in a row
// (Result.Traps: the pattern, pages fetched, links skipped); max_pages is
// a safety net. The crawl is focused (focus.go): links to sections that
// never list procedures (the introduction, contact, galleries, login,
// another language, search, weather, web links) and news items whose
// headline does not speak of procedures (extract.OffTopics) are left
// alone, counted in Stats.OffTopic and a note, unless the rest of the
// crawl found no procedure. A portal that keeps the crawler out (403/401 or any
// failure of every start page, a firewall or captcha page, 429 after
// waiting) is Result.Blocked, with the reason and the page: the audit
// claims nothing missing about it.
//
// Redirects are followed only within scope and never in circles.
// Timeouts, reset connections, 5xx and 429 are retried with backoff
// (Retry-After honoured, capped); a 429 or 503 holds every request to
// the host for that time. A robots.txt Crawl-delay for our agent or "*",
// when longer than the configured delay, makes the requests to its host
// go one at a time, each the delay after the previous one ended. A
// cancelled context stops the crawl and the Result says it is partial.
//
// # Failures
//
// A start page, or a page reached by a procedure or pagination link, that
// does not load is a FailedPage and makes the Result partial; one robots.txt
// forbids is a FailedPage only when it is a start page or the next page of
// a list (a forbidden search or admin page is only counted). A procedure's
// detail page that answers 4xx/5xx, nothing, too much (too_large), an
// unreadable page, or a redirect out of scope or in circles is a
// BrokenLink.
//
// Every fetched page is read by package extract (extract.Extract), which
// picks the registered extractor that applies (selectors, platform
// extractors, the generic heuristics).
package crawler
