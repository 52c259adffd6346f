package store

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"sync"
)

// Stored reports and crawl-cache bodies are zlib-compressed (schema 2): a
// report's JSON shrinks ~9×, a portal page's HTML ~8×, and they were most
// of the file. Rows written before schema 2 stay as they were and are told
// apart by a column (audits.report_zlib NULL, crawl_cache.body_encoding
// ''), never by guessing from the bytes: a cached body may itself be a
// zlib or gzip stream.

// encodingZlib marks a crawl_cache body stored zlib-compressed.
const encodingZlib = "zlib"

// maxInflated bounds what decompressing one stored value may produce, so
// that a damaged or hostile row cannot exhaust memory.
const maxInflated = 1 << 30

var zlibWriters = sync.Pool{New: func() any {
	w, _ := zlib.NewWriterLevel(nil, zlib.DefaultCompression)
	return w
}}

// deflate compresses b with zlib.
func deflate(b []byte) []byte {
	var buf bytes.Buffer
	buf.Grow(len(b)/4 + 64)
	w := zlibWriters.Get().(*zlib.Writer)
	w.Reset(&buf)
	// Writing to a bytes.Buffer cannot fail.
	_, _ = w.Write(b)
	_ = w.Close()
	zlibWriters.Put(w)
	return buf.Bytes()
}

// inflate undoes deflate.
func inflate(b []byte) ([]byte, error) {
	r, err := zlib.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	defer r.Close()
	out, err := io.ReadAll(io.LimitReader(r, maxInflated+1))
	if err != nil {
		return nil, err
	}
	if len(out) > maxInflated {
		return nil, fmt.Errorf("decompresses to more than %d bytes", maxInflated)
	}
	return out, nil
}

// encodeBody returns what crawl_cache keeps of a body and its encoding: the
// body itself when compressing would not make it smaller (tiny or already
// compressed bodies).
func encodeBody(body []byte) ([]byte, string) {
	z := deflate(body)
	if len(z) >= len(body) {
		return body, ""
	}
	return z, encodingZlib
}

// decodeBody undoes encodeBody.
func decodeBody(b []byte, encoding string) ([]byte, error) {
	switch encoding {
	case "":
		return b, nil
	case encodingZlib:
		return inflate(b)
	default:
		return nil, fmt.Errorf("unknown body encoding %q (written by a newer tthcaudit?)", encoding)
	}
}
