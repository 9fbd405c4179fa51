// The benchmark's floor: what a partner could write by hand to show one RoseUp article as a card
// (no library, no fallbacks, no accessibility extras beyond plain HTML). About 1 KB gzip.
const box = document.getElementById('card');
const id = box.dataset.id;
const M = 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' ');
const esc = (s) => String(s ?? '').replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
fetch(document.querySelector('meta[name="roseup:feed"]').content, { credentials: 'omit' })
  .then((r) => r.json())
  .then((feed) => {
    const item = feed.items.find((i) => i.id === id);
    if (!item) return;
    const x = item._roseup || {};
    const d = new Date(item.date_published);
    const img = item.image ? new URL(item.image, feed.feed_url || location.href).href : '';
    box.innerHTML =
      (img ? `<div class="m"><img src="${esc(img)}" alt="${esc(x.image_alt)}" loading="lazy"></div>` : '') +
      `<div class="b"><p class="l">${esc(x.category?.label)} ${esc(x.format?.label)}</p>` +
      `<h3><a href="${esc(item.url)}">${esc(item.title)}</a></h3><p class="s">${esc(item.summary)}</p>` +
      `<p class="t">Publié le ${d.getDate()} ${M[d.getMonth()]} ${d.getFullYear()} · ${x.reading_minutes || 1} min de lecture</p></div>`;
  });
