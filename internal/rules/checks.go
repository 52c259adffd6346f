package rules

// Check is one rule of the verdict: it reads the State (inputs, required
// procedures, evidence) and fills its part of State.Verdict. A new rule
// ("fees shown", say) is one file with a constructor, added to checks.
type Check struct {
	// ID names the check in messages and tests.
	ID string
	// Run fills the check's part of the verdict.
	Run func(s *State)
}

// checks run in this order: status first (the others read Unreachable),
// by_link before found (an accepted link is evidence), found before missing and fields (they read what was found).
var checks = []Check{
	checkStatus(),
	checkByLink(),
	checkFound(),
	checkMissing(),
	checkObsolete(),
	checkUnmatched(),
	checkAmbiguous(),
	checkIncomplete(),
	checkBroken(),
	checkFields(),
	checkDisputed(),
	checkGuest(),
	checkOutdated(),
	checkReview(),
}

// Checks lists the IDs of the registered checks, in running order.
func Checks() []string {
	out := make([]string, len(checks))
	for i, c := range checks {
		out[i] = c.ID
	}
	return out
}
