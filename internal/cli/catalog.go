package cli

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/audit"
	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/reports"
)

// ListArgs are the arguments of the catalog commands that read lists of a
// base catalogue and decisions.
type ListArgs struct {
	// AsOf is the day the list is taken at (zero: today in Vietnam).
	AsOf time.Time
	// Reference names procedures by code, to correct names read by OCR.
	Reference string
	// From is diff's earlier day (zero: compare files).
	From time.Time
	Lang string
	JSON bool
}

// load builds the catalogue of a list of files as of a.AsOf. Errors are
// bad input naming the file and page or row.
func (a ListArgs) load(paths []string) (*catalog.Built, error) {
	asOf := a.AsOf
	if asOf.IsZero() {
		asOf = audit.AsOfDay(time.Now())
	}
	b, err := catalog.LoadListFiles(paths, a.Reference, asOf)
	if err != nil {
		return nil, BadInput("%v", err)
	}
	return b, nil
}

// whole runs body into a buffer that goes to stdout whole, and not at all
// on an error.
func whole(e *Env, lang string, body func(out *bytes.Buffer, l msg.Lang) error) error {
	l, err := ParseLang(lang)
	if err != nil {
		return err
	}
	var out bytes.Buffer
	if err := body(&out, l); err != nil {
		return err
	}
	_, err = e.Stdout.Write(out.Bytes())
	return err
}

// CatalogShow counts the procedures of a list by level, field and status.
func CatalogShow(e *Env, paths []string, a ListArgs) error {
	return whole(e, a.Lang, func(out *bytes.Buffer, lang msg.Lang) error {
		b, err := a.load(paths)
		if err != nil {
			return err
		}
		if a.JSON {
			return printJSON(out, reports.CatalogStats(b, lang))
		}
		reports.CatalogShow(out, b.Catalog, lang)
		reports.CatalogList(out, b, lang)
		return nil
	})
}

// CatalogDiff lists what changed between two catalogues, or what the
// decisions changed between a.From and a.AsOf.
func CatalogDiff(e *Env, paths []string, a ListArgs) error {
	return whole(e, a.Lang, func(out *bytes.Buffer, lang msg.Lang) error {
		asOf := a.AsOf
		if !a.From.IsZero() && asOf.IsZero() {
			asOf = audit.AsOfDay(time.Now()) // from a date to today
		}
		old, cur, err := catalog.DiffInputs(paths, a.Reference, a.From, asOf)
		if err != nil {
			return BadInput("%v", err)
		}
		ch := catalog.Diff(old, cur)
		if a.JSON {
			return printJSON(out, reports.CatalogDiffJSON(old, cur, ch))
		}
		reports.CatalogDiff(out, old, cur, ch, lang)
		return nil
	})
}

// CatalogExport writes the list's resulting catalogue to out (.csv or
// .xlsx) for sign-off.
func CatalogExport(e *Env, paths []string, out string, a ListArgs) error {
	l, err := ParseLang(a.Lang)
	if err != nil {
		return err
	}
	if out == "" {
		return BadInput("%s", msg.T(l, "cat.noout"))
	}
	ext := strings.ToLower(filepath.Ext(out))
	if ext != ".csv" && ext != ".xlsx" {
		return BadInput("%s", msg.Tf(l, "cat.badout", out))
	}
	b, err := a.load(paths)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	write := b.ExportXLSX
	if ext == ".csv" {
		write = b.ExportCSV
	}
	if err = write(&buf); err == nil {
		err = reports.WriteFileAtomic(out, buf.Bytes())
	}
	if err != nil {
		return BadInput("%s: không ghi được tệp (cannot write the file): %v", out, err)
	}
	n := map[string]int{}
	rows := b.ExportRows()
	for _, r := range rows {
		n[r[5]]++
	}
	fmt.Fprintln(e.Stdout, msg.Tf(l, "cat.exported", msg.Number(l, len(rows)), out, msg.Number(l, n[catalog.ExportActive]),
		msg.Number(l, n[catalog.ExportAbolished]), msg.Number(l, n[catalog.ExportPending]), b.AsOf.Format("02/01/2006")))
	for _, w := range b.Warnings {
		fmt.Fprintln(e.Stderr, w)
	}
	return nil
}
