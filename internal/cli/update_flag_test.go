package cli

// Every test package accepts -update (go test ./... -update), the one
// flag behind which golden files and generated fixtures are rewritten.
import _ "github.com/tthcaudit/tthcaudit/internal/golden"
