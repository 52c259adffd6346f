package config

import (
	"errors"
	"fmt"
	"strings"
)

// errf is a configuration error in Vietnamese with the English after it,
// in brackets: the configuration is read before anything knows the
// reader's language, and both readers can act on it. vi and en take the
// same arguments; a leading "%s: " (the file and line) is said once.
func errf(vi, en string, args ...any) error {
	wrapped := fmt.Errorf(vi, args...)
	enArgs := args
	if strings.HasPrefix(vi, "%s: ") && strings.HasPrefix(en, "%s: ") && len(args) > 0 {
		en, enArgs = strings.TrimPrefix(en, "%s: "), args[1:]
	}
	english := fmt.Sprintf(strings.ReplaceAll(en, "%w", "%v"), enArgs...)
	return &bilingualError{msg: wrapped.Error() + " (" + english + ")", err: errors.Unwrap(wrapped)}
}

// bilingualError keeps the error it wraps (%w) for errors.Is.
type bilingualError struct {
	msg string
	err error
}

func (e *bilingualError) Error() string { return e.msg }
func (e *bilingualError) Unwrap() error { return e.err }
