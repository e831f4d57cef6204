// What a person sees of the page, and what a screen reader reads out: visible text, the attributes
// that browsers or Tasklist show (title, placeholder, Tasklist's tooltips), aria-label and alt, button
// values, the options of visible lists and the document's title.
export async function visibleTexts(page) {
  return page.evaluate(() => {
    const found = [];
    const rendered = (element) => {
      if (!element || !(element instanceof Element)) {
        return false;
      }
      const style = getComputedStyle(element);
      return style.visibility !== 'hidden' && style.display !== 'none' && element.getClientRects().length > 0;
    };
    const describe = (element) => {
      const id = element.id ? '#' + element.id : '';
      const classes = typeof element.className === 'string' && element.className.trim()
        ? '.' + element.className.trim().split(/\s+/).slice(0, 3).join('.') : '';
      return element.tagName.toLowerCase() + id + classes;
    };
    const add = (kind, text, element) => {
      const normal = (text || '').replace(/\s+/g, ' ').trim();
      if (normal) {
        found.push({ kind, text: normal, where: describe(element) });
      }
    };

    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && !['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(parent.tagName) && rendered(parent)) {
        add('text', node.nodeValue, parent);
      }
    }
    const attributes = ['title', 'placeholder', 'aria-label', 'alt', 'uib-tooltip', 'tooltip'];
    for (const element of document.querySelectorAll(attributes.map((a) => `[${a}]`).join(','))) {
      if (rendered(element)) {
        for (const attribute of attributes) {
          add(attribute, element.getAttribute(attribute), element);
        }
      }
    }
    for (const button of document.querySelectorAll('input[type=submit], input[type=button], input[type=reset]')) {
      if (rendered(button)) {
        add('value', button.value, button);
      }
    }
    // the choices of a visible list show when it opens: every option and group label
    for (const select of document.querySelectorAll('select')) {
      if (rendered(select)) {
        for (const group of select.querySelectorAll('optgroup')) {
          add('optgroup', group.label, select);
        }
        for (const option of select.querySelectorAll('option')) {
          add('option', option.label || option.textContent, select);
        }
      }
    }
    add('document title', document.title, document.documentElement);
    return found;
  });
}
