//go:build unix && !linux

package render

import "syscall"

func setPdeathsig(*syscall.SysProcAttr) {}
