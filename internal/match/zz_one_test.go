package match

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
)

// ZZ probe: ONE=file with lines level|name.
func TestZZOne(t *testing.T) {
	f, err := os.Open(os.Getenv("ONE"))
	if err != nil {
		t.Skip()
	}
	defer f.Close()
	ix := NewIndex(dvcqgCatalog(t))
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		lv, name, ok := strings.Cut(sc.Text(), "|")
		if !ok {
			continue
		}
		m := ix.MatchIn(name, "", Context{Level: catalog.Level(lv)})
		code := ""
		if m.Procedure != nil {
			code = m.Procedure.Code + " " + m.Procedure.Name
		}
		why := ""
		if m.Review != nil {
			why = string(m.Review.Reason) + " " + m.Review.Candidate.Code + " " + m.Review.Candidate.Name + " WORDS=" + strings.Join(m.Review.Words, ",")
		}
		t.Logf("%s | %s → [%s] %s %.2f | %s", lv, name, m.Kind, code, m.Score, why)
	}
}

// ZZ set: SET=path of a levelled TSV, scored with floor 0.
func TestZZSet(t *testing.T) {
	p := os.Getenv("SET")
	if p == "" {
		t.Skip()
	}
	scoreLevelledSet(t, p, p, 0, nil)
}

// ZZ misses: MISSALL=1 prints every miss over the levelled sets.
func TestZZMisses(t *testing.T) {
	if os.Getenv("MISSALL") == "" {
		t.Skip()
	}
	ix := NewIndex(dvcqgCatalog(t))
	paths, _ := filepath.Glob("../../testdata/real-names/fresh*.tsv")
	paths = append(paths, "../../testdata/real-names/stored.tsv")
	for _, p := range paths {
		if strings.HasSuffix(p, "fresh-sets.tsv") {
			continue
		}
		rows := readTSV(t, p, "name_as_published", "gold_code", "level", "confidence", "source", "reason")
		for _, row := range rows[1:] {
			if row[1] == "NONE" {
				continue
			}
			gold := strings.Split(row[1], "|")
			m := ix.MatchIn(row[0], "", Context{Level: catalog.Level(row[2])})
			if m.Procedure != nil && contains(gold, m.Procedure.Code) {
				continue
			}
			why := string(m.Kind)
			if m.Procedure != nil {
				why += " GOT " + m.Procedure.Code
			}
			if m.Review != nil {
				rc := "other"
				if contains(gold, m.Review.Candidate.Code) {
					rc = "right"
				}
				why += " " + string(m.Review.Reason) + " " + rc + " " + m.Review.Candidate.Code + " " + m.Review.Candidate.Name + " WORDS=" + strings.Join(m.Review.Words, ",")
			}
			fmt.Printf("MISS\t%s\t%s\t%s\t%s\t%s\n", filepath.Base(p), row[2], row[0], row[1], why)
		}
	}
}
