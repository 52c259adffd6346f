// Package crawler walks one portal politely (colly) and extracts every
// procedure it publishes, with the evidence of where it was seen.
//
// # Crawling
//
// Crawl fetches pages through a colly collector (robots.txt obeyed, one
// LimitRule per host for delay and parallelism, the User-Agent, a timeout
// per request, a body cap) and keeps its own frontier: links are resolved
// and canonicalised with net/url (sorted query, no session or utm_
// parameters, lower-case host, no fragment unless it is a single-page
// app's hash route such as "#/thu-tuc" or "#!/tt/1", which is another page)
// and visited once each, procedure links
// and list pages first, then the rest breadth-first, calendars last, up to
// max_pages. Redirects are followed only within scope and never in circles.
// Timeouts, reset connections, 5xx and 429 are retried with backoff
// (Retry-After honoured, capped). A robots.txt Crawl-delay for our agent
// or "*", when longer than the configured delay, makes the requests to its
// host go one at a time, each the delay after the previous one ended
// (colly obeys Allow/Disallow only; the crawler reads the same robots.txt
// response as it passes). A cancelled context stops the
// crawl and the Result says it is partial.
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
