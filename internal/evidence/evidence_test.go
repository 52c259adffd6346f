package evidence

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/tthcaudit/tthcaudit/internal/verdict"

	gowarc "github.com/nlnwa/gowarc/v3"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// portal serves a tiny portal: a listing, two detail pages, a 404 and a
// body long enough to be truncated in the WARC.
func portal(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/thu-tuc", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<html><body><ul>
<li><a href="/tt/1.001234">Cấp giấy chứng nhận người có công (1.001234)</a></li>
<li><a href="/tt/2.000567">Trợ cấp mai táng phí (2.000567)</a></li>
<li><a href="/tt/9.999999">Thủ tục đã gỡ</a></li></ul></body></html>`)
	})
	mux.HandleFunc("/tt/", func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "9.999999") {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<html><body><h1>Thủ tục %s</h1><p>Phí, lệ phí: không</p></body></html>", r.URL.Path)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write(bytes.Repeat([]byte("x"), 3000))
	})
	mux.HandleFunc("/form", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		fmt.Fprintf(w, "got %s", b)
	})
	s := httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

// crawl fetches the portal through rec as the audit would, some of it in
// parallel, and returns the bodies by path.
func crawl(t *testing.T, rec *Recorder, base string) map[string]string {
	t.Helper()
	c := &http.Client{Transport: rec}
	paths := []string{"/thu-tuc", "/tt/1.001234", "/tt/2.000567", "/tt/9.999999", "/big"}
	bodies := map[string]string{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, p := range paths {
		wg.Go(func() {
			resp, err := c.Get(base + p)
			if !assert.NoError(t, err) {
				return
			}
			defer resp.Body.Close()
			b, err := io.ReadAll(resp.Body)
			assert.NoError(t, err)
			mu.Lock()
			bodies[p] = string(b)
			mu.Unlock()
		})
	}
	wg.Wait()
	resp, err := c.Post(base+"/form", "application/x-www-form-urlencoded", strings.NewReader("page=2"))
	require.NoError(t, err)
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	bodies["/form"] = string(b)
	return bodies
}

// pngBytes is a 1×1 PNG.
var pngBytes = []byte{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89}

// makePack records a crawl, a screenshot and a rendered page, and writes
// the manifest.
func makePack(t *testing.T) (dir, base string, bodies map[string]string) {
	t.Helper()
	srv := portal(t)
	dir = t.TempDir()
	rec, err := NewRecorder(dir, nil)
	require.NoError(t, err)
	rec.maxBody = 1000
	bodies = crawl(t, rec, srv.URL)
	rec.AddScreenshot(srv.URL+"/thu-tuc", pngBytes)
	rec.AddRendered(srv.URL+"/thu-tuc", []byte("<html><body>rendered</body></html>"))
	findings := []Finding{
		{Portal: "p", Kind: KindFound, Code: "1.001234", Name: "Cấp giấy chứng nhận", URL: srv.URL + "/tt/1.001234"},
		{Portal: "p", Kind: KindMissing, Code: "1.000001", Name: "Thủ tục thiếu", URL: srv.URL + "/thu-tuc"},
		{Portal: "p", Kind: KindBroken, URL: srv.URL + "/tt/9.999999", SourceURL: srv.URL + "/thu-tuc"},
		{Portal: "p", Kind: KindObsolete, Code: "2.000567", URL: srv.URL + "/tt/2.000567#top"},
		{Portal: "p", Kind: KindIncomplete, Code: "3.000001", URL: srv.URL + "/never-fetched"},
	}
	require.NoError(t, rec.WriteManifest(findings))
	require.NoError(t, rec.Close(), "Close after WriteManifest is a no-op")
	return dir, srv.URL, bodies
}

func TestRecorderPassesResponsesThrough(t *testing.T) {
	_, _, bodies := makePack(t)
	assert.Contains(t, bodies["/thu-tuc"], "Trợ cấp mai táng phí")
	assert.Len(t, bodies["/big"], 3000, "a body longer than the WARC cap still reaches the caller whole")
	assert.Equal(t, "got page=2", bodies["/form"], "a request body still reaches the server")
	assert.Contains(t, bodies["/tt/9.999999"], "404")
}

// TestWARCRereadByGowarc reads the WARC back with the library, strictly,
// and checks every record's digests, independently of Verify.
func TestWARCRereadByGowarc(t *testing.T) {
	dir, base, _ := makePack(t)
	m, err := ReadManifest(dir)
	require.NoError(t, err)
	require.Len(t, m.WARCFiles, 1)
	gowarcMu.Lock()
	rd, err := gowarc.NewWarcFileReader(filepath.Join(dir, m.WARCFiles[0]), 0, gowarc.WithStrictValidation())
	gowarcMu.Unlock()
	require.NoError(t, err)
	defer rd.Close()
	types := map[string]int{}
	statuses := map[string]int{}
	var truncated string
	for r, err := range rd.Records() {
		require.NoError(t, err)
		wr := r.WarcRecord
		require.Empty(t, r.Validation, "record %s", wr.RecordId())
		require.True(t, wr.WarcHeader().Has(gowarc.WarcBlockDigest), "every record has a block digest")
		v, err := wr.ValidateDigest()
		require.NoError(t, err, "record %s", wr.RecordId())
		require.Empty(t, v)
		types[wr.Type().String()]++
		if wr.Type() == gowarc.Response {
			require.True(t, wr.WarcHeader().Has(gowarc.WarcPayloadDigest), "responses have a payload digest")
			blk, ok := wr.Block().(gowarc.HttpResponseBlock)
			require.True(t, ok)
			target := strings.TrimPrefix(wr.WarcHeader().Get(gowarc.WarcTargetURI), base)
			statuses[target] = blk.HttpStatusCode()
			if wr.WarcHeader().Has(gowarc.WarcTruncated) {
				truncated = target
			}
			assert.NotEmpty(t, wr.WarcHeader().Get(gowarc.WarcConcurrentTo))
			assert.Equal(t, "127.0.0.1", wr.WarcHeader().Get(gowarc.WarcIPAddress))
		}
		wr.Close()
	}
	assert.Equal(t, map[string]int{"warcinfo": 1, "request": 6, "response": 6, "resource": 1, "conversion": 1}, types)
	assert.Equal(t, 404, statuses["/tt/9.999999"])
	assert.Equal(t, 200, statuses["/thu-tuc"])
	assert.Equal(t, "/big", truncated)
}

func TestManifestLinksFindings(t *testing.T) {
	dir, base, _ := makePack(t)
	m, err := ReadManifest(dir)
	require.NoError(t, err)
	require.Len(t, m.Findings, 5)
	byKind := map[string]LinkedFinding{}
	for _, f := range m.Findings {
		byKind[f.Kind] = f
	}
	found := byKind[KindFound]
	require.Len(t, found.Records, 1)
	assert.Equal(t, base+"/tt/1.001234", found.Records[0].TargetURI)
	assert.Equal(t, 200, found.Records[0].Status)

	missing := byKind[KindMissing]
	require.Len(t, missing.Records, 1, "a missing procedure links the listing page")
	require.NotNil(t, missing.Screenshot)
	assert.True(t, strings.HasPrefix(missing.Screenshot.Path, "screenshots/"))
	require.NotNil(t, missing.Rendered)
	assert.Equal(t, "conversion", missing.Rendered.Type)

	broken := byKind[KindBroken]
	require.Len(t, broken.Records, 2, "the broken page and the listing that links it")
	assert.Equal(t, 404, broken.Records[0].Status)

	assert.Len(t, byKind[KindObsolete].Records, 1, "a fragment does not hide the record")
	assert.Empty(t, byKind[KindIncomplete].Records)
	assert.NotEmpty(t, byKind[KindIncomplete].Note)

	var paths []string
	for _, f := range m.Files {
		paths = append(paths, f.Path)
		assert.Len(t, f.SHA256, 64)
	}
	assert.Contains(t, paths, m.WARCFiles[0])
	assert.Contains(t, paths, missing.Screenshot.Path)
	shot, err := os.ReadFile(filepath.Join(dir, missing.Screenshot.Path))
	require.NoError(t, err)
	assert.Equal(t, pngBytes, shot)
}

func TestVerify(t *testing.T) {
	dir, _, _ := makePack(t)
	s, err := Verify(dir)
	require.NoError(t, err)
	assert.Equal(t, 15, s.Records)
	assert.Equal(t, 5, s.Findings)
	assert.Equal(t, 4, s.Linked)
	assert.Equal(t, 2, s.Screenshots, "the missing finding and the broken link both point at the listing")
	assert.Equal(t, 2, s.Files)
	assert.Greater(t, s.Digests, s.Records, "responses and requests have payload digests too")
	assert.Empty(t, s.Unlisted)
}

func TestVerifyFailsOnTamperedPack(t *testing.T) {
	warcOf := func(t *testing.T, dir string) string {
		m, err := ReadManifest(dir)
		require.NoError(t, err)
		return filepath.Join(dir, m.WARCFiles[0])
	}
	tests := []struct {
		name   string
		tamper func(t *testing.T, dir string)
		want   string
	}{
		{"byte flipped in the WARC", func(t *testing.T, dir string) {
			p := warcOf(t, dir)
			b, err := os.ReadFile(p)
			require.NoError(t, err)
			b[len(b)/2] ^= 0x01
			require.NoError(t, os.WriteFile(p, b, 0o644))
		}, "tthcaudit-"},
		{"screenshot edited", func(t *testing.T, dir string) {
			m, err := ReadManifest(dir)
			require.NoError(t, err)
			for _, f := range m.Findings {
				if f.Screenshot != nil {
					p := filepath.Join(dir, f.Screenshot.Path)
					require.NoError(t, os.WriteFile(p, append(pngBytes, 0), 0o644))
				}
			}
		}, "screenshots/"},
		{"page rewritten and manifest hash updated", func(t *testing.T, dir string) {
			// A careful forger rewrites a page inside the WARC (same
			// length) and fixes the file hash in the manifest: the
			// record digests still tell.
			p := warcOf(t, dir)
			zr, err := gzip.NewReader(must(os.Open(p)))
			require.NoError(t, err)
			plain, err := io.ReadAll(zr)
			require.NoError(t, err)
			forged := bytes.Replace(plain, []byte("mai táng phí"), []byte("mai tăng phí"), 1)
			require.NotEqual(t, plain, forged)
			require.Equal(t, len(plain), len(forged))
			require.NoError(t, os.WriteFile(p, forged, 0o644))
			m, err := ReadManifest(dir)
			require.NoError(t, err)
			sum, size, err := hashFile(p)
			require.NoError(t, err)
			for i := range m.Files {
				if filepath.Join(dir, m.Files[i].Path) == p {
					m.Files[i].SHA256, m.Files[i].Size = sum, size
				}
			}
			data, err := json.Marshal(m)
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(filepath.Join(dir, ManifestName), data, 0o644))
		}, "digest"},
		{"manifest removed", func(t *testing.T, dir string) {
			require.NoError(t, os.Remove(filepath.Join(dir, ManifestName)))
		}, "manifest"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir, _, _ := makePack(t)
			_, err := Verify(dir)
			require.NoError(t, err)
			tc.tamper(t, dir)
			_, err = Verify(dir)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestRecorderAfterClose(t *testing.T) {
	dir := t.TempDir()
	rec, err := NewRecorder(dir, nil)
	require.NoError(t, err)
	require.NoError(t, rec.WriteManifest(nil))
	rec.AddScreenshot("http://x/", pngBytes)
	err = rec.Close()
	require.Error(t, err, "recording after the manifest is reported")
	_, err = Verify(dir)
	require.NoError(t, err, "an empty pack verifies")
}

func TestNewRecorderErrors(t *testing.T) {
	_, err := NewRecorder("", nil)
	require.Error(t, err)
	f := filepath.Join(t.TempDir(), "file")
	require.NoError(t, os.WriteFile(f, nil, 0o644))
	_, err = NewRecorder(f, nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), f)
}

type failing struct{}

func (failing) RoundTrip(*http.Request) (*http.Response, error) { return nil, errors.New("refused") }

func TestTransportErrorPassesThrough(t *testing.T) {
	rec, err := NewRecorder(t.TempDir(), failing{})
	require.NoError(t, err)
	_, err = (&http.Client{Transport: rec}).Get("http://127.0.0.1:1/")
	require.ErrorContains(t, err, "refused")
	require.NoError(t, rec.Close())
}

func TestFindingsFromReport(t *testing.T) {
	rep := &verdict.Report{Portals: []verdict.Verdict{verdict.Verdict{
		ID: "tri-ton", URL: "https://p.example/tthc",
	}.With(verdict.KindFound, []verdict.Finding{{Code: "1.001234", Name: "A", URL: "https://p.example/a"}}...).With(verdict.KindMissing, []verdict.Finding{{Code: "1.000002", Name: "B"}}...).With(verdict.KindObsolete, []verdict.Finding{{Code: "1.000003", Name: "C", URL: "https://p.example/c"}}...).With(verdict.KindBroken, []verdict.Finding{{URL: "https://p.example/x", Status: 404, From: "https://p.example/tthc"}}...).With(verdict.KindIncomplete, []verdict.Finding{{Code: "1.001234", URL: "https://p.example/a"}}...)}}
	got := FindingsFromReport(rep)
	assert.Equal(t, []Finding{
		{Portal: "tri-ton", Kind: KindFound, Code: "1.001234", Name: "A", URL: "https://p.example/a"},
		{Portal: "tri-ton", Kind: KindMissing, Code: "1.000002", Name: "B", URL: "https://p.example/tthc"},
		{Portal: "tri-ton", Kind: KindObsolete, Code: "1.000003", Name: "C", URL: "https://p.example/c"},
		{Portal: "tri-ton", Kind: KindBroken, URL: "https://p.example/x", SourceURL: "https://p.example/tthc"},
		{Portal: "tri-ton", Kind: KindIncomplete, Code: "1.001234", URL: "https://p.example/a"},
	}, got)
	assert.Nil(t, FindingsFromReport(nil))
}

// TestBodyNotReadIsRecordedTruncated: a body the caller drops (a file the
// crawler skips) or leaves open is recorded with what was read, marked.
func TestBodyNotReadIsRecordedTruncated(t *testing.T) {
	srv := portal(t)
	dir := t.TempDir()
	rec, err := NewRecorder(dir, nil)
	require.NoError(t, err)
	c := &http.Client{Transport: rec}
	dropped, err := c.Get(srv.URL + "/big")
	require.NoError(t, err)
	dropped.Body.Close()
	open, err := c.Get(srv.URL + "/thu-tuc")
	require.NoError(t, err)
	_ = open // left open: Close writes it
	require.NoError(t, rec.WriteManifest(nil))
	require.Len(t, rec.Records(srv.URL+"/big"), 1)
	require.Len(t, rec.Records(srv.URL+"/thu-tuc"), 1)
	_, err = Verify(dir)
	require.NoError(t, err)

	m, err := ReadManifest(dir)
	require.NoError(t, err)
	gowarcMu.Lock()
	rd, err := gowarc.NewWarcFileReader(filepath.Join(dir, m.WARCFiles[0]), 0)
	gowarcMu.Unlock()
	require.NoError(t, err)
	defer rd.Close()
	truncated := map[string]string{}
	for r, err := range rd.Records() {
		require.NoError(t, err)
		if r.WarcRecord.Type() == gowarc.Response {
			truncated[strings.TrimPrefix(r.WarcRecord.WarcHeader().Get(gowarc.WarcTargetURI), srv.URL)] = r.WarcRecord.WarcHeader().Get(gowarc.WarcTruncated)
		}
		r.Close()
	}
	assert.Equal(t, map[string]string{"/big": "disconnect", "/thu-tuc": "disconnect"}, truncated)
}
