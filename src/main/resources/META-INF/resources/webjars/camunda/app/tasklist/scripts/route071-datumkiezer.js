// Route071: Dutch month and day names, and Monday first, in the date picker of Camunda Forms, and a
// Dutch placeholder in their date fields. form-js draws its date fields with flatpickr, which registers
// itself as window.flatpickr when the first form is shown; its default locale is set here before any
// picker is created. form-js reads a typed date as month/day/year; the placeholder says so in Dutch.
// Loaded by Tasklist as a custom script (config.js, customScripts); it exports no plugin.
const nederlands = {
  weekdays: {
    shorthand: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
    longhand: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag']
  },
  months: {
    shorthand: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    longhand: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
      'oktober', 'november', 'december']
  },
  firstDayOfWeek: 1,
  weekAbbreviation: 'wk',
  rangeSeparator: ' t/m ',
  scrollTitle: 'Scroll om te wijzigen',
  toggleTitle: 'Klik om te wisselen',
  ordinal: function (nth) {
    return nth === 1 || nth === 8 || nth >= 20 ? 'ste' : 'de';
  }
};

function maakNederlands(flatpickr) {
  if (flatpickr && typeof flatpickr.localize === 'function') {
    flatpickr.localize(nederlands);
  }
}

if (window.flatpickr) {
  maakNederlands(window.flatpickr);
}
else {
  let flatpickr;
  Object.defineProperty(window, 'flatpickr', {
    configurable: true,
    get: function () {
      return flatpickr;
    },
    set: function (waarde) {
      flatpickr = waarde;
      maakNederlands(waarde);
    }
  });
}

const PLACEHOLDER_FORMJS = 'mm/dd/yyyy';
const PLACEHOLDER_NL = 'mm/dd/jjjj (maand/dag/jaar)';

function vertaalPlaceholders(wortel) {
  wortel.querySelectorAll('input[placeholder="' + PLACEHOLDER_FORMJS + '"]').forEach(function (veld) {
    veld.setAttribute('placeholder', PLACEHOLDER_NL);
  });
}

new MutationObserver(function () {
  vertaalPlaceholders(document);
}).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['placeholder'] });
