// Package match tells which catalogue procedure a published entry stands
// for: an Index built once from a catalog.Catalog answers Match(text,
// code) and MatchIn(text, code, Context) through a cascade of code, exact,
// normalised, accent-free, rewritten, core, prefix, fuzzy, shortened,
// reworded and renamed steps (match.go), each answer saying how it was
// reached and how sure it is.
//
// Precision comes first: a wrong code hides a procedure really missing
// and claims one not published. Words that tell catalogue procedures apart
// are learned from the catalogue (distinguish.go); a candidate differing
// by one is not accepted but returned for review (Match.Review). Twins the
// catalogue lists once per level are chosen by the entry's Context. A
// procedure's former names (catalog.Procedure.FormerNames) are indexed:
// a match on one is Match.Outdated.
//
// Package catalog loads catalogues; this package only reads them.
package match
