// Package cli runs tthcaudit's commands. Each command takes its arguments
// as a struct and the process's writers in an Env, and returns an error
// that carries the exit status of the contract (see ExitError): the
// command line in cmd/tthcaudit only declares the flags that fill these
// structs, so that every command can be run and tested without cobra.
package cli
