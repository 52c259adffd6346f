//go:build !race

package hostile

// raceScale divides the sizes of the heaviest cases under the race
// detector; without it they run at full size.
const raceScale = 1
