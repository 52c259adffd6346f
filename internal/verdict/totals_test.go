package verdict

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSumAndCoverage(t *testing.T) {
	ok := func(req, found, missing int) Verdict {
		v := Verdict{Status: StatusOK, Required: req, Found: found}
		for i := 0; i < missing; i++ {
			v.Add(Finding{Kind: KindMissing, Code: "1.0"})
		}
		return v
	}
	unreachable := Verdict{Status: StatusUnreachable, Required: 40}
	unreachable.Add(Finding{Kind: KindBroken, URL: "http://x/a"})
	cases := []struct {
		name      string
		portals   []Verdict
		coverage  float64 // NaN: no portal reached
		unreached int
		required  int
		broken    int
	}{
		{"no portal", nil, math.NaN(), 0, 0, 0},
		{"only unreachable portals never read 100 %", []Verdict{unreachable}, math.NaN(), 1, 0, 1},
		{"an unreachable portal does not pull coverage down", []Verdict{ok(4, 3, 1), unreachable}, 0.75, 1, 4, 1},
		{"two reached portals", []Verdict{ok(4, 4, 0), ok(6, 3, 3)}, 0.7, 0, 10, 0},
		{"nothing required of the reached ones", []Verdict{ok(0, 0, 0)}, 1, 0, 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tot := Sum(&Report{Portals: c.portals})
			if math.IsNaN(c.coverage) {
				assert.True(t, math.IsNaN(tot.Coverage()), "coverage %v", tot.Coverage())
			} else {
				assert.InDelta(t, c.coverage, tot.Coverage(), 1e-9)
			}
			assert.Equal(t, c.unreached, tot.Unreached())
			assert.Equal(t, c.required, tot.Required)
			assert.Equal(t, c.broken, tot.BrokenLinks)
		})
	}
}
