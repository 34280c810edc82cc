// Layout checks run in the page by BrowserChecksTest. arguments[0]: the known codes (strings).
// Returns a list of problems, each a line of text; an empty list means the page passed.
const codes = new Set(arguments[0] || []);
const problems = [];
const describe = (el) => {
  const table = el.closest('table');
  return el.tagName.toLowerCase() + (table && table.id ? ' in #' + table.id : '')
      + ' "' + el.textContent.trim().replace(/\s+/g, ' ').slice(0, 60) + '"';
};
// (a) no word of a table cell or header split across lines: a word's client rects all on one line.
// A link or path may wrap after a slash (as links do); each piece between slashes is a word.
for (const cell of document.querySelectorAll('th, td')) {
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const re = /[^\s\/]+\/*/g;
    let m;
    while ((m = re.exec(node.data)) !== null) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const rects = Array.from(range.getClientRects()).filter(r => r.width > 0 && r.height > 0);
      if (rects.length < 2) continue;
      const first = rects[0];
      if (rects.some(r => Math.abs(r.top - first.top) > first.height / 2)) {
        problems.push('split word "' + m[0] + '" in ' + describe(cell));
      }
    }
  }
}
// (b) nothing wider than its box (1 px tolerance for rounding)
for (const el of document.querySelectorAll('th, td, figure, .entry, .scroll, section, header, main, body')) {
  if (el.scrollWidth > el.clientWidth + 1) {
    problems.push('overflow ' + (el.scrollWidth - el.clientWidth) + 'px in ' + describe(el));
  }
}
if (document.documentElement.scrollWidth > window.innerWidth + 1) {
  problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + 'px in '
      + window.innerWidth + 'px');
}
// (c) no known code as visible text
const seen = new Set();
for (const token of document.body.innerText.split(/[^\p{L}\p{N}_-]+/u)) {
  for (const t of [token, token.replace(/^-+|-+$/g, '')]) {
    if (codes.has(t) && !seen.has(t)) {
      seen.add(t);
      problems.push('code shown as text: ' + t);
    }
  }
}
return problems;
