// Tag suggestions under every text field marked `data-autocomplete="<kind>"` (an empty kind: any kind an author
// types), from GET /autocomplete/tag. The fields stay plain text fields: without this script, or when a request
// fails, people type tags as before. The pattern is the ARIA 1.2 combobox with a listbox popup: the field keeps
// focus, arrow keys move the active option (aria-activedescendant), Enter or Tab takes it, Escape closes the list,
// and a status region says how many suggestions there are.
// `data-autocomplete-multiple`: the field holds comma-separated tags, and the one around the caret is completed.
// `data-autocomplete-fandom="<id>"`: the field with the form's fandoms, whose characters are suggested first.
// `data-autocomplete-text="{json}"`: the texts in the page's language (views/autocomplete-text.ts); English without it.

const DELAY_MS = 150;
let counter = 0;

/** The texts a field shows: its own (the page's language) over the English ones. */
const ENGLISH = {
  list: 'Suggestions', listFor: 'Suggestions for {label}', none: 'No suggestions.', synonym: 'synonym of {name}', canonical: 'canonical', comma: ', ',
  works: { one: '# work', other: '# works' },
  count: { one: '# suggestion: up and down arrows to choose, Enter to take one.', other: '# suggestions: up and down arrows to choose, Enter to take one.' },
  added: '{name} added.',
};
/** @param {HTMLInputElement} input */
function textsOf(input) {
  try {
    return { ...ENGLISH, ...JSON.parse(input.dataset.autocompleteText ?? '{}') };
  } catch {
    return ENGLISH;
  }
}
/** "3 works" in the page's language: the plural category's template of `forms` with the number in place of "#". */
function countText(forms, n) {
  const lang = document.documentElement.lang || 'en';
  const template = forms[new Intl.PluralRules(lang).select(n)] ?? forms.other ?? '#';
  return template.replace('#', n.toLocaleString(lang));
}

for (const input of document.querySelectorAll('input[data-autocomplete]')) enhance(/** @type {HTMLInputElement} */ (input));

/** @param {HTMLInputElement} input */
function enhance(input) {
  const n = ++counter;
  const kind = input.dataset.autocomplete ?? '';
  const multiple = input.hasAttribute('data-autocomplete-multiple');
  const wrapper = document.createElement('div');
  wrapper.className = 'autocomplete';
  input.replaceWith(wrapper);
  wrapper.append(input);
  const list = document.createElement('ul');
  list.id = `autocomplete-list-${n}`;
  list.className = 'autocomplete-list';
  list.setAttribute('role', 'listbox');
  list.hidden = true;
  const texts = textsOf(input);
  const label = input.labels?.[0]?.textContent?.trim();
  list.setAttribute('aria-label', label ? texts.listFor.replace('{label}', label) : texts.list);
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  wrapper.append(list, status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  input.autocomplete = 'off';

  /** @type {{ name: string, canonical: boolean, canonical_name?: string, uses: number }[]} */
  let options = [];
  let active = -1;
  let timer = 0;
  /** @type {AbortController | null} */
  let inFlight = null;

  // The comma-separated item around the caret: [start, end) of the value, and its text.
  const current = () => {
    if (!multiple) return { start: 0, end: input.value.length, text: input.value.trim() };
    const caret = input.selectionStart ?? input.value.length;
    const start = input.value.lastIndexOf(',', caret - 1) + 1;
    const comma = input.value.indexOf(',', caret);
    const end = comma < 0 ? input.value.length : comma;
    return { start, end, text: input.value.slice(start, end).trim() };
  };

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const mark = (i) => {
    active = i;
    list.querySelectorAll('[role="option"]').forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i < 0) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    const li = list.children[i];
    input.setAttribute('aria-activedescendant', li.id);
    li.scrollIntoView({ block: 'nearest' });
  };

  const show = (found) => {
    options = found;
    list.replaceChildren(...found.map((s, i) => {
      const li = document.createElement('li');
      li.id = `${list.id}-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      const name = document.createElement('span');
      name.className = 'name';
      name.textContent = s.name;
      const about = document.createElement('span');
      about.className = 'about';
      about.textContent = [s.canonical_name ? texts.synonym.replace('{name}', s.canonical_name) : s.canonical ? texts.canonical : '',
        countText(texts.works, s.uses)].filter(Boolean).join(texts.comma);
      li.append(name, ' ', about);
      return li;
    }));
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (found.length === 0) {
      close();
      status.textContent = texts.none;
      return;
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    status.textContent = countText(texts.count, found.length);
  };

  const accept = (i) => {
    const s = options[i];
    if (!s) return;
    const { start, end } = current();
    if (multiple) {
      const before = input.value.slice(0, start);
      const after = input.value.slice(end);
      const lead = before === '' ? '' : ' ';
      const tail = after === '' ? ', ' : '';
      input.value = `${before}${lead}${s.name}${tail}${after}`;
      const caret = before.length + lead.length + s.name.length + tail.length;
      input.setSelectionRange(caret, caret);
    } else {
      input.value = s.name;
    }
    close();
    status.textContent = texts.added.replace('{name}', s.name);
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };

  const ask = async () => {
    const term = current().text;
    inFlight?.abort();
    if (term === '') {
      close();
      return;
    }
    const params = new URLSearchParams({ kind, term });
    const fandomField = input.dataset.autocompleteFandom ? document.getElementById(input.dataset.autocompleteFandom) : null;
    if (fandomField instanceof HTMLInputElement && fandomField.value.trim()) params.set('fandom', fandomField.value);
    const controller = new AbortController();
    inFlight = controller;
    try {
      const res = await fetch(`/autocomplete/tag?${params}`, { signal: controller.signal, headers: { accept: 'application/json' } });
      if (!res.ok) return close();
      const found = await res.json();
      if (inFlight === controller && document.activeElement === input) show(found);
    } catch {
      // Aborted by a newer request, or offline: the field still takes typed tags.
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(ask, DELAY_MS);
  });
  input.addEventListener('keydown', (e) => {
    const open = !list.hidden;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!open) {
        if (options.length && current().text) {
          list.hidden = false;
          input.setAttribute('aria-expanded', 'true');
          mark(e.key === 'ArrowDown' ? 0 : options.length - 1);
        }
      } else {
        // Wraps around at either end.
        const len = options.length;
        if (active < 0) mark(e.key === 'ArrowDown' ? 0 : len - 1);
        else mark((active + (e.key === 'ArrowDown' ? 1 : -1) + len) % len);
      }
      e.preventDefault();
    } else if (e.key === 'Enter' && open && active >= 0) {
      accept(active);
      e.preventDefault();
    } else if (e.key === 'Tab' && open && active >= 0) {
      accept(active);
    } else if (e.key === 'Escape' && open) {
      close();
      e.preventDefault();
    }
  });
  // pointerdown, not click: the field keeps focus, so the list is not closed by the blur first.
  list.addEventListener('pointerdown', (e) => {
    const li = /** @type {Element} */ (e.target).closest('[role="option"]');
    if (!li) return;
    e.preventDefault();
    accept([...list.children].indexOf(li));
  });
  input.addEventListener('blur', () => close());
}
