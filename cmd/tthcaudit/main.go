// Command tthcaudit audits Vietnamese government portals for the
// administrative procedures (TTHC) they must publish. main only wires the
// command line to the packages; each command lives in a file of its own.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/spf13/cobra"
	"github.com/tthcaudit/tthcaudit/internal/msg"
)

// Exit statuses of the contract.
const (
	exitOK       = 0
	exitBadInput = 1
	exitFailed   = 3
)

// exitError carries an exit status up to main; a nil-message one prints nothing.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

// badInput is an error the user must fix (exit 1).
func badInput(format string, a ...any) error {
	return &exitError{code: exitBadInput, msg: fmt.Sprintf(format, a...)}
}

// commands holds the constructors of every subcommand; each command's file
// registers itself in init so that adding a command touches one file.
var commands []func(env *env) *cobra.Command

func register(f func(env *env) *cobra.Command) { commands = append(commands, f) }

// env is what commands receive instead of reaching for globals, so that
// tests can run them with their own output.
type env struct {
	stdout, stderr io.Writer
	// stderrTTY is true when stderr is a terminal (progress, colour).
	stderrTTY bool
	stdoutTTY bool
}

func newRoot(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:           "tthcaudit",
		Short:         "Kiểm tra việc công khai thủ tục hành chính trên cổng thông tin điện tử",
		Long:          "tthcaudit thu thập các cổng thông tin, đối chiếu với Danh mục TTHC và báo cáo thủ tục còn thiếu, đã bãi bỏ, sai tên, thiếu nội dung hoặc liên kết hỏng.\n(tthcaudit crawls government portals, matches what they publish against the official procedure catalogue and reports what is missing.)",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.Version = version()
	root.SetVersionTemplate("tthcaudit {{.Version}}\n")
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	for _, f := range commands {
		root.AddCommand(f(e))
	}
	return root
}

// run executes the command line and returns the exit status.
func run(args []string, e *env) int {
	root := newRoot(e)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			fmt.Fprintln(e.stderr, "tthcaudit:", ee.msg)
		}
		return ee.code
	}
	// Errors from cobra itself (unknown flag, missing argument) are bad input.
	fmt.Fprintln(e.stderr, "tthcaudit:", err)
	return exitBadInput
}

func main() {
	e := &env{stdout: os.Stdout, stderr: os.Stderr, stderrTTY: isTerminal(os.Stderr), stdoutTTY: isTerminal(os.Stdout)}
	os.Exit(run(os.Args[1:], e))
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// help is a command's long help, from the message catalogue.
func help(cmd string) string { return msg.Help(cmd) }

// version is the module's version and the commit it was built from, as Go
// records them in the binary ("devel" for a plain go run).
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	v := bi.Main.Version
	if v == "" || v == "(devel)" {
		v = "devel"
	}
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " (" + s.Value[:12] + ")"
		}
	}
	return v
}
