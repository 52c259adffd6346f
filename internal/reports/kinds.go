package reports

import (
	"strconv"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// kindView is how the HTML report and the workbook show one kind of
// finding: whether the list shows when empty, and its columns. The HTML
// and the workbook iterate over kindOrder; a kind registered in verdict
// without a view here is shown with defaultView, so a new check shows up
// in every report before anyone designs its table.
type kindView struct {
	// ShowEmpty: the list is shown, with "none", even when empty, on a
	// portal that was reached (the missing list: its emptiness is news).
	ShowEmpty bool
	// Collapsed folds the HTML list (<details>): long and rarely read.
	Collapsed bool
	// Numbered gives the HTML table an STT column.
	Numbered bool
	// HTML are the HTML table's columns.
	HTML []column
	// Sheet are the workbook's columns 2 to 5 (column 1 numbers the rows);
	// a zero column is left empty.
	Sheet [4]column
}

// column is one column of a findings table.
type column struct {
	// Label is the message key of the header.
	Label string
	// Class is the HTML cell's class ("code", "n"); Link makes the cell a
	// link when the value is a web URL.
	Class string
	Link  bool
	// Value is the cell: a string, or an int the workbook keeps a number.
	Value func(f verdict.Finding, lang msg.Lang) any
}

var (
	colCode = column{Label: "col.code", Class: "code", Value: func(f verdict.Finding, _ msg.Lang) any { return f.Code }}
	colName = column{Label: "col.name", Value: func(f verdict.Finding, _ msg.Lang) any { return f.Name }}
	colURL  = column{Label: "col.url", Link: true, Value: func(f verdict.Finding, _ msg.Lang) any { return f.URL }}
	colText = column{Label: "col.text", Value: func(f verdict.Finding, _ msg.Lang) any { return f.Text }}
	colSecs = column{Label: "col.sections", Value: func(f verdict.Finding, _ msg.Lang) any {
		return strings.Join(f.MissingSections, "; ")
	}}
	colCands = column{Label: "col.candidates", Value: func(f verdict.Finding, _ msg.Lang) any {
		return strings.Join(f.Candidates, ", ")
	}}
	colFrom = column{Label: "col.from", Link: true, Value: func(f verdict.Finding, _ msg.Lang) any { return f.From }}
	// colHTTP is a number in the workbook and "—" when nothing answered.
	colHTTP = column{Label: "col.http", Class: "n", Value: func(f verdict.Finding, _ msg.Lang) any {
		if f.Status == 0 {
			return "—"
		}
		return f.Status
	}}
	colPublished = column{Label: "col.published_name", Value: func(f verdict.Finding, _ msg.Lang) any { return f.PublishedName }}
	colField     = column{Label: "col.field", Value: func(f verdict.Finding, _ msg.Lang) any { return f.Field }}
	colCurrent   = column{Label: "col.current_name", Value: colName.Value}
	colCandidate = column{Label: "col.candidate", Value: candidate}
	colWhy       = column{Label: "col.why", Value: reviewWhy}
	colRequired  = column{Label: "col.required_flag", Value: func(f verdict.Finding, lang msg.Lang) any {
		if f.Required {
			return msg.T(lang, "yes")
		}
		return msg.T(lang, "no")
	}}
	colHost   = column{Label: "col.link_host", Value: func(f verdict.Finding, _ msg.Lang) any { return f.Host }}
	colLinked = column{Label: "col.linked_code", Value: func(f verdict.Finding, _ msg.Lang) any { return f.LinkedCode }}
	colReason = column{Label: "col.reason", Value: func(f verdict.Finding, lang msg.Lang) any { return failReason(f, lang) }}
)

// kindOrder is the order of the lists in the HTML report and the
// workbook: what to fix first.
var kindOrder = []verdict.Kind{
	verdict.KindMissing, verdict.KindReview, verdict.KindOutdated, verdict.KindObsolete, verdict.KindIncomplete, verdict.KindBroken,
	verdict.KindWrongLink, verdict.KindAmbiguous, verdict.KindUnmatched, verdict.KindByLink, verdict.KindFound,
}

// hiddenKinds are shown elsewhere than in a findings table (failed pages
// are among the portal's notes).
var hiddenKinds = map[verdict.Kind]bool{verdict.KindFailedPage: true}

var kindViews = map[verdict.Kind]kindView{
	verdict.KindMissing: {ShowEmpty: true, Numbered: true,
		HTML:  []column{colCode, colName, colField},
		Sheet: [4]column{colCode, colName, colField}},
	verdict.KindObsolete: {
		HTML:  []column{colCode, colName, colURL},
		Sheet: [4]column{colCode, colName, {}, colURL}},
	verdict.KindIncomplete: {
		HTML:  []column{colCode, colSecs, colURL},
		Sheet: [4]column{colCode, colSecs, {}, colURL}},
	verdict.KindBroken: {
		HTML:  []column{colURL, colHTTP, colFrom},
		Sheet: [4]column{colHTTP, {Label: "col.from", Value: colFrom.Value}, {}, colURL}},
	verdict.KindAmbiguous: {
		HTML:  []column{colText, {Label: "col.candidates", Class: "code", Value: colCands.Value}, colURL},
		Sheet: [4]column{{}, colText, colCands, colURL}},
	verdict.KindUnmatched: {
		HTML:  []column{colText, colURL},
		Sheet: [4]column{{}, colText, {}, colURL}},
	verdict.KindOutdated: {
		HTML:  []column{colCode, colPublished, colCurrent, colURL},
		Sheet: [4]column{colCode, colPublished, colCurrent, colURL}},
	verdict.KindReview: {
		HTML: []column{colPublished, colCandidate,
			{Label: "col.score", Class: "n", Value: func(f verdict.Finding, _ msg.Lang) any { return strconv.FormatFloat(f.Score, 'f', 2, 64) }},
			colWhy, colURL},
		Sheet: [4]column{colPublished, colCandidate, colWhy, colURL}},
	verdict.KindFound: {Collapsed: true,
		HTML: []column{colCode, colName, colPublished,
			{Label: "col.match", Value: func(f verdict.Finding, _ msg.Lang) any {
				return f.Match + " (" + strconv.FormatFloat(f.Score, 'f', 2, 64) + ")"
			}},
			colRequired, colURL},
		Sheet: [4]column{colCode, colName, colPublished, colURL}},
	verdict.KindByLink: {
		HTML:  []column{colCode, colName, colHost, colRequired, colURL},
		Sheet: [4]column{colCode, colName, colHost, colURL}},
	verdict.KindWrongLink: {
		HTML:  []column{colCode, colName, {Label: colLinked.Label, Class: "code", Value: colLinked.Value}, colURL, colFrom},
		Sheet: [4]column{colCode, colName, colLinked, colURL}},
}

func init() {
	kindViews[verdict.KindPageError] = kindView{
		HTML:  []column{colURL, colHTTP, colReason, colFrom},
		Sheet: [4]column{colHTTP, colReason, colFrom, colURL}}
}

// defaultView shows a kind nobody designed a table for: its code, name or
// text, and URL.
var defaultView = kindView{
	HTML:  []column{colCode, {Label: "col.name", Value: nameOrText}, colURL},
	Sheet: [4]column{colCode, {Label: "col.name", Value: nameOrText}, {}, colURL},
}

func nameOrText(f verdict.Finding, _ msg.Lang) any {
	if f.Name != "" {
		return f.Name
	}
	if f.PublishedName != "" {
		return f.PublishedName
	}
	return f.Text
}

// findingLists are the lists a portal's report shows, in kindOrder, then
// every other registered kind in registration order: the kind, its view
// and its findings. Lists that are empty are left out unless the view
// shows them empty on a reached portal.
func findingLists(v *verdict.Verdict) []findingList {
	var out []findingList
	add := func(k verdict.Kind) {
		view, ok := kindViews[k]
		if !ok {
			view = defaultView
		}
		fs := v.Of(k)
		if len(fs) == 0 && !(view.ShowEmpty && verdict.Reached(v)) {
			return
		}
		info, _ := verdict.Info(k)
		out = append(out, findingList{Kind: k, Section: info.Section, View: view, Findings: fs})
	}
	ordered := map[verdict.Kind]bool{}
	for _, k := range kindOrder {
		ordered[k] = true
		add(k)
	}
	for _, k := range verdict.Kinds() {
		if !ordered[k.Kind] && !hiddenKinds[k.Kind] {
			add(k.Kind)
		}
	}
	return out
}

// findingList is one list of a portal's report.
type findingList struct {
	Kind     verdict.Kind
	Section  string
	View     kindView
	Findings []verdict.Finding
}

// candidate is a review finding's best candidate: code and name, or the
// codes in doubt when there are several.
func candidate(f verdict.Finding, _ msg.Lang) any {
	if len(f.Candidates) > 1 {
		return strings.Join(f.Candidates, ", ")
	}
	return f.Code + " " + f.Name
}

// reviewWhy says why a review finding was not accepted, with the words in
// doubt.
func reviewWhy(f verdict.Finding, lang msg.Lang) any {
	why := msg.T(lang, "review."+f.Reason)
	if len(f.Words) > 0 {
		why += ": " + strings.Join(f.Words, ", ")
	}
	return why
}
