// A single-page portal as the newer ones are built: the shell is empty and
// the procedure list comes page by page from a JSON API, with a "next"
// button that is handled by script (no address to follow).
(function () {
  var app = document.getElementById('app');
  app.innerHTML =
    '<h1>Danh sách thủ tục hành chính</h1>' +
    '<p class="status">Đang tải…</p>' +
    '<ul id="procedures" class="procedure-list"></ul>' +
    '<div class="pager"><span class="page-info"></span> ' +
    '<button type="button" class="btn-next" disabled>Trang sau</button></div>';
  var list = document.getElementById('procedures');
  var next = app.querySelector('.btn-next');
  var info = app.querySelector('.page-info');
  var status = app.querySelector('.status');
  var page = 1;

  function load(n) {
    next.disabled = true;
    fetch('/api/procedures?page=' + n, {headers: {'Accept': 'application/json'}})
      .then(function (r) { return r.json(); })
      .then(function (data) {
        // Like many portals, answer a little later than the click.
        setTimeout(function () {
          list.innerHTML = '';
          data.items.forEach(function (p) {
            var li = document.createElement('li');
            li.className = 'procedure';
            // Router links (history mode): real addresses, as most
            // single-page portals have for their detail pages.
            li.innerHTML = '<a class="name"></a> <span class="code"></span>';
            li.querySelector('.name').textContent = p.name;
            li.querySelector('.name').href = '/thu-tuc/' + p.code;
            li.querySelector('.code').textContent = '(' + p.code + ')';
            list.appendChild(li);
          });
          page = data.page;
          info.textContent = 'Trang ' + data.page + '/' + data.pages;
          status.textContent = 'Tổng số: ' + data.total + ' thủ tục';
          next.disabled = data.page >= data.pages;
        }, 150);
      });
  }
  next.addEventListener('click', function () { load(page + 1); });
  setTimeout(function () { load(1); }, 100);
})();
