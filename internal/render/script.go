package render

// pageStateJS reports what the settle wait watches: the document's ready
// state and a cheap fingerprint of the DOM (element count and text length).
const pageStateJS = `(() => {
  const b = document.body;
  return {
    ready: document.readyState,
    elements: document.getElementsByTagName('*').length,
    text: b ? (b.innerText || '').length : 0,
  };
})()`

// outerHTMLJS returns the whole document as it stands.
const outerHTMLJS = `(() => {
  const d = document.doctype;
  const dt = d ? '<!DOCTYPE ' + d.name + '>' : '<!DOCTYPE html>';
  return dt + '\n' + document.documentElement.outerHTML;
})()`

// clickNextJS finds the control that shows the next part of a list — a
// "next page" or "load more" button, or the page number after the current
// one — and clicks it. It skips links with a real address (the crawler
// follows those itself), disabled and hidden controls. It returns the
// control's text, or "" when there is none.
const clickNextJS = `(() => {
  const norm = s => (s || '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  const NEXT = ['trang sau', 'trang tiếp', 'trang tiếp theo', 'tiếp theo', 'tiếp', 'sau', 'kế tiếp', 'trang kế',
    'next', 'next page', '›', '>', '→', '»', '>>', '»»'];
  const MORE = ['xem thêm', 'tải thêm', 'hiển thị thêm', 'xem tiếp', 'load more', 'show more', 'more'];
  const sel = 'a, button, input[type=button], input[type=submit], [role=button], [role=link], [onclick], li.next, .next, .page-next, .pagination-next';
  const realHref = el => {
    if (el.tagName !== 'A') return false;
    const h = (el.getAttribute('href') || '').trim();
    if (h === '' || h.startsWith('#') || h.toLowerCase().startsWith('javascript:')) return false;
    return !el.onclick && !el.hasAttribute('onclick') && !el.hasAttribute('ng-click') && !el.hasAttribute('@click') && !el.hasAttribute('v-on:click');
  };
  const disabled = el => {
    for (let e = el, i = 0; e && i < 3; e = e.parentElement, i++) {
      if (e.disabled || e.getAttribute('aria-disabled') === 'true') return true;
      const c = (typeof e.className === 'string' ? e.className : '').toLowerCase();
      if (/(^|[\s_-])(disabled|inactive)([\s_-]|$)/.test(c)) return true;
      if (i > 0 && e.tagName !== 'LI' && e.tagName !== 'SPAN') break;
    }
    return false;
  };
  const visible = el => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return false;
    const st = getComputedStyle(el);
    return st.visibility !== 'hidden' && st.display !== 'none';
  };
  const label = el => norm(el.innerText || el.value || el.getAttribute('aria-label') || el.getAttribute('title') || '');
  // Sliders and carousels have "next" arrows too: never theirs.
  const inSlider = el => !!el.closest('[class*="slide"], [class*="carousel"], [class*="swiper"], [class*="slick"], [class*="owl-"], [class*="banner"], [class*="marquee"]');
  const wrapsRealLink = el => el.tagName !== 'A' && Array.from(el.querySelectorAll('a')).some(realHref);
  const usable = el => !realHref(el) && !wrapsRealLink(el) && !disabled(el) && visible(el) && !inSlider(el);
  const all = Array.from(document.querySelectorAll(sel));
  // A wrapper (li.next) matches with the link inside it: click the link,
  // which is the element that has the handler.
  const deepest = el => {
    for (const d of el.querySelectorAll('a, button, input, [role=button], [onclick]')) {
      if (usable(d)) return d;
    }
    return el;
  };
  const pick = list => {
    for (const want of list) {
      for (const el of all) {
        const l = label(el);
        const alt = norm(el.getAttribute('aria-label') || el.getAttribute('title') || '');
        if ((l === want || alt === want) && usable(el)) return el;
      }
    }
    return null;
  };
  let el = pick(NEXT);
  if (!el) {
    for (const e of all) {
      const c = (typeof e.className === 'string' ? e.className : '').toLowerCase();
      if (/(^|[\s_-])next([\s_-]|$)/.test(c) && usable(e)) { el = e; break; }
    }
  }
  if (!el) {
    // Numbered pages: the number after the current one. The current page
    // is marked by a class, or else is the last number clicked here
    // (kept in sessionStorage, which outlives a postback).
    const cur = document.querySelector('[aria-current=page], [class*="pagination"] [class*="active"], [class*="paging"] [class*="active"], [class*="pager"] [class*="active"], [class*="pagination"] [class*="current"], .page-item.active, li.active, .current-page, .active-page');
    let n = cur ? parseInt(norm(cur.innerText), 10) : NaN;
    if (isNaN(n)) n = parseInt(sessionStorage.getItem('__tthcPage') || '1', 10);
    if (!isNaN(n)) {
      for (const e of all) {
        if (label(e) === String(n + 1) && usable(e)) {
          el = e;
          sessionStorage.setItem('__tthcPage', String(n + 1));
          break;
        }
      }
    }
  }
  if (!el) el = pick(MORE);
  if (!el) return '';
  el = deepest(el);
  const t = label(el) || el.className || el.tagName;
  el.scrollIntoView({block: 'center'});
  el.click();
  return String(t).slice(0, 60);
})()`

// scrollJS scrolls to the bottom, for lists that load more as one scrolls.
// It goes back up first so that an observer of an element already in view
// sees it come into view again.
const scrollJS = `(async () => {
  window.scrollTo(0, 0);
  await new Promise(r => setTimeout(r, 50));
  window.scrollTo(0, document.documentElement.scrollHeight);
  window.dispatchEvent(new Event('scroll'));
  return true;
})()`

// pageSizeJS picks the largest "rows per page" in a page-size select (every
// option a number that is a multiple of 5, or "tất cả"/"all"), so that a
// long list takes fewer clicks. Other selects (fields, years, days) are
// left alone. It returns the size chosen, or "".
const pageSizeJS = `(() => {
  const norm = s => (s || '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  const size = o => {
    const t = norm(o.text);
    if (/^(tất cả|toàn bộ|all)$/.test(t)) return 1e6;
    const m = t.match(/^(\d{1,3})(\s*(\/\s*trang|bản ghi|dòng|mục|kết quả|hồ sơ|thủ tục|per page|items|rows|\/ page))?$/);
    if (!m) return NaN;
    const n = parseInt(m[1], 10);
    return n >= 5 && n % 5 === 0 ? n : NaN;
  };
  for (const sel of document.querySelectorAll('select')) {
    if (sel.disabled || sel.multiple || sel.options.length < 2 || sel.options.length > 12) continue;
    const sizes = Array.from(sel.options).map(size);
    if (sizes.some(isNaN)) continue;
    const cur = sizes[sel.selectedIndex] || 0;
    let best = -1;
    sizes.forEach((n, i) => { if (best < 0 || n > sizes[best]) best = i; });
    if (sizes[best] <= cur) continue;
    sel.selectedIndex = best;
    sel.dispatchEvent(new Event('input', {bubbles: true}));
    sel.dispatchEvent(new Event('change', {bubbles: true}));
    return String(sizes[best] === 1e6 ? 'all' : sizes[best]);
  }
  return '';
})()`
