// Listing filter panel: "Save filter" saves what is ticked in the panel now, not only what was last applied,
// so a reader can choose, name and save in one step. Without this script the form saves the applied filter.
const panel = document.getElementById('work-filters');
const save = document.querySelector('form.save-filter');
if (panel instanceof HTMLFormElement && save instanceof HTMLFormElement) {
  save.addEventListener('submit', () => {
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(panel)) if (typeof value === 'string' && value !== '') query.append(name, value);
    const field = save.querySelector('input[name="filter[query]"]');
    if (field instanceof HTMLInputElement) field.value = query.toString();
  });
}
