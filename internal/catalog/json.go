package catalog

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// jsonProcedure is one object of a JSON catalogue. field and agency may be a
// string or an array; fields and agencies (the spelling `catalog show` and
// Procedure use) are read too.
type jsonProcedure struct {
	Code     string      `json:"code"`
	Name     string      `json:"name"`
	Field    stringOrArr `json:"field"`
	Fields   stringOrArr `json:"fields"`
	Levels   stringOrArr `json:"levels"`
	Level    stringOrArr `json:"level"`
	Agency   stringOrArr `json:"agency"`
	Agencies stringOrArr `json:"agencies"`
	Status   string      `json:"status"`
	Decision string      `json:"decision"`
	Type     string      `json:"type"`
	RecordID string      `json:"record_id"`
	Lacks    stringOrArr `json:"lacks"`
	// FormerNames are the names it had before a renaming.
	FormerNames stringOrArr `json:"former_names"`
	// Uses is the national portal's use count (Procedure.Uses).
	Uses *int `json:"uses"`
}

// stringOrArr accepts "a" or ["a", "b"].
type stringOrArr []string

func (s *stringOrArr) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if bytes.Equal(b, []byte("null")) {
		*s = nil
		return nil
	}
	if len(b) > 0 && b[0] == '[' {
		var xs []string
		if err := json.Unmarshal(b, &xs); err != nil {
			return fmt.Errorf("expected a string or an array of strings")
		}
		*s = xs
		return nil
	}
	var x string
	if err := json.Unmarshal(b, &x); err != nil {
		return fmt.Errorf("expected a string or an array of strings")
	}
	*s = stringOrArr{x}
	return nil
}

// readJSON reads a JSON catalogue: an array of procedure objects (or an
// object whose "procedures" key holds that array). Rows in messages are the
// line where each object starts.
func readJSON(file string, data []byte) (*Catalog, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	arr, base := data, 0
	var wrapper struct {
		Procedures json.RawMessage `json:"procedures"`
	}
	if t := bytes.TrimSpace(data); len(t) > 0 && t[0] == '{' {
		if err := json.Unmarshal(data, &wrapper); err != nil || wrapper.Procedures == nil {
			return nil, rowErr(file, 1, "JSON phải là một mảng thủ tục (a JSON catalogue is an array of objects with code, name, field, levels, agency, status)")
		}
		arr = wrapper.Procedures
		base = max(0, bytes.Index(data, arr))
	}
	dec := json.NewDecoder(bytes.NewReader(arr))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		return nil, rowErr(file, 1, "JSON phải là một mảng thủ tục (a JSON catalogue is an array of objects with code, name, field, levels, agency, status)")
	}
	r := &reader{g: &grid{file: file}, byCode: map[string]int{}}
	for dec.More() {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, rowErr(file, lineAt(data, base+errOffset(err, dec, arr)), "JSON hỏng (broken JSON: %v)", err)
		}
		line := lineAt(data, base+int(dec.InputOffset())-len(raw))
		var jp jsonProcedure
		if err := json.Unmarshal(raw, &jp); err != nil {
			return nil, rowErr(file, line, "đối tượng thủ tục không đọc được (unreadable procedure object: %v)", err)
		}
		p, err := jp.procedure(file, line)
		if err != nil {
			return nil, err
		}
		if err := r.add(p, line); err != nil {
			return nil, err
		}
	}
	if _, err := dec.Token(); err != nil {
		return nil, rowErr(file, lineAt(data, base+int(dec.InputOffset())), "JSON hỏng (broken JSON: %v)", err)
	}
	return New(file, r.out), nil
}

// errOffset is where a decoding error happened, as near as the decoder says.
func errOffset(err error, dec *json.Decoder, arr []byte) int {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		return int(se.Offset)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return len(arr)
	}
	return int(dec.InputOffset())
}

func lineAt(data []byte, off int) int {
	off = min(max(off, 0), len(data))
	return 1 + bytes.Count(data[:off], []byte("\n"))
}

func (jp jsonProcedure) procedure(file string, line int) (Procedure, error) {
	raw := textnorm.Clean(jp.Code)
	name, embedded := textnorm.SplitCode(textnorm.Clean(jp.Name))
	code := textnorm.ReduceCode(raw)
	switch {
	case raw == "" && embedded == "":
		return Procedure{}, rowErr(file, line, "thiếu mã thủ tục (no \"code\")")
	case raw == "":
		code = embedded
	case code == "":
		return Procedure{}, rowErr(file, line, "mã thủ tục không hợp lệ %q (invalid code: write it as [123].dddddd, e.g. 1.001234)", raw)
	}
	if name == "" {
		return Procedure{}, rowErr(file, line, "tên thủ tục trống (empty name for code %s)", code)
	}
	p := Procedure{Code: code, Name: name, Decision: textnorm.Clean(jp.Decision),
		Type: textnorm.Clean(jp.Type), RecordID: strings.TrimSpace(jp.RecordID), Lacks: splitCell(strings.Join(jp.Lacks, "\n"), ";"),
		Row: fmt.Sprintf("%s:%d", file, line), Uses: jp.Uses}
	if jp.Uses != nil && *jp.Uses < 0 {
		return Procedure{}, rowErr(file, line, "số lượt sử dụng không hợp lệ %d (invalid \"uses\": a whole number, 0 or more)", *jp.Uses)
	}
	for _, l := range append(jp.Levels, jp.Level...) {
		ls, bad := parseLevels(l)
		if bad != "" {
			return Procedure{}, rowErr(file, line, "cấp thực hiện không rõ %q (unknown level: use bo, tinh, huyen, xa or khac)", bad)
		}
		p.Levels = append(p.Levels, ls...)
	}
	p.Levels = SortLevels(p.Levels)
	p.Fields = splitCell(strings.Join(append(jp.Field, jp.Fields...), "\n"), ";")
	p.Agencies = splitCell(strings.Join(append(jp.Agency, jp.Agencies...), "\n"), ";")
	s, ok := parseStatus(jp.Status)
	if !ok {
		return Procedure{}, rowErr(file, line, "trạng thái không rõ %q (unknown status: use active or abolished)", jp.Status)
	}
	p.Status = s
	p.FormerNames = addFormer(nil, p.Name, jp.FormerNames...)
	return p, nil
}
