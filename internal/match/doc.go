// Package match tells which catalogue procedure a published entry stands
// for: an Index built once from a catalog.Catalog answers Match(text, code)
// through a cascade of code, exact, normalised, accent-free, prefix, fuzzy
// and shortened-name steps (match.go), each answer saying how it was
// reached and how sure it is.
//
// Package catalog loads catalogues; this package only reads them.
package match
