package evidence

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// ManifestName is the manifest's file name inside the pack.
const ManifestName = "manifest.json"

// ManifestSchema names the manifest format.
const ManifestSchema = "tthcaudit.evidence/v1"

// Finding kinds.
const (
	KindFound      = "found"
	KindMissing    = "missing"
	KindObsolete   = "obsolete"
	KindBroken     = "broken"
	KindIncomplete = "incomplete"
)

// Finding is one audit finding to link to its evidence.
type Finding struct {
	Portal string `json:"portal"`
	// Kind is one of the Kind* constants.
	Kind string `json:"kind"`
	Code string `json:"code,omitempty"`
	Name string `json:"name,omitempty"`
	// URL is where the finding was seen: the procedure's page, or for a
	// missing procedure the portal's listing page.
	URL string `json:"url,omitempty"`
	// SourceURL is the page that led to URL (the listing that holds a broken
	// link), when there is one; its records are linked too.
	SourceURL string `json:"source_url,omitempty"`
}

// Manifest is manifest.json: the findings with their evidence, and the
// hash of every file of the pack.
type Manifest struct {
	Schema    string          `json:"schema"`
	CreatedAt time.Time       `json:"created_at"`
	Software  string          `json:"software"`
	WARCFiles []string        `json:"warc_files"`
	Findings  []LinkedFinding `json:"findings"`
	Files     []FileHash      `json:"files"`
}

// LinkedFinding is a finding with the records that show it.
type LinkedFinding struct {
	Finding
	// Records are the response records of URL (then SourceURL), oldest first.
	Records []RecordRef `json:"records"`
	// Rendered is the DOM the browser built for URL, when it was rendered.
	Rendered *RecordRef `json:"rendered,omitempty"`
	// Screenshot is the full-page screenshot of URL (or SourceURL).
	Screenshot *Screenshot `json:"screenshot,omitempty"`
	// Note says why no record was found, in plain words.
	Note string `json:"note,omitempty"`
}

// FileHash is one file of the pack and its SHA-256.
type FileHash struct {
	Path   string `json:"path"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

// WriteManifest finishes the WARC file, links each finding to its records
// and screenshot by URL, hashes every file of the pack and writes
// manifest.json atomically. Nothing can be recorded afterwards. It returns
// the errors met while recording, if any, after writing the manifest.
func (r *Recorder) WriteManifest(findings []Finding) error {
	recErr := r.Close()
	m := Manifest{
		Schema:    ManifestSchema,
		CreatedAt: r.now().UTC().Truncate(time.Second),
		Software:  "tthcaudit",
		Findings:  make([]LinkedFinding, 0, len(findings)),
	}
	r.mu.Lock()
	for f := range r.files {
		m.WARCFiles = append(m.WARCFiles, f)
	}
	for _, f := range findings {
		m.Findings = append(m.Findings, r.link(f))
	}
	r.mu.Unlock()
	sort.Strings(m.WARCFiles)
	files, err := hashPack(r.dir)
	if err != nil {
		return err
	}
	m.Files = files
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	if err := writeFileAtomic(filepath.Join(r.dir, ManifestName), append(data, '\n')); err != nil {
		return fmt.Errorf("evidence: ghi %s (writing the manifest): %w", ManifestName, err)
	}
	return recErr
}

// link finds the records of one finding; r.mu is held.
func (r *Recorder) link(f Finding) LinkedFinding {
	lf := LinkedFinding{Finding: f, Records: []RecordRef{}}
	for _, u := range []string{f.URL, f.SourceURL} {
		if u == "" {
			continue
		}
		key, ok := r.lookup(u)
		if !ok {
			continue
		}
		lf.Records = append(lf.Records, r.responses[key]...)
		if ref, ok := r.rendered[key]; ok && lf.Rendered == nil {
			lf.Rendered = &ref
		}
		if s, ok := r.shots[key]; ok && lf.Screenshot == nil {
			lf.Screenshot = &s
		}
	}
	if len(lf.Records) == 0 {
		switch {
		case f.URL == "" && f.SourceURL == "":
			lf.Note = "phát hiện không có địa chỉ trang (the finding has no page address)"
		default:
			lf.Note = "không có bản ghi nào cho địa chỉ này: trang không tải được hoặc không được thu thập (no record for this address: the page did not load or was not fetched)"
		}
	}
	return lf
}

// lookup finds the recorded URL that u names, allowing for a fragment and
// a trailing slash; r.mu is held.
func (r *Recorder) lookup(u string) (string, bool) {
	cands := []string{u}
	if i := strings.IndexByte(u, '#'); i >= 0 {
		u = u[:i]
		cands = append(cands, u)
	}
	if strings.HasSuffix(u, "/") {
		cands = append(cands, strings.TrimSuffix(u, "/"))
	} else {
		cands = append(cands, u+"/")
	}
	for _, c := range cands {
		if len(r.responses[c]) > 0 {
			return c, true
		}
		if _, ok := r.rendered[c]; ok {
			return c, true
		}
		if _, ok := r.shots[c]; ok {
			return c, true
		}
	}
	return "", false
}

// hashPack hashes every regular file of the pack except the manifest and
// stray temp files, in path order.
func hashPack(dir string) ([]FileHash, error) {
	var out []FileHash
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if rel == ManifestName || strings.HasPrefix(d.Name(), ".tmp-") || strings.HasSuffix(rel, ".open") {
			return nil
		}
		sum, size, err := hashFile(path)
		if err != nil {
			return err
		}
		out = append(out, FileHash{Path: rel, Size: size, SHA256: sum})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("evidence: băm các tệp của %s (hashing the pack): %w", dir, err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, nil
}

func hashFile(path string) (string, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", 0, err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return "", 0, err
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

// ReadManifest reads dir/manifest.json.
func ReadManifest(dir string) (*Manifest, error) {
	data, err := os.ReadFile(filepath.Join(dir, ManifestName))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s không có %s: đây không phải gói tài liệu kiểm chứng (no manifest: not an evidence pack)", dir, ManifestName)
	}
	if err != nil {
		return nil, err
	}
	var m Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("%s: %s hỏng (manifest is not valid JSON): %w", dir, ManifestName, err)
	}
	if m.Schema != ManifestSchema {
		return nil, fmt.Errorf("%s: %s có schema %q, cần %q (unknown manifest schema)", dir, ManifestName, m.Schema, ManifestSchema)
	}
	return &m, nil
}
