package render

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// OwnProfilePrefix is the path every browser profile folder this process
// creates starts with (Transport puts the pid in the name), so that a test
// suite looks for its own browsers only: another test binary running at
// the same time has browsers of its own.
func OwnProfilePrefix() string {
	return filepath.Join(os.TempDir(), DataDirPrefix+strconv.Itoa(os.Getpid())+"-")
}

// LeftoverBrowsers waits up to grace for the processes LeftoverProcesses
// finds to exit (a browser that was just killed takes a moment to go) and
// describes those still there, one "pid: command line" each.
func LeftoverBrowsers(marker string, grace time.Duration) []string {
	deadline := time.Now().Add(grace)
	for {
		pids := LeftoverProcesses(marker)
		if len(pids) == 0 || time.Now().After(deadline) {
			return describeProcesses(pids)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// CheckLeftovers is the end of a test suite's TestMain: given the exit
// code of the tests, it lists on w the browsers they left behind
// (LeftoverBrowsers) and fails the suite (exit code 1) when there are any.
//
//	os.Exit(render.CheckLeftovers(os.Stderr, m.Run(), render.OwnProfilePrefix(), 3*time.Second))
func CheckLeftovers(w io.Writer, code int, marker string, grace time.Duration) int {
	left := LeftoverBrowsers(marker, grace)
	if len(left) == 0 {
		return code
	}
	fmt.Fprintf(w, "FAIL: Chromium processes left after the tests:\n  %s\n", strings.Join(left, "\n  "))
	if code == 0 {
		code = 1
	}
	return code
}

// describeProcesses gives each pid with the start of its command line.
func describeProcesses(pids []int) []string {
	var out []string
	for _, pid := range pids {
		id := strconv.Itoa(pid)
		cmdline, _ := os.ReadFile("/proc/" + id + "/cmdline")
		out = append(out, id+": "+string(bytes.ReplaceAll(cmdline[:min(len(cmdline), 160)], []byte{0}, []byte(" "))))
	}
	return out
}
