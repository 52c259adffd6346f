package reports

import "bufio"

// indentWriter indents the compact JSON written to it exactly as
// encoding/json's Indent (prefix "", the given indent) does, writing
// through as it reads: a national report is tens of MB, and Indent would
// hold a second, larger copy of it while the compact one is still held.
// It expects what json.Encoder writes: valid compact JSON, so only
// strings need tracking (their brackets and commas are text).
type indentWriter struct {
	w          *bufio.Writer
	indent     string
	depth      int
	needIndent bool // after { or [: indent before the next value, unless it closes
	inString   bool
	escaped    bool
}

// Write indents p; errors are the underlying writer's, also kept by w for
// Flush.
func (iw *indentWriter) Write(p []byte) (int, error) {
	w := iw.w
	for _, c := range p {
		if iw.inString {
			w.WriteByte(c)
			switch {
			case iw.escaped:
				iw.escaped = false
			case c == '\\':
				iw.escaped = true
			case c == '"':
				iw.inString = false
			}
			continue
		}
		if iw.needIndent && c != '}' && c != ']' {
			iw.needIndent = false
			iw.depth++
			iw.newline()
		}
		switch c {
		case '"':
			iw.inString = true
			w.WriteByte(c)
		case '{', '[':
			// Empty objects and arrays stay {} and [].
			iw.needIndent = true
			w.WriteByte(c)
		case ',':
			w.WriteByte(c)
			iw.newline()
		case ':':
			w.WriteByte(c)
			w.WriteByte(' ')
		case '}', ']':
			if iw.needIndent {
				iw.needIndent = false
			} else {
				iw.depth--
				iw.newline()
			}
			w.WriteByte(c)
		default:
			w.WriteByte(c)
		}
	}
	if _, err := w.Write(nil); err != nil {
		return 0, err
	}
	return len(p), nil
}

func (iw *indentWriter) newline() {
	iw.w.WriteByte('\n')
	for range iw.depth {
		iw.w.WriteString(iw.indent)
	}
}
