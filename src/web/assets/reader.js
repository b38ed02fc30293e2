// Reading settings on work pages: a change shows at once (attributes on <html>, which site.css styles) and
// is saved in the background. Without JavaScript the same form posts to /reader-settings and comes back.

const form = document.querySelector('form[data-reader-form]');
const root = document.documentElement;

/** Applies the form's current choices to the page. */
function apply() {
  const value = (name) => form.elements.namedItem(name)?.value;
  root.dataset.width = value('width');
  root.dataset.theme = value('theme');
  root.dataset.font = value('font');
  root.dataset.size = value('font_size');
  root.dataset.spacing = value('line_spacing');
  const hide = form.querySelector('input[type="checkbox"][name="hide_author_style"]')?.checked ?? false;
  root.dataset.authorStyle = hide ? 'hidden' : 'shown';
  document.getElementById('workskin')?.classList.toggle('skin-disabled', hide);
}

/** Saves the form's choices; the CSRF token travels in a header as well as in the body. */
async function save() {
  const status = form.querySelector('.reader-status');
  const token = form.elements.namedItem('authenticity_token')?.value ?? '';
  try {
    const response = await fetch(form.action, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-csrf-token': token, accept: 'application/json' },
      body: new URLSearchParams(new FormData(form)),
    });
    if (!response.ok) throw new Error(String(response.status));
    if (status) status.textContent = form.dataset.savedText ?? 'Saved.';
  } catch {
    if (status) status.textContent = form.dataset.failedText ?? 'Your settings apply to this page but could not be saved. Use "Save settings" to try again.';
  }
}

/** "Smaller text" / "Larger text" move the size one step. */
function step(direction) {
  const size = form.elements.namedItem('font_size');
  const next = Math.min(5, Math.max(1, Number(size.value) + (direction === 'larger' ? 1 : -1)));
  size.value = String(next);
}

if (form) {
  form.addEventListener('change', () => {
    apply();
    save();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const submitter = event.submitter;
    if (submitter?.name === 'size_step') step(submitter.value);
    apply();
    save();
  });
}
