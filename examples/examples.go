// Package examples holds the example configuration and catalogue that
// `tthcaudit init` writes: the files beside this one, kept in the
// repository so that a newcomer can read them too.
package examples

import _ "embed"

// AuditYAML is the commented example configuration (audit.yaml).
//
//go:embed audit.yaml
var AuditYAML []byte

// CatalogCSV is the small example catalogue it names (catalog.csv), of
// real national codes and names.
//
//go:embed catalog.csv
var CatalogCSV []byte
