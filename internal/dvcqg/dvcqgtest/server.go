// Package dvcqgtest is a stand-in of the national public-service portal's
// API for tests: records built from the real captured detail answer,
// served on loopback, with failures on cue and a count of the requests in
// flight.
package dvcqgtest

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

//go:embed detail.json
var detailJSON []byte

// Template returns the captured detail answer (procedure 2.000815).
func Template() []byte { return append([]byte(nil), detailJSON...) }

// Proc is one record the stand-in serves.
type Proc struct {
	ID, Code, Name, Type string
	// ListCode is the code as the list shows it ("" : Code).
	ListCode                        string
	Field                           string
	Province, Ward, Ministry, Other bool
	// Lacks are the parts the record lacks: any of "trinh-tu",
	// "cach-thuc", "ho-so", "thoi-han", "doi-tuong", "co-quan", "ket-qua".
	Lacks []string
	// DossierTop puts the dossier in the top-level profileComponents only;
	// TimeInMethods puts the time limit in executionMethods only.
	DossierTop, TimeInMethods bool
	Agency                    string
}

// Server is the running stand-in.
type Server struct {
	*httptest.Server
	Procs []Proc
	// PageLimit is the largest page answered (200).
	PageLimit int
	// FailList answers 503 to the first request for the list page after
	// this cursor ("-" none); FailDetail answers 429 with Retry-After to
	// the first request for this id.
	FailList   string
	FailDetail string
	RetryAfter string
	// AlwaysFail answers 503 to everything.
	AlwaysFail bool

	mu          sync.Mutex
	inFlight    int
	MaxInFlight int
	Requests    int
	Details     map[string]int
	lists       int // list requests
	listFailed  bool
	// ClientMaxInFlight is the most requests in flight through Client.
	ClientMaxInFlight int
	clientInFlight    int
	detailFaild       bool
}

// New starts a stand-in serving procs.
func New(procs []Proc) *Server {
	s := &Server{Procs: procs, PageLimit: 200, FailList: "-", RetryAfter: "7", Details: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	return s
}

func (s *Server) enter() func() {
	s.mu.Lock()
	s.inFlight++
	s.Requests++
	if s.inFlight > s.MaxInFlight {
		s.MaxInFlight = s.inFlight
	}
	s.mu.Unlock()
	return func() {
		s.mu.Lock()
		s.inFlight--
		s.mu.Unlock()
	}
}

// Counts returns the list requests received so far and the detail
// requests per record id (a copy), safe to read while a client that gave
// up still has requests arriving.
func (s *Server) Counts() (lists int, details map[string]int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	details = make(map[string]int, len(s.Details))
	for id, n := range s.Details {
		details[id] = n
	}
	return s.lists, details
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	defer s.enter()()
	if r.Method != http.MethodPost {
		http.Error(w, "method", http.StatusMethodNotAllowed)
		return
	}
	if s.AlwaysFail {
		http.Error(w, "Service Unavailable", http.StatusServiceUnavailable)
		return
	}
	body, _ := io.ReadAll(r.Body)
	switch r.URL.Path {
	case "/api/v1/submitting/formality/list-all-public-formality-by-citizen":
		s.list(w, body)
	case "/api/v1/configuring/formality/get-formality-by-citizen":
		s.detail(w, body)
	default:
		http.NotFound(w, r)
	}
}

func (s *Server) list(w http.ResponseWriter, body []byte) {
	s.mu.Lock()
	s.lists++
	s.mu.Unlock()
	var q struct {
		Limit          int    `json:"limit"`
		LastID         string `json:"lastId"`
		DepartmentCode string `json:"departmentCode"`
	}
	if err := json.Unmarshal(body, &q); err != nil || q.Limit <= 0 || q.Limit > s.PageLimit {
		http.Error(w, `{"code":"BAD_REQUEST"}`, http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	fail := q.LastID == s.FailList && !s.listFailed
	if fail {
		s.listFailed = true
	}
	s.mu.Unlock()
	if fail {
		http.Error(w, "Service Unavailable", http.StatusServiceUnavailable)
		return
	}
	start := 0
	if q.LastID != "" {
		start = len(s.Procs)
		for i, p := range s.Procs {
			if p.ID == q.LastID {
				start = i + 1
			}
		}
	}
	end := min(start+q.Limit, len(s.Procs))
	items := []map[string]any{}
	last := q.LastID
	for _, p := range s.Procs[start:end] {
		code := p.ListCode
		if code == "" {
			code = p.Code
		}
		items = append(items, map[string]any{"id": p.ID, "code": code, "name": p.Name, "type": p.Type,
			"categories":  []map[string]string{{"id": "cat-" + p.Field, "name": p.Field}},
			"departments": []map[string]string{{"id": "dep", "name": p.Agency}}})
		last = p.ID
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"data": map[string]any{"items": items, "lastId": last}})
}

func (s *Server) detail(w http.ResponseWriter, body []byte) {
	var q struct {
		ID string `json:"id"`
	}
	_ = json.Unmarshal(body, &q)
	s.mu.Lock()
	s.Details[q.ID]++
	fail := q.ID == s.FailDetail && !s.detailFaild
	if fail {
		s.detailFaild = true
	}
	s.mu.Unlock()
	if fail {
		w.Header().Set("Retry-After", s.RetryAfter)
		http.Error(w, "Too Many Requests", http.StatusTooManyRequests)
		return
	}
	for _, p := range s.Procs {
		if p.ID == q.ID {
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write(Detail(p))
			return
		}
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = io.WriteString(w, `{"code":"NOT_FOUND","data":null,"message":"not found"}`)
}

// Detail is the detail answer of p: the captured answer with p's values.
func Detail(p Proc) []byte {
	var a map[string]any
	if err := json.Unmarshal(detailJSON, &a); err != nil {
		panic(err)
	}
	d := a["data"].(map[string]any)
	d["id"], d["code"], d["codeNotation"], d["name"], d["type"] = p.ID, p.Code, p.Code, p.Name, p.Type
	d["isProvince"], d["isWard"], d["isMinistry"], d["isOtherAgency"] = p.Province, p.Ward, p.Ministry, p.Other
	cat := map[string]any{"id": "cat-" + p.Field, "name": p.Field, "code": "F"}
	d["category"], d["categoriesDetails"] = cat, []any{cat}
	if p.Agency != "" {
		d["executingAgencies"] = p.Agency
		d["departmentsExecuting"] = []any{map[string]any{"id": "dep", "name": p.Agency, "code": "D"}}
		d["unitGroupsExecuting"] = []any{}
	}
	cases := d["executionCases"].([]any)
	if p.DossierTop {
		d["profileComponents"] = cases[0].(map[string]any)["profileComponents"]
		cases[0].(map[string]any)["profileComponents"] = []any{}
	}
	if p.TimeInMethods {
		d["cases"].([]any)[0].(map[string]any)["processingDay"] = nil
		d["executionMethods"].([]any)[0].(map[string]any)["processingTime"] = 5
	}
	for _, part := range p.Lacks {
		switch part {
		case "trinh-tu":
			d["executionSteps"] = []any{}
		case "cach-thuc":
			d["executionMethods"] = []any{}
		case "ho-so":
			d["profileComponents"] = []any{}
			cases[0].(map[string]any)["profileComponents"] = []any{}
		case "thoi-han":
			d["cases"].([]any)[0].(map[string]any)["processingDay"] = nil
			for _, m := range d["executionMethods"].([]any) {
				m.(map[string]any)["processingTime"] = 0
			}
		case "doi-tuong":
			d["subjectTypesDetails"], d["subjectTypeIds"], d["targetObjects"] = []any{}, []any{}, []any{}
		case "co-quan":
			d["executingAgencies"], d["departmentsExecuting"], d["unitGroupsExecuting"] = "", []any{}, []any{}
			d["departmentExecutingIds"] = []any{}
		case "ket-qua":
			d["resultsDetails"], d["resultIds"] = []any{}, []any{}
		default:
			panic(fmt.Sprintf("dvcqgtest: unknown part %q", part))
		}
	}
	b, err := json.Marshal(a)
	if err != nil {
		panic(err)
	}
	return b
}

// Client is an HTTP client that counts the requests in flight as the
// client sees them, from the start of a request to the close of its body
// (ClientMaxInFlight): what the fetcher has open. The server's own count
// (MaxInFlight) can run over under load when a client abandons a request,
// as the crawler's tests learnt; this one cannot.
func (s *Server) Client() *http.Client {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConnsPerHost = 8
	return &http.Client{Transport: &countingRT{next: t, s: s}}
}

type countingRT struct {
	next http.RoundTripper
	s    *Server
}

func (rt *countingRT) RoundTrip(req *http.Request) (*http.Response, error) {
	rt.s.mu.Lock()
	rt.s.clientInFlight++
	if rt.s.clientInFlight > rt.s.ClientMaxInFlight {
		rt.s.ClientMaxInFlight = rt.s.clientInFlight
	}
	rt.s.mu.Unlock()
	done := func() {
		rt.s.mu.Lock()
		rt.s.clientInFlight--
		rt.s.mu.Unlock()
	}
	resp, err := rt.next.RoundTrip(req)
	if err != nil {
		done()
		return nil, err
	}
	resp.Body = &doneBody{ReadCloser: resp.Body, done: done}
	return resp, nil
}

type doneBody struct {
	io.ReadCloser
	once sync.Once
	done func()
}

func (b *doneBody) Close() error {
	err := b.ReadCloser.Close()
	b.once.Do(b.done)
	return err
}

// ID is the stand-in's record id number i (a UUID's shape).
func ID(i int) string { return fmt.Sprintf("019d2bfd-0000-7000-8000-%012d", i) }

// Field names a field by number, for varied records.
func Field(i int) string {
	return []string{"Người có công", "Chứng thực", "Hộ tịch", "Bảo trợ xã hội", "Đất đai"}[i%5]
}

// Clean trims a stand-in name as the national data's may not be.
func Clean(s string) string { return strings.TrimSpace(s) }
