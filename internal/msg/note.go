package msg

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Note is a sentence said about a portal or a crawl, kept as a message key
// and its arguments so that each reader gets it in their language. A note
// read back from a stored report has only its Text (the Vietnamese the
// report was written with) and is shown as it is.
type Note struct {
	Key  string
	Args []any
	// Text is a note without a key: one read back from JSON.
	Text string
}

// N makes a note of key with args. An argument may itself be a Note or a
// []Note (shown joined by "; ").
func N(key string, args ...any) Note { return Note{Key: key, Args: args} }

// In renders the note in lang.
func (n Note) In(lang Lang) string {
	if n.Key == "" {
		return n.Text
	}
	args := make([]any, len(n.Args))
	for i, a := range n.Args {
		switch a := a.(type) {
		case Note:
			args[i] = a.In(lang)
		case []Note:
			parts := make([]string, len(a))
			for j, x := range a {
				parts[j] = x.In(lang)
			}
			args[i] = strings.Join(parts, "; ")
		default:
			args[i] = a
		}
	}
	if len(args) == 0 {
		return T(lang, n.Key)
	}
	return fmt.Sprintf(T(lang, n.Key), args...)
}

// String is the note in Vietnamese, the users' language.
func (n Note) String() string { return n.In(Vietnamese) }

// Is reports whether n is the note of key.
func (n Note) Is(key string) bool { return n.Key == key }

// MarshalJSON writes the note as its Vietnamese text: the report's JSON
// keeps the strings it always had.
func (n Note) MarshalJSON() ([]byte, error) { return json.Marshal(n.String()) }

// UnmarshalJSON reads a note written by MarshalJSON (text only).
func (n *Note) UnmarshalJSON(b []byte) error {
	*n = Note{}
	return json.Unmarshal(b, &n.Text)
}
