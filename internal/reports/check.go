package reports

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/jedib0t/go-pretty/v6/text"
)

// Check writes a district's short verdict for one portal — ĐẠT or KHÔNG ĐẠT
// (PASS or FAIL) — with the evidence (how many required procedures were
// found, how many pages crawled), the reasons for a failure (the missing
// procedures listed, an unreachable portal, the pages that failed), and the
// things to fix that do not change the result. It returns verdict.Passes(v). Write
// errors are not reported: the verdict is also the exit status.
func Check(w io.Writer, v verdict.Verdict, lang msg.Lang, color bool) (pass bool) {
	v = verdict.NormalizeVerdict(v)
	p := painter(color)
	pass = verdict.Passes(v)
	b := bufio.NewWriter(w)
	defer b.Flush()

	fmt.Fprintf(b, "%s (%s)\n", oneLine(v.Name), oneLine(v.ID))
	if v.URL != "" {
		fmt.Fprintln(b, oneLine(v.URL))
	}
	word, c := msg.T(lang, "check.fail"), text.FgRed
	if pass {
		word, c = msg.T(lang, "check.pass"), text.FgGreen
	}
	fmt.Fprintf(b, "%s: %s\n", msg.T(lang, "check.result"), p(word, text.Bold, c))
	if verdict.Reached(&v) {
		fmt.Fprintln(b, msg.Tf(lang, "check.evidence", v.Found, v.Required, msg.Percent(lang, v.Coverage), v.Crawl.Pages))
	}

	if !pass {
		fmt.Fprintln(b, msg.T(lang, "check.reasons"))
		if v.Status == verdict.StatusUnreachable {
			fmt.Fprintf(b, "  - %s\n", msg.T(lang, "check.reason.unreach"))
			for _, f := range v.Of(verdict.KindFailedPage) {
				fmt.Fprintf(b, "      %s: %s\n", oneLine(f.URL), failReason(f, lang))
			}
		}
		if len(v.Of(verdict.KindMissing)) > 0 {
			fmt.Fprintf(b, "  - %s\n", msg.Tf(lang, "check.reason.missing", len(v.Of(verdict.KindMissing))))
			for _, m := range v.Of(verdict.KindMissing) {
				fmt.Fprintf(b, "      %s  %s  (%s)\n", oneLine(m.Code), oneLine(m.Name), oneLine(m.Field))
			}
		}
		if v.Status == verdict.StatusPartial {
			fmt.Fprintf(b, "  - %s\n", msg.Tf(lang, "check.reason.partial", len(v.Of(verdict.KindFailedPage))))
			for _, f := range v.Of(verdict.KindFailedPage) {
				fmt.Fprintf(b, "      %s: %s\n", oneLine(f.URL), failReason(f, lang))
			}
		}
	}

	if len(v.Of(verdict.KindObsolete))+len(v.Of(verdict.KindIncomplete))+len(v.Of(verdict.KindBroken))+len(v.Of(verdict.KindAmbiguous)) > 0 {
		fmt.Fprintln(b, msg.T(lang, "check.fix"))
		if len(v.Of(verdict.KindObsolete)) > 0 {
			fmt.Fprintf(b, "  - %s\n", msg.Tf(lang, "check.warn.obsolete", len(v.Of(verdict.KindObsolete))))
			for _, o := range v.Of(verdict.KindObsolete) {
				fmt.Fprintf(b, "      %s  %s  %s\n", oneLine(o.Code), oneLine(o.Name), oneLine(o.URL))
			}
		}
		if len(v.Of(verdict.KindIncomplete)) > 0 {
			fmt.Fprintf(b, "  - %s\n", msg.Tf(lang, "check.warn.incomplete", len(v.Of(verdict.KindIncomplete))))
			for _, in := range v.Of(verdict.KindIncomplete) {
				fmt.Fprintf(b, "      %s  %s  (%s)\n", oneLine(in.Code), oneLine(in.URL),
					msg.Tf(lang, "check.sections.missing", oneLine(strings.Join(in.MissingSections, ", "))))
			}
		}
		if len(v.Of(verdict.KindBroken)) > 0 {
			fmt.Fprintf(b, "  - %s\n", msg.Tf(lang, "check.warn.broken", len(v.Of(verdict.KindBroken))))
			for _, l := range v.Of(verdict.KindBroken) {
				status := "—"
				if l.Status != 0 {
					status = fmt.Sprintf("HTTP %d", l.Status)
				}
				fmt.Fprintf(b, "      %s  (%s, %s)\n", oneLine(l.URL), status, msg.Tf(lang, "check.broken.from", oneLine(l.From)))
			}
		}
		if len(v.Of(verdict.KindAmbiguous)) > 0 {
			fmt.Fprintf(b, "  - %s\n", msg.Tf(lang, "check.warn.ambiguous", len(v.Of(verdict.KindAmbiguous))))
			for _, a := range v.Of(verdict.KindAmbiguous) {
				fmt.Fprintf(b, "      %s  %s  (%s)\n", oneLine(a.Text), oneLine(a.URL),
					msg.Tf(lang, "check.ambiguous.between", oneLine(strings.Join(a.Candidates, ", "))))
			}
		}
	}

	notes := portalNotes(&v, lang)
	if len(notes) > 0 {
		fmt.Fprintln(b, msg.T(lang, "sec.notes")+":")
		for _, s := range notes {
			fmt.Fprintf(b, "  - %s\n", s)
		}
	}
	fmt.Fprintln(b, msg.T(lang, "check.criterion"))
	return pass
}
