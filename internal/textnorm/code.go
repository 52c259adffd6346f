package textnorm

import (
	"regexp"
	"strings"
)

// codeRe matches a procedure code, [123].dddddd, with the longer forms
// portals show (1.001612.000.00.00.H01, 1.001193.01) as an optional tail.
var codeRe = regexp.MustCompile(`[123]\.\d{6}(?:\.[0-9A-Za-z]+)*`)

// FindCodes returns every procedure code in s, reduced to [123].dddddd, in
// order of appearance and without repeats. A code must stand on its own: the
// digits before and after it may not continue it ("21.0012345" is no code).
func FindCodes(s string) []string {
	var out []string
	for _, m := range codeRe.FindAllStringIndex(s, -1) {
		if !standsAlone(s, m[0], m[1]) {
			continue
		}
		c := s[m[0] : m[0]+8]
		dup := false
		for _, o := range out {
			dup = dup || o == c
		}
		if !dup {
			out = append(out, c)
		}
	}
	return out
}

// FindCode returns the first procedure code in s, or "".
func FindCode(s string) string {
	if cs := FindCodes(s); len(cs) > 0 {
		return cs[0]
	}
	return ""
}

// oldCodeRe is a code of the national database before 2019 (CSDL quốc gia
// về TTHC of NĐ 63/2010): the issuing body, the province or ministry unit,
// a serial number and "TT", as in T-AGI-264525-TT (a procedure of An Giang
// province) or BTP-264525-TT. Catalogues of that time use them.
var oldCodeRe = regexp.MustCompile(`^[A-Z]{1,6}(?:-[A-Z0-9]{2,8})?-\d{3,7}-TT$`)

// IsOldCode reports whether s is a code of the old national database.
func IsOldCode(s string) bool { return oldCodeRe.MatchString(strings.ToUpper(strings.TrimSpace(s))) }

// oldCodeLooseRe is an old code as portals print it beside a name, its
// "-TT" often left off ("BTP-BGI-277098"); five digits at least, so that
// no word of a name with a number ("QCVN-01") reads as one.
var oldCodeLooseRe = regexp.MustCompile(`^[A-Z]{1,6}(?:-[A-Z0-9]{2,8})?-\d{5,7}(?:-TT)?$`)

// LooksOldCode reports whether a word beside a name is an old code,
// with or without its "-TT" (IsOldCode, for a catalogue's code column,
// wants it).
func LooksOldCode(s string) bool {
	return oldCodeLooseRe.MatchString(strings.ToUpper(strings.TrimSpace(s)))
}

// ReduceCode returns the [123].dddddd prefix of a longer code, or "" when s
// is not a code. A code of the old national database (T-AGI-264525-TT) is
// returned whole, in capitals.
func ReduceCode(s string) string {
	s = strings.TrimSpace(s)
	if IsOldCode(s) {
		return strings.ToUpper(s)
	}
	m := codeRe.FindStringIndex(s)
	if m == nil || m[0] != 0 || m[1] != len(s) {
		return ""
	}
	return s[:8]
}

func standsAlone(s string, i, j int) bool {
	if i > 0 {
		p := s[i-1]
		if p >= '0' && p <= '9' || p == '.' || p >= 'A' && p <= 'Z' || p >= 'a' && p <= 'z' {
			return false
		}
	}
	if j < len(s) {
		n := s[j]
		if n >= '0' && n <= '9' {
			return false
		}
	}
	return true
}

// splitRe finds a code in parentheses or brackets anywhere, or a code that
// opens or closes the name with a separator ("1.001234 - Đăng ký …",
// "Đăng ký … - 1.001234").
var (
	parenCodeRe    = regexp.MustCompile(`\s*[\(\[]\s*(?:[Mm]ã(?: số| TTHC| thủ tục)?\s*:?\s*)?([123]\.\d{6}(?:\.[0-9A-Za-z]+)*)\s*[\)\]]`)
	leadingCodeRe  = regexp.MustCompile(`^(?:[Mm]ã(?: số| TTHC| thủ tục)?\s*:?\s*)?([123]\.\d{6}(?:\.[0-9A-Za-z]+)*)(?:\s*[-–—:.|]\s*|\s+)`)
	trailingCodeRe = regexp.MustCompile(`\s*[-–—:|]\s*(?:[Mm]ã(?: số| TTHC| thủ tục)?\s*:?\s*)?([123]\.\d{6}(?:\.[0-9A-Za-z]+)*)$`)
)

// SplitCode removes an embedded procedure code from a cleaned name and
// returns the name and the code reduced to [123].dddddd ("" when none).
// A trailing full stop goes too.
func SplitCode(s string) (name, code string) {
	if !mayHoldCode(s) {
		// The regular expressions below cost more than everything else a
		// catalogue load does; most names hold no code.
	} else if m := parenCodeRe.FindStringSubmatchIndex(s); m != nil {
		code = s[m[2] : m[2]+8]
		s = s[:m[0]] + s[m[1]:]
	} else if m := leadingCodeRe.FindStringSubmatchIndex(s); m != nil {
		code = s[m[2] : m[2]+8]
		s = s[m[1]:]
	} else if m := trailingCodeRe.FindStringSubmatchIndex(s); m != nil {
		code = s[m[2] : m[2]+8]
		s = s[:m[0]]
	}
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "..") {
		s = strings.TrimSpace(strings.TrimSuffix(s, "."))
	}
	return s, code
}

// MayHoldCode reports whether text may hold a procedure code once
// cleaned: a digit 1-3, a dot and a digit in a row, which every code
// starts with, or an entity, which may hide them. Text for which it is
// false holds no code FindCode or SplitCode could find.
func MayHoldCode(text string) bool {
	return mayHoldCode(text) || strings.IndexByte(text, '&') >= 0
}

// mayHoldCode reports whether s has a digit 1-3, a dot and a digit in a row,
// which every code starts with.
func mayHoldCode(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i] >= '1' && s[i] <= '3' && s[i+1] == '.' && s[i+2] >= '0' && s[i+2] <= '9' {
			return true
		}
	}
	return false
}
