package render

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// procedure is one entry of the fixture's API.
type procedure struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// fixtureProcedures are the first 25 procedures of the real "Người có
// công" list, NFC (the browser's DOM text is what the test compares).
func fixtureProcedures(t testing.TB) []procedure {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "testdata", "dvcqg", "nguoi-co-cong.csv"))
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	require.Greater(t, len(rows), 26)
	var out []procedure
	for _, r := range rows[1:26] {
		out = append(out, procedure{Code: r[0], Name: norm.NFC.String(r[1])})
	}
	return out
}

// spaPortal serves the fixture single-page portal: the shell at /tthc,
// its script, the paginated API, robots.txt, a 404 and a page whose API
// never answers (for cancellation).
type spaPortal struct {
	*httptest.Server
	procs       []procedure
	robotsHits  atomic.Int64
	apiHits     atomic.Int64
	shellHits   atomic.Int64
	gridPosts   atomic.Int64
	sizedHits   atomic.Int64
	hangRelease chan struct{}
}

const perPage = 10

func newSPAPortal(t testing.TB) *spaPortal {
	t.Helper()
	p := &spaPortal{procs: fixtureProcedures(t), hangRelease: make(chan struct{})}
	shell, err := os.ReadFile(filepath.Join("testdata", "spa", "index.html"))
	require.NoError(t, err)
	app, err := os.ReadFile(filepath.Join("testdata", "spa", "app.js"))
	require.NoError(t, err)
	mux := http.NewServeMux()
	mux.HandleFunc("/tthc", func(w http.ResponseWriter, r *http.Request) {
		p.shellHits.Add(1)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(shell)
	})
	mux.HandleFunc("/static/app.js", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/javascript")
		w.Write(app)
	})
	mux.HandleFunc("/api/procedures", func(w http.ResponseWriter, r *http.Request) {
		p.apiHits.Add(1)
		page, _ := strconv.Atoi(r.URL.Query().Get("page"))
		size, _ := strconv.Atoi(r.URL.Query().Get("size"))
		if size <= 0 {
			size = perPage
		}
		if size != perPage {
			p.sizedHits.Add(1)
		}
		pages := (len(p.procs) + size - 1) / size
		if page < 1 || page > pages {
			http.Error(w, "no such page", http.StatusNotFound)
			return
		}
		lo, hi := (page-1)*size, min(page*size, len(p.procs))
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"page": page, "pages": pages, "total": len(p.procs), "items": p.procs[lo:hi]})
	})
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		p.robotsHits.Add(1)
		fmt.Fprint(w, robotsTxt)
	})
	mux.HandleFunc("/hang", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<html><body><div id="app"></div><script>fetch('/hang-api').then(r => r.text()).then(t => document.getElementById('app').textContent = t)</script></body></html>`)
	})
	mux.HandleFunc("/hang-api", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-p.hangRelease:
		case <-r.Context().Done():
		case <-time.After(30 * time.Second):
		}
	})
	mux.HandleFunc("/xem-them", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, loadMorePage)
	})
	mux.HandleFunc("/v/", func(w http.ResponseWriter, r *http.Request) {
		body, ok := variants[strings.TrimPrefix(r.URL.Path, "/v/")]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Thủ tục hành chính</title></head><body><div id="app">%s</div></body></html>`, body)
	})
	mux.HandleFunc("/grid", func(w http.ResponseWriter, r *http.Request) {
		page := 1
		if r.Method == http.MethodPost {
			r.ParseForm()
			fmt.Sscanf(r.PostForm.Get("__EVENTARGUMENT"), "Page$%d", &page)
		}
		p.gridPosts.Add(int64(map[bool]int{true: 1}[r.Method == http.MethodPost]))
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		writeGrid(w, p.procs, page)
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprint(w, `<html><body><h1>Không tìm thấy trang</h1><script>document.body.insertAdjacentHTML('beforeend','<p id="js">404 từ script</p>')</script></body></html>`)
	})
	p.Server = httptest.NewServer(mux)
	t.Cleanup(func() {
		close(p.hangRelease)
		p.Close()
	})
	return p
}

// loadMorePage shows ten procedures and a "Xem thêm" button that appends
// ten more from the API until there are none, then goes away.
const loadMorePage = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Thủ tục</title></head>
<body><div id="app"></div><script>
var page = 0, app = document.getElementById('app');
app.innerHTML = '<table class="list"><tbody id="rows"></tbody></table><a href="#" id="more">Xem thêm</a>';
function more() {
  fetch('/api/procedures?page=' + (page + 1)).then(r => r.json()).then(d => {
    d.items.forEach(p => {
      var tr = document.createElement('tr');
      tr.innerHTML = '<td class="code"></td><td class="name"></td>';
      tr.children[0].textContent = p.code; tr.children[1].textContent = p.name;
      document.getElementById('rows').appendChild(tr);
    });
    page = d.page;
    if (page >= d.pages) document.getElementById('more').remove();
  });
}
document.getElementById('more').addEventListener('click', e => { e.preventDefault(); more(); });
more();
</script></body></html>`

// writeGrid writes one page of an ASP.NET-style grid: a form posted back by
// script, with numbered pager links and the current page as plain text.
func writeGrid(w io.Writer, procs []procedure, page int) {
	pages := (len(procs) + perPage - 1) / perPage
	fmt.Fprint(w, `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Danh mục thủ tục hành chính</title></head><body>
<form method="post" action="/grid" id="form1"><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET"><input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT">
<script>function __doPostBack(t, a) { var f = document.getElementById('form1'); f.__EVENTTARGET.value = t; f.__EVENTARGUMENT.value = a; f.submit(); }</script>
<table id="grid"><tbody><tr><th>Mã</th><th>Tên thủ tục</th></tr>`)
	lo, hi := (page-1)*perPage, min(page*perPage, len(procs))
	for _, p := range procs[lo:hi] {
		fmt.Fprintf(w, "<tr class=\"row\"><td>%s</td><td class=\"name\">%s</td></tr>\n", p.Code, html.EscapeString(p.Name))
	}
	fmt.Fprint(w, `</tbody></table><table class="pager"><tbody><tr>`)
	for i := 1; i <= pages; i++ {
		if i == page {
			fmt.Fprintf(w, "<td><span>%d</span></td>", i)
		} else {
			fmt.Fprintf(w, "<td><a href=\"javascript:__doPostBack('grid','Page$%d')\">%d</a></td>", i, i)
		}
	}
	fmt.Fprint(w, `</tr></tbody></table></form></body></html>`)
}

func newRequest(method, url string) (*http.Request, error) {
	return http.NewRequest(method, url, nil)
}

const robotsTxt = "User-agent: *\nDisallow: /admin\nDisallow: /thu-tuc/\n"

// variantCommon draws the API's page into #rows as table rows; each
// variant's draw() draws its pagination widget.
const variantCommon = `
var page = 1, pages = 3;
function rows(d) {
  var tb = document.getElementById('rows'); tb.innerHTML = '';
  d.items.forEach(p => { var tr = document.createElement('tr'); tr.innerHTML = '<td></td><td class="name"></td>'; tr.children[0].textContent = p.code; tr.children[1].textContent = p.name; tb.appendChild(tr); });
  page = d.page; pages = d.pages; draw();
}
function load(n) { fetch('/api/procedures?page=' + n).then(r => r.json()).then(rows); }
`

// variants are pagination widgets of common front-end kits, served at
// /v/NAME.
var variants = map[string]string{
	// A rows-per-page select beside a field filter and a year select
	// that must be left alone.
	"pagesize": `<select id="field"><option>Tất cả lĩnh vực</option><option>Người có công</option></select>
<select id="year"><option>2025</option><option>2020</option></select>
<table><tbody id="rows"></tbody></table><button id="nx">Trang sau</button>
<select id="size"><option value="10">10 / trang</option><option value="20">20 / trang</option><option value="50">50 / trang</option></select><script>` + variantCommon + `
var size = 10;
function load(n) { fetch('/api/procedures?page=' + n + '&size=' + size).then(r => r.json()).then(rows); }
function draw() { document.getElementById('nx').disabled = page >= pages; }
document.getElementById('nx').addEventListener('click', () => load(page + 1));
document.getElementById('size').addEventListener('change', e => { size = +e.target.value; load(1); });
document.getElementById('year').addEventListener('change', () => { document.getElementById('rows').innerHTML = ''; });
load(1);</script>`,
	// Ant Design: li[title="Next Page"] > button > svg, no text; numbered li > a without href.
	"antd": `<table><tbody id="rows"></tbody></table><ul class="ant-pagination" id="pg"></ul><script>` + variantCommon + `
function draw() {
  var ul = document.getElementById('pg'); ul.innerHTML = '';
  var prev = document.createElement('li'); prev.title = 'Previous Page'; prev.className = 'ant-pagination-prev' + (page == 1 ? ' ant-pagination-disabled' : '');
  prev.innerHTML = '<button class="ant-pagination-item-link" type="button"><span role="img" aria-label="left" class="anticon"><svg width="10" height="10"><path d="M0 0L5 5"/></svg></span></button>';
  ul.appendChild(prev);
  for (let i = 1; i <= pages; i++) { var li = document.createElement('li'); li.title = String(i); li.className = 'ant-pagination-item' + (i == page ? ' ant-pagination-item-active' : ''); li.innerHTML = '<a rel="nofollow">' + i + '</a>'; li.onclick = () => load(i); ul.appendChild(li); }
  var next = document.createElement('li'); next.title = 'Next Page'; next.className = 'ant-pagination-next' + (page == pages ? ' ant-pagination-disabled' : ''); next.setAttribute('aria-disabled', page == pages ? 'true' : 'false');
  next.innerHTML = '<button class="ant-pagination-item-link" type="button"' + (page == pages ? ' disabled' : '') + '><span role="img" aria-label="right" class="anticon"><svg width="10" height="10"><path d="M0 0L5 5"/></svg></span></button>';
  next.querySelector('button').onclick = () => { if (page < pages) load(page + 1); };
  ul.appendChild(next);
}
load(1);</script>`,
	// Bootstrap: a.page-link href="#" aria-label="Next" with », and the first li is a banner slider with › arrows.
	"bootstrap": `<div class="carousel"><button class="carousel-control-next" onclick="this.parentNode.dataset.n=(+this.parentNode.dataset.n||0)+1">›</button></div><table><tbody id="rows"></tbody></table><nav><ul class="pagination" id="pg"></ul></nav><script>` + variantCommon + `
function draw() {
  var ul = document.getElementById('pg'); ul.innerHTML = '';
  for (let i = 1; i <= pages; i++) ul.insertAdjacentHTML('beforeend', '<li class="page-item' + (i == page ? ' active' : '') + '"><a class="page-link" href="#" data-p="' + i + '">' + i + '</a></li>');
  ul.insertAdjacentHTML('beforeend', '<li class="page-item' + (page == pages ? ' disabled' : '') + '"><a class="page-link" href="#" aria-label="Next" data-p="' + (page + 1) + '"><span aria-hidden="true">»</span></a></li>');
  ul.querySelectorAll('a').forEach(a => a.addEventListener('click', e => { e.preventDefault(); if (!a.parentNode.classList.contains('disabled')) load(+a.dataset.p); }));
}
load(1);</script>`,
	// Numbered buttons only, current page marked by aria-current.
	"numbers": `<table><tbody id="rows"></tbody></table><div class="paging" id="pg"></div><script>` + variantCommon + `
function draw() {
  var d = document.getElementById('pg'); d.innerHTML = '';
  for (let i = 1; i <= pages; i++) { var b = document.createElement('button'); b.textContent = i; if (i == page) b.setAttribute('aria-current', 'page'); b.onclick = () => load(i); d.appendChild(b); }
}
load(1);</script>`,
	// Infinite scroll: more rows when the sentinel comes into view.
	"scroll": `<table><tbody id="rows"></tbody></table><div id="sentinel" style="height:10px"></div><script>
var page = 0, pages = 3, busy = false;
function more() {
  if (busy || page >= pages) return; busy = true;
  fetch('/api/procedures?page=' + (page + 1)).then(r => r.json()).then(d => {
    d.items.forEach(p => { var tr = document.createElement('tr'); tr.innerHTML = '<td></td><td class="name" style="height:120px"></td>'; tr.children[0].textContent = p.code; tr.children[1].textContent = p.name; document.getElementById('rows').appendChild(tr); });
    page = d.page; busy = false;
  });
}
new IntersectionObserver(es => { if (es[0].isIntersecting) more(); }).observe(document.getElementById('sentinel'));
</script>`,
}
