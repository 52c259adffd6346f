// Package redact hides the secrets a URL may carry — user info
// (user:password@) and the values of its query (?key=TOKEN) and fragment —
// before the URL is printed, logged or stored. It is the one place the
// tool does this: delivery warnings, the serve log and every other output
// that names a configured endpoint go through it.
package redact

import (
	"context"
	"log/slog"
	"net/url"
	"regexp"
	"strings"
)

// Mask replaces a secret.
const Mask = "***"

// URL returns raw with its user info and the values of its query and
// fragment replaced by Mask; the scheme, host, path and query keys stay, so
// that the URL can still be recognised. Text that does not parse as a URL
// with a host is returned with everything after "?", "#" and before "@"
// masked.
func URL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return rough(raw)
	}
	if u.User != nil {
		u.User = url.User(Mask)
	}
	if u.RawQuery != "" {
		u.RawQuery = maskQuery(u.RawQuery)
	}
	if u.Fragment != "" || u.RawFragment != "" {
		u.Fragment, u.RawFragment = Mask, ""
	}
	u.ForceQuery = false
	s := u.String()
	// url.String escapes the mask in user info; show it plainly.
	return strings.Replace(s, "%2A%2A%2A@", Mask+"@", 1)
}

// maskQuery keeps the keys of a raw query and masks every value.
func maskQuery(q string) string {
	parts := strings.FieldsFunc(q, func(r rune) bool { return r == '&' || r == ';' })
	for i, p := range parts {
		k, _, ok := strings.Cut(p, "=")
		if ok {
			parts[i] = k + "=" + Mask
		} else {
			parts[i] = Mask // a bare value may be a token too
		}
	}
	return strings.Join(parts, "&")
}

// rough masks what looks secret in a string that is not a parsable URL.
func rough(s string) string {
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		s = s[:i+1] + Mask
	}
	if at := strings.LastIndex(s, "@"); at >= 0 {
		if sl := strings.Index(s, "//"); sl >= 0 && sl < at {
			s = s[:sl+2] + Mask + s[at:]
		}
	}
	return s
}

// urlInText finds absolute URLs in free text (errors, log messages).
var urlInText = regexp.MustCompile(`[A-Za-z][A-Za-z0-9+.\-]*://[^\s"'<>` + "`" + `]+`)

// Text returns s with every absolute URL in it passed through URL. A URL
// quoted by %q keeps its closing quote outside the match.
func Text(s string) string {
	if !strings.Contains(s, "://") {
		return s
	}
	return urlInText.ReplaceAllStringFunc(s, func(u string) string {
		// Trailing punctuation of the sentence is not part of the URL.
		trail := ""
		for len(u) > 0 && strings.ContainsRune(".,;:)]", rune(u[len(u)-1])) {
			trail = u[len(u)-1:] + trail
			u = u[:len(u)-1]
		}
		return URL(u) + trail
	})
}

// Handler wraps a slog.Handler so that the message and every string,
// error and stringer attribute of a record are passed through Text.
func Handler(h slog.Handler) slog.Handler {
	if _, ok := h.(handler); ok {
		return h
	}
	return handler{h}
}

type handler struct{ next slog.Handler }

func (h handler) Enabled(ctx context.Context, l slog.Level) bool { return h.next.Enabled(ctx, l) }

func (h handler) Handle(ctx context.Context, r slog.Record) error {
	out := slog.NewRecord(r.Time, r.Level, Text(r.Message), r.PC)
	r.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(attr(a))
		return true
	})
	return h.next.Handle(ctx, out)
}

func (h handler) WithAttrs(as []slog.Attr) slog.Handler {
	red := make([]slog.Attr, len(as))
	for i, a := range as {
		red[i] = attr(a)
	}
	return handler{h.next.WithAttrs(red)}
}

func (h handler) WithGroup(name string) slog.Handler { return handler{h.next.WithGroup(name)} }

func attr(a slog.Attr) slog.Attr {
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		return slog.String(a.Key, Text(v.String()))
	case slog.KindGroup:
		g := v.Group()
		red := make([]any, len(g))
		for i, x := range g {
			red[i] = attr(x)
		}
		return slog.Group(a.Key, red...)
	case slog.KindAny:
		switch x := v.Any().(type) {
		case error:
			return slog.String(a.Key, Text(x.Error()))
		case interface{ String() string }:
			return slog.String(a.Key, Text(x.String()))
		}
	}
	return slog.Attr{Key: a.Key, Value: v}
}
