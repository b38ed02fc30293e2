// Tells the server the browser's time zone while the author has not chosen one: the posting forms' hidden field
// (time_zone_guess) is filled, the server reads the typed dates and times in that zone and keeps it as the author's
// setting. Without this script the dates are read in UTC, as the note beside them says.
const guess = document.querySelector('input[data-time-zone-guess]');
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
if (guess instanceof HTMLInputElement && guess.value === '' && zone) {
  guess.value = zone;
  for (const label of document.querySelectorAll('[data-time-zone-label]')) {
    // The page gives the sentence in its language, with ZONE where the zone's name goes.
    const sentence = label.getAttribute('data-browser-zone');
    if (sentence) label.textContent = sentence.replace('ZONE', zone);
  }
}
