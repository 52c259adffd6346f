package reports

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/evidence"
	"github.com/tthcaudit/tthcaudit/internal/msg"
)

// EvidenceSummary prints what `evidence verify` checked of an intact pack.
func EvidenceSummary(w io.Writer, dir string, s evidence.Summary, l msg.Lang) {
	types := make([]string, 0, len(s.RecordsByType))
	for t, n := range s.RecordsByType {
		types = append(types, fmt.Sprintf("%s %d", t, n))
	}
	sort.Strings(types)
	if l == msg.English {
		fmt.Fprintf(w, "Evidence pack %s: intact\n", dir)
		fmt.Fprintf(w, "  files checked: %d; WARC files: %s\n", s.Files, strings.Join(s.WARCFiles, ", "))
		fmt.Fprintf(w, "  WARC records: %d (%s); digests checked: %d\n", s.Records, strings.Join(types, ", "), s.Digests)
		fmt.Fprintf(w, "  findings: %d (%d with records), screenshots: %d\n", s.Findings, s.Linked, s.Screenshots)
		if len(s.Unlisted) > 0 {
			fmt.Fprintf(w, "  files not in the manifest (added later, not covered): %s\n", strings.Join(s.Unlisted, ", "))
		}
		return
	}
	fmt.Fprintf(w, "Gói tài liệu kiểm chứng %s: nguyên vẹn\n", dir)
	fmt.Fprintf(w, "  số tệp đã kiểm: %d; tệp WARC: %s\n", s.Files, strings.Join(s.WARCFiles, ", "))
	fmt.Fprintf(w, "  bản ghi WARC: %d (%s); mã băm đã kiểm: %d\n", s.Records, strings.Join(types, ", "), s.Digests)
	fmt.Fprintf(w, "  phát hiện: %d (%d có bản ghi), ảnh chụp: %d\n", s.Findings, s.Linked, s.Screenshots)
	if len(s.Unlisted) > 0 {
		fmt.Fprintf(w, "  tệp không có trong manifest (thêm vào sau, không được bảo đảm): %s\n", strings.Join(s.Unlisted, ", "))
	}
}
