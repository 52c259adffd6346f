//go:build race

package hostile

// raceScale divides the sizes of the heaviest cases under the race
// detector, which slows the crawler ten-fold: the full sizes run without
// -race (go test ./hostile/).
const raceScale = 10
