// Package extract reads procedures out of one HTML page.
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
// Every link of the page is in PageExtract.Links, marked Procedure (an
// entry's link, a text naming a procedure or a code, a URL with procedure
// words), Pagination (the next page of a list), or, when neither, OffTopic:
// the kind of section that never lists procedures it leads to, or a news
// item about something else (OffTopics, the one table of those kinds with
// the reason for each). The crawler follows the first two first and leaves
// off-topic links alone.
//
// A page nested deeper than html.Parse allows (512 elements) is flattened
// (wrappers past 256 levels dropped, links, lists, tables and headings
// kept) and read; one that still does not parse is a failed page of kind
// parse. A page gives at most MaxEntriesPerPage entries (PageExtract.EntriesDropped
// counts the rest; the crawler notes it).
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
// (config.Selectors) replaces them on list pages (the "selectors" extractor); detail pages are still
// read generically:
//
//	selectors:
//	  item: "div.tthc-item"   # one procedure (a row, a list item, a card); required
//	  name: ".ten"            # its name (default: the item's text)
//	  code: ".ma"             # its code (default: a code anywhere in the item)
//	  link: "a.chi-tiet"      # its detail link (default: the item's first a[href])
//	  field: ".linh-vuc"      # its field (default: none)
//
// # Extractors
//
// A page that is no procedure's detail page is read by the first
// registered Extractor that applies to it (Register, in order: selectors,
// platform extractors, then the generic heuristics). A platform's
// extractor is one file that registers itself in init.
package extract
