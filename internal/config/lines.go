package config

import (
	"fmt"

	"go.yaml.in/yaml/v3"
)

// locator finds where a key was written, so that a message about a value can
// name its line rather than only the portal's.
type locator struct {
	path string
	root *yaml.Node
}

// line returns the line of the node at path (map keys as strings, sequence
// items as ints), or of the deepest node on the way that exists; 0 when the
// document is empty.
func (l locator) line(path ...any) int {
	n := l.root
	if n == nil {
		return 0
	}
	if n.Kind == yaml.DocumentNode {
		if len(n.Content) == 0 {
			return 0
		}
		n = n.Content[0]
	}
	best := n.Line
	for _, step := range path {
		next := child(n, step)
		if next == nil {
			return best
		}
		n = next
		best = n.Line
	}
	return best
}

// at formats "file:line" for a path, or "file" when no line is known.
func (l locator) at(path ...any) string {
	if ln := l.line(path...); ln > 0 {
		return fmt.Sprintf("%s:%d", l.path, ln)
	}
	return l.path
}

func child(n *yaml.Node, step any) *yaml.Node {
	switch s := step.(type) {
	case string:
		if n.Kind != yaml.MappingNode {
			return nil
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == s {
				return n.Content[i+1]
			}
		}
	case int:
		if n.Kind == yaml.SequenceNode && s >= 0 && s < len(n.Content) {
			return n.Content[s]
		}
	}
	return nil
}
