// Keeps a copy of every form marked `data-autosave="<key>"` on the server while the author writes: every
// 30 s (or `data-autosave-interval` ms) when something changed, and when the page is hidden. The page works
// without this script; the copy is offered again above the form (server side) when the author comes back.

const DEFAULT_INTERVAL = 30000;
// fetch() refuses keepalive bodies over 64 KiB; larger copies are sent without it.
const KEEPALIVE_LIMIT = 60000;

for (const form of document.querySelectorAll('form[data-autosave]')) watch(form);

/** @param {HTMLFormElement} form */
function watch(form) {
  const key = form.dataset.autosave ?? '';
  const status = form.querySelector('.autosave-status');
  let dirty = false;
  let saving = false;
  let submitting = false;
  let lastTry = Date.now();

  const say = (text) => { if (status) status.textContent = text; };
  // The page hands over its sentences in the reader's language (views/autosave-status.ts); English if it did not.
  const phrase = (name, fallback, values = {}) => (status?.dataset[name] ?? fallback).replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
  const interval = () => Number(form.dataset.autosaveInterval) || DEFAULT_INTERVAL;
  // An older copy is offered above the form: saving now would overwrite it before the author chose.
  const pendingOffer = () => [...document.querySelectorAll('[data-autosave-pending]')].some((el) => el.getAttribute('data-autosave-pending') === key);

  form.addEventListener('input', () => { dirty = true; });
  form.addEventListener('change', () => { dirty = true; });
  form.addEventListener('submit', () => { submitting = true; });
  // A one-second tick reads the interval each time, so it can change after the page loaded.
  setInterval(() => { if (Date.now() - lastTry >= interval()) save(false); }, Math.min(1000, interval()));
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') save(true); });

  async function save(leaving) {
    if (!dirty || saving || submitting) return;
    lastTry = Date.now();
    if (pendingOffer()) {
      say(phrase('pendingText', 'Not keeping copies yet: restore or discard the unsaved text above first.'));
      return;
    }
    const body = new URLSearchParams(/** @type {any} */ (new FormData(form)));
    body.set('autosave_key', key);
    const text = body.toString();
    const token = form.querySelector('input[name="authenticity_token"]')?.value ?? '';
    saving = true;
    dirty = false;
    try {
      const res = await fetch('/autosave', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-csrf-token': token, accept: 'application/json' },
        body: text,
        credentials: 'same-origin',
        redirect: 'manual',
        keepalive: leaving && text.length < KEEPALIVE_LIMIT,
      });
      if (res.type === 'opaqueredirect' || res.status === 0) throw new Error(phrase('loggedOutText', 'you are no longer logged in. Your text is still here: when you post it, you will be asked to log in and it will be sent.'));
      const data = await res.json().catch(() => ({}));
      if (res.status === 413) throw new Error(data.error ?? phrase('tooLongText', 'the text is too long to keep a copy. Save a draft instead.'));
      if (res.status === 403) throw new Error(phrase('tooOldText', 'this page is too old. Copy your text somewhere safe, then reload the page.'));
      if (!res.ok) throw new Error(data.error ?? phrase('answeredText', 'the archive answered {status}. It will try again.', { status: res.status }));
      say(phrase('savedText', 'Saved a copy at {time}.', { time: clock(data.savedAt) }));
    } catch (error) {
      dirty = true;
      const reason = error instanceof TypeError ? phrase('unreachableText', 'the archive could not be reached. It will try again.') : error.message;
      say(phrase('failedText', 'Could not save a copy: {reason}', { reason }));
    } finally {
      saving = false;
    }
  }
}

/** "14:03" in the reader's own time zone, with the page's digits. */
function clock(ms) {
  return new Date(ms).toLocaleTimeString(document.documentElement.lang || [], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}
