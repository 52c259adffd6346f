package reports

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/tthcaudit/tthcaudit/internal/match"
	"github.com/tthcaudit/tthcaudit/internal/msg"
)

// TestEveryReviewReasonSaid: the reports say why a candidate was not
// accepted in words (reviewWhy); a reason the matcher gives without a
// message would print its key to a civil servant.
func TestEveryReviewReasonSaid(t *testing.T) {
	for _, r := range match.ReviewReasons {
		assert.True(t, msg.Has("review."+string(r)), "no message for review reason %s", r)
	}
}
