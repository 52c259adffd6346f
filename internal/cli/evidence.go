package cli

import (
	"encoding/json"

	"github.com/tthcaudit/tthcaudit/internal/evidence"
	"github.com/tthcaudit/tthcaudit/internal/reports"
)

// EvidenceVerify checks every digest of the evidence pack in dir.
func EvidenceVerify(e *Env, dir, lang string, asJSON bool) error {
	l, err := ParseLang(lang)
	if err != nil {
		return err
	}
	s, verr := evidence.Verify(dir)
	if asJSON {
		out := struct {
			OK    bool             `json:"ok"`
			Error string           `json:"error,omitempty"`
			Pack  evidence.Summary `json:"summary"`
		}{OK: verr == nil, Pack: s}
		if verr != nil {
			out.Error = verr.Error()
		}
		enc := json.NewEncoder(e.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			return err
		}
	}
	if verr != nil {
		return BadInput("%v", verr)
	}
	if !asJSON {
		reports.EvidenceSummary(e.Stdout, dir, s, l)
	}
	return nil
}
