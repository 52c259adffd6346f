package match

import (
	"hash/fnv"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// realDamagedCeiling is the most damaged names TestLevelledSetsDamaged
// lets lose the code their sound name finds: a ceiling against
// regressions, not a goal. Before words were mended from the start
// (mendWords), 1,438 of the 7,296 damaged names lost it ("Cấ,p bản sao
// trích lục hộ tịch", "Thủ tụ c …", "Chấm dứthoạt động …"), and two
// took another code ("… chương trì nh đào tạo …", "Thủ tục c hứng thực
// bản sao …"); then 69 did, and none. Seeded by each name since 7
// December (a set added moved the damage of every name after it), 77 of
// the 7,344 damaged names did, the same with the code before that day's
// rules; with the fiftieth set and the typos mended (swapped.go), 76 of
// 7,428; with the fifty-third, 78 of 7,648 ("kinh do anh": both pieces
// are words; "LPGvào": no syllable before the join); 79 once a
// cooperative's change was read as its registration's (contentchange.go),
// "… củaHTX" being such a name run together; 80 of 7,684 once the old
// tobacco licence "… trong phạm vi một tỉnh" was found (scope.go
// provinceHeads), "… kinh doanhbán lẻ …" being its words run together;
// 81 once "đăng ký" before "cấp" was read as applying for the issue
// (registersIssue), "… quốc giaTCVN ISO 9001 …" being a name now found
// run together, which leaves one word unpaired beside the lead; 83 of
// 8,068 with the sixty-first and sixty-second sets, whose "… DỊCH VỤ
// KARAO KE" (a foreign word split, no syllable of the list) and "… hộ
// kinh do,anh cá thể" ("do" and "anh" both words) are lost, as they are
// with the code before that day's rules; 84 of 8,200 with the
// sixty-fourth, whose "Giải quyết hưởng chế độ t hai sản" ("hai" a
// word) is lost the same way; 85 once "Hưởng chế độ X" was read as the
// list's "Giải quyết hưởng X" (regimeToggled), "… xã hội mộtlần" being
// a title now found, run together, where that reading is only tried on
// the entry's own words; 87 of 8,277 with the sixty-fifth set, whose
// "Thủ tục xinhỗ trợ học nghề" (one tone mark: no run-together split)
// and "… hợp thử a đất" ("thử" and "a" both words) are lost.
const realDamagedCeiling = 87

// realTypedCeiling is the same for names typed wrong: two letters of a
// word swapped, or the space after a word one letter back. Before such
// words were mended from the start (swapped.go), 617 of the 4,923 lost
// their code and five took another ("Đăng ký Khai sinh (liên htông)" the
// bare name, "Hỗ trợ phát triển sản xuất cnộg đồng" another scheme's);
// now 48 do, and none; 49 of 5,074 with the fifty-third set ("lpớ mẫu
// giáo": no catalogue name writes "lớp" beside "mẫu"); 50 of 5,141 with
// the fifty-sixth set, whose "e. Gia hạn HĐMBĐ;" is found by its
// initialism (initialisms.go) and lost as "Gia hạ nHĐMBĐ", the space
// moved into it; 51 of 5,236 with the sixtieth set, whose "… khám, chữa
// bệnh BHYT/Cấp giấy chứng nhận …" is lost as "… BHYTC/ấp …", the space
// moved across the slash; 53 of 5,346 with the sixty-first and
// sixty-second sets ("… DỊCH VỤ KRAAOKE", "Đăng ký Hộ kinh doanh cá
// htể"), lost with the code before that day's rules too; 54 once a
// question closing a title was read off (questions.go), "… theo quy
// định hnư thế nào?" being a title now found with a slip in its
// question.
const realTypedCeiling = 54

// TestLevelledSetsDamaged damages every name of the levelled sets (the
// fresh sets and the third) the way portals' editors do, once each way
// at a place a seeded generator picks: a comma inside a word, a space
// inside a word, two words run together. A name whose sound form finds
// its labelled code keeps it damaged, all but realDamagedCeiling of
// them; no damaged name gets a code its sound form does not get and its
// label refuses.
func TestLevelledSetsDamaged(t *testing.T) {
	if testing.Short() {
		t.Skip("matches every levelled name four times")
	}
	ix := NewIndex(dvcqgCatalog(t))
	tried, lost := 0, 0
	typed, lostTyped := 0, 0 // letters swapped, a space off by one
	for _, r := range levelledRows(t, ix) {
		// Seeded by the name: a set added does not move the damage of the
		// names after it.
		h := fnv.New64a()
		h.Write([]byte(r.name))
		rng := rand.New(rand.NewPCG(15, h.Sum64()))
		for how := range 5 {
			e, ok := damaged(r.name, how, rng)
			if !ok {
				continue
			}
			m := ix.MatchIn(e, "", r.ctx)
			gone := r.found && !r.gets(m)
			if how >= 3 {
				typed++
				if gone {
					lostTyped++
				}
			} else {
				tried++
				if gone {
					lost++
				}
			}
			if r.refused(m) {
				t.Errorf("%s: %q → %s, labelled %s (sound: %v)", r.set, e, m.Procedure.Code, r.label, r.sound.Procedure != nil)
			}
		}
	}
	t.Logf("%d damaged names, %d lost the code their sound name finds", tried, lost)
	t.Logf("%d names typed wrong, %d lost the code their sound name finds", typed, lostTyped)
	assert.LessOrEqual(t, lost, realDamagedCeiling)
	assert.LessOrEqual(t, lostTyped, realTypedCeiling)
}

// damaged is name with one word damaged: how 0 puts a comma inside it,
// 1 a space, 2 runs it into the next word, 3 swaps two of its letters, 4
// moves the space after it one letter back; ok is false when the word
// picked is too short or the damage changes nothing.
func damaged(name string, how int, rng *rand.Rand) (string, bool) {
	ws := strings.Fields(name)
	i := rng.IntN(len(ws))
	w := []rune(ws[i])
	if len(w) < 3 {
		return "", false
	}
	j := 1 + rng.IntN(len(w)-1)
	switch how {
	case 0:
		ws[i] = string(w[:j]) + "," + string(w[j:])
	case 1:
		ws[i] = string(w[:j]) + " " + string(w[j:])
	case 2:
		if i+1 >= len(ws) {
			return "", false
		}
		ws[i] += ws[i+1]
		ws = append(ws[:i+1], ws[i+2:]...)
	case 3:
		if w[j-1] == w[j] {
			return "", false
		}
		w[j-1], w[j] = w[j], w[j-1]
		ws[i] = string(w)
	default:
		if i+1 >= len(ws) {
			return "", false
		}
		// The space one letter on: the word's last letter opens the
		// next.
		ws[i], ws[i+1] = string(w[:len(w)-1]), string(w[len(w)-1:])+ws[i+1]
	}
	return strings.Join(ws, " "), true
}
