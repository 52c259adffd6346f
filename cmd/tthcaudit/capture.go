package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/audit"
)

// chromiumPath is the browser binary (empty: render finds it); tests point
// it at a missing file to see the install hint.
var chromiumPath string

// captureFlags are the evidence and browser flags shared by audit and check.
type captureFlags struct {
	evidenceDir string
	screenshots bool
}

func addCaptureFlags(cmd *cobra.Command, f *captureFlags) {
	fl := cmd.Flags()
	fl.StringVar(&f.evidenceDir, "evidence", "", "ghi gói tài liệu kiểm chứng (WARC, ảnh chụp, manifest.json) vào `DIR` (write the evidence pack into DIR)")
	fl.BoolVar(&f.screenshots, "screenshots", false, "chụp ảnh trang danh sách thủ tục của mọi cổng, cần --evidence (screenshot every portal's listing page; needs --evidence)")
}

func (f captureFlags) options() audit.CaptureOptions {
	return audit.CaptureOptions{EvidenceDir: f.evidenceDir, Screenshots: f.screenshots, ChromiumPath: chromiumPath}
}

// evidenceFailure prints why the evidence pack is not whole and returns
// the error to exit with, after the reports are written (an evidence
// failure must not lose the audit).
func evidenceFailure(e *env, err error) error {
	if err == nil {
		return nil
	}
	fmt.Fprintf(e.stderr, "tthcaudit: lỗi (error): %v\n", err)
	return badInput("không ghi được trọn gói tài liệu kiểm chứng, các báo cáo vẫn được ghi (the evidence pack could not be written in full; the reports were written)")
}
