package match

// bestFirst hands out scored names in byScore order without sorting them
// all: a heap, built in linear time, popped once per name read. The fuzzy
// step reads a few of its hundreds of candidates before its ceilings fall
// below the best; sorting them all was a sixth of its time.
type bestFirst []scored

// newBestFirst arranges s (in place) as a heap.
func newBestFirst(s []scored) bestFirst {
	h := bestFirst(s)
	for i := len(h)/2 - 1; i >= 0; i-- {
		h.down(i)
	}
	return h
}

// pop removes and returns the first name in byScore order; ok is false
// when none is left.
func (h *bestFirst) pop() (s scored, ok bool) {
	old := *h
	if len(old) == 0 {
		return scored{}, false
	}
	s = old[0]
	last := len(old) - 1
	old[0] = old[last]
	*h = old[:last]
	h.down(0)
	return s, true
}

func (h bestFirst) down(i int) {
	for {
		l := 2*i + 1
		if l >= len(h) {
			return
		}
		j := l
		if r := l + 1; r < len(h) && byScore(h[r], h[l]) < 0 {
			j = r
		}
		if byScore(h[j], h[i]) >= 0 {
			return
		}
		h[i], h[j] = h[j], h[i]
		i = j
	}
}
