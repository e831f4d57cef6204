// What a person without a mouse, without sight of colour or without sight at all needs from one of Samverkan's own
// pages, checked in a playwright page: the language and title, the skip link, the focus shown at each stop of the
// keyboard, the charts' text alternatives and tables, the heat map's values in words and figures.

/** Where the focus is now, and whether it shows: an outline or a box shadow on document.activeElement. */
export async function focusNow(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body || element === document.documentElement) {
      return { what: 'body', key: null, shown: false, onScreen: false };
    }
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const box = element.getBoundingClientRect();
    const text = (element.getAttribute('aria-label') || element.innerText || element.value || element.name || '')
      .trim().replace(/\s+/g, ' ').slice(0, 50);
    return {
      what: `${element.tagName.toLowerCase()}${element.id ? '#' + element.id : ''} "${text}"`,
      key: element.dataset.keyboardStop ?? null,
      shown: outline || shadow,
      onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
        && box.top < window.innerHeight && box.left < window.innerWidth
    };
  });
}

/** Numbers every control a keyboard should reach (rendered, not disabled) and returns how they read. */
export async function markControls(page) {
  return page.evaluate(() => {
    const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll(selector)]
      .filter((element) => !element.disabled && element.getClientRects().length > 0)
      .map((element, i) => {
        element.dataset.keyboardStop = String(i);
        return `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') || element.innerText
          || element.name || '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
      });
  });
}

/**
 * Loads the page again and tabs through it from its top, once round: returns every stop. Problems: a stop whose
 * focus does not show or is off the screen, a control never reached.
 */
export async function tabThrough(page, url, problems, where, limit = 400) {
  await page.goto(url);
  const controls = await markControls(page);
  const stops = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focusNow(page);
    if (now.what === 'body' || (stops.length > 0 && now.key === stops[0].key)) {
      break; // round: past the last control, back to the page
    }
    stops.push(now);
    if (!now.shown) {
      problems.push(`${where}: the focus does not show on ${now.what} (stop ${stops.length})`);
    }
    if (!now.onScreen) {
      problems.push(`${where}: the focus is off the screen on ${now.what} (stop ${stops.length})`);
    }
  }
  const reached = new Set(stops.map((stop) => stop.key));
  controls.forEach((control, i) => {
    if (!reached.has(String(i))) {
      problems.push(`${where}: the keyboard never reaches ${control}`);
    }
  });
  return stops;
}

/** Tabs on until the focus is on an element matching `selector`; fails after `limit` stops. */
export async function tabTo(page, selector, limit = 120) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) {
      return focusNow(page);
    }
  }
  throw new Error(`Tab never reached ${selector} in ${limit} stops`);
}

/** The html's language and the title; `title` a string or a regular expression. */
export async function languageAndTitle(page, title, problems, where) {
  const found = await page.evaluate(() => ({ lang: document.documentElement.lang, title: document.title }));
  if (found.lang !== 'sv') {
    problems.push(`${where}: <html lang="${found.lang}">, not "sv"`);
  }
  const matches = title instanceof RegExp ? title.test(found.title) : found.title === title;
  if (!matches) {
    problems.push(`${where}: the title is "${found.title}", not ${title}`);
  }
}

/** The first Tab reaches a visible skip link; Enter on it puts the focus on the page's <main>. */
export async function skipLink(page, problems, where) {
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('Tab');
  const first = await focusNow(page);
  const link = await page.evaluate(() => ({
    text: document.activeElement?.textContent.trim(), href: document.activeElement?.getAttribute('href')
  }));
  if (link.text !== 'Hoppa till innehållet' || link.href !== '#main') {
    problems.push(`${where}: the first Tab reaches ${first.what}, not the skip link "Hoppa till innehållet"`);
    return;
  }
  if (!first.shown || !first.onScreen) {
    problems.push(`${where}: the skip link is focused but not seen (focus shown: ${first.shown}, on screen: ${first.onScreen})`);
  }
  await page.keyboard.press('Enter');
  const inMain = await page.evaluate(() => document.activeElement === document.querySelector('main'));
  if (!inMain) {
    problems.push(`${where}: Enter on the skip link leaves the focus on ${(await focusNow(page)).what}, not on <main>`);
  }
}

/**
 * Every chart (an <svg> or <canvas> not hidden from assistive technology) is an image with a name and has a table of
 * its figures tied to it (in its <figure>, or named by aria-describedby or aria-details); a chart drawn by Chart.js
 * has, in its table, the same figures as its lines. Returns how many charts there are.
 */
export async function chartsHaveAlternatives(page, problems, where) {
  const charts = await page.evaluate(() => [...document.querySelectorAll('svg, canvas')]
    .filter((chart) => !chart.closest('[aria-hidden="true"]'))
    .map((chart) => {
      const ids = `${chart.getAttribute('aria-describedby') || ''} ${chart.getAttribute('aria-details') || ''}`
        .trim().split(/\s+/).filter(Boolean);
      const named = ids.map((id) => document.getElementById(id)).filter(Boolean);
      const table = named.map((e) => (e.matches('table') ? e : e.querySelector('table'))).find(Boolean)
        || chart.closest('figure')?.querySelector('table');
      const labelledBy = (chart.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean)
        .map((id) => document.getElementById(id)?.textContent || '').join(' ');
      const name = (chart.getAttribute('aria-label') || labelledBy || chart.querySelector('title')?.textContent || '').trim();
      const drawn = window.Chart?.getChart?.(chart);
      const lines = drawn ? drawn.data.datasets.map((d) => ({ label: d.label, data: d.data.map(Number) })) : null;
      const columns = table ? [...table.querySelectorAll('thead th')].slice(1).map((th) => th.textContent.trim()) : [];
      const rows = table ? [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')]
        .map((td) => Number(td.textContent.trim()))) : [];
      return {
        id: chart.id || chart.tagName.toLowerCase(), role: chart.getAttribute('role'), name, table: table?.id || (table ? 'table' : null),
        rowHeaders: table ? table.querySelectorAll('tbody th[scope=row]').length : 0, columns, rows, lines
      };
    }));
  for (const chart of charts) {
    const at = `${where}: the chart ${chart.id}`;
    if (chart.role !== 'img' || !chart.name) {
      problems.push(`${at} is not an image with a text alternative (role ${chart.role}, name "${chart.name}")`);
    }
    if (!chart.table || chart.rows.length === 0 || chart.rowHeaders !== chart.rows.length) {
      problems.push(`${at} has no table of its figures tied to it (table ${chart.table}, ${chart.rows.length} rows)`);
      continue;
    }
    if (chart.lines) {
      const labels = chart.lines.map((line) => line.label);
      if (JSON.stringify(labels) !== JSON.stringify(chart.columns)) {
        problems.push(`${at}'s lines are ${labels.join(', ')}, its table's columns ${chart.columns.join(', ')}`);
      }
      chart.lines.forEach((line, column) => {
        const inTable = chart.rows.map((row) => row[column]);
        if (JSON.stringify(inTable) !== JSON.stringify(line.data)) {
          problems.push(`${at}: the line ${line.label} is ${line.data}, its column in the table ${inTable}`);
        }
      });
    }
  }
  return charts;
}

/**
 * The heat map tells each cell's value without its colour: the count written in the cell, the trend and priority in
 * words (to a screen reader too), and a legend in words. Returns what it read.
 */
export async function heatMapWithoutColour(page, problems, where) {
  const map = await page.evaluate(() => {
    const cells = [...document.querySelectorAll('#heatmap td.heat')].map((td) => ({
      reports: td.dataset.reports,
      count: td.querySelector('.count')?.textContent.trim(),
      colour: [...td.classList].find((c) => /^heat-\d$/.test(c)),
      trend: td.dataset.trend || null,
      trendShown: td.querySelector('.trend') !== null,
      trendWords: td.querySelector('.trend .visually-hidden')?.textContent.trim() || null,
      arrowHidden: td.querySelector('.trend [aria-hidden="true"]') !== null,
      priority: td.dataset.priority || null,
      priorityText: td.querySelector('.priority')?.textContent.replace(/\s+/g, ' ').trim() || null
    }));
    return { cells, legend: document.querySelector('#legend')?.textContent.replace(/\s+/g, ' ') || '' };
  });
  const wrong = map.cells.filter((c) => c.count !== c.reports || !/^\d+$/.test(c.count || ''));
  if (map.cells.length === 0 || wrong.length) {
    problems.push(`${where}: ${map.cells.length} cells in the heat map, ${wrong.length} without their count written`);
  }
  const trends = map.cells.filter((c) => c.trendShown);
  if (trends.some((c) => !/^(ökande|oförändrad|minskande)$/.test(c.trendWords || '') || !c.arrowHidden)) {
    problems.push(`${where}: a trend of the heat map is an arrow without words: ${JSON.stringify(trends)}`);
  }
  const prioritised = map.cells.filter((c) => c.priority);
  if (prioritised.some((c) => c.priorityText !== `prioritet P${c.priority}`)) {
    problems.push(`${where}: a priority of the heat map is not in words: ${JSON.stringify(prioritised)}`);
  }
  for (const words of ['Färgen visar antalet', 'siffran står alltid utskriven', '↑ ökande', 'P1–P4']) {
    if (!map.legend.includes(words)) {
      problems.push(`${where}: the heat map's legend does not say "${words}"`);
    }
  }
  return map;
}
