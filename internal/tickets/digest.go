package tickets

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Digest is one e-mail to one portal contact about one audit: the tickets
// this audit opened, reopened and resolved on the contact's portals, and
// those still open.
type Digest struct {
	// To are the contact's addresses.
	To []string
	// Portals are the ids of the contact's portals, sorted.
	Portals []string
	// Names maps portal ids to their names, for the text.
	Names map[string]string
	// Events are this audit's changes (and any not mailed before).
	Events []Event
	// Open are the contact's tickets still open after the audit.
	Open []Ticket
	// At is the audit's time.
	At time.Time
}

// maxListed caps the open tickets listed in one mail; the rest are counted.
const maxListed = 200

// SplitContact returns the addresses of a contact field, which may list
// several separated by commas, semicolons or spaces.
func SplitContact(contact string) []string {
	f := strings.FieldsFunc(contact, func(r rune) bool { return r == ',' || r == ';' || r == ' ' || r == '\t' || r == '\n' })
	var out []string
	seen := map[string]bool{}
	for _, a := range f {
		if a != "" && !seen[strings.ToLower(a)] {
			seen[strings.ToLower(a)] = true
			out = append(out, a)
		}
	}
	return out
}

// Digests groups events and open tickets by contact: one digest per contact
// that has events. Tickets whose portal has no contact are left out.
// names maps portal ids to names; it may be nil.
func Digests(events []Event, all []Ticket, names map[string]string, at time.Time) []Digest {
	byContact := map[string]*Digest{}
	key := func(c string) string { return strings.ToLower(strings.Join(SplitContact(c), ",")) }
	for _, e := range events {
		k := key(e.Ticket.Contact)
		if k == "" {
			continue
		}
		d := byContact[k]
		if d == nil {
			d = &Digest{To: SplitContact(e.Ticket.Contact), Names: names, At: at}
			byContact[k] = d
		}
		d.Events = append(d.Events, e)
		if !contains(d.Portals, e.Ticket.Portal) {
			d.Portals = append(d.Portals, e.Ticket.Portal)
		}
	}
	for _, t := range all {
		if d := byContact[key(t.Contact)]; d != nil && t.Status == Open {
			d.Open = append(d.Open, t)
			if !contains(d.Portals, t.Portal) {
				d.Portals = append(d.Portals, t.Portal)
			}
		}
	}
	keys := make([]string, 0, len(byContact))
	for k := range byContact {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]Digest, 0, len(keys))
	for _, k := range keys {
		d := byContact[k]
		sort.Strings(d.Portals)
		Sort(d.Open)
		sort.SliceStable(d.Events, func(i, j int) bool { return d.Events[i].Ticket.ID < d.Events[j].Ticket.ID })
		out = append(out, *d)
	}
	return out
}

func contains(ss []string, s string) bool {
	for _, v := range ss {
		if v == s {
			return true
		}
	}
	return false
}

func (d Digest) count(kind string) int {
	n := 0
	for _, e := range d.Events {
		if e.Kind == kind {
			n++
		}
	}
	return n
}

func (d Digest) portalName(id string) string {
	if n := d.Names[id]; n != "" {
		return n
	}
	return id
}

// Subject is the mail's subject line (Vietnamese, not yet encoded).
func (d Digest) Subject() string {
	var who string
	if len(d.Portals) == 1 {
		who = d.portalName(d.Portals[0])
	} else {
		who = fmt.Sprintf("%d cổng", len(d.Portals))
	}
	return fmt.Sprintf("[tthcaudit] %s: %d thủ tục mới thiếu, %d đã bổ sung, %d còn thiếu",
		who, d.count(EventOpened)+d.count(EventReopened), d.count(EventResolved), len(d.Open))
}

// Body is the mail's plain text (Vietnamese, with one English line).
func (d Digest) Body() string {
	var b strings.Builder
	at := d.At.Format("15:04 ngày 02/01/2006")
	fmt.Fprintf(&b, "Kính gửi bộ phận phụ trách cổng thông tin,\n\n")
	fmt.Fprintf(&b, "Lần kiểm tra việc công khai thủ tục hành chính lúc %s ghi nhận:\n\n", at)
	section := func(title string, kinds ...string) {
		var lines []string
		for _, e := range d.Events {
			for _, k := range kinds {
				if e.Kind == k {
					lines = append(lines, fmt.Sprintf("  - [%s] %s %s", d.portalName(e.Ticket.Portal), e.Ticket.Code, e.Ticket.Name))
				}
			}
		}
		if len(lines) == 0 {
			return
		}
		fmt.Fprintf(&b, "%s (%d):\n%s\n\n", title, len(lines), strings.Join(lines, "\n"))
	}
	section("Thủ tục mới bị thiếu trên cổng", EventOpened)
	section("Thủ tục bị thiếu trở lại", EventReopened)
	section("Thủ tục đã được bổ sung", EventResolved)
	if len(d.Open) > 0 {
		fmt.Fprintf(&b, "Các thủ tục vẫn còn thiếu (%d):\n", len(d.Open))
		for i, t := range d.Open {
			if i == maxListed {
				fmt.Fprintf(&b, "  … và %d thủ tục khác\n", len(d.Open)-maxListed)
				break
			}
			fmt.Fprintf(&b, "  - [%s] %s %s (từ %s)\n", d.portalName(t.Portal), t.Code, t.Name, t.OpenedAt.Format("02/01/2006"))
		}
		b.WriteString("\n")
	} else {
		b.WriteString("Hiện không còn thủ tục nào bị thiếu. Xin cảm ơn!\n\n")
	}
	b.WriteString("Đề nghị đơn vị cập nhật các thủ tục còn thiếu theo Danh mục TTHC đã công bố.\n\n")
	b.WriteString("Thư này được gửi tự động bởi tthcaudit.\n")
	fmt.Fprintf(&b, "(English: %d newly missing, %d fixed, %d still missing on %s.)\n",
		d.count(EventOpened)+d.count(EventReopened), d.count(EventResolved), len(d.Open), strings.Join(d.Portals, ", "))
	return b.String()
}
