package rules

import (
	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/msg"
)

// NothingRequired says why portal p must publish nothing of c, as a
// message for the configuration's author, or returns false when p must
// publish something. An audit of such a portal would pass on nothing
// (0/0 = 100 %): it is refused before any page is fetched.
func NothingRequired(c *catalog.Catalog, p config.Portal) (msg.Note, bool) {
	if c != nil {
		some := false
		eachRequired(c, p, func(int) bool { some = true; return false })
		if some {
			return msg.Note{}, false
		}
	}
	switch {
	case c == nil || len(c.Procedures) == 0:
		return msg.N("nothing.empty", p.ID), true
	case c.ActiveCount() == 0:
		return msg.N("nothing.no_active", p.ID), true
	case !hasLevels(c) && p.Agency == "" && len(p.Require.Fields) == 0 && len(p.Require.Codes) == 0:
		return msg.N("nothing.no_levels", p.ID), true
	case p.Agency != "":
		return msg.N("nothing.agency", p.ID, p.Agency), true
	}
	level := p.Level
	if len(p.Require.Levels) > 0 {
		level = p.Require.Levels[0]
	}
	return msg.N("nothing.level", p.ID, level), true
}

func hasLevels(c *catalog.Catalog) bool {
	for _, p := range c.Procedures {
		if len(p.Levels) > 0 {
			return true
		}
	}
	return false
}
