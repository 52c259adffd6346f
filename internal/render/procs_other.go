//go:build !unix

package render

import (
	"os/exec"
	"time"
)

func isolate(*exec.Cmd) {}

func killGroup(int) {}

// ProcessesUsing returns nothing where processes cannot be listed.
func ProcessesUsing(string) []int { return nil }

// LeftoverProcesses returns nothing where processes cannot be listed.
func LeftoverProcesses(string) []int { return nil }

func killUsing(string, time.Duration) []int { return nil }

func processAlive(int) bool { return true }
