import csv, io, os, html
import sys; root=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
rows=list(csv.reader(io.open(root+'/catalog.csv',encoding='utf-8-sig')))
by={r[1]:r for r in rows[3:]}
tinh=['1.010804','1.010806','1.010812','1.010813','1.010814','1.010815','1.010831','1.001865']
xa=['1.010801','1.010802','1.010803','1.010825','1.010827','1.010830','1.010427','1.001193','1.000894','1.000656','1.004837','2.000815']
lacks={'1.010827':'Thành phần, số lượng hồ sơ','1.010812':'Thời hạn giải quyết; Kết quả thực hiện'}
def rid(i): return '019d2bfd-4e00-7000-8000-%012d'%(i+1)
procs=[]
for i,c in enumerate(tinh+xa):
    r=by[c]
    name=r[2].strip()
    if name.endswith('.'): name=name[:-1]
    field=r[3].split('\n')[0].strip()
    lvl='Cấp Tỉnh' if c in tinh else 'Cấp Xã'
    ag='Sở Nội vụ' if (c in tinh and field=='Người có công') else ('Sở Tư pháp' if c in tinh else 'Ủy ban nhân dân cấp xã')
    procs.append(dict(code=c,name=name,field=field,level=lvl,agency=ag,id=rid(i),lacks=lacks.get(c,'')))
procs.sort(key=lambda p:p['code'])
out=io.StringIO()
w=csv.writer(out,lineterminator='\n')
w.writerow(["Mã TTHC","Tên thủ tục","Lĩnh vực","Cấp thực hiện","Cơ quan thực hiện","Loại thủ tục","Quyết định công bố","Trạng thái","ID trên Cổng DVCQG","Bộ phận còn thiếu trên CSDL"])
for p in procs:
    w.writerow([p['code'],p['name'],p['field'],p['level'],p['agency'],'STANDARD','','Còn hiệu lực',p['id'],p['lacks']])
io.open(root+'/2025/catalog.csv','w',encoding='utf-8').write('\ufeff'+out.getvalue())
P={p['code']:p for p in procs}

def page(title, site, body, menu=''):
    return f'''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{html.escape(title)}</title>
</head>
<body>
<header class="banner"><div class="site-name">{html.escape(site)}</div>
<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li>{menu}</ul></nav></header>
<main>
{body}
</main>
<footer>{html.escape(site)} · dữ liệu minh hoạ</footer>
</body>
</html>
'''
def write(portal, name, content):
    path=os.path.join(root,'2025','portals',portal,name)
    os.makedirs(os.path.dirname(path),exist_ok=True)
    io.open(path,'w',encoding='utf-8').write(content)
def index(portal, site):
    write(portal,'index.html',page(site,site,f'<h1>{html.escape(site)}</h1>\n<p><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></p>'))
    write(portal,'robots.txt','User-agent: *\nAllow: /\n')

# 1. Provincial portal: a table with codes, 7 of 8 provincial procedures.
site='Cổng thông tin điện tử tỉnh An Giang'
index('an-giang',site)
trs=[]
n=0
for c in tinh:
    if c=='1.001865': continue
    n+=1; p=P[c]
    trs.append(f'<tr><td>{n}</td><td>{c}.000.00.00.H01</td><td>{html.escape(p["name"])}</td><td>{html.escape(p["field"])}</td></tr>')
write('an-giang','thu-tuc-hanh-chinh.html',page('Thủ tục hành chính cấp tỉnh',site,
 '<h1>Thủ tục hành chính cấp tỉnh</h1>\n<table class="tthc"><tr><th>STT</th><th>Mã TTHC</th><th>Tên thủ tục hành chính</th><th>Lĩnh vực</th></tr>\n'+'\n'.join(trs)+'\n</table>',
 '<li><a href="{{url:dvc-an-giang}}/thu-tuc-hanh-chinh">Cổng Dịch vụ công</a></li>'))

# 2. The province's public-service portal: every procedure, a page each.
site='Cổng Dịch vụ công tỉnh An Giang'
index('dvc-an-giang',site)
lis=[]
for p in procs:
    lis.append(f'<li><a href="/thu-tuc-hanh-chinh/{p["code"]}">{html.escape(p["name"])}</a> <span class="ma">Mã: {p["code"]}.000.00.00.H01</span> · {html.escape(p["level"])}</li>')
    secs=''.join(f'<h4>{h}</h4>\n<p>{t}</p>\n' for h,t in [
        ('Trình tự thực hiện','Bước 1: Chuẩn bị hồ sơ. Bước 2: Nộp hồ sơ trực tuyến hoặc tại Trung tâm Phục vụ hành chính công. Bước 3: Nhận kết quả.'),
        ('Cách thức thực hiện','Trực tiếp, trực tuyến hoặc qua dịch vụ bưu chính.'),
        ('Thành phần, số lượng hồ sơ','Tờ khai theo mẫu; giấy tờ chứng minh. Số lượng: 01 bộ.'),
        ('Thời hạn giải quyết','10 ngày làm việc.'),
        ('Đối tượng thực hiện','Công dân Việt Nam.'),
        ('Cơ quan thực hiện',html.escape(p['agency'])),
        ('Kết quả thực hiện','Quyết định giải quyết.'),
        ('Phí, lệ phí','Không.'),
        ('Căn cứ pháp lý','Theo quyết định công bố của Chủ tịch UBND tỉnh.'),
        ('Yêu cầu, điều kiện thực hiện','Không.')])
    write('dvc-an-giang',f'thu-tuc-hanh-chinh/{p["code"]}.html',page(p['name'],site,
      f'<article class="tthc-chi-tiet">\n<h1>{html.escape(p["name"])}</h1>\n<table class="thong-tin"><tr><th>Mã thủ tục</th><td>{p["code"]}.000.00.00.H01</td></tr><tr><th>Lĩnh vực</th><td>{html.escape(p["field"])}</td></tr><tr><th>Cấp thực hiện</th><td>{p["level"]}</td></tr></table>\n{secs}</article>'))
write('dvc-an-giang','thu-tuc-hanh-chinh.html',page('Danh mục thủ tục hành chính',site,
 '<h1>Danh mục thủ tục hành chính tỉnh An Giang</h1>\n<ul class="ds-tthc">\n'+'\n'.join(lis)+'\n</ul>'))

# 3. xã Tri Tôn: publishes by link, to the national portal and to the
# province's public-service portal; one link to the wrong record; one
# procedure not at all.
site='Trang thông tin điện tử xã Tri Tôn'
index('xa-tri-ton',site)
groups={}
for c in xa:
    groups.setdefault(P[c]['field'],[]).append(c)
body=['<h1>Thủ tục hành chính cấp xã</h1>','<p>Người dân xem thủ tục và nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia hoặc Cổng Dịch vụ công tỉnh An Giang.</p>']
for f,cs in groups.items():
    body.append(f'<h3>Lĩnh vực {html.escape(f)}</h3>\n<ul class="tthc">')
    for c in cs:
        p=P[c]
        if c=='1.004837': continue
        if c=='1.010830': href='https://dichvucong.gov.vn/thu-tuc-hanh-chinh/'+P['1.010827']['id']
        elif c in ('1.001193','1.000894'): href='{{url:dvc-an-giang}}/thu-tuc-hanh-chinh/'+c
        else: href='https://dichvucong.gov.vn/thu-tuc-hanh-chinh/'+p['id']
        body.append(f'<li><a href="{href}" target="_blank">{html.escape(p["name"])}</a></li>')
    body.append('</ul>')
write('xa-tri-ton','thu-tuc-hanh-chinh.html',page('Thủ tục hành chính',site,'\n'.join(body)))

# 4. phường Long Xuyên: a table whose code column comes last, one
# procedure left out.
site='Trang thông tin điện tử phường Long Xuyên'
index('phuong-long-xuyen',site)
trs=[]
n=0
for c in xa:
    if c=='1.010802': continue
    n+=1; p=P[c]
    trs.append(f'<tr><td>{n}</td><td>{html.escape(p["name"])}</td><td>{html.escape(p["field"])}</td><td>{c}.000.00.00.H01</td></tr>')
write('phuong-long-xuyen','thu-tuc-hanh-chinh.html',page('Thủ tục hành chính',site,
 '<h1>Danh mục thủ tục hành chính cấp xã</h1>\n<table class="table"><thead><tr><th>TT</th><th>Tên thủ tục hành chính</th><th>Lĩnh vực</th><th>Mã TTHC</th></tr></thead><tbody>\n'+'\n'.join(trs)+'\n</tbody></table>'))

# 5. đặc khu Phú Quốc: a table, complete.
site='Cổng thông tin điện tử đặc khu Phú Quốc'
index('dac-khu-phu-quoc',site)
trs=[]
for n,c in enumerate(xa,1):
    p=P[c]
    trs.append(f'<tr><td>{n}</td><td>{c}</td><td>{html.escape(p["name"])}</td><td>{html.escape(p["field"])}</td></tr>')
write('dac-khu-phu-quoc','thu-tuc-hanh-chinh.html',page('Thủ tục hành chính',site,
 '<h1>Thủ tục hành chính</h1>\n<table><tr><th>STT</th><th>Mã số</th><th>Tên thủ tục</th><th>Lĩnh vực</th></tr>\n'+'\n'.join(trs)+'\n</table>'))
print(len(procs))
