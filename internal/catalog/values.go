package catalog

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// column is what a catalogue column holds.
type column int

const (
	colNone column = iota
	colCode
	colName
	colField
	colLevels
	colAgency
	colStatus
	colDecision
	colType
	colRecordID
	colLacks  // a header containing "CSDL": the parts the record lacks
	colNumber // STT: the row number, which tells section rows from data rows
	colFormer // former names, one a line or separated by ";"
	colUses   // how often the national portal's record is used (its "weight")
)

// headerAliases are the header spellings of each column. They are compared
// after headerKey, so case, diacritics, spacing and punctuation do not matter.
var headerAliases = map[column][]string{
	colCode: {"Mã TTHC", "Mã thủ tục", "Mã thủ tục hành chính", "Mã số", "Mã số TTHC",
		"Mã số thủ tục", "Mã số thủ tục hành chính", "Mã", "code", "ma_tthc", "ma_thu_tuc"},
	colName: {"Tên thủ tục", "Tên TTHC", "Tên thủ tục hành chính", "Tên", "name",
		"ten_thu_tuc", "ten_tthc", "Thủ tục hành chính", "Tên thủ tục hành chính (TTHC)"},
	colField:  {"Lĩnh vực", "field", "fields", "linh_vuc", "Lĩnh vực thực hiện"},
	colLevels: {"Cấp thực hiện", "levels", "level", "Cấp", "Cấp giải quyết", "cap_thuc_hien"},
	colAgency: {"Cơ quan thực hiện", "agency", "agencies", "co_quan_thuc_hien",
		"Cơ quan giải quyết"},
	colStatus: {"Trạng thái", "Tình trạng", "status", "Hiệu lực", "Tình trạng hiệu lực",
		"trang_thai"},
	colDecision: {"Quyết định công bố", "Số quyết định", "decision", "Quyết định",
		"QĐ công bố", "Số QĐ", "Số quyết định công bố"},
	colType:     {"Loại thủ tục", "Loại TTHC", "type"},
	colRecordID: {"ID trên Cổng DVCQG", "ID Cổng DVCQG", "record_id"},
	colNumber:   {"STT", "TT", "Số TT", "Số thứ tự", "no"},
	colFormer: {"Tên cũ", "Tên trước đây", "Tên thủ tục cũ", "Tên gọi cũ", "Tên cũ của thủ tục",
		"former_names", "former_name", "ten_cu"},
	colUses: {"Lượt sử dụng", "Số lượt sử dụng", "Lượt sử dụng trên Cổng DVCQG", "weight", "uses"},
}

var headerIndex = func() map[string]column {
	m := map[string]column{}
	for c, as := range headerAliases {
		for _, a := range as {
			m[headerKey(a)] = c
		}
	}
	return m
}()

// headerKey folds a header cell: accent-free, lower case, without spaces or
// punctuation ("Mã  TTHC", "MÃ TTHC", "ma_tthc" and "Ma tthc" agree).
func headerKey(s string) string {
	return strings.ReplaceAll(textnorm.Fold(s), " ", "")
}

// headerColumn tells which column a header cell names. A footnote mark
// ("Tên thủ tục (1)", "Mã số TTHC*") does not hide it.
func headerColumn(cell string) column {
	if c, ok := headerIndex[headerKey(cell)]; ok {
		return c
	}
	clean := textnorm.Clean(cell)
	if i := strings.IndexAny(clean, "(["); i > 0 {
		if c, ok := headerIndex[headerKey(clean[:i])]; ok {
			return c
		}
	}
	if strings.Contains(headerKey(cell), "csdl") {
		return colLacks
	}
	k := strings.TrimRight(headerKey(cell), "0123456789")
	if c, ok := headerIndex[k]; ok && k != "" {
		return c
	}
	return colNone
}

// andRe joins levels written as a phrase: "Cấp tỉnh và cấp huyện".
var andRe = regexp.MustCompile(`(?i)\s+(?:và|and|hoặc|or)\s+`)

// levelWords maps a folded level value, "cấp" removed, to its level.
var levelWords = map[string]Level{
	"bo": LevelBo, "trung uong": LevelBo, "bo nganh": LevelBo, "ministry": LevelBo, "central": LevelBo,
	"tinh": LevelTinh, "province": LevelTinh, "provincial": LevelTinh,
	"huyen": LevelHuyen, "district": LevelHuyen, "quan": LevelHuyen, "thi xa": LevelHuyen,
	// Since 1 July 2025 the commune level holds xã, phường and đặc khu.
	"xa": LevelXa, "commune": LevelXa, "phuong": LevelXa, "dac khu": LevelXa, "thi tran": LevelXa, "ward": LevelXa,
	"co quan khac": LevelKhac, "khac": LevelKhac, "other": LevelKhac,
}

// parseLevels reads a levels cell: one or more levels separated by ",", ";",
// "/" or line breaks. It returns the first value it does not know as bad.
func parseLevels(cell string) (levels []Level, bad string) {
	cell = andRe.ReplaceAllString(cell, ",")
	for _, v := range splitCell(cell, ",;/") {
		l, ok := levelOf(v)
		if !ok {
			return nil, v
		}
		levels = append(levels, l)
	}
	return SortLevels(levels), ""
}

// ParseLevel reads a level as officials write it: "huyen", "huyện", "Cấp
// Huyện", "Cấp Phường", "đặc khu" (a commune-level unit since July 2025),
// "district" … It reports false for a word it does not know.
func ParseLevel(v string) (Level, bool) { return levelOf(v) }

func levelOf(v string) (Level, bool) {
	k := textnorm.Fold(v)
	if l, ok := levelWords[k]; ok {
		return l, true
	}
	if rest, ok := strings.CutPrefix(k, "cap "); ok {
		l, ok := levelWords[rest]
		return l, ok
	}
	return "", false
}

var statusWords = map[string]Status{
	"": StatusActive, "con hieu luc": StatusActive, "dang hieu luc": StatusActive,
	"co hieu luc": StatusActive, "hieu luc": StatusActive, "active": StatusActive,
	"het hieu luc": StatusAbolished, "bai bo": StatusAbolished, "da bai bo": StatusAbolished,
	"bi bai bo": StatusAbolished, "abolished": StatusAbolished, "inactive": StatusAbolished,
	"dang co hieu luc": StatusActive, "con": StatusActive, "in force": StatusActive,
	"da het hieu luc": StatusAbolished, "khong con hieu luc": StatusAbolished,
	"het": StatusAbolished, "repealed": StatusAbolished,
}

// parseStatus reads a status cell; empty means active.
func parseStatus(cell string) (Status, bool) {
	k := textnorm.Fold(cell)
	if k == "" && textnorm.Clean(cell) != "" {
		return "", false // punctuation only ("?", "-"): not a status
	}
	s, ok := statusWords[k]
	return s, ok
}

// parseUses reads a use count: a whole number, thousands grouped with
// dots, commas or spaces as Excel shows them ("1.373.873").
func parseUses(cell string) (int, bool) {
	digits := strings.Map(func(r rune) rune {
		switch {
		case r >= '0' && r <= '9':
			return r
		case r == '.' || r == ',' || r == ' ' || r == '\u00a0':
			return -1
		}
		return 'x'
	}, cell)
	n, err := strconv.Atoi(digits)
	return n, err == nil && n >= 0
}

// splitCell splits a multi-value cell on line breaks and on seps, drops list
// bullets ("- ", "+ ", "• ") and empty values, and cleans each value.
// Agencies and fields are not split on commas: "UBND xã, phường, thị trấn"
// is one agency.
func splitCell(cell, seps string) []string {
	parts := strings.FieldsFunc(cell, func(r rune) bool {
		return r == '\n' || r == '\r' || strings.ContainsRune(seps, r)
	})
	var out []string
	for _, p := range parts {
		p = textnorm.Clean(p)
		p = strings.TrimSpace(strings.TrimLeft(p, "-+•*–·"))
		if p == "" || contains(out, p) {
			continue
		}
		out = append(out, p)
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}
