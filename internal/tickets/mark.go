package tickets

import (
	"errors"
	"strings"
	"time"
	"unicode/utf8"
)

// Event kinds of an officer's marks.
const (
	EventMarkedResolved      = "marked_resolved"
	EventMarkedNotApplicable = "marked_not_applicable"
	// EventMarkedOpen is an officer opening a ticket again (one marked not
	// applicable or resolved by mistake).
	EventMarkedOpen = "marked_open"
	// EventNote is a note added without changing the ticket.
	EventNote = "note"
)

// ByDashboard is the By of the marks made on the dashboard: it has a
// token, not users, so it says where, not who; a name belongs in the note.
const ByDashboard = "dashboard"

// MaxNote is the longest note accepted, in characters.
const MaxNote = 2000

// Errors of Mark, for the caller to explain.
var (
	ErrUnknownMark  = errors.New("unknown mark")
	ErrNoteRequired = errors.New("a note is required")
	ErrNoteTooLong  = errors.New("the note is too long")
	ErrSameStatus   = errors.New("the ticket already has that status")
)

// IsMark reports whether kind is an officer's mark that Mark takes.
func IsMark(kind string) bool {
	switch kind {
	case EventMarkedResolved, EventMarkedNotApplicable, EventMarkedOpen, EventNote:
		return true
	}
	return false
}

// Mark applies an officer's mark to t at now: resolved, not applicable
// (a note giving the reason is required), open again, or a note alone
// (required too: it is all the mark says). The note's outer blanks are
// trimmed and its line breaks kept. It returns the ticket as the mark
// leaves it and the event to record; t is not modified.
//
// A mark must change the status (ErrSameStatus otherwise): opening an
// open ticket again would only move its opened_at, and two officers
// marking the same ticket at once should hear that one came first. A note
// alone changes nothing of the ticket, not even its note, which stays the
// note of the mark that set its status.
func Mark(t Ticket, kind, note, by string, now time.Time) (Ticket, Event, error) {
	note = strings.TrimSpace(strings.ReplaceAll(note, "\r\n", "\n"))
	if !IsMark(kind) {
		return t, Event{}, ErrUnknownMark
	}
	if note == "" && (kind == EventMarkedNotApplicable || kind == EventNote) {
		return t, Event{}, ErrNoteRequired
	}
	if utf8.RuneCountInString(note) > MaxNote {
		return t, Event{}, ErrNoteTooLong
	}
	if MarkStatus(kind) == t.Status {
		return t, Event{}, ErrSameStatus
	}
	at := now
	switch kind {
	case EventMarkedResolved:
		t.Status, t.ResolvedAt = Resolved, &at
	case EventMarkedNotApplicable:
		t.Status, t.ResolvedAt = NotApplicable, nil
	case EventMarkedOpen:
		// Open from now: opened_at says since when it is open.
		t.Status, t.OpenedAt, t.ResolvedAt = Open, now, nil
	}
	if kind != EventNote {
		t.MarkedAt, t.Note = &at, note
	}
	t.History = nil
	return t, Event{Kind: kind, At: now, By: by, Note: note, Ticket: t}, nil
}

// MarkStatus is the status a mark sets ("" for a note alone).
func MarkStatus(kind string) string {
	switch kind {
	case EventMarkedResolved:
		return Resolved
	case EventMarkedNotApplicable:
		return NotApplicable
	case EventMarkedOpen:
		return Open
	}
	return ""
}
