package extract

// generic reads a page with the built-in heuristics: procedure tables,
// lists of links (under "Lĩnh vực" headings or in a procedure context),
// cards (linked, or naming a procedure in a card of their own), and list
// items without real links. It applies to every page and
// is tried last.
type generic struct{}

func init() { Register(generic{}, OrderGeneric) }

func (generic) Name() string { return "generic" }

func (generic) Applies(*Page) bool { return true }

func (generic) Extract(p *Page) {
	for _, t := range p.tables {
		p.tableEntries(t)
	}
	p.listEntries()
	p.textItemEntries()
	p.cardNameEntries()
}
