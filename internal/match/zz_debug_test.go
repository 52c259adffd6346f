package match
import ("testing")
func TestZZBenchWrong(t *testing.T){
 c := benchCatalog(&testing.B{})
 ix := NewIndex(c)
 entries, want := benchEntriesWant(c)
 k := 0
 for i, e := range entries {
  m := ix.Match(e, "")
  if m.Procedure == nil { continue }
  if want[i] != "" && m.has(mustCode(c, want[i])) { continue }
  w := mustCode(c, want[i])
  wn := ""
  if w != nil { wn = w.Name }
  t.Logf("%q => %s %q (%s %.2f) want %q", e, m.Procedure.Code, m.Procedure.Name, m.Kind, m.Score, wn)
  k++
  if k > 25 { break }
 }
}
