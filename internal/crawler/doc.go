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
// # Extraction
//
// ExtractPage reads one page without per-portal configuration: procedure
// tables (a header cell "Tên thủ tục", "Tên TTHC", "Thủ tục"; an optional
// code column "Mã TTHC", "Mã số", "Mã thủ tục"; a "Lĩnh vực" column or
// "Lĩnh vực …" section rows), lists of links under "Lĩnh vực …" headings,
// cards (a title, "Mã TTHC:", "Lĩnh vực:"), and detail pages (a title and
// labelled rows, with the standard sections). Navigation, headers, footers,
// sidebars and news boxes are skipped; a bare link counts only in a
// procedure context or when its text or URL speaks of procedures. List
// items with no real link (plain text, "#", "javascript:") count only with
// a code in a procedure context, or under a "Lĩnh vực" heading; entries
// from them and from hash-route links have no DetailURL.
//
// A page nested deeper than html.Parse allows (512 elements) is flattened
// (wrappers past 256 levels dropped, links, lists, tables and headings
// kept) and read; one that still does not parse is a failed page of kind
// parse. A page gives at most MaxEntriesPerPage entries; Result.Notes says
// how many were left out.
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
// A page looks script-rendered (PageExtract.ScriptRendered) when it shows
// no procedure and has an empty app container (id root, app, __next,
// __nuxt; Angular's <app-root>), or a body with almost no text and no link
// yet scripts in <head> or <body>, or an empty procedure table, or says it
// lists procedures and shows none.
//
// # Selectors
//
// For a portal the heuristics cannot read, the config's `selectors` block
// (config.Selectors) replaces them on list pages; detail pages are still
// read generically:
//
//	selectors:
//	  item: "div.tthc-item"   # one procedure (a row, a list item, a card); required
//	  name: ".ten"            # its name (default: the item's text)
//	  code: ".ma"             # its code (default: a code anywhere in the item)
//	  link: "a.chi-tiet"      # its detail link (default: the item's first a[href])
//	  field: ".linh-vuc"      # its field (default: none)
package crawler
