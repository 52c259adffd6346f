package reports

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

func TestSum(t *testing.T) {
	s := verdict.Sum(fixture())
	assert.Equal(t, verdict.Totals{Portals: 4, Reached: 3, Required: 13, Found: 9, Missing: 4, Obsolete: 1, Incomplete: 1, BrokenLinks: 1}, s)
	assert.InDelta(t, 9.0/13, s.Coverage(), 1e-9)
	assert.Equal(t, 1.0, verdict.Totals{}.Coverage())
}
