"""What a screen reader relies on, read from the rendered page: the answer is a list of problems."""

# Landmarks, headings, languages, current items, groups of choices, and errors tied to their fields.
PROBLEMS = """([language, needsNav]) => {
  const problems = [];
  const all = selector => [...document.querySelectorAll(selector)];
  const banner = all('header').filter(element => !element.closest('main, article, aside, nav, section'));
  const footer = all('footer').filter(element => !element.closest('main, article, aside, nav, section'));
  if (all('main').length !== 1) problems.push(`${all('main').length} main landmarks`);
  if (banner.length !== 1) problems.push(`${banner.length} page headers`);
  if (footer.length !== 1) problems.push(`${footer.length} page footers`);
  if (needsNav && !all('nav[aria-label]').length) problems.push('no named navigation');

  const headings = all('h1, h2, h3, h4, h5, h6');
  const levels = headings.map(heading => Number(heading.tagName[1]));
  const outline = `headings ${levels.join(',')}`;
  if (levels.filter(level => level === 1).length !== 1) problems.push(`${outline}: not one h1`);
  // Only the error summary may come before the h1, to be read first.
  const first = headings.find(heading => !heading.closest('.error-summary'));
  if (first && first.tagName !== 'H1') problems.push(`${outline}: the first is not the h1`);
  levels.forEach((level, index) => {
    if (index && level > levels[index - 1] + 1) problems.push(`${outline}: a level skipped`);
  });

  const pageLanguage = document.documentElement.lang;
  if (pageLanguage !== language) problems.push(`html lang="${pageLanguage}"`);
  if (language === 'en') {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const marked = node.parentElement.closest('[lang]');
      // What the visitor typed into a field is theirs, in whatever language they wrote it.
      if (/[\\u0400-\\u04ff]/.test(node.textContent) && marked.lang !== 'ru'
          && !node.parentElement.closest('script, style, [hidden], textarea, option')) {
        problems.push(`Russian text without lang="ru": ${node.textContent.trim().slice(0, 60)}`);
      }
    }
  }

  const here = location.pathname + location.search;
  for (const link of all('.primary-nav a, .breadcrumbs a')) {
    const url = new URL(link.href);
    if (url.pathname === location.pathname && !location.search && !link.hasAttribute('aria-current')) {
      problems.push(`link to this page without aria-current: ${link.outerHTML.slice(0, 100)}`);
    }
  }
  const languages = all('.language-switcher [aria-current]').map(link => link.hreflang);
  if (needsNav && languages.join() !== language) {
    problems.push(`language switcher marks ${languages.join() || 'nothing'}`);
  }
  for (const pagination of all('.pagination')) {
    const current = [...pagination.querySelectorAll('[aria-current="page"]')];
    const number = new URLSearchParams(location.search).get('page') || '1';
    if (current.length !== 1 || new URL(current[0].href).searchParams.get('page') !== number) {
      problems.push(`pagination marks ${current.length} pages, none of them page ${number}`);
    }
  }

  const groups = {};
  for (const input of all('input[type=checkbox], input[type=radio]')) {
    (groups[input.form ? input.form.id + input.name : input.name] ||= []).push(input);
  }
  for (const inputs of Object.values(groups).filter(inputs => inputs.length > 1)) {
    const fieldset = inputs[0].closest('fieldset');
    if (!fieldset || !fieldset.querySelector(':scope > legend')?.textContent.trim()
        || inputs.some(input => input.closest('fieldset') !== fieldset)) {
      problems.push(`choices "${inputs[0].name}" not in one fieldset with a legend`);
    }
  }

  // A choice in a group in error is described by its fieldset, which the summary links to.
  const invalid = all('[aria-invalid="true"], .choice-group--error')
    .filter(element => !element.parentElement.closest('.choice-group--error'));
  const summary = document.querySelector('.error-summary');
  if (invalid.length && !summary) problems.push('errors without an error summary');
  if (summary) {
    const first = document.querySelector('main form, main .field, main fieldset');
    if (first && summary.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_PRECEDING) {
      problems.push('the error summary comes after the form');
    }
    const linked = [...summary.querySelectorAll('a[href^="#"]')].map(link => link.hash.slice(1));
    for (const element of invalid) {
      if (!linked.includes(element.id)) problems.push(`error summary does not link to #${element.id}`);
    }
    for (const id of linked) {
      if (!document.getElementById(id)) problems.push(`error summary links to no #${id}`);
    }
  }
  for (const element of [...invalid, ...all('[aria-describedby]')]) {
    const ids = (element.getAttribute('aria-describedby') || '').split(/\\s+/).filter(Boolean);
    if (invalid.includes(element) && !ids.some(id => document.getElementById(id)?.textContent.trim())) {
      problems.push(`#${element.id} in error, its error not in aria-describedby`);
    }
    for (const id of ids) if (!document.getElementById(id)) problems.push(`aria-describedby to no #${id}`);
  }
  for (const hint of all('.hint[id]')) {
    if (!document.querySelector(`[aria-describedby~="${hint.id}"]`)) {
      problems.push(`hint #${hint.id} described nothing`);
    }
  }
  return problems;
}"""

# Each field's value as the visitor left it (checked choices, typed text, selected options).
FORM_STATE = """() => [...document.querySelectorAll('main form [name]')].filter(field =>
  !['checkbox', 'radio'].includes(field.type) || field.checked
).map(field => [field.name, field.value]).filter(([, value]) => value !== '')"""

# The query string's answers the form no longer shows (an unknown choice is dropped, not kept).
NOT_KEPT = """() => [...new URLSearchParams(location.search)].filter(([name, value]) => {
  const fields = [...document.querySelectorAll('main form [name]')].filter(field => field.name === name);
  if (!fields.length || name === 'page') return false;
  const choices = fields.filter(field =>
    ['checkbox', 'radio'].includes(field.type) || field.tagName === 'SELECT');
  if (choices.length) {
    const offered = choices.flatMap(field => field.tagName === 'SELECT' ? [...field.options] : [field]);
    const match = offered.find(option => option.value === value);
    return match && !(match.checked || match.selected);
  }
  return !fields.some(field => field.value.trim() === value.trim());
}).map(pair => pair.join('='))"""
