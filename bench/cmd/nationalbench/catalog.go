package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"hash/fnv"
	"os"
	"strings"
)

// proc is one procedure of the generated national catalogue.
type proc struct {
	Code, Name, Field, Levels, Agency string
	Abolished                         bool
}

// fields are the fields (lĩnh vực) a provincial catalogue groups its
// procedures under; the generated catalogue spreads procedures over them.
var fields = []string{
	"Người có công", "Hộ tịch", "Chứng thực", "Đất đai", "Xây dựng",
	"Giáo dục và Đào tạo", "Y tế", "Lao động, tiền lương", "Bảo trợ xã hội",
	"Thành lập và hoạt động doanh nghiệp", "Văn hóa", "Thể dục, thể thao", "Du lịch",
	"Đường bộ", "Tài nguyên nước", "Môi trường", "Trồng trọt", "Thủy sản",
	"Hòa giải ở cơ sở", "Tôn giáo Chính phủ", "Lưu thông hàng hóa trong nước",
	"Khoa học và Công nghệ", "Báo chí", "Quản lý công sản", "Đầu tư tại Việt Nam",
}

// agencies are the agencies that carry out procedures, one per level.
var agencies = map[string]string{
	"Cấp Tỉnh":  "Sở %s tỉnh An Giang",
	"Cấp Huyện": "Ủy ban nhân dân cấp huyện",
	"Cấp Xã":    "Ủy ban nhân dân cấp xã",
}

// variantSuffixes turn a real name into the name of the same procedure
// carried out at another level, as the national list spells such pairs.
var variantSuffixes = []string{" cấp xã", " cấp huyện", " cấp tỉnh", " (liên thông)"}

// hash32 is a stable hash for deterministic choices.
func hash32(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

// buildCatalog reads the real national list (2,929 procedures) and adds
// variants (same name with a level suffix, under a new code) until it holds
// at least want procedures. About 3% are marked abolished.
func buildCatalog(csvPath string, want int) ([]proc, error) {
	f, err := os.Open(csvPath)
	if err != nil {
		return nil, fmt.Errorf("national list: %w (run from the module root, or pass -procedures)", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", csvPath, err)
	}
	if len(rows) < 2 {
		return nil, fmt.Errorf("%s: no procedures", csvPath)
	}
	used := map[string]bool{}
	var out []proc
	add := func(code, name string) {
		h := hash32(code)
		field := fields[h%uint32(len(fields))]
		var levels string
		switch h % 7 {
		case 0, 1:
			levels = "Cấp Tỉnh"
		case 2, 3:
			levels = "Cấp Huyện"
		case 4, 5:
			levels = "Cấp Xã"
		default:
			levels = "Cấp Tỉnh, Cấp Huyện"
		}
		first := strings.SplitN(levels, ",", 2)[0]
		agency := agencies[first]
		if strings.Contains(agency, "%s") {
			agency = fmt.Sprintf(agency, field)
		}
		used[code] = true
		out = append(out, proc{Code: code, Name: name, Field: field, Levels: levels, Agency: agency, Abolished: h%33 == 0})
	}
	real := rows[1:]
	for _, r := range real {
		if len(r) < 2 || used[r[0]] {
			continue
		}
		add(r[0], r[1])
	}
	for round := 0; len(out) < want && round < len(variantSuffixes); round++ {
		for _, r := range real {
			if len(out) >= want {
				break
			}
			// A fresh code in the 2.9xxxxx range, which the real list
			// does not use for these numbers.
			code := fmt.Sprintf("2.%06d", 900000-round*30000-len(out))
			if used[code] {
				continue
			}
			add(code, r[1]+variantSuffixes[round])
		}
	}
	if len(out) < want {
		return nil, fmt.Errorf("catalogue: only %d procedures, %d wanted", len(out), want)
	}
	return out, nil
}

// catalogCSV renders the catalogue in the contract's columns.
func catalogCSV(ps []proc) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	_ = w.Write([]string{"Mã TTHC", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện", "Cơ quan thực hiện", "Trạng thái"})
	for _, p := range ps {
		st := "Còn hiệu lực"
		if p.Abolished {
			st = "Đã bãi bỏ"
		}
		_ = w.Write([]string{p.Code, p.Name, p.Field, p.Levels, p.Agency, st})
	}
	w.Flush()
	return b.Bytes()
}
