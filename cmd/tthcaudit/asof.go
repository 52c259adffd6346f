package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"
)

// asOfFlag is --as-of YYYY-MM-DD: the day a catalogue built from decisions
// is taken at (contract, turn 2). Zero when not given: the audit's own day.
type asOfFlag struct{ t time.Time }

func (a *asOfFlag) String() string {
	if a.t.IsZero() {
		return ""
	}
	return a.t.Format(time.DateOnly)
}

func (a *asOfFlag) Set(s string) error {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return fmt.Errorf("ngày %q không đúng dạng YYYY-MM-DD, ví dụ 2026-10-01 (the date must be YYYY-MM-DD, e.g. 2026-10-01)", s)
	}
	a.t = t
	return nil
}

func (a *asOfFlag) Type() string { return "YYYY-MM-DD" }

// addAsOfFlag adds --as-of to cmd.
func addAsOfFlag(cmd *cobra.Command, a *asOfFlag) {
	cmd.Flags().Var(a, "as-of", "lấy danh mục tại ngày này khi catalog: gồm các quyết định; mặc định: ngày kiểm tra (the date the catalogue is taken at; default: the audit's date)")
}
