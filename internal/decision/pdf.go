package decision

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Options say which programs read PDFs; the zero value finds them on PATH.
type Options struct {
	// Pdftotext, Pdftoppm, Pdfimages (all poppler-utils) and Tesseract
	// are the programs' paths (default: the names, looked up on PATH).
	Pdftotext, Pdftoppm, Pdfimages, Tesseract string
	// OCRLang is Tesseract's language (default "vie").
	OCRLang string
	// DPI is the resolution pages are rasterised at for OCR (default 200,
	// where Tesseract reads a table page in a few seconds).
	DPI int
	// Workers is how many pages are recognised at once (default: the
	// number of CPUs).
	Workers int
}

func (o Options) withDefaults() Options {
	if o.Pdftotext == "" {
		o.Pdftotext = "pdftotext"
	}
	if o.Pdftoppm == "" {
		o.Pdftoppm = "pdftoppm"
	}
	if o.Pdfimages == "" {
		o.Pdfimages = "pdfimages"
	}
	if o.Tesseract == "" {
		o.Tesseract = "tesseract"
	}
	if o.OCRLang == "" {
		o.OCRLang = "vie"
	}
	if o.DPI == 0 {
		o.DPI = 200
	}
	if o.Workers <= 0 {
		o.Workers = runtime.NumCPU()
	}
	return o
}

// Read reads a decision file: .pdf (text layer, or OCR for pages without
// one) or .docx.
func Read(ctx context.Context, path string, o Options) (*Decision, error) {
	o = o.withDefaults()
	switch strings.ToLower(filepath.Ext(path)) {
	case ".pdf":
		blocks, err := pdfBlocks(ctx, path, o)
		if err != nil {
			return nil, err
		}
		return Parse(path, blocks)
	case ".docx":
		blocks, err := docxBlocks(path)
		if err != nil {
			return nil, err
		}
		return Parse(path, blocks)
	case ".doc":
		return nil, errf(path, 0, "định dạng .doc cũ không được hỗ trợ: mở bằng Word/LibreOffice và lưu thành .docx hoặc PDF (the old .doc format is not supported: save it as .docx or PDF)")
	}
	return nil, errf(path, 0, "không phải quyết định .pdf hay .docx (not a .pdf or .docx decision)")
}

// minPageText is the least text (letters and digits) a page's text layer
// must hold to be read as text; less means a scanned page (a scan often
// carries a stray page number or nothing at all).
const minPageText = 20

// pdfBlocks extracts the text of every page with pdftotext -layout, and
// recognises the pages without a text layer with Tesseract.
func pdfBlocks(ctx context.Context, path string, o Options) ([]Block, error) {
	head := make([]byte, 5)
	if f, err := os.Open(path); err != nil {
		return nil, errf(path, 0, "không mở được tệp (cannot open the file: %v)", err)
	} else {
		n, _ := f.Read(head)
		f.Close()
		if n < 5 || string(head) != "%PDF-" {
			return nil, errf(path, 0, "tệp không phải PDF dù có đuôi .pdf (the file is not a PDF although it ends in .pdf)")
		}
	}
	if _, err := exec.LookPath(o.Pdftotext); err != nil {
		return nil, errf(path, 0, "chưa cài pdftotext để đọc PDF: cài gói Debian poppler-utils (apt-get install poppler-utils) (pdftotext is not installed: install the Debian package poppler-utils)")
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, o.Pdftotext, "-layout", "-enc", "UTF-8", path, "-")
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		msg := stderr.String()
		if strings.Contains(msg, "Incorrect password") || strings.Contains(strings.ToLower(msg), "encrypt") {
			return nil, errf(path, 0, "tệp PDF có mật khẩu (mã hoá), không đọc được: xin cơ quan ban hành bản không đặt mật khẩu, hoặc in lại thành PDF không mật khẩu (the PDF is encrypted with a password: ask for a copy without one)")
		}
		return nil, errf(path, 0, "pdftotext không đọc được tệp, có thể tệp hỏng: %s (pdftotext cannot read the file, it may be damaged)", strings.TrimSpace(firstLine(msg)))
	}
	pages := strings.Split(stdout.String(), "\f")
	if n := len(pages); n > 1 && strings.TrimSpace(pages[n-1]) == "" {
		pages = pages[:n-1]
	}
	var scanned []int
	for i, p := range pages {
		if letters(p) < minPageText {
			scanned = append(scanned, i)
		}
	}
	ocr := make([]bool, len(pages))
	if len(scanned) > 0 {
		texts, err := recognise(ctx, path, scanned, o)
		if err != nil {
			return nil, err
		}
		for k, i := range scanned {
			pages[i] = texts[k]
			ocr[i] = true
		}
	}
	return layoutBlocks(pages, ocr), nil
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// ocrMissing says which Debian packages a scan needs.
func ocrMissing(path string, page int, what string) error {
	return errf(path, page, "trang không có lớp chữ (bản scan hoặc ảnh) mà máy chưa có %s để nhận dạng chữ: cài gói Debian tesseract-ocr tesseract-ocr-vie (apt-get install tesseract-ocr tesseract-ocr-vie) rồi chạy lại (the page is a scan with no text layer and OCR is not available: install the Debian packages tesseract-ocr and tesseract-ocr-vie)", what)
}

// recognise rasterises the given pages (0-based) and reads them with
// Tesseract, several pages at once, returning layout text per page.
func recognise(ctx context.Context, path string, pages []int, o Options) ([]string, error) {
	if err := ocrCheck(ctx, path, pages[0]+1, o); err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp("", "tthcaudit-ocr-")
	if err != nil {
		return nil, fmt.Errorf("OCR: %w", err)
	}
	defer os.RemoveAll(tmp)

	out := make([]string, len(pages))
	errs := make([]error, len(pages))
	sem := make(chan struct{}, o.Workers)
	var wg sync.WaitGroup
	for k, i := range pages {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			out[k], errs[k] = recognisePage(ctx, path, i+1, tmp, o)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}

// OCRAvailable reports whether scanned decisions can be read here:
// pdftoppm, Tesseract and its Vietnamese model. The error names the Debian
// packages to install.
func OCRAvailable(o Options) error {
	return ocrCheck(context.Background(), "OCR", 0, o.withDefaults())
}

func ocrCheck(ctx context.Context, path string, page int, o Options) error {
	if _, err := exec.LookPath(o.Tesseract); err != nil {
		return ocrMissing(path, page, "Tesseract")
	}
	if _, err := exec.LookPath(o.Pdftoppm); err != nil {
		return errf(path, page, "trang là bản scan mà chưa cài pdftoppm: cài gói Debian poppler-utils (the page is a scan and pdftoppm is not installed: install poppler-utils)")
	}
	langs, _ := exec.CommandContext(ctx, o.Tesseract, "--list-langs").CombinedOutput()
	if !hasLine(string(langs), o.OCRLang) {
		return ocrMissing(path, page, "dữ liệu tiếng Việt của Tesseract ("+o.OCRLang+")")
	}
	return nil
}

func hasLine(s, want string) bool {
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) == want {
			return true
		}
	}
	return false
}

func recognisePage(ctx context.Context, path string, page int, tmp string, o Options) (string, error) {
	img, err := pageImage(ctx, path, page, tmp, o)
	if err != nil {
		return "", err
	}
	defer os.Remove(img)
	var tsv, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, o.Tesseract, img, "stdout", "-l", o.OCRLang, "tsv")
	// Pages run in parallel: one thread each keeps Tesseract's OpenMP
	// from fighting itself over the cores.
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	cmd.Stdout, cmd.Stderr = &tsv, &stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return "", ctx.Err()
		}
		return "", errf(path, page, "Tesseract không nhận dạng được trang: %s (Tesseract failed on the page)", firstLine(stderr.String()))
	}
	return TSVLayout(tsv.String()), nil
}

// pageImage returns an image of the page for OCR. A scanned page is one
// image: pdfimages takes it out as scanned, with no resampling, which is
// much faster than rendering and keeps the scanner's resolution whatever
// page size the PDF declares. Any other page is rendered by pdftoppm at
// o.DPI.
func pageImage(ctx context.Context, path string, page int, tmp string, o Options) (string, error) {
	n := strconv.Itoa(page)
	base := filepath.Join(tmp, "p"+n)
	if _, err := exec.LookPath(o.Pdfimages); err == nil {
		cmd := exec.CommandContext(ctx, o.Pdfimages, "-f", n, "-l", n, path, base+"-img")
		if cmd.Run() == nil {
			imgs, _ := filepath.Glob(base + "-img-*")
			if len(imgs) == 1 {
				if fi, err := os.Stat(imgs[0]); err == nil && fi.Size() > minScanBytes {
					return imgs[0], nil
				}
			}
			for _, f := range imgs {
				os.Remove(f)
			}
		}
	}
	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, o.Pdftoppm, "-r", strconv.Itoa(o.DPI), "-gray", "-png", "-f", n, "-l", n, "-singlefile", path, base)
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return "", ctx.Err()
		}
		return "", errf(path, page, "pdftoppm không dựng được ảnh trang: %s (pdftoppm cannot render the page)", firstLine(stderr.String()))
	}
	return base + ".png", nil
}

// minScanBytes tells a page-sized scan from a logo or stamp: an uncompressed
// A4 page at 100 dpi in grey is about 1 MB.
const minScanBytes = 500 << 10

// word is one word of Tesseract's TSV output.
type word struct {
	block, par, line int
	left, top, w, h  int
	text             string
	x, y             float64 // centre, y corrected for skew
}

// TSVLayout rebuilds layout text, like pdftotext -layout gives, from
// Tesseract's TSV: the words' boxes are straightened by the page's skew,
// grouped into lines by height and placed at the column their left edge
// stands at, so that the table reader finds the columns it finds in a text
// PDF. Table rules recognised as "|" are dropped.
func TSVLayout(tsv string) string {
	var ws []word
	for _, l := range strings.Split(tsv, "\n") {
		f := strings.Split(l, "\t")
		if len(f) < 12 || f[0] != "5" {
			continue
		}
		text := strings.TrimSpace(f[11])
		text = strings.Trim(text, "|¦")
		if text == "" || strings.Trim(text, "|_—-–.,:;'\"`") == "" && len(text) < 3 {
			continue
		}
		atoi := func(s string) int { v, _ := strconv.Atoi(s); return v }
		ws = append(ws, word{block: atoi(f[2]), par: atoi(f[3]), line: atoi(f[4]),
			left: atoi(f[6]), top: atoi(f[7]), w: atoi(f[8]), h: atoi(f[9]), text: text})
	}
	if len(ws) == 0 {
		return ""
	}
	// Character width and line height: medians over the words.
	var cw, hs []float64
	for _, w := range ws {
		if n := utf8.RuneCountInString(w.text); n >= 3 {
			cw = append(cw, float64(w.w)/float64(n))
		}
		hs = append(hs, float64(w.h))
	}
	charW := median(cw)
	if charW <= 0 {
		charW = 10
	}
	lineH := median(hs)
	// Skew: the median slope of Tesseract's own lines.
	type key struct{ b, p, l int }
	lines := map[key][]int{}
	for i, w := range ws {
		k := key{w.block, w.par, w.line}
		lines[k] = append(lines[k], i)
	}
	var slopes []float64
	for _, idx := range lines {
		if len(idx) < 3 {
			continue
		}
		a, b := ws[idx[0]], ws[idx[len(idx)-1]]
		dx := float64(b.left + b.w/2 - a.left - a.w/2)
		if dx > 200 {
			slopes = append(slopes, (float64(b.top)+float64(b.h)/2-float64(a.top)-float64(a.h)/2)/dx)
		}
	}
	slope := median(slopes)
	for i := range ws {
		w := &ws[i]
		w.x = float64(w.left) + float64(w.w)/2
		// The centre, not the bottom: a box OCR draws taller (a long code
		// with a stray mark) keeps its line.
		w.y = float64(w.top) + float64(w.h)/2 - slope*w.x
	}
	sort.SliceStable(ws, func(i, j int) bool { return ws[i].y < ws[j].y })
	var out strings.Builder
	var cur []word
	lastY := math.Inf(-1)
	flush := func() {
		if len(cur) == 0 {
			return
		}
		sort.Slice(cur, func(i, j int) bool { return cur[i].left < cur[j].left })
		col := 0
		for i, w := range cur {
			// A word close to the one before continues its phrase (one
			// space); a wider gap is a column gap (two spaces or more),
			// and the word stands at the column its left edge gives, so
			// that wrapped lines of a cell line up under its first line.
			want := int(math.Round(float64(w.left) / charW))
			if i > 0 {
				prev := cur[i-1]
				if float64(w.left-prev.left-prev.w) < 0.9*charW {
					want = col + 1
				} else if want < col+2 {
					want = col + 2
				}
			}
			out.WriteString(strings.Repeat(" ", want-col))
			out.WriteString(w.text)
			col = want + utf8.RuneCountInString(w.text)
		}
		out.WriteByte('\n')
		cur = cur[:0]
	}
	for _, w := range ws {
		if w.y-lastY > lineH*0.6 {
			flush()
			// A gap of more than a line and a half is a row's padding or
			// a paragraph break: a blank line, as pdftotext writes.
			if lastY > math.Inf(-1) && w.y-lastY > lineH*2.2 {
				out.WriteByte('\n')
			}
			lastY = w.y
		}
		cur = append(cur, w)
	}
	flush()
	return out.String()
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[len(s)/2]
}
