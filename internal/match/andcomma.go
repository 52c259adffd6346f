package match

import "strings"

// Portals join the items of a list with "và" where the national list
// writes a comma: "Cấp giấy phép khai thác và sử dụng nước dưới đất …"
// for "… khai thác, sử dụng nước dưới đất …", "Thay đổi và cải chính hộ
// tịch", "Sửa đổi và bổ sung …". The key forms differ by the "và" alone,
// yet no exact step finds the name and the list checks read a second
// item. Where the two words around the "và" are words the catalogue
// writes with a comma between them, and never with "và", the entry is
// also read with the comma.

// learnAndCommas fills ix.commaPairs: the pairs of key words ("thác sử")
// some current name writes with a comma between, minus those some name
// joins with "và".
func (ix *Index) learnAndCommas() {
	pairs, joined := map[string]bool{}, map[string]bool{}
	for id := range ix.names {
		nm := &ix.names[id]
		if nm.derived() {
			continue
		}
		keys := nm.keyTok
		flags := ix.commaBefore[id]
		for j := 1; j < len(keys); j++ {
			if flags != nil && flags[j] {
				pairs[keys[j-1]+" "+keys[j]] = true
			}
			if keys[j] == andKey && j+1 < len(keys) {
				joined[keys[j-1]+" "+keys[j+1]] = true
			}
		}
	}
	for p := range joined {
		delete(pairs, p)
	}
	ix.commaPairs = pairs
}

// andKey is "và" in key form.
const andKey = "và"

// andAsComma is text with each "và" between two words the catalogue
// writes with a comma between them (commaPairs) written as that comma;
// ok is false when there is none.
func (ix *Index) andAsComma(text string) (string, bool) {
	if !strings.Contains(text, " và ") && !strings.Contains(text, " Và ") && !strings.Contains(text, " VÀ ") {
		return text, false // most names
	}
	words := strings.Fields(text)
	out := make([]string, 0, len(words))
	changed := false
	for i := 0; i < len(words); i++ {
		w := words[i]
		if i > 0 && i+1 < len(words) && ix.words.forms(strings.ToLower(w)).key == andKey && len(out) > 0 {
			before, after := ix.wordKeys(out[len(out)-1]), ix.wordKeys(words[i+1])
			if len(before) > 0 && len(after) > 0 && ix.commaPairs[before[len(before)-1]+" "+after[0]] {
				out[len(out)-1] += ","
				changed = true
				continue
			}
		}
		out = append(out, w)
	}
	if !changed {
		return text, false
	}
	return strings.Join(out, " "), true
}

// wordKeys are the key words of one written word ("dụng," is "dụng").
func (ix *Index) wordKeys(w string) []string {
	return strings.Fields(ix.normalize(w).Key)
}
