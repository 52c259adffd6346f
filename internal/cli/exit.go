package cli

import "fmt"

// Exit statuses of the contract.
const (
	ExitOK       = 0
	ExitBadInput = 1
	// ExitSourceUnreadable is `catalog fetch`'s status when the national
	// portal could not be read after retries.
	ExitSourceUnreadable = 2
	ExitFailed           = 3
)

// ExitError carries an exit status up to main; one with an empty message
// prints nothing.
type ExitError struct {
	Code int
	Msg  string
}

func (e *ExitError) Error() string { return e.Msg }

// BadInput is an error the user must fix (exit 1).
func BadInput(format string, a ...any) error {
	return &ExitError{Code: ExitBadInput, Msg: fmt.Sprintf(format, a...)}
}
