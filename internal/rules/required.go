package rules

import (
	"sort"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// Required returns what portal p must publish, sorted by code:
//
//   - active procedures whose levels include the portal's level, or one of
//     require.levels when given (which replaces the level);
//   - when agency is set, only those with a matching agency (AgencyMatches);
//   - when require.fields is set, only those of these fields (compared
//     without diacritics, "Lĩnh vực" prefix ignored);
//   - plus require.codes (active ones), minus require.exempt, always.
//
// A procedure with no level in the catalogue (the national export carries
// none) is never required by level alone: it is required when the portal
// sets an agency or fields that select it, or lists its code. A
// level-less catalogue with neither gives an empty list and Evaluate
// says so in a note.
func Required(c *catalog.Catalog, p config.Portal) []catalog.Procedure {
	if c == nil {
		return []catalog.Procedure{}
	}
	// Indices first, then one slice of the right size: a procedure is a
	// few hundred bytes, and a national catalogue's slice grown by append
	// was the largest allocation of the step that ends an audit.
	var idx []int32
	eachRequired(c, p, func(i int) bool {
		idx = append(idx, int32(i))
		return true
	})
	out := make([]catalog.Procedure, len(idx))
	for j, i := range idx {
		out[j] = c.Procedures[i]
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}

// eachRequired calls yield with the index in c.Procedures of each
// procedure p must publish (see Required), in catalogue order, until yield
// returns false.
func eachRequired(c *catalog.Catalog, p config.Portal, yield func(i int) bool) {
	levels := p.Require.Levels
	if len(levels) == 0 && p.Level != "" {
		levels = []string{p.Level}
	}
	levelSet := map[catalog.Level]bool{}
	for _, l := range levels {
		levelSet[catalog.Level(strings.ToLower(strings.TrimSpace(l)))] = true
	}
	fields := map[string]bool{}
	for _, f := range p.Require.Fields {
		if k := fieldKey(f); k != "" {
			fields[k] = true
		}
	}
	agency := strings.TrimSpace(p.Agency)
	exempt := codeSet(p.Require.Exempt)
	extra := codeSet(p.Require.Codes)

	for i, proc := range c.Procedures {
		code := reduce(proc.Code)
		if !proc.Active() || exempt[code] {
			continue
		}
		if extra[code] {
			if !yield(i) {
				return
			}
			continue
		}
		narrowed := agency != "" || len(fields) > 0
		switch {
		case len(proc.Levels) == 0 || len(levelSet) == 0:
			// No level to compare: only an agency or fields select it.
			if !narrowed {
				continue
			}
		case !hasAnyLevel(proc, levelSet):
			continue
		}
		if agency != "" && !agencyOf(proc, agency) {
			continue
		}
		if len(fields) > 0 && !fieldOf(proc, fields) {
			continue
		}
		if !yield(i) {
			return
		}
	}
}

func hasAnyLevel(p catalog.Procedure, set map[catalog.Level]bool) bool {
	for _, l := range p.Levels {
		if set[l] {
			return true
		}
	}
	return false
}

func agencyOf(p catalog.Procedure, agency string) bool {
	for _, a := range p.Agencies {
		if AgencyMatches(agency, a) {
			return true
		}
	}
	return false
}

func fieldOf(p catalog.Procedure, fields map[string]bool) bool {
	for _, f := range p.Fields {
		if fields[fieldKey(f)] {
			return true
		}
	}
	return false
}

// fieldKey compares fields: folded, without a leading "lĩnh vực".
func fieldKey(f string) string {
	k := textnorm.Fold(f)
	k = strings.TrimPrefix(k, "linh vuc ")
	return strings.TrimSpace(k)
}

func codeSet(codes []string) map[string]bool {
	m := make(map[string]bool, len(codes))
	for _, c := range codes {
		if r := reduce(c); r != "" {
			m[r] = true
		}
	}
	return m
}

// reduce gives the [123].dddddd form of a code, or the code trimmed when it
// has another shape.
func reduce(code string) string {
	if r := textnorm.ReduceCode(code); r != "" {
		return r
	}
	return strings.TrimSpace(code)
}
