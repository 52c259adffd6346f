package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/encoding/charmap"
)

func TestDecodeBody(t *testing.T) {
	w1258, err := charmap.Windows1258.NewEncoder().String("Thu\u0309 tu\u0323c")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, body, contentType, want string
	}{
		{"utf-8 as is", "<p>Thủ tục</p>", "", "<p>Thủ tục</p>"},
		{"BOM dropped", "\xef\xbb\xbf<p>Thủ tục</p>", "", "<p>Thủ tục</p>"},
		{"header charset", "<p>" + w1258 + "</p>", "text/html; charset=windows-1258", "<p>Thu\u0309 tu\u0323c</p>"},
		{"meta charset", `<meta charset="windows-1258"><p>` + w1258 + "</p>", "text/html", `<meta charset="windows-1258"><p>Thu` + "\u0309 tu\u0323c</p>"},
		{"http-equiv", `<meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><p>` + w1258, "", `<meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><p>Thu` + "\u0309 tu\u0323c"},
		{"header wins over meta", `<meta charset="windows-1258"><p>Thủ tục</p>`, "text/html; charset=utf-8", `<meta charset="windows-1258"><p>Thủ tục</p>`},
		{"latin-1 declared", `<meta charset="iso-8859-1"><p>caf` + "\xe9</p>", "", `<meta charset="iso-8859-1"><p>café</p>`},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, string(decodeBody([]byte(c.body), c.contentType)), c.name)
	}
}
