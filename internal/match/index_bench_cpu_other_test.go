//go:build !unix

package match

import "time"

// cpuTime is not measured here: the cpu_s/op metric reads 0.
func cpuTime() time.Duration { return 0 }
