package textnorm

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestOldDatabaseCodes(t *testing.T) {
	tests := []struct {
		in, reduced string
	}{
		{"T-AGI-264525-TT", "T-AGI-264525-TT"},
		{" t-agi-264525-tt ", "T-AGI-264525-TT"},
		{"BTP-264525-TT", "BTP-264525-TT"},
		{"1.010829", "1.010829"},
		{"1.010829.000.00.00.H01", "1.010829"},
		{"T-AGI-264525", ""},
		{"AGI-TT", ""},
		{"T-AGI-264525-TT-X", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.reduced, ReduceCode(tt.in), tt.in)
	}
}
