// The account menu in the header is a <details>: it opens and closes without this script. With it, the menu also
// closes as menus do: on Escape (focus goes back to its toggle), and on a click or focus anywhere outside it.
const menu = document.querySelector('details.user-menu');
if (menu) {
  const toggle = menu.querySelector('summary');
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    menu.open = false;
    toggle.focus();
  });
  const outside = (event) => {
    if (menu.open && !menu.contains(event.target)) menu.open = false;
  };
  document.addEventListener('click', outside);
  document.addEventListener('focusin', outside);
}
