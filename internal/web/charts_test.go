package web

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tthcaudit/tthcaudit/internal/msg"
)

func TestLineChart(t *testing.T) {
	assert.Nil(t, lineChart(msg.Vietnamese, "x", 760, 260, nil), "no points, no chart")

	one := lineChart(msg.Vietnamese, "x", 760, 260, []chartSeries{{Name: "A", Colour: "#000", Points: []chartPoint{{At: t1, Cov: 0.5}}}})
	require.NotNil(t, one)
	assert.Equal(t, "396.0,122.0", one.Lines[0].Points, "a single audit sits in the middle, at half height")

	var pts []chartPoint
	for i := range 20 {
		pts = append(pts, chartPoint{At: t1.Add(time.Duration(i) * 7 * 24 * time.Hour), Cov: float64(i) / 19})
	}
	pts = append(pts, chartPoint{At: t1.Add(time.Hour), Cov: 1.7}) // out of range: clamped
	c := lineChart(msg.English, "x", 760, 260, []chartSeries{{Name: "A", Points: pts}})
	assert.LessOrEqual(t, len(c.XTicks), 6, "at most six dates on the axis")
	assert.Equal(t, "Nov 16", c.XTicks[0].Label)
	first := strings.Fields(c.Lines[0].Points)[0]
	assert.Equal(t, "48.0,232.0", first, "the first audit at the left, 0 % at the bottom")
	assert.Equal(t, "12.0", strings.Split(strings.Fields(c.Lines[0].Points)[20], ",")[1], "clamped to 100 %")
	assert.Len(t, c.Grid, 5)
}

func TestSparklineAndBar(t *testing.T) {
	assert.Nil(t, newSparkline(msg.Vietnamese, "#000", nil))
	s := newSparkline(msg.Vietnamese, "#000", []chartPoint{{Cov: 0.5}, {Cov: 1}})
	assert.Equal(t, "3.0,15.0 117.0,3.0", s.Points)
	assert.Equal(t, "50,0% → 100,0%", s.Title)
	assert.Equal(t, bar{Width: "100.0", Text: "100,0", Class: "good"}, newBar(msg.Vietnamese, 1))
	assert.Equal(t, "fair", newBar(msg.Vietnamese, 0.85).Class)
	assert.Equal(t, "bad", newBar(msg.Vietnamese, 0.5).Class)
	assert.Equal(t, "0.0", newBar(msg.Vietnamese, -1).Width)
}
