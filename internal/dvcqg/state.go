package dvcqg

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sync"
)

// state is the resumable state file: one JSON object a line, appended as
// the fetch goes, so an interruption loses at most the line being
// written. The first line names the source; a file for another source is
// started afresh.
type state struct {
	f *os.File

	items   []Item
	cursor  string
	done    bool
	records map[string]Record

	mu sync.Mutex
}

type stateLine struct {
	Source     string  `json:"source,omitempty"`
	Department *string `json:"department,omitempty"`
	Page       *struct {
		Items []Item `json:"items"`
		Next  string `json:"next"`
		Done  bool   `json:"done"`
	} `json:"page,omitempty"`
	Record *Record `json:"record,omitempty"`
}

func openState(path, source, department string) (*state, error) {
	st := &state{records: map[string]Record{}}
	if path == "" {
		return st, nil
	}
	fresh := true
	if data, err := os.Open(path); err == nil {
		sc := bufio.NewScanner(data)
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		first := true
		for sc.Scan() {
			var l stateLine
			if json.Unmarshal(sc.Bytes(), &l) != nil {
				continue // a line cut by the interruption
			}
			if first {
				first = false
				if l.Source != source || l.Department == nil || *l.Department != department {
					break
				}
				fresh = false
				continue
			}
			switch {
			case l.Page != nil:
				st.items = append(st.items, l.Page.Items...)
				st.cursor, st.done = l.Page.Next, l.Page.Done
			case l.Record != nil:
				st.records[l.Record.ID] = *l.Record
			}
		}
		data.Close()
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("state file: %w", err)
	}
	if fresh {
		st.items, st.cursor, st.done, st.records = nil, "", false, map[string]Record{}
		f, err := os.Create(path)
		if err != nil {
			return nil, fmt.Errorf("state file: %w", err)
		}
		st.f = f
		dep := department
		if err := st.write(stateLine{Source: source, Department: &dep}); err != nil {
			return nil, err
		}
		return st, nil
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return nil, fmt.Errorf("state file: %w", err)
	}
	st.f = f
	// A cut last line would glue onto the next one.
	if _, err := f.Write([]byte("\n")); err != nil {
		return nil, fmt.Errorf("state file: %w", err)
	}
	return st, nil
}

func (st *state) write(l stateLine) error {
	if st.f == nil {
		return nil
	}
	b, err := json.Marshal(l)
	if err != nil {
		return err
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	if _, err := st.f.Write(append(b, '\n')); err != nil {
		return fmt.Errorf("state file: %w", err)
	}
	return nil
}

func (st *state) listSoFar() ([]Item, string, bool) {
	return append([]Item(nil), st.items...), st.cursor, st.done
}

func (st *state) page(items []Item, next string, done bool) error {
	l := stateLine{Page: &struct {
		Items []Item `json:"items"`
		Next  string `json:"next"`
		Done  bool   `json:"done"`
	}{Items: items, Next: next, Done: done}}
	if l.Page.Items == nil {
		l.Page.Items = []Item{}
	}
	return st.write(l)
}

func (st *state) record(r Record) error { return st.write(stateLine{Record: &r}) }

func (st *state) close() {
	if st.f != nil {
		_ = st.f.Close()
	}
}
