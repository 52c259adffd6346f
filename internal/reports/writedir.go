package reports

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/tickets"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// The files WriteDir writes, in this order.
const (
	FileJSON    = "report.json"
	FileHTML    = "report.html"
	FileXLSX    = "report.xlsx"
	FileMissing = "missing.csv"
	FileTickets = "tickets.json"
)

// WriteDir writes report.json, report.html, report.xlsx, missing.csv and
// tickets.json into dir, creating it if needed. Everything is rendered in
// memory first, then written to temporary files beside the targets, then
// renamed into place: a rendering or writing error leaves the previous files
// untouched and no temporary file behind. Only a rename failing after the
// first (which the file system gives little reason to) could leave the set
// mixed, with the files before it new and those after it old, each whole.
func WriteDir(dir string, r *verdict.Report, ts []tickets.Ticket, lang msg.Lang) error {
	type file struct {
		name   string
		render func(io.Writer) error
	}
	files := []file{
		{FileJSON, func(w io.Writer) error { return WriteJSON(w, r) }},
		{FileHTML, func(w io.Writer) error { return HTML(w, r, lang) }},
		{FileXLSX, func(w io.Writer) error { return XLSX(w, r, lang) }},
		{FileMissing, func(w io.Writer) error { return MissingCSV(w, r, lang) }},
		{FileTickets, func(w io.Writer) error { return WriteTicketsJSON(w, ts) }},
	}
	content := make([][]byte, len(files))
	for i, f := range files {
		var buf bytes.Buffer
		if err := f.render(&buf); err != nil {
			return fmt.Errorf("%s: %w", filepath.Join(dir, f.name), err)
		}
		content[i] = buf.Bytes()
	}

	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("creating the output directory: %w (check --out)", err)
	}
	for _, f := range files {
		cleanStale(dir, f.name)
	}
	for _, f := range files {
		// A directory in a file's place would fail its rename halfway
		// through the set: refuse before anything is replaced.
		if fi, err := os.Lstat(filepath.Join(dir, f.name)); err == nil && fi.IsDir() {
			return fmt.Errorf("cannot write %s: a directory has that name", filepath.Join(dir, f.name))
		}
	}
	temps := make([]string, 0, len(files))
	cleanup := func() {
		for _, t := range temps {
			os.Remove(t)
		}
	}
	for i, f := range files {
		tmp, err := writeTemp(dir, f.name, content[i])
		if err != nil {
			cleanup()
			return err
		}
		temps = append(temps, tmp)
	}
	if testHookBeforeRename != nil {
		testHookBeforeRename()
	}
	for i, f := range files {
		if err := os.Rename(temps[i], filepath.Join(dir, f.name)); err != nil {
			cleanup()
			return fmt.Errorf("replacing %s: %w", filepath.Join(dir, f.name), err)
		}
	}
	syncDir(dir)
	return nil
}

// WriteFileAtomic writes data to path through a temporary file in the same
// directory and a rename, so that readers see the old file or the new one,
// never half of one. The commands use it for --json.
func WriteFileAtomic(path string, data []byte) error {
	dir, name := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	cleanStale(dir, name)
	tmp, err := writeTemp(dir, name, data)
	if err != nil {
		return err
	}
	if testHookBeforeRename != nil {
		testHookBeforeRename()
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("replacing %s: %w", path, err)
	}
	syncDir(dir)
	return nil
}

// testHookBeforeRename, when set (the kill test's child), runs once the
// temporary files are written, before they are renamed into place.
var testHookBeforeRename func()

// createTemp is os.CreateTemp; tests swap it to fail halfway through a set.
var createTemp = os.CreateTemp

// writeTemp writes data to a new hidden file beside dir/name, flushed to
// disk, readable by all like any report, and returns its path. On error
// nothing is left behind.
func writeTemp(dir, name string, data []byte) (string, error) {
	target := filepath.Join(dir, name)
	f, err := createTemp(dir, tempPrefix(name)+strconv.Itoa(os.Getpid())+"-*"+tempSuffix)
	if err != nil {
		return "", fmt.Errorf("writing %s: %w", target, err)
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, 0o644)
	}
	if err != nil {
		os.Remove(tmp)
		return "", fmt.Errorf("writing %s: %w", target, err)
	}
	return tmp, nil
}

// Temporary files are named ".NAME.PID-RANDOM.tmp": hidden, beside their
// target, and naming the process writing them, so that a later write can
// tell one left by a killed process from one another process is writing.
const tempSuffix = ".tmp"

func tempPrefix(name string) string { return "." + name + "." }

// cleanStale removes the temporary files of dir/name left behind by a
// process that died while writing (kill -9, power cut): those of the
// tool's own pattern whose process is gone, and those of the earlier
// pattern ".NAME.RANDOM.tmp", which named no process. A temporary file of
// a live process (another audit writing the same folder) is left alone.
// Errors are ignored: cleaning is a courtesy, never a reason to fail.
func cleanStale(dir, name string) {
	prefix := tempPrefix(name)
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	self := os.Getpid()
	for _, e := range ents {
		n := e.Name()
		if e.IsDir() || !strings.HasPrefix(n, prefix) || !strings.HasSuffix(n, tempSuffix) {
			continue
		}
		mid := n[len(prefix) : len(n)-len(tempSuffix)]
		pidText, random, withPID := strings.Cut(mid, "-")
		if !withPID {
			random = mid
		}
		if random == "" || !allDigits(random) {
			continue // not ours
		}
		if withPID {
			pid, err := strconv.Atoi(pidText)
			if err != nil || pid <= 0 || pid == self || processAlive(pid) {
				continue
			}
		}
		_ = os.Remove(filepath.Join(dir, n))
	}
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// syncDir makes the renames durable where the system allows it; failure
// only weakens durability, never correctness, so it is not reported.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	d.Close()
}

// Outputs are the report files an audit was asked for: --json PATH and
// --out DIR, in Lang.
type Outputs struct {
	JSONPath string
	Dir      string
	Lang     msg.Lang
}

// Write writes the JSON report and the report folder, each atomically. ts
// are the stored tickets (nil: derived from the report, addressed to
// contacts). A folder that already holds an earlier audit's reports is not
// overwritten: this audit's go into a subfolder named after its start
// (2026-11-26_0800), and dir says where they went ("" without Dir).
func (o Outputs) Write(rep *verdict.Report, ts []tickets.Ticket, contacts map[string]string) (dir string, err error) {
	if o.JSONPath != "" {
		if err := WriteJSONFile(o.JSONPath, rep); err != nil {
			return "", fmt.Errorf("cannot write %s: %w", o.JSONPath, err)
		}
	}
	if o.Dir == "" {
		return "", nil
	}
	dir = o.Dir
	if _, err := os.Stat(filepath.Join(dir, FileJSON)); err == nil {
		base := filepath.Join(o.Dir, rep.StartedAt.Format("2006-01-02_1504"))
		dir = base
		for i := 2; ; i++ {
			if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
				break
			}
			dir = fmt.Sprintf("%s-%d", base, i)
		}
	}
	if ts == nil {
		ts = Tickets(rep, contacts)
	}
	if err := WriteDir(dir, rep, ts, o.Lang); err != nil {
		return "", fmt.Errorf("cannot write the reports into %s: %w", dir, err)
	}
	return dir, nil
}
