#!/usr/bin/python3
"""Make the decision fixtures of internal/decision and the catalogue tests.

Run from the repository root with Debian's python3 (python3-reportlab,
python3-pil, img2pdf, poppler-utils, fonts-dejavu-core):

    /usr/bin/python3 testdata/decisions/make_decisions.py testdata/decisions
    /usr/bin/python3 testdata/decisions/make_decisions.py --bench DIR   # 60-page text, 10-page scan

Every decision follows the layout of a provincial "Quyết định công bố Danh
mục thủ tục hành chính": header (Số, place, date), articles (one gives the
entry into force), an annex with one table per part (new, amended, abolished),
section rows for the level (A. … CẤP TỈNH) and field (I. Lĩnh vực …).
The output is deterministic (fixed dates, no random state) so that
regenerating changes nothing.
"""
import io
import os
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

FONTS = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DejaVu", FONTS + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuB", FONTS + "DejaVuSerif-Bold.ttf"))

BODY = ParagraphStyle("body", fontName="DejaVu", fontSize=10, leading=13)
BOLD = ParagraphStyle("bold", parent=BODY, fontName="DejaVuB")
CENTER = ParagraphStyle("center", parent=BOLD, alignment=1)
CELL = ParagraphStyle("cell", fontName="DejaVu", fontSize=8, leading=10)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="DejaVuB")

PARTS = {
    "new": "1. Danh mục thủ tục hành chính mới ban hành",
    "amended": "2. Danh mục thủ tục hành chính được sửa đổi, bổ sung",
    "replaced": "2. Danh mục thủ tục hành chính được thay thế",
    "abolished": "3. Danh mục thủ tục hành chính bị bãi bỏ",
}
LEVELS = {"tinh": "CẤP TỈNH", "huyen": "CẤP HUYỆN", "xa": "CẤP XÃ"}
LETTERS = "ABC"
ROMAN = ["I", "II", "III", "IV", "V"]
AGENCY = {"tinh": "Sở Nội vụ", "huyen": "UBND cấp huyện", "xa": "UBND cấp xã"}


def date_words(d):
    day, month, year = d
    return f"ngày {day:02d} tháng {month:02d} năm {year}"


def decision_story(dec):
    """The header and articles, as (style, text) paragraphs."""
    d = dec["signed"]
    out = [
        ("center", "ỦY BAN NHÂN DÂN TỈNH AN GIANG"),
        ("body", f"Số: {dec['number']}"),
        ("body", f"{dec['place']}, {date_words(d)}"),
        ("center", "QUYẾT ĐỊNH"),
        ("center", "Về việc công bố Danh mục thủ tục hành chính"),
        ("body", "Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính "
                 "của tỉnh An Giang (chi tiết tại Phụ lục kèm theo)."),
    ]
    if dec.get("effective"):
        out.append(("body", "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày "
                    + dec["effective"] + "."))
    elif dec.get("no_date"):
        out.append(("body", "Điều 2. Quyết định này có hiệu lực thi hành theo quy định."))
    else:
        out.append(("body", "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký."))
    out.append(("body", "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, "
                "Chủ tịch Ủy ban nhân dân cấp xã chịu trách nhiệm thi hành Quyết định này."))
    return out


def annex_rows(dec):
    """The annex: (part heading, rows); a row is ("section", text) or
    ("proc", stt, code, name, deadline, basis, agency)."""
    parts = []
    for kind, levels in dec["parts"]:
        rows = []
        stt = 0
        for li, (level, fields) in enumerate(levels):
            rows.append(("section", f"{LETTERS[li]}. THỦ TỤC HÀNH CHÍNH {LEVELS[level]}"))
            for fi, (field, procs) in enumerate(fields):
                rows.append(("section", f"{ROMAN[fi]}. Lĩnh vực {field}"))
                for code, name in procs:
                    stt += 1
                    rows.append(("proc", str(stt), code, name, "05 ngày làm việc",
                                 "Nghị định số 131/2021/NĐ-CP ngày 30/12/2021 của Chính phủ",
                                 AGENCY[level]))
        parts.append((PARTS[kind], rows))
    return parts


HEAD = ["STT", "Mã số TTHC", "Tên thủ tục hành chính", "Thời hạn giải quyết",
        "Căn cứ pháp lý", "Cơ quan thực hiện"]
WIDTHS = [1.0 * cm, 3.6 * cm, 6.4 * cm, 2.2 * cm, 3.4 * cm, 2.4 * cm]


def build_pdf(dec, path, encrypt=None):
    styles = {"center": CENTER, "body": BODY, "bold": BOLD}
    story = [Paragraph(escape(t), styles[s]) for s, t in decision_story(dec)]
    story += [PageBreak(), Paragraph("PHỤ LỤC", CENTER),
              Paragraph(escape(f"DANH MỤC THỦ TỤC HÀNH CHÍNH (Kèm theo Quyết định số {dec['number']})"), CENTER),
              Spacer(1, 6)]
    for heading, rows in annex_rows(dec):
        story.append(Paragraph(escape(heading), BOLD))
        story.append(Spacer(1, 4))
        data = [[Paragraph(h, CELLB) for h in HEAD]]
        style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                 ("VALIGN", (0, 0), (-1, -1), "TOP")]
        for r in rows:
            if r[0] == "section":
                style.append(("SPAN", (0, len(data)), (-1, len(data))))
                data.append([Paragraph(escape(r[1]), CELLB), "", "", "", "", ""])
            else:
                data.append([Paragraph(escape(c), CELL) for c in r[1:]])
        story.append(Table(data, colWidths=WIDTHS, repeatRows=1, style=TableStyle(style)))
        story.append(Spacer(1, 8))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=1 * cm, rightMargin=1 * cm,
                            topMargin=1.5 * cm, bottomMargin=1.5 * cm, encrypt=encrypt,
                            invariant=1, title=dec["number"])
    doc.build(story)


def scan_pdf(src, dst, angle=0.4):
    """Rasterise src at 200 dpi, turn each page a little, as a scanner
    does, and bind the pages into an image-only PDF."""
    from PIL import Image
    import img2pdf
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", src, os.path.join(tmp, "p")], check=True)
        pages = []
        for name in sorted(os.listdir(tmp)):
            im = Image.open(os.path.join(tmp, name)).convert("L")
            im = im.rotate(angle, resample=Image.BILINEAR, expand=False, fillcolor=255)
            out = os.path.join(tmp, "s-" + name)
            im.save(out, optimize=True)
            pages.append(out)
        with open(dst, "wb") as f:
            # Pages of A4 at 200 dpi, as a scanner writes them.
            f.write(img2pdf.convert(pages, layout_fun=img2pdf.get_fixed_dpi_layout_fun((200, 200))))


# --- DOCX ------------------------------------------------------------------

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def para(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def cell(text, span=1, split=False):
    tcpr = f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>' if span > 1 else ""
    if split and " " in text:
        # A long name typed as two paragraphs of the cell, the second
        # split into two runs: the reader must join them.
        words = text.split(" ")
        half = len(words) // 2
        first, second = " ".join(words[:half]), " ".join(words[half:])
        a, b = second[:len(second) // 2], second[len(second) // 2:]
        body = (para(first) + f'<w:p><w:r><w:t xml:space="preserve">{escape(a)}</w:t></w:r>'
                f'<w:r><w:t xml:space="preserve">{escape(b)}</w:t></w:r></w:p>')
    else:
        body = para(text)
    return f"<w:tc>{tcpr}{body}</w:tc>"


def build_docx(dec, path):
    body = [para(t, s == "center") for s, t in decision_story(dec)]
    body.append(para("PHỤ LỤC", True))
    for heading, rows in annex_rows(dec):
        body.append(para(heading, True))
        trs = ["<w:tr>" + "".join(cell(h) for h in HEAD) + "</w:tr>"]
        for r in rows:
            if r[0] == "section":
                trs.append("<w:tr>" + cell(r[1], span=6) + "</w:tr>")
            else:
                cells = list(r[1:])
                trs.append("<w:tr>" + "".join(cell(c, split=(i == 2)) for i, c in enumerate(cells)) + "</w:tr>")
        body.append("<w:tbl><w:tblGrid>" + "<w:gridCol/>" * 6 + "</w:tblGrid>" + "".join(trs) + "</w:tbl>")
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
                + "".join(body) + "</w:body></w:document>")
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": document,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


# --- the fixture story -----------------------------------------------------

NCC = "Người có công"
HT = "Hộ tịch"

BASE = [  # code, name, field, level
    ("1.010801", "Giải quyết chế độ ưu đãi đối với thân nhân liệt sĩ", NCC, "Cấp Huyện"),
    ("1.010803", "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ", NCC, "Cấp Huyện"),
    ("1.010829", "Di chuyển hài cốt liệt sĩ đi nơi khác theo nguyện vọng của thân nhân", NCC, "Cấp Tỉnh"),
    ("1.001193", "Thủ tục đăng ký khai sinh", HT, "Cấp Xã"),
    ("1.000894", "Thủ tục đăng ký kết hôn", HT, "Cấp Xã"),
    ("1.000656", "Thủ tục đăng ký khai tử", HT, "Cấp Xã"),
    ("1.004884", "Thủ tục đăng ký lại khai sinh", HT, "Cấp Xã"),
]

D2018 = {  # three levels, in force from signing
    "number": "512/QĐ-UBND", "place": "An Giang", "signed": (15, 3, 2018),
    "parts": [
        ("new", [
            ("tinh", [(NCC, [("1.010830.000.00.00.H01", "Di chuyển hài cốt liệt sĩ đang an táng ngoài nghĩa trang liệt sĩ về an táng tại nghĩa trang liệt sĩ theo nguyện vọng của đại diện thân nhân hoặc người hưởng trợ cấp thờ cúng liệt sĩ")])]),
            ("huyen", [(NCC, [("1.010825", "Bổ sung tình hình thân nhân trong hồ sơ liệt sĩ")])]),
            ("xa", [(HT, [("1.003583", "Thủ tục đăng ký khai sinh lưu động")])]),
        ]),
        ("amended", [
            ("huyen", [(NCC, [("1.010803.000.00.00.H01", "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ và chăm sóc mộ liệt sĩ")])]),
        ]),
        ("abolished", [
            ("xa", [(HT, [("1.004884", "Thủ tục đăng ký lại khai sinh")])]),
        ]),
    ],
}

D2025 = {  # two levels (tỉnh, xã), in force on a given date
    "number": "2031/QĐ-UBND", "place": "An Giang", "signed": (20, 6, 2025),
    "effective": "01 tháng 7 năm 2025",
    "parts": [
        ("new", [
            ("tinh", [(NCC, [("1.010831", "Cấp giấy xác nhận thông tin về nơi liệt sĩ hy sinh")])]),
            ("xa", [(NCC, [("1.010827", "Di chuyển hồ sơ khi người hưởng trợ cấp ưu đãi thay đổi nơi thường trú")])]),
        ]),
        ("amended", [
            ("xa", [(NCC, [("1.010801", "Giải quyết chế độ trợ cấp ưu đãi đối với thân nhân liệt sĩ")])]),
        ]),
        ("abolished", [
            ("huyen", [(NCC, [("1.010825", "Bổ sung tình hình thân nhân trong hồ sơ liệt sĩ")])]),
        ]),
    ],
}

D2026SCAN = {  # printed, signed, scanned
    "number": "456/QĐ-UBND", "place": "An Giang", "signed": (2, 3, 2026),
    "effective": "15 tháng 3 năm 2026",
    "parts": [
        ("new", [
            ("xa", [(HT, [("1.000593", "Thủ tục đăng ký kết hôn lưu động"),
                          ("1.000419", "Thủ tục đăng ký khai tử lưu động")])]),
        ]),
        ("replaced", [
            ("tinh", [(NCC, [("1.010829", "Di chuyển hài cốt liệt sĩ đang an táng tại nghĩa trang liệt sĩ đi nơi khác theo nguyện vọng của đại diện thân nhân hoặc người hưởng trợ cấp thờ cúng liệt sĩ")])]),
        ]),
        ("abolished", [
            ("xa", [(HT, [("1.003583", "Thủ tục đăng ký khai sinh lưu động")])]),
        ]),
    ],
}

D2026DOCX = {  # signed, not yet in force on 30 November 2026
    "number": "2999/QĐ-UBND", "place": "An Giang", "signed": (10, 11, 2026),
    "effective": "01 tháng 12 năm 2026",
    "parts": [
        ("new", [("xa", [(HT, [("1.001766", "Thủ tục đăng ký khai tử có yếu tố nước ngoài")])])]),
        ("amended", [("xa", [(HT, [("1.001193", "Đăng ký khai sinh")])])]),
        ("abolished", [("xa", [(HT, [("1.000894", "Thủ tục đăng ký kết hôn")])])]),
    ],
}

# The national list's names for the codes the scan carries (from
# testdata/dvcqg/procedures.csv): the reference OCR'd names are corrected to.
NATIONAL = [
    ("1.000419", "Thủ tục đăng ký khai tử lưu động"),
    ("1.000593", "Thủ tục đăng ký kết hôn lưu động"),
    ("1.003583", "Thủ tục đăng ký khai sinh lưu động"),
    ("1.010829", "Di chuyển hài cốt liệt sĩ đang an táng tại nghĩa trang liệt sĩ đi nơi khác theo nguyện vọng của đại diện thân nhân hoặc người hưởng trợ cấp thờ cúng liệt sĩ"),
]


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(header) + "\n")
        for r in rows:
            f.write(",".join('"' + c.replace('"', '""') + '"' for c in r) + "\n")


def bench_decision(pages):
    """A long decision: about 14.6 procedures a page under field sections."""
    procs = []
    for i in range(int(pages * 14.6)):
        procs.append((f"1.{100000 + i:06d}.000.00.00.H01",
                      f"Thủ tục số {i + 1} về cấp, cấp lại, điều chỉnh giấy phép hoạt động trong lĩnh vực được giao của cơ quan nhà nước cấp tỉnh"))
    fields = [(f"Lĩnh vực thứ {k + 1}", procs[k * 50:(k + 1) * 50]) for k in range((len(procs) + 49) // 50)]
    # More fields than Roman numerals in ROMAN: extend locally.
    global ROMAN
    ROMAN = [str(k + 1) for k in range(len(fields))]
    return {"number": "9000/QĐ-UBND", "place": "An Giang", "signed": (1, 2, 2026),
            "effective": "01 tháng 3 năm 2026", "parts": [("new", [("tinh", fields)])]}


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--bench":
        out = sys.argv[2]
        build_pdf(bench_decision(60), os.path.join(out, "bench-60.pdf"))
        short = bench_decision(10)
        build_pdf(short, os.path.join(out, "bench-10-text.pdf"))
        scan_pdf(os.path.join(out, "bench-10-text.pdf"), os.path.join(out, "bench-10-scan.pdf"))
        return
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    write_csv(os.path.join(out, "base.csv"), ["Mã TTHC", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện"],
              [list(r) for r in BASE])
    write_csv(os.path.join(out, "national.csv"), ["Mã TTHC", "Tên thủ tục"], [list(r) for r in NATIONAL])
    build_pdf(D2018, os.path.join(out, "qd-512-2018.pdf"))
    build_pdf(D2025, os.path.join(out, "qd-2031-2025.pdf"))
    with tempfile.TemporaryDirectory() as tmp:
        build_pdf(D2026SCAN, os.path.join(tmp, "t.pdf"))
        scan_pdf(os.path.join(tmp, "t.pdf"), os.path.join(out, "qd-456-2026-scan.pdf"))
    build_docx(D2026DOCX, os.path.join(out, "qd-2999-2026.docx"))

    # Bad decisions: each must be refused with the file and page named.
    bad = dict(D2025, number="77/QĐ-UBND")
    bad["parts"] = [("new", [("xa", [(NCC, [("", "Thủ tục không ghi mã số")])])])]
    build_pdf(bad, os.path.join(out, "err-no-code.pdf"))
    twice = dict(D2026DOCX, number="78/QĐ-UBND")
    twice["parts"] = [("new", [("xa", [(HT, [("1.001766", "Thủ tục đăng ký khai tử có yếu tố nước ngoài")])])]),
                      ("abolished", [("xa", [(HT, [("1.001766", "Thủ tục đăng ký khai tử có yếu tố nước ngoài")])])])]
    build_docx(twice, os.path.join(out, "err-code-twice.docx"))
    nodate = dict(D2026DOCX, number="79/QĐ-UBND", no_date=True)
    nodate.pop("effective")
    build_docx(nodate, os.path.join(out, "err-no-date.docx"))
    build_pdf(D2025, os.path.join(out, "err-encrypted.pdf"), encrypt="mat-khau")


if __name__ == "__main__":
    main()
