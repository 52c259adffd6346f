package reports

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

func TestSum(t *testing.T) {
	s := verdict.Sum(fixture())
	assert.Equal(t, verdict.Totals{Portals: 4, Reached: 3, Required: 13, Found: 9, Missing: 4, Obsolete: 1, Incomplete: 1, BrokenLinks: 1}, s)
	assert.InDelta(t, 9.0/13, s.Coverage(), 1e-9)
	assert.True(t, math.IsNaN(verdict.Totals{Portals: 2}.Coverage()), "nothing reached: no coverage, never 100 %")
	assert.Equal(t, 1.0, verdict.Totals{Portals: 1, Reached: 1}.Coverage(), "reached, nothing required")
	assert.Equal(t, 1, s.Unreached())
}
