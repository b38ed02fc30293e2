// Leaves kudos without reloading the page. Without this script the form posts and the page comes back with a message;
// when anything here goes wrong, the form is sent the ordinary way so the reader sees the server's answer.
const form = document.getElementById('new_kudo');
const message = document.getElementById('kudos_message');
const list = document.getElementById('kudos');

if (form instanceof HTMLFormElement && message && list) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button');
    if (button) button.disabled = true;
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form)),
        headers: { accept: 'application/json' },
        credentials: 'same-origin',
      });
      if (!response.ok || !(response.headers.get('content-type') ?? '').includes('application/json')) throw new Error(String(response.status));
      const data = await response.json();
      message.textContent = data.message;
      list.innerHTML = data.html; // rendered and escaped by the server's templates
    } catch {
      form.submit();
    } finally {
      if (button) button.disabled = false;
    }
  });
}
