package msg

import (
	"math"
	"time"
)

func nan() float64 { return math.NaN() }

var ict = time.FixedZone("ICT", 7*3600)
