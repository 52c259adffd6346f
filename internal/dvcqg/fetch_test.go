package dvcqg_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/dvcqg"
	"github.com/tthcaudit/tthcaudit/internal/dvcqg/dvcqgtest"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// nationalProcs are n records built from the real national list
// (testdata/dvcqg/procedures.csv): real codes and names, levels and
// lacking parts varied by number.
func nationalProcs(t *testing.T, n int) []dvcqgtest.Proc {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "testdata", "dvcqg", "procedures.csv"))
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	require.Greater(t, len(rows), n)
	var out []dvcqgtest.Proc
	lackSets := [][]string{{"ho-so"}, {"trinh-tu", "thoi-han"}, {"doi-tuong"}, {"ket-qua", "co-quan"}, {"cach-thuc"}}
	for i, r := range rows[1 : n+1] {
		p := dvcqgtest.Proc{ID: dvcqgtest.ID(i), Code: r[0], Name: r[1], Type: []string{"STANDARD", "SPECIFIC", "INTERCONNECTED"}[i%3],
			Field: dvcqgtest.Field(i), Agency: "Ủy ban nhân dân cấp xã"}
		switch i % 4 {
		case 0:
			p.Ward = true
		case 1:
			p.Province = true
		case 2:
			p.Province, p.Ward = true, true
		case 3:
			p.Ministry, p.Other = true, true
		}
		if i%7 == 0 {
			p.ListCode = p.Code + ".000.00.00.H01"
		}
		if i%23 == 5 {
			p.Lacks = lackSets[(i/23)%len(lackSets)]
		}
		p.DossierTop = i%11 == 3                         // dossier only at the top: not lacking
		p.TimeInMethods = i%13 == 4 && len(p.Lacks) == 0 // time only in the methods: not lacking
		out = append(out, p)
	}
	return out
}

// fakeClock records the waits instead of waiting.
type fakeClock struct {
	mu    sync.Mutex
	waits []time.Duration
}

func (c *fakeClock) sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	c.waits = append(c.waits, d)
	c.mu.Unlock()
	return ctx.Err()
}

func (c *fakeClock) has(d time.Duration) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, w := range c.waits {
		if w == d {
			return true
		}
	}
	return false
}

var partOf = map[string]dvcqg.Part{"trinh-tu": dvcqg.PartSteps, "cach-thuc": dvcqg.PartMethods, "ho-so": dvcqg.PartDossier,
	"thoi-han": dvcqg.PartTime, "doi-tuong": dvcqg.PartSubjects, "co-quan": dvcqg.PartAgency, "ket-qua": dvcqg.PartResult}

func TestFetchStandIn600(t *testing.T) {
	procs := nationalProcs(t, 600)
	srv := dvcqgtest.New(procs)
	defer srv.Close()
	srv.FailList = procs[199].ID   // the second list page answers 503 once
	srv.FailDetail = procs[321].ID // one detail answers 429, Retry-After: 7
	clock := &fakeClock{}
	res, err := dvcqg.Fetch(context.Background(), dvcqg.Options{Base: srv.URL, Sleep: clock.sleep, HTTP: srv.Client(),
		StatePath: filepath.Join(t.TempDir(), "state.jsonl")})
	require.NoError(t, err)

	// Counted on the client's side, from a request's start to the close of
	// its body: what the fetcher has open, whatever the machine's load.
	assert.LessOrEqual(t, srv.ClientMaxInFlight, dvcqg.MaxInFlight, "requests in flight")
	assert.Positive(t, srv.ClientMaxInFlight)
	assert.True(t, clock.has(7*time.Second), "the 429's Retry-After was waited")
	assert.Equal(t, 2, srv.Details[procs[321].ID], "the refused detail was asked again, once")
	// 4 list pages (the last empty) + one 503 retry, 600 details + one 429 retry.
	assert.Equal(t, 4+1+600+1, srv.Requests)

	ps, warnings := dvcqg.Procedures(res.Records)
	assert.Empty(t, warnings)
	require.Len(t, ps, 600)
	byCode := map[string]catalog.Procedure{}
	for _, p := range ps {
		byCode[p.Code] = p
	}
	wantLacking := map[string][]string{}
	for _, p := range procs {
		got, ok := byCode[p.Code]
		require.True(t, ok, "code %s fetched", p.Code)
		assert.Equal(t, textnorm.Clean(p.Name), got.Name, p.Code)
		var want []catalog.Level
		if p.Ministry {
			want = append(want, catalog.LevelBo)
		}
		if p.Province {
			want = append(want, catalog.LevelTinh)
		}
		if p.Ward {
			want = append(want, catalog.LevelXa)
		}
		if p.Other {
			want = append(want, catalog.LevelKhac)
		}
		assert.Equal(t, want, got.Levels, p.Code)
		assert.Equal(t, []string{p.Field}, got.Fields)
		assert.Equal(t, p.ID, got.RecordID)
		assert.Equal(t, p.Type, got.Type)
		if len(p.Lacks) > 0 {
			var names []string
			for _, part := range dvcqg.Parts {
				for _, l := range p.Lacks {
					if partOf[l] == part {
						names = append(names, part.Vietnamese())
					}
				}
			}
			wantLacking[p.Code] = names
		}
	}
	gotLacking := map[string][]string{}
	for _, p := range ps {
		if len(p.Lacks) > 0 {
			gotLacking[p.Code] = p.Lacks
		}
	}
	assert.Equal(t, wantLacking, gotLacking, "exactly the records lacking parts")
	assert.Len(t, gotLacking, 26)

	// Written and read back, the catalogue is the same.
	for _, ext := range []string{".csv", ".xlsx"} {
		path := filepath.Join(t.TempDir(), "national"+ext)
		var buf bytes.Buffer
		require.NoError(t, catalog.WriteFetched(&buf, ps, ext == ".xlsx"))
		require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
		c, err := catalog.Load(path)
		require.NoError(t, err, ext)
		require.Len(t, c.Procedures, 600, ext)
		for _, p := range c.Procedures {
			want := byCode[p.Code]
			assert.Equal(t, want.Levels, p.Levels, ext+" "+p.Code)
			assert.Equal(t, want.Lacks, p.Lacks, ext+" "+p.Code)
			assert.Equal(t, want.RecordID, p.RecordID, ext+" "+p.Code)
			name, _ := textnorm.SplitCode(want.Name)
			assert.Equal(t, name, p.Name, ext+" "+p.Code)
		}
	}
}

func TestFetchResumesWithoutRefetching(t *testing.T) {
	procs := nationalProcs(t, 450)
	srv := dvcqgtest.New(procs)
	defer srv.Close()
	state := filepath.Join(t.TempDir(), "state.jsonl")
	clock := &fakeClock{}
	ctx, cancel := context.WithCancel(context.Background())
	_, err := dvcqg.Fetch(ctx, dvcqg.Options{Base: srv.URL, Sleep: clock.sleep, StatePath: state,
		Progress: func(p dvcqg.Progress) {
			if p.Phase == "detail" && p.Done >= 200 {
				cancel()
			}
		}})
	require.ErrorIs(t, err, context.Canceled)
	listRequests, _ := srv.Counts()

	res, err := dvcqg.Fetch(context.Background(), dvcqg.Options{Base: srv.URL, Sleep: clock.sleep, StatePath: state})
	require.NoError(t, err)
	assert.Len(t, res.Records, 450)
	assert.GreaterOrEqual(t, res.Resumed, 200)
	listAfter, details := srv.Counts()
	assert.Equal(t, listRequests, listAfter, "the list was not read again")
	twice := 0
	for _, n := range details {
		if n > 1 {
			twice++
		}
	}
	// Only requests in flight at the interruption may be made again.
	assert.LessOrEqual(t, twice, dvcqg.MaxInFlight)
	codes := make([]string, 0, len(res.Records))
	for _, r := range res.Records {
		codes = append(codes, r.Code)
	}
	assert.True(t, sort.StringsAreSorted(codes))

	// A state file of another source is not trusted.
	res2, err := dvcqg.Fetch(context.Background(), dvcqg.Options{Base: srv.URL, Department: "H01", Sleep: clock.sleep, StatePath: state})
	require.NoError(t, err)
	assert.Zero(t, res2.Resumed)
}

func TestFetchGivesUp(t *testing.T) {
	srv := dvcqgtest.New(nil)
	defer srv.Close()
	srv.AlwaysFail = true
	clock := &fakeClock{}
	_, err := dvcqg.Fetch(context.Background(), dvcqg.Options{Base: srv.URL, Sleep: clock.sleep, Retries: 3})
	require.Error(t, err)
	assert.True(t, dvcqg.IsSource(err))
	assert.Contains(t, err.Error(), "503")
	assert.Equal(t, 4, srv.Requests, "one try and three retries")
	assert.True(t, clock.has(time.Second) && clock.has(2*time.Second) && clock.has(4*time.Second), "backing off")
}

func TestParseCapturedDetail(t *testing.T) {
	var env struct {
		Data jsonRaw `json:"data"`
	}
	require.NoError(t, jsonUnmarshal(dvcqgtest.Template(), &env))
	r, err := dvcqg.ParseDetail(env.Data, nil)
	require.NoError(t, err)
	assert.Equal(t, "2.000815", r.Code)
	assert.Equal(t, "019d2bfd-8e22-77ef-819f-e49460350904", r.ID)
	assert.Equal(t, []string{"xa", "khac"}, r.Levels)
	assert.Equal(t, []string{"Chứng thực"}, r.Fields)
	assert.Equal(t, []string{"Cơ quan đại diện có thẩm quyền", "Tổ chức hành nghề công chứng", "Ủy ban nhân dân cấp xã"}, r.Agencies)
	assert.Equal(t, "3152/QĐ-BTP", r.Decision)
	assert.Empty(t, r.Lacks, "the captured record is complete: its dossier sits in executionCases")
	assert.True(t, strings.HasPrefix(r.Name, "Chứng thực bản sao từ bản chính"))
}
