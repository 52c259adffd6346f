package evidence

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	gowarc "github.com/nlnwa/gowarc/v3"
)

// Summary is what Verify checked.
type Summary struct {
	// Files is how many files the manifest lists (all hashes checked).
	Files int `json:"files"`
	// WARCFiles are the WARC files read.
	WARCFiles []string `json:"warc_files"`
	// Records is how many WARC records were read; Digests how many digests
	// (block and payload) were checked.
	Records int `json:"records"`
	Digests int `json:"digests"`
	// RecordsByType counts records by WARC-Type.
	RecordsByType map[string]int `json:"records_by_type"`
	// Findings is how many findings the manifest holds, Linked how many of
	// them point at records.
	Findings int `json:"findings"`
	Linked   int `json:"linked"`
	// Screenshots is how many screenshots the findings point at.
	Screenshots int `json:"screenshots"`
	// Unlisted are files in the pack that the manifest does not list (added
	// afterwards); they are reported, not trusted.
	Unlisted []string `json:"unlisted,omitempty"`
}

// maxProblems bounds the problems listed in Verify's error.
const maxProblems = 20

// Verify re-reads the pack in dir: the SHA-256 of every file the manifest
// lists, every WARC record's block and payload digest, and that every record
// and screenshot a finding points at is there. The error lists what is wrong,
// file by file.
func Verify(dir string) (Summary, error) {
	s := Summary{RecordsByType: map[string]int{}}
	m, err := ReadManifest(dir)
	if err != nil {
		return s, err
	}
	var problems []string
	add := func(format string, a ...any) { problems = append(problems, fmt.Sprintf(format, a...)) }

	listed := map[string]FileHash{}
	for _, f := range m.Files {
		listed[f.Path] = f
		s.Files++
		p, ok := insidePack(dir, f.Path)
		if !ok {
			add("%s: đường dẫn ra ngoài gói (path leaves the pack)", f.Path)
			continue
		}
		sum, size, err := hashFile(p)
		switch {
		case err != nil:
			add("%s: không đọc được (cannot read): %v", f.Path, err)
		case sum != f.SHA256 || size != f.Size:
			add("%s: đã bị thay đổi sau khi lập gói — sha256 %s, manifest ghi %s (changed after the pack was made)", f.Path, sum, f.SHA256)
		}
	}
	if present, err := hashPack(dir); err == nil {
		for _, f := range present {
			if _, ok := listed[f.Path]; !ok {
				s.Unlisted = append(s.Unlisted, f.Path)
			}
		}
	}

	ids := map[string]bool{}
	for _, name := range m.WARCFiles {
		if _, ok := listed[name]; !ok {
			add("%s: tệp WARC không có trong danh sách tệp của manifest (WARC file not hashed in the manifest)", name)
		}
		p, ok := insidePack(dir, name)
		if !ok {
			add("%s: đường dẫn ra ngoài gói (path leaves the pack)", name)
			continue
		}
		s.WARCFiles = append(s.WARCFiles, name)
		for _, pr := range checkWARC(p, name, &s, ids) {
			add("%s", pr)
		}
	}

	for i, f := range m.Findings {
		s.Findings++
		what := fmt.Sprintf("phát hiện %d (%s %s %s)", i+1, f.Portal, f.Kind, f.Code)
		if len(f.Records) > 0 {
			s.Linked++
		}
		for _, r := range f.Records {
			if !ids[r.ID] {
				add("%s: bản ghi %s không có trong WARC (record missing from the WARC)", what, r.ID)
			}
		}
		if f.Rendered != nil && !ids[f.Rendered.ID] {
			add("%s: bản ghi DOM %s không có trong WARC (rendered record missing)", what, f.Rendered.ID)
		}
		if sh := f.Screenshot; sh != nil {
			s.Screenshots++
			if _, ok := listed[sh.Path]; !ok {
				add("%s: ảnh chụp %s không có trong danh sách tệp (screenshot not hashed in the manifest)", what, sh.Path)
			}
			if sh.Record != nil && !ids[sh.Record.ID] {
				add("%s: bản ghi ảnh chụp %s không có trong WARC (screenshot record missing)", what, sh.Record.ID)
			}
		}
	}
	if len(problems) == 0 {
		return s, nil
	}
	n := len(problems)
	if n > maxProblems {
		problems = append(problems[:maxProblems], fmt.Sprintf("… và %d lỗi khác (and %d more)", n-maxProblems, n-maxProblems))
	}
	return s, fmt.Errorf("gói tài liệu kiểm chứng %s không còn nguyên vẹn, %d lỗi (the evidence pack was altered or is damaged):\n  %s", dir, n, strings.Join(problems, "\n  "))
}

// insidePack joins rel to dir, refusing paths that climb out of it.
func insidePack(dir, rel string) (string, bool) {
	clean := filepath.Clean(filepath.FromSlash(rel))
	if filepath.IsAbs(clean) || clean == ".." || strings.HasPrefix(clean, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.Join(dir, clean), true
}

// checkWARC reads one WARC file and checks every record's digests; it
// records the ids it saw.
func checkWARC(path, name string, s *Summary, ids map[string]bool) []string {
	var problems []string
	gowarcMu.Lock()
	rd, err := gowarc.NewWarcFileReader(path, 0)
	gowarcMu.Unlock()
	if err != nil {
		return []string{fmt.Sprintf("%s: không mở được (cannot open): %v", name, err)}
	}
	defer rd.Close()
	for {
		rec, err := rd.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			problems = append(problems, fmt.Sprintf("%s@%d: không đọc được bản ghi (unreadable record): %v", name, rec.Offset, err))
			break
		}
		wr := rec.WarcRecord
		id := wr.WarcHeader().GetId(gowarc.WarcRecordID)
		where := fmt.Sprintf("%s@%d %s", name, rec.Offset, id)
		s.Records++
		s.RecordsByType[wr.Type().String()]++
		ids[id] = true
		for _, v := range rec.Validation {
			problems = append(problems, fmt.Sprintf("%s: %v", where, v))
		}
		if !wr.WarcHeader().Has(gowarc.WarcBlockDigest) {
			problems = append(problems, fmt.Sprintf("%s: không có WARC-Block-Digest (no block digest)", where))
		}
		validation, err := wr.ValidateDigest()
		switch {
		case err != nil:
			problems = append(problems, fmt.Sprintf("%s: %v", where, err))
		case len(validation) > 0:
			for _, v := range validation {
				problems = append(problems, fmt.Sprintf("%s: sai mã băm (digest mismatch): %v", where, v))
			}
		default:
			s.Digests++
			if wr.WarcHeader().Has(gowarc.WarcPayloadDigest) {
				s.Digests++
			}
		}
		wr.Close()
	}
	return problems
}
