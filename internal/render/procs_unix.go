//go:build unix

package render

import (
	"bytes"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// isolate starts the browser in a process group of its own, so that Close
// can kill it and every child it forked at once, and asks the kernel to
// kill it when the Go thread that started it dies (the program exits or
// crashes).
func isolate(cmd *exec.Cmd) {
	if cmd.SysProcAttr == nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{}
	}
	cmd.SysProcAttr.Setpgid = true
	setPdeathsig(cmd.SysProcAttr)
}

// killGroup kills the process group pgid.
func killGroup(pgid int) {
	if pgid > 1 {
		_ = syscall.Kill(-pgid, syscall.SIGKILL)
	}
}

// ProcessesUsing returns the processes whose command line mentions dir (a
// browser's user data directory: Chromium passes it to its children, and
// the crash handler's database lives inside it). It reads /proc, so it
// finds nothing where there is no /proc.
func ProcessesUsing(dir string) []int {
	if dir == "" {
		return nil
	}
	needle := []byte(dir)
	return scanProcesses(func(_ string, cmdline []byte) bool {
		return bytes.Contains(cmdline, needle)
	})
}

// LeftoverProcesses returns the processes, other than this one, whose
// command line contains marker (the path prefix of the browser profiles a
// test suite creates, see OwnProfilePrefix), or that run a Chromium whose
// parent is this process. Test suites call it when their tests are done:
// any such process is a browser they leaked. It reads /proc.
func LeftoverProcesses(marker string) []int {
	self := strconv.Itoa(os.Getpid())
	needle := []byte(marker)
	return scanProcesses(func(pid string, cmdline []byte) bool {
		if marker != "" && bytes.Contains(cmdline, needle) {
			return true
		}
		if !bytes.Contains(cmdline, []byte("chrom")) {
			return false
		}
		status, _ := os.ReadFile("/proc/" + pid + "/status")
		return statusField(status, "PPid:") == self
	})
}

// scanProcesses returns the live processes, other than this one, whose
// command line match accepts.
func scanProcesses(match func(pid string, cmdline []byte) bool) []int {
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return nil
	}
	self := os.Getpid()
	var pids []int
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid == self {
			continue
		}
		cmdline, err := os.ReadFile("/proc/" + e.Name() + "/cmdline")
		if err != nil || !match(e.Name(), cmdline) {
			continue
		}
		if zombie(e.Name()) {
			continue
		}
		pids = append(pids, pid)
	}
	return pids
}

// statusField returns the value of one "Name:" line of /proc/PID/status.
func statusField(status []byte, name string) string {
	for line := range strings.SplitSeq(string(status), "\n") {
		if v, ok := strings.CutPrefix(line, name); ok {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// zombie reports whether the process has exited and waits for its parent.
func zombie(pid string) bool {
	stat, err := os.ReadFile("/proc/" + pid + "/stat")
	if err != nil {
		return true
	}
	i := bytes.LastIndexByte(stat, ')')
	return i >= 0 && i+2 < len(stat) && (stat[i+2] == 'Z' || stat[i+2] == 'X')
}

// killUsing kills the processes that use dir until none shows up for a few
// passes in a row (a child can fork as its parent dies), within limit.
func killUsing(dir string, limit time.Duration) (left []int) {
	deadline := time.Now().Add(limit)
	quiet := 0
	for quiet < 3 && time.Now().Before(deadline) {
		pids := ProcessesUsing(dir)
		if len(pids) == 0 {
			quiet++
		} else {
			quiet = 0
			for _, p := range pids {
				_ = syscall.Kill(p, syscall.SIGKILL)
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	return ProcessesUsing(dir)
}

// processAlive reports whether a process with this pid exists.
func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || err == syscall.EPERM
}
