// Package dvcqg reads the national list of administrative procedures from
// the public API of the national public-service portal (Cổng Dịch vụ công
// quốc gia, dichvucong.gov.vn): the list by cursor, then every record's
// detail, politely (a few requests in flight, a pause between requests,
// Retry-After honoured on 429 and 503) and resumably (a state file keeps
// what was read, so an interrupted fetch does not read it again).
//
// A record is checked against the parts a procedure must have (khoản 2
// Điều 8 Nghị định 63/2010/NĐ-CP): a part is lacking only when none of the
// places of the record that can hold it has it.
package dvcqg

import (
	"encoding/json"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// Part is one required part of a procedure (khoản 2 Điều 8 NĐ 63/2010).
type Part string

// The required parts, in the decree's order.
const (
	PartName     Part = "ten"
	PartSteps    Part = "trinh-tu"
	PartMethods  Part = "cach-thuc"
	PartDossier  Part = "ho-so"
	PartTime     Part = "thoi-han"
	PartSubjects Part = "doi-tuong"
	PartAgency   Part = "co-quan"
	PartResult   Part = "ket-qua"
)

// Parts lists the required parts in the decree's order.
var Parts = []Part{PartName, PartSteps, PartMethods, PartDossier, PartTime, PartSubjects, PartAgency, PartResult}

// partNames are the parts as the decree names them, Vietnamese and English.
var partNames = map[Part][2]string{
	PartName:     {"Tên thủ tục", "Name"},
	PartSteps:    {"Trình tự thực hiện", "Steps"},
	PartMethods:  {"Cách thức thực hiện", "Methods of submission"},
	PartDossier:  {"Thành phần, số lượng hồ sơ", "Dossier components"},
	PartTime:     {"Thời hạn giải quyết", "Time limit"},
	PartSubjects: {"Đối tượng thực hiện", "Subjects"},
	PartAgency:   {"Cơ quan thực hiện", "Implementing agency"},
	PartResult:   {"Kết quả thực hiện", "Result"},
}

// Vietnamese is the part's name in the decree's words: what the catalogue's
// CSDL column holds.
func (p Part) Vietnamese() string { return partNames[p][0] }

// English is the part's name in English.
func (p Part) English() string { return partNames[p][1] }

// Record is one procedure of the national database as the catalogue needs it.
type Record struct {
	// ID is the record's id on the national portal (a UUID): its page is
	// /thu-tuc-hanh-chinh/{ID}.
	ID   string `json:"id"`
	Code string `json:"code"`
	Name string `json:"name"`
	// Type is STANDARD, SPECIFIC, INTERCONNECTED, …
	Type     string   `json:"type,omitempty"`
	Levels   []string `json:"levels,omitempty"` // bo, tinh, xa, khac
	Fields   []string `json:"fields,omitempty"`
	Agencies []string `json:"agencies,omitempty"`
	Decision string   `json:"decision,omitempty"`
	// Lacks are the required parts the record lacks, in the decree's order.
	Lacks []Part `json:"lacks,omitempty"`
}

// named is an {id, name, code} object of the API.
type named struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Code string `json:"code"`
}

// names reads a list of named objects, or of plain strings.
func names(raw json.RawMessage) []string {
	if len(raw) == 0 {
		return nil
	}
	var objs []named
	if json.Unmarshal(raw, &objs) == nil {
		var out []string
		for _, o := range objs {
			if n := textnorm.Clean(o.Name); n != "" {
				out = appendNew(out, n)
			}
		}
		return out
	}
	var strs []string
	if json.Unmarshal(raw, &strs) == nil {
		var out []string
		for _, s := range strs {
			if n := textnorm.Clean(s); n != "" {
				out = appendNew(out, n)
			}
		}
		return out
	}
	var one named
	if json.Unmarshal(raw, &one) == nil && one.Name != "" {
		return []string{textnorm.Clean(one.Name)}
	}
	return nil
}

func appendNew(ss []string, s string) []string {
	for _, o := range ss {
		if o == s {
			return ss
		}
	}
	return append(ss, s)
}

// Item is one entry of the list answer.
type Item struct {
	ID          string          `json:"id"`
	Code        string          `json:"code"`
	Name        string          `json:"name"`
	Type        string          `json:"type"`
	Categories  json.RawMessage `json:"categories,omitempty"`
	Departments json.RawMessage `json:"departments,omitempty"`
}

// detail is the part of a detail answer's data the catalogue reads.
type detail struct {
	ID             string `json:"id"`
	Code           string `json:"code"`
	CodeNotation   string `json:"codeNotation"`
	Name           string `json:"name"`
	Type           string `json:"type"`
	IsWard         bool   `json:"isWard"`
	IsProvince     bool   `json:"isProvince"`
	IsDistrict     bool   `json:"isDistrict"`
	IsMinistry     bool   `json:"isMinistry"`
	IsOtherAgency  bool   `json:"isOtherAgency"`
	ExecutionSteps []struct {
		Name        string `json:"name"`
		Description string `json:"description"`
	} `json:"executionSteps"`
	ExecutionMethods []struct {
		SubmissionMethod string  `json:"submissionMethod"`
		ProcessingTime   float64 `json:"processingTime"`
		Description      string  `json:"description"`
	} `json:"executionMethods"`
	ProfileComponents []json.RawMessage `json:"profileComponents"`
	ExecutionCases    []struct {
		ProfileComponents []json.RawMessage `json:"profileComponents"`
	} `json:"executionCases"`
	Cases []struct {
		ProcessingDay *struct {
			Qty  float64 `json:"qty"`
			Type string  `json:"type"`
		} `json:"processingDay"`
		ProfileComponents []json.RawMessage `json:"profileComponents"`
	} `json:"cases"`
	SubjectTypesDetails  json.RawMessage `json:"subjectTypesDetails"`
	SubjectTypeIDs       []string        `json:"subjectTypeIds"`
	TargetObjects        json.RawMessage `json:"targetObjects"`
	ExecutingAgencies    string          `json:"executingAgencies"`
	DepartmentsExecuting json.RawMessage `json:"departmentsExecuting"`
	UnitGroupsExecuting  json.RawMessage `json:"unitGroupsExecuting"`
	DepartmentExecIDs    []string        `json:"departmentExecutingIds"`
	ResultsDetails       json.RawMessage `json:"resultsDetails"`
	ResultIDs            []string        `json:"resultIds"`
	CategoriesDetails    json.RawMessage `json:"categoriesDetails"`
	Category             *named          `json:"category"`
	ProcedureProposal    *struct {
		ProposalNumber string `json:"proposalNumber"`
	} `json:"procedureProposal"`
}

// ParseDetail reads the data of a detail answer (the object under "data")
// into a record; item (may be nil) supplies what the detail leaves out.
func ParseDetail(data []byte, item *Item) (Record, error) {
	var d detail
	if err := json.Unmarshal(data, &d); err != nil {
		return Record{}, err
	}
	return d.record(item), nil
}

func (d *detail) record(item *Item) Record {
	r := Record{ID: d.ID, Code: strings.TrimSpace(d.Code), Name: textnorm.Clean(d.Name), Type: d.Type}
	if r.Code == "" {
		r.Code = strings.TrimSpace(d.CodeNotation)
	}
	if item != nil {
		if r.ID == "" {
			r.ID = item.ID
		}
		if r.Code == "" {
			r.Code = strings.TrimSpace(item.Code)
		}
		if r.Name == "" {
			r.Name = textnorm.Clean(item.Name)
		}
		if r.Type == "" {
			r.Type = item.Type
		}
	}
	if d.IsMinistry {
		r.Levels = append(r.Levels, "bo")
	}
	if d.IsProvince {
		r.Levels = append(r.Levels, "tinh")
	}
	if d.IsDistrict {
		r.Levels = append(r.Levels, "huyen")
	}
	if d.IsWard {
		r.Levels = append(r.Levels, "xa")
	}
	if d.IsOtherAgency {
		r.Levels = append(r.Levels, "khac")
	}
	r.Fields = names(d.CategoriesDetails)
	if len(r.Fields) == 0 && d.Category != nil && d.Category.Name != "" {
		r.Fields = []string{textnorm.Clean(d.Category.Name)}
	}
	if len(r.Fields) == 0 && item != nil {
		r.Fields = names(item.Categories)
	}
	r.Agencies = append(names(d.DepartmentsExecuting), names(d.UnitGroupsExecuting)...)
	if len(r.Agencies) == 0 && strings.TrimSpace(d.ExecutingAgencies) != "" {
		r.Agencies = []string{textnorm.Clean(d.ExecutingAgencies)}
	}
	if len(r.Agencies) == 0 && item != nil {
		r.Agencies = names(item.Departments)
	}
	if d.ProcedureProposal != nil {
		r.Decision = strings.TrimSpace(d.ProcedureProposal.ProposalNumber)
	}
	r.Lacks = d.lacks(r)
	return r
}

// lacks lists the required parts none of the record's places holds.
func (d *detail) lacks(r Record) []Part {
	has := map[Part]bool{
		PartName:     r.Name != "",
		PartSubjects: len(names(d.SubjectTypesDetails)) > 0 || len(d.SubjectTypeIDs) > 0 || nonEmptyList(d.TargetObjects),
		PartAgency: strings.TrimSpace(d.ExecutingAgencies) != "" || len(names(d.DepartmentsExecuting)) > 0 ||
			len(names(d.UnitGroupsExecuting)) > 0 || len(d.DepartmentExecIDs) > 0,
		PartResult: len(names(d.ResultsDetails)) > 0 || len(d.ResultIDs) > 0,
	}
	for _, s := range d.ExecutionSteps {
		if strings.TrimSpace(s.Description) != "" || strings.TrimSpace(s.Name) != "" {
			has[PartSteps] = true
		}
	}
	for _, m := range d.ExecutionMethods {
		if m.SubmissionMethod != "" || strings.TrimSpace(m.Description) != "" {
			has[PartMethods] = true
		}
		if m.ProcessingTime > 0 {
			has[PartTime] = true
		}
	}
	has[PartDossier] = len(d.ProfileComponents) > 0
	for _, c := range d.ExecutionCases {
		has[PartDossier] = has[PartDossier] || len(c.ProfileComponents) > 0
	}
	for _, c := range d.Cases {
		has[PartDossier] = has[PartDossier] || len(c.ProfileComponents) > 0
		if c.ProcessingDay != nil && (c.ProcessingDay.Qty > 0 || c.ProcessingDay.Type != "") {
			has[PartTime] = true
		}
	}
	var out []Part
	for _, p := range Parts {
		if !has[p] {
			out = append(out, p)
		}
	}
	return out
}

func nonEmptyList(raw json.RawMessage) bool {
	var xs []json.RawMessage
	return json.Unmarshal(raw, &xs) == nil && len(xs) > 0
}
