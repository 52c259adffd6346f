package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/crawler"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

func TestPublicationByLink(t *testing.T) {
	withID := func(p catalog.Procedure, id string) catalog.Procedure { p.RecordID = id; return p }
	visit := withID(proc("1.010829", "Hỗ trợ tiền thăm viếng mộ liệt sĩ, di chuyển hài cốt liệt sĩ", "Người có công", catalog.LevelXa), "019d-aaa")
	birth := withID(proc("1.001193", "Đăng ký khai sinh", "Hộ tịch", catalog.LevelXa), "019d-bbb")
	land := proc("1.000045", "Đăng ký biến động quyền sử dụng đất", "Đất đai", catalog.LevelTinh)
	cat := catalog.New("c.csv", []catalog.Procedure{visit, birth, land})
	const page = "https://xa.example.gov.vn/tthc"
	link := func(text, href string) crawler.Entry {
		e := entry(text, page)
		e.DetailURL = href
		return e
	}
	tests := []struct {
		name       string
		accept     bool
		via        []string
		entries    []crawler.Entry
		missing    []string
		found      []string
		byLink     []string
		accepted   bool
		wrongLinks []string // code named → code linked
	}{
		{"by record id on the national portal, accepted", true, nil,
			[]crawler.Entry{link(birth.Name, "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d-bbb"), entry(visit.Name, page)},
			nil, []string{"1.001193", "1.010829"}, []string{"1.001193"}, true, nil},
		{"by link, not accepted: still missing", false, nil,
			[]crawler.Entry{link(birth.Name, "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d-bbb"), entry(visit.Name, page)},
			[]string{"1.001193"}, []string{"1.010829"}, []string{"1.001193"}, false, nil},
		{"old page by code", true, nil,
			[]crawler.Entry{link("Xem thủ tục", "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.010829.000.00.00.H01")},
			[]string{"1.001193"}, []string{"1.010829"}, []string{"1.010829"}, true, nil},
		{"a publish_via host", true, []string{"https://DichVuCong.AnGiang.gov.vn/"},
			[]crawler.Entry{link(visit.Name, "https://dichvucong.angiang.gov.vn/thu-tuc-hanh-chinh/1.010829")},
			[]string{"1.001193"}, []string{"1.010829"}, []string{"1.010829"}, true, nil},
		{"a host not named is an ordinary link", true, nil,
			[]crawler.Entry{link(visit.Name, "https://dichvucong.angiang.gov.vn/thu-tuc-hanh-chinh/1.010829")},
			[]string{"1.001193"}, []string{"1.010829"}, nil, false, nil},
		{"a link to another record is a finding", true, nil,
			[]crawler.Entry{link(visit.Name, "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d-bbb")},
			[]string{"1.001193", "1.010829"}, nil, nil, false, []string{"1.010829→1.001193"}},
		{"a record the catalogue does not know: the name stands", true, nil,
			[]crawler.Entry{link(visit.Name, "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d-zzz")},
			[]string{"1.001193"}, []string{"1.010829"}, []string{"1.010829"}, true, nil},
		{"a link by code to another procedure", true, nil,
			[]crawler.Entry{link(visit.Name, "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193")},
			[]string{"1.001193", "1.010829"}, nil, nil, false, []string{"1.010829→1.001193"}},
		{"a link naming nothing is the portal's own entry", false, nil,
			[]crawler.Entry{link(visit.Name, "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html")},
			[]string{"1.001193"}, []string{"1.010829"}, nil, false, nil},
		{"published on the portal too: not listed by link", true, nil,
			[]crawler.Entry{entry(birth.Name, page), link(birth.Name, "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d-bbb")},
			[]string{"1.010829"}, []string{"1.001193"}, nil, false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := config.Portal{ID: "xa", Level: "xa", URLs: []string{page}}
			v := Evaluate(Input{Portal: p, Catalog: cat, Crawl: loaded(tt.entries...), AcceptByLink: tt.accept, PublishVia: tt.via})
			assert.ElementsMatch(t, tt.missing, codesOfMissing(v), "missing")
			assert.ElementsMatch(t, tt.found, codesOfFound(v), "found")
			var by []string
			for _, f := range v.Of(verdict.KindByLink) {
				by = append(by, f.Code)
				assert.Equal(t, tt.accepted, f.Accepted)
			}
			assert.Equal(t, tt.byLink, by, "by link")
			var wrong []string
			for _, f := range v.Of(verdict.KindWrongLink) {
				wrong = append(wrong, f.Code+"→"+f.LinkedCode)
			}
			assert.Equal(t, tt.wrongLinks, wrong, "wrong links")
		})
	}
}
