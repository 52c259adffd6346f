// Command tthcaudit audits Vietnamese government portals for the
// administrative procedures (TTHC) they must publish. main only wires the
// command line to the packages; each command lives in a file of its own.
package main

import (
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"strconv"

	"github.com/spf13/cobra"
	"github.com/tthcaudit/tthcaudit/internal/cli"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"golang.org/x/sys/unix"
)

// commands holds the constructors of every subcommand; each command's file
// registers itself in init so that adding a command touches one file.
var commands []func(e *cli.Env) *cobra.Command

func register(fs ...func(e *cli.Env) *cobra.Command) { commands = append(commands, fs...) }

func newRoot(e *cli.Env) *cobra.Command {
	root := &cobra.Command{
		Use:           "tthcaudit",
		Short:         "Kiểm tra việc công khai thủ tục hành chính trên cổng thông tin điện tử",
		Long:          "tthcaudit thu thập các cổng thông tin, đối chiếu với Danh mục TTHC và báo cáo thủ tục còn thiếu, đã bãi bỏ, sai tên, thiếu nội dung hoặc liên kết hỏng.\n(tthcaudit crawls government portals, matches what they publish against the official procedure catalogue and reports what is missing.)",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.Version = version()
	root.SetVersionTemplate("tthcaudit {{.Version}}\n")
	root.SetOut(e.Stdout)
	root.SetErr(e.Stderr)
	for _, f := range commands {
		root.AddCommand(f(e))
	}
	return root
}

// run executes the command line and returns the exit status.
func run(args []string, e *cli.Env) int {
	root := newRoot(e)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return cli.ExitOK
	}
	var ee *cli.ExitError
	if errors.As(err, &ee) {
		if ee.Msg != "" {
			fmt.Fprintln(e.Stderr, "tthcaudit:", ee.Msg)
		}
		return ee.Code
	}
	// Errors from cobra itself (unknown flag, missing argument) are bad input.
	fmt.Fprintln(e.Stderr, "tthcaudit:", err)
	return cli.ExitBadInput
}

func main() {
	e := &cli.Env{Stdout: os.Stdout, Stderr: os.Stderr, StderrTTY: isTerminal(os.Stderr), StdoutTTY: isTerminal(os.Stdout)}
	if e.StdoutTTY {
		e.Width = terminalWidth(os.Stdout)
	}
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

// terminalWidth is f's width in columns, from the terminal, else $COLUMNS;
// 0 when unknown.
func terminalWidth(f *os.File) int {
	if ws, err := unix.IoctlGetWinsize(int(f.Fd()), unix.TIOCGWINSZ); err == nil && ws.Col > 0 {
		return int(ws.Col)
	}
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	return 0
}
