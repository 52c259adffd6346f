package match

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// leaveOutFolds splits the national list for TestLeaveOutPrecision.
const leaveOutFolds = 8

// leaveOutCeiling is the most left-out names TestLeaveOutPrecision lets
// the matcher take for another procedure. It is a ceiling against
// regressions, not a goal: see the test. It was 15 until words run
// together were mended (mendWords): the list's own "… nhà trẻ công
// lậphoặc cho phép thành lập …" (1.008766), left out, now reads as the
// old wording of 1.012961 "Thành lập hoặc cho phép thành lập trường mẫu
// giáo, trường mầm non, nhà trẻ", which the renamed step gives its
// successor's code, as it did the wording spaced right.
const leaveOutCeiling = 16

// leaveOutProvincialCeiling is leaveOutCeiling for names published on a
// provincial portal.
const leaveOutProvincialCeiling = 16

// leaveOutTwinCeiling is the most of them whose name is one
// distinguishing word from the left-out one (see the test).
const leaveOutTwinCeiling = 1

// TestLeaveOutPrecision measures precision beyond the dev set, on names
// nobody labelled or tuned to: the national list is split in
// leaveOutFolds folds, each left out of the catalogue in turn, and every
// left-out procedure's own name is matched against the rest. A left-out
// name names a procedure the catalogue does not have, usually a sibling
// of one it has ("… tàu biển" / "… tàu bay", "Cấp lại …" / "Cấp …"):
// every code it gets is wrong, unless the catalogue lists the same name
// again (per level or agency, compared by core). That is the dangerous
// case of a real portal: a local or former procedure close to a national
// one.
//
// The count is logged with every such answer; the test fails when it
// rises over leaveOutCeiling, and when the renamed step (renamed.go),
// whose rules are meant never to reach a sibling, gives any.
func TestLeaveOutPrecision(t *testing.T) {
	if testing.Short() {
		t.Skip("builds eight indexes")
	}
	ps := loadDVCQG(t)
	var wrong, renamedWrong, twinWrong []string
	found, provincialWrong := 0, 0
	eachFold(ps, func(ix *Index, out []catalog.Procedure) {
		for _, p := range out {
			// On a provincial portal too, where a central agency's
			// procedure is no answer for a name that names none.
			if m := ix.MatchIn(p.Name, "", Context{Level: catalog.LevelTinh}); m.Procedure != nil && !sameCore(ix, p.Name, m.Procedure.Name) {
				provincialWrong++
			}
			m := ix.Match(p.Name, "")
			if m.Procedure == nil {
				continue
			}
			found++
			if sameCore(ix, p.Name, m.Procedure.Name) {
				continue // the same name, listed again
			}
			w := fmt.Sprintf("%s %q → %s %q (%s %.2f)", p.Code, p.Name, m.Procedure.Code, m.Procedure.Name, m.Kind, m.Score)
			wrong = append(wrong, w)
			if d, ok := oneWordApart(ix, p.Name, m.Procedure.Name); ok && ix.distinguishing(d) {
				twinWrong = append(twinWrong, w+" ["+d+"]")
			}
			// A renamed name equal word for word to a current one is that
			// procedure's former wording: the national list keeps some
			// predecessors ("Thành lập trường mầm non công lập hoặc cho
			// phép thành lập …" beside "Thành lập hoặc cho phép thành lập
			// …"), and left out, its successor is the right answer.
			successor := m.Kind == MatchExact || m.Kind == MatchNormalized || m.Kind == MatchFolded
			if m.Outdated && m.FormerName != "" && m.FormerName != m.Procedure.Name && !successor {
				renamedWrong = append(renamedWrong, w)
			}
		}
	})
	for _, w := range wrong {
		t.Log(w)
	}
	t.Logf("left out %d names, %d given a code, %d of them another procedure's", len(ps), found, len(wrong))
	assert.LessOrEqual(t, len(wrong), leaveOutCeiling, "more left-out names taken for another procedure")
	t.Logf("on a provincial portal: %d of them another procedure's", provincialWrong)
	assert.LessOrEqual(t, provincialWrong, leaveOutProvincialCeiling, "more left-out names taken for another procedure on a provincial portal")
	assert.Empty(t, renamedWrong, "the renamed step took a left-out name for another procedure")
	// One is known: "… cho phương tiện của Lào" taken by the prefix step
	// for "… của Lào, Campuchia" (a long name complete at a word
	// boundary, which listings also cut there; refusing a distinguishing
	// word in the rest costs five shortened names of the corpus).
	for _, w := range twinWrong {
		t.Log("twin:", w)
	}
	assert.LessOrEqual(t, len(twinWrong), leaveOutTwinCeiling, "a left-out name taken for its twin one distinguishing word away")
}

// leaveOutCutCeiling is how many of the national list's names, cut at
// each of their commas (their first items), TestLeaveOutListCuts lets the
// matcher take for another procedure when their own is left out: 53 before
// names stopping where a list goes on were taken (match.go atListEnd), 63
// since (a sibling the cut reads as, "… nhận cha, mẹ[, con]", "… hộ
// tịch[, xác định lại dân tộc có yếu tố nước ngoài]"); 64 since "chế
// độ [ưu đãi]" splits no phrase (split.go regimeWords): "Công nhận và
// giải quyết chế độ người hoạt động cách mạng[, kháng chiến …]" reads as
// 1.010788, which that name is but for "ưu đãi". 62 at d5f6f72, 63
// since the list's own "Giấp phép" is read right (typos.go): "Gia hạn
// Giấy phép kinh doanh sản phẩm[, dịch vụ an toàn thông tin mạng]" reads
// as the cipher licence's first item, as it would were both spelt right.
// 59 since a further item's "… có yếu tố nước [ngoài]" stops a cut
// (review.go actRepeat): "… thông tin hộ tịch[, xác định lại dân tộc có
// yếu tố nước ngoài]" and four like it no longer read as the
// foreign-element sibling.
const leaveOutCutCeiling = 59

// TestLeaveOutListCuts: a portal may publish the first items of a name
// the catalogue lacks; every national-list name cut at each comma (three
// words at least) is matched with its own procedure left out, and a
// code then is another procedure's. The count may not rise.
func TestLeaveOutListCuts(t *testing.T) {
	if testing.Short() {
		t.Skip("builds eight indexes")
	}
	ps := loadDVCQG(t)
	var wrong []string
	tried := 0
	eachFold(ps, func(ix *Index, out []catalog.Procedure) {
		for _, p := range out {
			name := textnorm.Clean(p.Name)
			for i := range len(name) {
				if name[i] != ',' {
					continue
				}
				cut := strings.TrimSpace(name[:i])
				if len(strings.Fields(cut)) < 3 {
					continue
				}
				tried++
				if m := ix.Match(cut, ""); m.Procedure != nil && !sameCore(ix, p.Name, m.Procedure.Name) {
					wrong = append(wrong, fmt.Sprintf("%s %q → %s %q (%s %.2f)", p.Code, cut, m.Procedure.Code, m.Procedure.Name, m.Kind, m.Score))
				}
			}
		}
	})
	for _, w := range wrong {
		t.Log(w)
	}
	t.Logf("%d cuts, %d taken for another procedure", tried, len(wrong))
	assert.LessOrEqual(t, len(wrong), leaveOutCutCeiling, "more cut names taken for another procedure")
}

// leaveOutRealCeiling is how many real names, found today,
// TestLeaveOutRealNames lets the matcher give another procedure's code
// when their own is left out. 13 before a further item's "… có yếu tố
// nước [ngoài]" stopped a list cut (review.go actRepeat): "Thủ tục thay
// đổi, cải chính, bổ sung thông tin hộ tịch", on five hosts, read as the
// foreign-element procedure; 8 before a name ending "… rừng trung ương"
// was known central (core.go centralAgency). Of the seven left: two are
// the successor the renamed step rightly gives (the 2019 nursery-school
// name), one the other code of the birth bundle, which the sets label
// both; the rest name their difference in a word the catalogue, its
// sibling left out with the fold, no longer tells apart ("nguồn giống",
// "bản sao hộ tịch"), or shorten past telling ("Cấp, cấp lại giấy phép
// giữa Việt Nam và Lào" for "… giấy phép liên vận …"). 8 since the
// fifty-ninth set: its "Cấp mới giấy chứng nhận cơ sở đủ điều kiện an
// toàn thực phẩm đối với cơ sở kinh doanh thực phẩm" (2.000117), left
// out, is taken for "… đối với cơ sở sản xuất, kinh doanh thực phẩm
// nông, lâm, thủy sản" (2.001827): the list item "sản xuất" and the kinds
// after the last word are words no pair of catalogue names tells apart.
// Refusing an unpaired list item inside the name lost 14 found titles
// of the sets; refusing a bare tail of three words or more, 41 (and gave
// one a wrong code). 7 since a subject named inside an entry refuses the
// candidate (subjectrun.go): "Cấp, cấp lại (trường hợp hết hiệu lực)
// Giấy phép sản xuất rượu công nghiệp (quy mô dưới 3 triệu lít/năm)",
// left out, is no longer taken for the other scale's licence.
const leaveOutRealCeiling = 7

// TestLeaveOutRealNames is TestLeaveOutPrecision on the real names of
// every labelled set that are found today: each is matched again with
// its gold codes left out (with the rest of their fold), as a portal
// publishes a procedure the province's catalogue lacks. A code then is
// another procedure's unless it is the same name listed again.
func TestLeaveOutRealNames(t *testing.T) {
	if testing.Short() {
		t.Skip("builds eight indexes")
	}
	ps := loadDVCQG(t)
	rows := levelledRows(t, NewIndex(dvcqgCatalog(t)))
	var wrong []string
	tried := 0
	eachFold(ps, func(ix *Index, out []catalog.Procedure) {
		names := map[string]string{}
		for _, p := range out {
			names[p.Code] = p.Name
		}
		for _, r := range rows {
			if !r.found || slices.ContainsFunc(r.gold, func(g string) bool { return names[g] == "" }) {
				continue // not found today, or a gold code kept in this fold
			}
			tried++
			m := ix.MatchIn(r.name, "", r.ctx)
			if m.Procedure == nil || slices.ContainsFunc(r.gold, func(g string) bool { return sameCore(ix, names[g], m.Procedure.Name) }) {
				continue
			}
			wrong = append(wrong, fmt.Sprintf("%s %q (%s) → %s %q (%s %.2f)", r.set, r.name, r.label, m.Procedure.Code, m.Procedure.Name, m.Kind, m.Score))
		}
	})
	for _, w := range wrong {
		t.Log(w)
	}
	t.Logf("%d real names left out, %d taken for another procedure", tried, len(wrong))
	assert.Greater(t, tried, 1000, "the sets' found names")
	assert.LessOrEqual(t, len(wrong), leaveOutRealCeiling, "more left-out real names taken for another procedure")
}

// eachFold calls f leaveOutFolds times, each with an index of the
// national list without one eighth of it (every leaveOutFolds-th
// procedure, from a different start) and that eighth.
func eachFold(ps []catalog.Procedure, f func(ix *Index, out []catalog.Procedure)) {
	for fold := range leaveOutFolds {
		var kept, out []catalog.Procedure
		for i, p := range ps {
			if i%leaveOutFolds == fold {
				out = append(out, p)
			} else {
				kept = append(kept, p)
			}
		}
		f(NewIndex(catalog.New("leave-out", kept)), out)
	}
}

// sameCore reports whether two names are one name, listed again per level
// or agency (compared by core).
func sameCore(ix *Index, a, b string) bool {
	x, _, _ := ix.coreOf(a)
	y, _, _ := ix.coreOf(b)
	return x == y
}

// oneWordApart reports whether two names differ by one word only (one
// added, dropped or replaced, in key form) and which: the word on the
// longer side, or the left-out name's word when replaced.
func oneWordApart(ix *Index, a, b string) (string, bool) {
	x, y := strings.Fields(ix.normalize(a).Key), strings.Fields(ix.normalize(b).Key)
	i := 0
	for i < len(x) && i < len(y) && x[i] == y[i] {
		i++
	}
	j := 0
	for j < len(x)-i && j < len(y)-i && x[len(x)-1-j] == y[len(y)-1-j] {
		j++
	}
	dx, dy := x[i:len(x)-j], y[i:len(y)-j]
	switch {
	case len(dx) == 1 && len(dy) <= 1:
		return dx[0], true
	case len(dx) == 0 && len(dy) == 1:
		return dy[0], true
	}
	return "", false
}
