package match

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
)

// realLeaveOutFolds splits the labelled names for TestRealNamesGoldLeftOut.
const realLeaveOutFolds = 4

// TestRealNamesGoldLeftOut is TestLeaveOutPrecision on real wording: the
// labelled names are split in folds, and each fold's names are matched
// against the national list without their labelled procedures. Each is
// then a real published name (an old title, a portal's shortening, a
// reworded one) of a procedure the catalogue lacks, which is what a
// portal of an unseen host publishes when it keeps a local or abolished
// procedure: any code it gets is wrong, unless the catalogue lists the
// labelled name again (per level or agency, compared by core). The
// labelled set is the dev set; this is its precision beyond it.
func TestRealNamesGoldLeftOut(t *testing.T) {
	if testing.Short() {
		t.Skip("builds several indexes")
	}
	ps := loadDVCQG(t)
	rows := readRealNames(t)
	levels := readRealHosts(t)
	var wrong []string
	tried := 0
	for f := range realLeaveOutFolds {
		gone := map[string]bool{}
		var fold []realName
		for i, r := range rows {
			if i%realLeaveOutFolds == f && len(r.gold) > 0 {
				fold = append(fold, r)
				for _, g := range r.gold {
					gone[g] = true
				}
			}
		}
		var kept []catalog.Procedure
		var goneNames []string
		for _, p := range ps {
			if gone[p.Code] {
				goneNames = append(goneNames, p.Name)
			} else {
				kept = append(kept, p)
			}
		}
		ix := NewIndex(catalog.New("gold-left-out", kept))
		for _, r := range fold {
			tried++
			m := ix.MatchIn(r.name, r.codeShown, Context{Level: levels[r.host]})
			if m.Procedure == nil {
				continue
			}
			got, _, _ := ix.coreOf(m.Procedure.Name)
			same := false
			for _, n := range goneNames {
				c, _, _ := ix.coreOf(n)
				same = same || c == got
			}
			if same {
				continue // the same name, listed again
			}
			wrong = append(wrong, fmt.Sprintf("line %d %q → %s %q (%s %.2f)", r.line, r.name, m.Procedure.Code, m.Procedure.Name, m.Kind, m.Score))
		}
	}
	for _, w := range wrong {
		t.Log(w)
	}
	t.Logf("%d labelled names matched without their procedure, %d given another's code", tried, len(wrong))
	assert.Empty(t, wrong, "a real name whose procedure the catalogue lacks was given another's code")
}
