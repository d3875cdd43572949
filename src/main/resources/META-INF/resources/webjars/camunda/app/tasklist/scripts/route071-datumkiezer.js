// Route071: one Dutch date in every date field of Camunda Forms, whatever the browser's language.
//
// form-js (Tasklist 7.24) builds the format of its date fields from the browser's own locale: it asks
// `new Intl.DateTimeFormat(undefined)` how 5 June 2020 is written and turns that into a flatpickr format, so an
// nl-NL browser reads 01-03-2026 as 1 March and an en-US browser as 3 January. This script makes the default
// locale of Intl.DateTimeFormat Dutch with two-digit day and month, so every date field is typed, shown and read
// as dd-mm-jjjj (01-03-2026; 1-3-2026 and 01/03/2026 are read the same way). The value form-js stores stays
// yyyy-MM-dd. Calls that name a locale or options are left alone (the time zone stays the browser's).
//
// Beside each date field the date is written in words ("1 maart 2026"), so a griffier sees at once which day the
// form took. The date picker gets Dutch month and day names with Monday first; the placeholder reads dd-mm-jjjj.
// Loaded by Tasklist as a custom script (config.js, customScripts); it exports no plugin.
(function () {
  'use strict';

  var MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
    'oktober', 'november', 'december'];

  // ---------------------------------------------------------------- the date format of form-js

  var Origineel = window.Intl && window.Intl.DateTimeFormat;
  if (Origineel && !Origineel.route071) {
    var NederlandseDatum = function DateTimeFormat(locales, opties) {
      if (locales === undefined || locales === 'default') {
        locales = 'nl-NL';
        if (opties === undefined) {
          opties = { day: '2-digit', month: '2-digit', year: 'numeric' };
        }
      }
      return new Origineel(locales, opties);
    };
    NederlandseDatum.prototype = Origineel.prototype;
    NederlandseDatum.supportedLocalesOf = function (locales, opties) {
      return Origineel.supportedLocalesOf(locales, opties);
    };
    NederlandseDatum.route071 = true;
    window.Intl.DateTimeFormat = NederlandseDatum;
  }

  // ---------------------------------------------------------------- the date picker in Dutch

  var nederlands = {
    weekdays: {
      shorthand: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
      longhand: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag']
    },
    months: {
      shorthand: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
      longhand: MAANDEN
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
    var flatpickr;
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

  // ---------------------------------------------------------------- placeholder and the date in words

  var PLACEHOLDER_NL = 'dd-mm-jjjj';

  /** "01-03-2026" (or 1-3-2026, 01/03/2026) as "1 maart 2026"; '' for anything else. */
  function inWoorden(tekst) {
    var delen = /^\s*(\d{1,2})\D(\d{1,2})\D(\d{4})\s*$/.exec(tekst || '');
    if (!delen) {
      return '';
    }
    var dag = Number(delen[1]);
    var maand = Number(delen[2]);
    var jaar = Number(delen[3]);
    var datum = new Date(jaar, maand - 1, dag);
    if (datum.getFullYear() !== jaar || datum.getMonth() !== maand - 1 || datum.getDate() !== dag) {
      return '';
    }
    return dag + ' ' + MAANDEN[maand - 1] + ' ' + jaar;
  }

  function woordenVan(veld) {
    var groep = veld.closest('.fjs-input-group') || veld;
    var woorden = groep.nextElementSibling;
    if (!woorden || !woorden.classList.contains('route071-datum-in-woorden')) {
      woorden = document.createElement('span');
      woorden.className = 'route071-datum-in-woorden';
      woorden.id = veld.id + '-in-woorden';
      woorden.setAttribute('aria-live', 'polite');
      groep.parentNode.insertBefore(woorden, groep.nextSibling);
    }
    return woorden;
  }

  function toonInWoorden(veld) {
    var woorden = woordenVan(veld);
    var tekst = inWoorden(veld.value);
    if (woorden.textContent !== tekst) {
      woorden.textContent = tekst;
    }
  }

  function datumvelden(wortel) {
    return wortel.querySelectorAll('.fjs-form-field-datetime .fjs-datepicker input.fjs-input');
  }

  function bijwerken() {
    datumvelden(document).forEach(function (veld) {
      if (veld.getAttribute('placeholder') !== PLACEHOLDER_NL) {
        veld.setAttribute('placeholder', PLACEHOLDER_NL);
      }
      if (!veld.route071) {
        veld.route071 = true;
        ['input', 'change', 'blur', 'keyup'].forEach(function (soort) {
          veld.addEventListener(soort, function () {
            toonInWoorden(veld);
          });
        });
      }
      toonInWoorden(veld);
    });
  }

  var gepland = false;
  new MutationObserver(function () {
    if (!gepland) {
      gepland = true;
      window.requestAnimationFrame(function () {
        gepland = false;
        bijwerken();
      });
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  // flatpickr sets the input's value without an input event when a day is picked in the calendar
  document.addEventListener('click', function () {
    window.setTimeout(bijwerken, 0);
  }, true);

  window.route071 = window.route071 || {};
  window.route071.datumInWoorden = inWoorden;
})();
