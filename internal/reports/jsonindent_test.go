package reports

import (
	"bufio"
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"
)

// indentWriter must give byte for byte what encoding/json's own indenting
// gave before it.
func TestIndentWriterMatchesEncodingJSON(t *testing.T) {
	values := []any{
		map[string]any{},
		[]any{},
		map[string]any{"a": []any{}, "b": map[string]any{}, "c": []int{1, 2}},
		[]string{`q"uo{te}`, `back\\slash"`, `a,b:c[d]`, "Thủ tục {cấp} [xã], \"mới\""},
		map[string]any{"nested": []any{map[string]any{"x": nil, "y": true, "z": 1.5}, "s", []any{[]any{}}}},
		"plain",
		42,
		fixture(),
	}
	for _, v := range values {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		require.NoError(t, enc.Encode(v))

		var got bytes.Buffer
		iw := &indentWriter{w: bufio.NewWriterSize(&got, 16), indent: "  "}
		enc = json.NewEncoder(iw)
		enc.SetEscapeHTML(false)
		require.NoError(t, enc.Encode(v))
		require.NoError(t, iw.w.Flush())
		require.Equal(t, want.String(), got.String())
	}
}

// FuzzIndentWriter checks indentWriter against encoding/json on strings of
// any content, the only place where brackets and commas are text.
func FuzzIndentWriter(f *testing.F) {
	for _, s := range []string{"", `"`, `\`, "{[,:]}", "\\\"{", "\x00\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v := map[string]any{"k" + s: []any{s, map[string]string{s: s}, []string{}}}
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		require.NoError(t, enc.Encode(v))
		var got bytes.Buffer
		iw := &indentWriter{w: bufio.NewWriter(&got), indent: "  "}
		enc = json.NewEncoder(iw)
		enc.SetEscapeHTML(false)
		require.NoError(t, enc.Encode(v))
		require.NoError(t, iw.w.Flush())
		require.Equal(t, want.String(), got.String())
	})
}
