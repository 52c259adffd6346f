package catalog

import (
	"time"

	"github.com/tthcaudit/tthcaudit/internal/decision"
)

// farFuture takes a list at a date after every decision: all applied.
var farFuture = time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)

// LoadListFiles builds the catalogue of a list of files (a base catalogue
// then decisions) as of asOf, correcting names read by OCR against the
// catalogue at referencePath when one is given. Errors name the file and
// the page or row.
func LoadListFiles(paths []string, referencePath string, asOf time.Time) (*Built, error) {
	o := ListOptions{AsOf: asOf}
	if referencePath != "" {
		ref, err := Load(referencePath)
		if err != nil {
			return nil, err
		}
		o.Reference = ref
	}
	return LoadList(paths, o)
}

// DiffInputs are the two catalogues `catalog diff` compares: two catalogue
// files as given; a list as of from and as of asOf when from is set;
// otherwise the list without its last file and the whole list, every
// decision applied (what the last decision changes) unless asOf cuts them
// off.
func DiffInputs(paths []string, referencePath string, from, asOf time.Time) (old, cur *Catalog, err error) {
	if !from.IsZero() {
		a, err := LoadListFiles(paths, referencePath, from)
		if err != nil {
			return nil, nil, err
		}
		b, err := LoadListFiles(paths, referencePath, asOf)
		if err != nil {
			return nil, nil, err
		}
		return a.Catalog, b.Catalog, nil
	}
	if len(paths) == 2 && !hasDecisions(paths) {
		if old, err = Load(paths[0]); err != nil {
			return nil, nil, err
		}
		cur, err = Load(paths[1])
		return old, cur, err
	}
	if asOf.IsZero() {
		asOf = farFuture
	}
	a, err := LoadListFiles(paths[:len(paths)-1], referencePath, asOf)
	if err != nil {
		return nil, nil, err
	}
	b, err := LoadListFiles(paths, referencePath, asOf)
	if err != nil {
		return nil, nil, err
	}
	return a.Catalog, b.Catalog, nil
}

// hasDecisions reports whether any path is a decision.
func hasDecisions(paths []string) bool {
	for _, p := range paths {
		if decision.IsDecision(p) {
			return true
		}
	}
	return false
}
