package match

import (
	"slices"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// Vietnamese marks tense and aspect with words of their own: "đã" (done),
// "đang" (ongoing), "sẽ" (to come). They say when, not which procedure:
// "… thương binh đang hưởng chế độ mất sức lao động" and "… thương binh
// đồng thời là người hưởng chế độ mất sức lao động" are one procedure, and
// a portal drops or adds them at will ("người đã được tặng" / "người được
// tặng"). Only set against another of them on the other side do they tell
// procedures apart; a negation ("chưa", "không") is a distinguishing word
// of its own ("phương tiện đang khai thác" / "phương tiện chưa khai
// thác").
var aspectWords = map[string]bool{"đã": true, "đang": true, "sẽ": true}

// notYet is "chưa" (not yet), the negation set against an aspect word
// ("công trình đã vận hành" / "công trình chưa vận hành"): a distinguishing
// word where the catalogue teaches it, and beside an aspect word even where
// it does not.
var notYet = textnorm.Key("chưa")

// voiceWords mark the passive, adverse ("bị", suffered) or favourable
// ("được", granted): "trường hợp bị miễn nhiệm" is no "trường hợp được
// miễn nhiệm" (dismissed / relieved at one's request). Like the aspect
// words they tell procedures apart only set against each other.
var voiceWords = map[string]bool{"bị": true, "được": true}

// aspectClash returns the aspect words (and "chưa") the entry and the name
// leave unpaired when both sides leave one and they differ ("đã" /
// "đang", "đã" / "chưa").
func aspectClash(eKeys, cKeys []string) []string {
	tense := func(k string) bool { return aspectWords[k] || k == notYet || voiceWords[k] }
	var e, c []string
	for _, k := range eKeys {
		if tense(k) {
			e = append(e, k)
		}
	}
	for _, k := range cKeys {
		if tense(k) && !slices.Contains(e, k) {
			c = append(c, k)
		}
	}
	if len(e) == 0 || len(c) == 0 {
		return nil
	}
	return append(e, c...)
}
