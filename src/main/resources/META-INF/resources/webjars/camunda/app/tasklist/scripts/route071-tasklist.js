// Route071: what Route071 adds to Camunda Tasklist. One ES module, loaded by config.js (customScripts).
//
// Written for (and checked against): Camunda Tasklist 7.24.0 (camunda-webapp-webjar 7.24.0), the form-js viewer it
// bundles in lib/deps.js (schemaVersion 16, preact 10.13.0) and flatpickr 4.6.13.
//
// Extended through Tasklist's plugin points (the default export):
//   - tasklist.navbar.action  links to Regionaal overzicht (/overzicht) and Evaluatie (/evaluatie) in the header;
//   - tasklist.card           the due date as a date ("Uiterlijk 1 maart 2026") and the gemeente, capitalised, on
//                             every task card, without expanding it.
// What Tasklist and form-js offer no point for stays a patch. Each is one entry of AANPASSINGEN below with the
// version it was written for (`doel`) and a check of its target (`aanwezig`): when the target is missing on a page
// where it should be, the console says so ("Route071: ... niet gevonden") and the browser tests fail
// (window.route071.doelen(), see ExtensieDoelenInDeBrowserTest). One MutationObserver drives all patches.
//
// Dates are written by one Dutch date writer (window.route071.datum), as nl.route071.weergave.Weergave does in Java.

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
  'oktober', 'november', 'december'];
const ENGINE = '/camunda/api/engine/engine/default';

// ------------------------------------------------------------------------------------------ the Dutch date writer

/** "1 maart 2026" for a Date, a yyyy-MM-dd(...) text or a day, month, year; '' for anything else. */
function datum(waarde, maand, jaar) {
  let d;
  if (typeof waarde === 'number' && maand !== undefined) {
    d = new Date(jaar, maand - 1, waarde);
    if (d.getFullYear() !== jaar || d.getMonth() !== maand - 1 || d.getDate() !== waarde) {
      return '';
    }
  }
  else if (waarde instanceof Date) {
    d = waarde;
  }
  else if (typeof waarde === 'string' && /^\d{4}-\d{2}-\d{2}/.test(waarde)) {
    d = new Date(waarde.length === 10 ? waarde + 'T00:00:00' : waarde);
  }
  if (!d || isNaN(d.getTime())) {
    return '';
  }
  return d.getDate() + ' ' + MAANDEN[d.getMonth()] + ' ' + d.getFullYear();
}

/** A number with a dot between the thousands, as on the own pages: 52.058. */
function getal(n) {
  return String(Math.round(Number(n) || 0)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * A typed date as dd-mm-jjjj (with -, / or ., one- or two-digit day and month, four-digit year): {dag, maand, jaar},
 * or {fout} with a Dutch message for anything impossible, ambiguous or in another format.
 */
function leesDatum(tekst) {
  const schoon = (tekst || '').trim();
  if (schoon === '') {
    return {};
  }
  const delen = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(schoon);
  if (!delen) {
    return { fout: 'Typ de datum als dd-mm-jjjj, bijvoorbeeld 01-03-2026, of kies hem in de kalender.' };
  }
  const dag = Number(delen[1]);
  const maand = Number(delen[3]);
  const jaar = Number(delen[4]);
  if (maand < 1 || maand > 12 || datum(dag, maand, jaar) === '') {
    return { fout: schoon + ' is geen bestaande datum. Typ de datum als dd-mm-jjjj, bijvoorbeeld 01-03-2026.' };
  }
  return { dag: dag, maand: maand, jaar: jaar };
}

function tweeCijfers(n) {
  return (n < 10 ? '0' : '') + n;
}

// ------------------------------------------------------------------------------------------ patches: dates

// form-js asks `new Intl.DateTimeFormat("default")` how 5 June 2020 is written and turns that into the flatpickr
// format of every date field, so an en-US browser read 01-03-2026 as 3 January. The default locale is made Dutch
// with two-digit day and month before any form is drawn: every date field reads and shows dd-mm-jjjj.
const OrigineleDatumnotatie = window.Intl && window.Intl.DateTimeFormat;
if (OrigineleDatumnotatie && !OrigineleDatumnotatie.route071) {
  const NederlandseDatum = function DateTimeFormat(locales, opties) {
    if (locales === undefined || locales === 'default') {
      locales = 'nl-NL';
      if (opties === undefined) {
        opties = { day: '2-digit', month: '2-digit', year: 'numeric' };
      }
    }
    return new OrigineleDatumnotatie(locales, opties);
  };
  NederlandseDatum.prototype = OrigineleDatumnotatie.prototype;
  NederlandseDatum.supportedLocalesOf = (locales, opties) => OrigineleDatumnotatie.supportedLocalesOf(locales, opties);
  NederlandseDatum.route071 = true;
  window.Intl.DateTimeFormat = NederlandseDatum;
}

const KALENDER_NL = {
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
  ordinal: (nth) => (nth === 1 || nth === 8 || nth >= 20 ? 'ste' : 'de')
};

function datumvelden(wortel) {
  return (wortel || document).querySelectorAll('.fjs-form-field-datetime .fjs-datepicker input.fjs-input');
}

function isDatumveld(element) {
  return !!(element && element.matches && element.matches('.fjs-form-field-datetime .fjs-datepicker input.fjs-input'));
}

/** The Dutch message under a date field whose typed text was refused, or removes it (message null). */
function toonDatumfout(veld, melding) {
  const veldvak = veld.closest('.fjs-form-field') || veld.parentNode;
  const id = veld.id + '-route071-fout';
  let vak = document.getElementById(id);
  if (!melding) {
    if (vak) {
      vak.remove();
    }
    veld.removeAttribute('aria-invalid');
    veld.classList.remove('route071-datumfout');
    veldvak.classList.remove('route071-heeft-datumfout');
    const beschreven = (veld.getAttribute('aria-describedby') || '').split(' ').filter((x) => x && x !== id);
    if (beschreven.length) {
      veld.setAttribute('aria-describedby', beschreven.join(' '));
    }
    return;
  }
  if (!vak) {
    vak = document.createElement('div');
    vak.id = id;
    vak.className = 'fjs-form-field-error route071-datumfout-melding';
    vak.setAttribute('role', 'alert');
    veldvak.appendChild(vak);
  }
  vak.textContent = melding;
  veld.setAttribute('aria-invalid', 'true');
  veld.classList.add('route071-datumfout');
  veldvak.classList.add('route071-heeft-datumfout');
  const beschreven = (veld.getAttribute('aria-describedby') || '').split(' ').filter((x) => x);
  if (beschreven.indexOf(id) < 0) {
    beschreven.push(id);
    veld.setAttribute('aria-describedby', beschreven.join(' '));
  }
}

/**
 * Before flatpickr reads what was typed (a click elsewhere, leaving the field, or Enter, which form-js also sends on
 * blur): a text that is no dd-mm-jjjj day is stopped here, so flatpickr never takes it (it would read 2026-03-01 as
 * 20 June 2026), and the field says why; a good one is written as dd-mm-jjjj, which flatpickr reads exactly.
 * Returns whether the event was stopped.
 */
function controleerDatum(veld, gebeurtenis) {
  const gelezen = leesDatum(veld.value);
  if (gelezen.fout) {
    gebeurtenis.stopImmediatePropagation();
    gebeurtenis.stopPropagation();
    if (gebeurtenis.type === 'keydown') {
      gebeurtenis.preventDefault();
    }
    toonDatumfout(veld, gelezen.fout);
    toonInWoorden(veld, '');
    return true;
  }
  toonDatumfout(veld, null);
  if (gelezen.dag) {
    const netjes = tweeCijfers(gelezen.dag) + '-' + tweeCijfers(gelezen.maand) + '-' + gelezen.jaar;
    if (veld.value !== netjes) {
      veld.value = netjes;
    }
  }
  return false;
}

function datuminvoer(gebeurtenis) {
  const veld = gebeurtenis.target;
  if (!isDatumveld(veld) || veld.readOnly || veld.disabled) {
    return;
  }
  if (gebeurtenis.type === 'keydown' && gebeurtenis.key !== 'Enter' && gebeurtenis.keyCode !== 13) {
    return;
  }
  if (gebeurtenis.type === 'blur' && gebeurtenis.relatedTarget && gebeurtenis.relatedTarget.closest
    && gebeurtenis.relatedTarget.closest('.flatpickr-calendar')) {
    return; // on its way to the calendar: the picked day decides
  }
  controleerDatum(veld, gebeurtenis);
}

// flatpickr (allowInput) reads the typed text on a mousedown anywhere outside the field and its calendar
function klikBuitenDatum(gebeurtenis) {
  const veld = document.activeElement;
  if (!isDatumveld(veld) || veld.readOnly || veld.disabled || veld.contains(gebeurtenis.target)
    || (gebeurtenis.target.closest && gebeurtenis.target.closest('.flatpickr-calendar'))) {
    return;
  }
  if (leesDatum(veld.value).fout) {
    // flatpickr's own handler must not read it; the click itself still happens
    gebeurtenis.stopImmediatePropagation();
    toonDatumfout(veld, leesDatum(veld.value).fout);
    toonInWoorden(veld, '');
    const kiezer = veld._flatpickr;
    if (kiezer && kiezer.isOpen) {
      kiezer.close();
    }
    return;
  }
  controleerDatum(veld, gebeurtenis);
}
window.addEventListener('mousedown', klikBuitenDatum, true);
window.addEventListener('touchstart', klikBuitenDatum, true);
window.addEventListener('blur', datuminvoer, true);
window.addEventListener('keydown', datuminvoer, true);
// typing again clears the message; the field is checked again when it is left
window.addEventListener('input', (gebeurtenis) => {
  if (isDatumveld(gebeurtenis.target) && gebeurtenis.target.classList.contains('route071-datumfout')
    && !leesDatum(gebeurtenis.target.value).fout) {
    toonDatumfout(gebeurtenis.target, null);
  }
}, true);

function woordenVan(veld) {
  const groep = veld.closest('.fjs-input-group') || veld;
  let woorden = groep.nextElementSibling;
  if (!woorden || !woorden.classList.contains('route071-datum-in-woorden')) {
    woorden = document.createElement('span');
    woorden.className = 'route071-datum-in-woorden';
    woorden.id = veld.id + '-in-woorden';
    woorden.setAttribute('aria-live', 'polite');
    groep.parentNode.insertBefore(woorden, groep.nextSibling);
  }
  return woorden;
}

function toonInWoorden(veld, tekst) {
  const woorden = woordenVan(veld);
  if (tekst === undefined) {
    const gelezen = leesDatum(veld.value);
    tekst = gelezen.dag ? datum(gelezen.dag, gelezen.maand, gelezen.jaar) : '';
  }
  if (woorden.textContent !== tekst) {
    woorden.textContent = tekst;
  }
}

// ------------------------------------------------------------------------------------------ patches: form-js messages

const VERTALINGEN = [
  [/^Field is required\.?$/, (veld) => (keuzeveld(veld) ? 'Maak een keuze.' : 'Vul dit veld in.')],
  [/^Field must have minimum value of (.+)\.$/, 'De waarde moet minstens $1 zijn.'],
  [/^Field must have maximum value of (.+)\.$/, 'De waarde mag hoogstens $1 zijn.'],
  [/^Field must have minimum length of (.+)\.$/, 'Vul minstens $1 tekens in.'],
  [/^Field must have maximum length of (.+)\.$/, 'Vul hoogstens $1 tekens in.'],
  [/^Field must match pattern (.+)\.$/, 'De invoer heeft niet de gevraagde vorm.'],
  [/^Field must be a valid\s+international phone number.*$/, 'Vul een geldig internationaal telefoonnummer in (bijvoorbeeld +31715165111).'],
  [/^Field must be a valid email\.?$/, 'Vul een geldig e-mailadres in.'],
  [/^Value is not a number\.?$/, 'Vul een getal in.'],
  [/^Value is expected to be an integer\.?$/, 'Vul een geheel getal in.'],
  [/^Invalid date\.?$/i, 'Vul een geldige datum in als dd-mm-jjjj.'],
  [/^Date must be (in the future|today or later)\.?$/i, 'Kies vandaag of een latere datum.']
];

function keuzeveld(veld) {
  return !!(veld && veld.closest && veld.closest('.fjs-form-field-radio, .fjs-form-field-checklist, .fjs-form-field-select, '
    + '.fjs-form-field-checkbox, .fjs-form-field-taglist'));
}

function vertaal(tekst, veld) {
  const schoon = (tekst || '').trim();
  for (const [patroon, vervanging] of VERTALINGEN) {
    if (patroon.test(schoon)) {
      return typeof vervanging === 'function' ? vervanging(veld) : schoon.replace(patroon, vervanging);
    }
  }
  return null;
}

/**
 * Each form-js message is translated in its own text node (node.data), never by replacing the node: preact keeps
 * that node and, on a later render, writes its English into it again (which is then translated again), instead of
 * adding a second node beside ours ("Vul dit veld in.Field is required.").
 */
function vertaalMeldingen(wortel) {
  wortel.querySelectorAll('.fjs-form-field-error li').forEach((melding) => {
    melding.childNodes.forEach((knoop) => {
      if (knoop.nodeType === 3) {
        const nederlands = vertaal(knoop.data, melding);
        if (nederlands && knoop.data !== nederlands) {
          knoop.data = nederlands;
        }
      }
    });
  });
}

// ------------------------------------------------------------------------------------------ patches: after Afronden

/** The first field with an error (form-js's, or a refused typed date) gets the focus and is scrolled to. */
function focusOpEersteFout() {
  const fout = document.querySelector('form.fjs-form .fjs-has-errors, form.fjs-form .route071-heeft-datumfout');
  if (!fout) {
    return false;
  }
  const invoer = fout.querySelector('input:not([type=hidden]):not([disabled]), textarea, select, button, [tabindex="0"]');
  fout.scrollIntoView({ block: 'center' });
  if (invoer) {
    invoer.focus({ preventScroll: true });
  }
  return true;
}

function naVersturen() {
  // form-js validates on submit and draws its errors a moment later
  [50, 250, 600].forEach((wacht) => {
    window.setTimeout(() => {
      vertaalMeldingen(document);
      const actief = document.activeElement;
      if (!(actief && actief.closest && actief.closest('.fjs-has-errors, .route071-heeft-datumfout'))) {
        focusOpEersteFout();
      }
    }, wacht);
  });
}

document.addEventListener('click', (gebeurtenis) => {
  const knop = gebeurtenis.target.closest && gebeurtenis.target.closest('button');
  if (!(knop && (knop.closest('.form-actions') || knop.closest('.modal-footer')) && knop.classList.contains('btn-primary'))) {
    return;
  }
  // a refused typed date: nothing is sent, the field says why
  const wortel = knop.closest('.modal') || document;
  const verkeerd = Array.prototype.find.call(datumvelden(wortel), (veld) => leesDatum(veld.value).fout);
  if (verkeerd) {
    gebeurtenis.preventDefault();
    gebeurtenis.stopImmediatePropagation();
    toonDatumfout(verkeerd, leesDatum(verkeerd.value).fout);
    focusOpEersteFout();
    return;
  }
  naVersturen();
}, true);

// ------------------------------------------------------------------------------------------ patch: proposal number

function meldVoorstelnummer(nummer) {
  let melding = document.getElementById('route071-voorstel-gestart');
  if (!melding) {
    melding = document.createElement('div');
    melding.id = 'route071-voorstel-gestart';
    melding.className = 'route071-melding alert alert-success';
    melding.setAttribute('role', 'status');
    document.body.appendChild(melding);
  }
  melding.textContent = '';
  const tekst = document.createElement('span');
  tekst.textContent = 'Uw voorstel is ingediend met nummer ' + nummer + '. Vermeld dit nummer in uw correspondentie.';
  const sluit = document.createElement('button');
  sluit.type = 'button';
  sluit.className = 'btn btn-default btn-sm';
  sluit.textContent = 'Sluiten';
  sluit.addEventListener('click', () => melding.remove());
  melding.appendChild(tekst);
  melding.appendChild(sluit);
}

// Tasklist 7.24.0 talks to the engine's REST API with XMLHttpRequest. It starts a process with POST
// .../process-definition/{id}/submit-form and shows nothing of the answer; the business key in that answer is the
// proposal number the submitter needs. Its searches (POST .../filter/{id}/list and /count) also look for the
// proposal number and title (zoekOokOpVoorstel).
const xhrOpen = XMLHttpRequest.prototype.open;
const xhrSend = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.open = function (methode, adres) {
  this.route071Zoekvraag = /\/filter\/[^/]+\/(list|count)$/.test(String(adres).split('?')[0]) && /^post$/i.test(methode);
  if (/\/process-definition\/[^/]+\/submit-form$/.test(String(adres).split('?')[0])) {
    this.addEventListener('load', function () {
      if (this.status >= 200 && this.status < 300) {
        try {
          const instantie = JSON.parse(this.responseText);
          if (instantie && instantie.businessKey) {
            meldVoorstelnummer(instantie.businessKey);
          }
        }
        catch (e) {
          // not JSON: nothing to show
        }
      }
    });
  }
  return xhrOpen.apply(this, arguments);
};
XMLHttpRequest.prototype.send = function (body) {
  if (this.route071Zoekvraag && typeof body === 'string' && body.indexOf('"nameLike"') >= 0) {
    return xhrSend.call(this, zoekOokOpVoorstel(body));
  }
  return xhrSend.apply(this, arguments);
};

// ------------------------------------------------------------------------------------------ patch: dynamic lists

// The form-js defect worked around here is written down in docs/tasklist.md ("form-js: a valid dynamic list
// disables Afronden"). Tasklist decides whether Afronden is enabled by counting the keys of the `errors` of form-js's
// "changed" event; form-js keeps an entry for a field inside a dynamic list once validated, as an object of row
// indexes whose values are undefined when the rows are valid. A listener that runs before Tasklist's leaves in
// `event.errors` only the entries that hold a message. The server checks every submission against the form anyway.
const VOORRANG = 5000; // before Tasklist's listener (form-js's default priority is 1000)
const bewaakt = new WeakSet();

function heeftFout(waarde) {
  if (waarde === undefined || waarde === null) {
    return false;
  }
  if (Array.isArray(waarde)) {
    return waarde.some(heeftFout);
  }
  if (typeof waarde === 'object') {
    return Object.keys(waarde).some((sleutel) => heeftFout(waarde[sleutel]));
  }
  return typeof waarde === 'string' ? waarde.length > 0 : true;
}

/** The form-js Form behind a rendered `.fjs-container`, through its context provider in preact's vnode tree. */
function formulierVan(container) {
  const stapel = [container.__k];
  let bezocht = 0;
  while (stapel.length && bezocht < 5000) {
    const knoop = stapel.pop();
    bezocht++;
    if (!knoop) {
      continue;
    }
    if (Array.isArray(knoop)) {
      knoop.forEach((k) => stapel.push(k));
      continue;
    }
    const waarde = knoop.props && knoop.props.value;
    if (waarde && typeof waarde.getService === 'function') {
      try {
        const formulier = waarde.getService('form', false);
        if (formulier && typeof formulier.on === 'function') {
          return formulier;
        }
      }
      catch (e) {
        // not a form-js viewer context
      }
    }
    if (knoop.__k) {
      stapel.push(knoop.__k);
    }
  }
  return null;
}

function bewaakLijsten(container) {
  if (bewaakt.has(container) || !container.querySelector('.fjs-form-field-dynamiclist')) {
    return true;
  }
  const formulier = formulierVan(container);
  if (!formulier) {
    return false;
  }
  bewaakt.add(container);
  formulier.on('changed', VOORRANG, (event) => {
    if (event && event.errors) {
      const uit = {};
      Object.keys(event.errors).forEach((sleutel) => {
        if (heeftFout(event.errors[sleutel])) {
          uit[sleutel] = event.errors[sleutel];
        }
      });
      event.errors = uit;
    }
  });
  return true;
}

// ------------------------------------------------------------------------------------------ patches: task list

/** "maandag 1 maart 2026 01:00" (moment's LLLL in Dutch, a tooltip of Tasklist) -> "1 maart 2026". */
function datumUit(tekst) {
  const gevonden = /(\d{1,2} [a-z]+ \d{4})/.exec(tekst || '');
  return gevonden ? gevonden[1] : null;
}

/** The task's header (the open task) shows its due and follow-up date as a date, not "over 2 maanden". */
function datumsInTaakkop() {
  document.querySelectorAll('.task-card .task-details .due-date, .task-card .task-details .followup-date, '
    + 'section.task-card .dates span[uib-tooltip], section.task-card [cam-tasklist-task-meta] span[uib-tooltip]').forEach((vak) => {
    const relatief = vak.matches('span[uib-tooltip]') ? vak : vak.querySelector('span[uib-tooltip]');
    if (!relatief || relatief.closest('.tasks-list')) {
      return;
    }
    const dag = datumUit(relatief.getAttribute('uib-tooltip'));
    if (!dag) {
      return;
    }
    let absoluut = relatief.nextElementSibling;
    if (!absoluut || !absoluut.classList.contains('route071-datum')) {
      absoluut = document.createElement('span');
      absoluut.className = 'route071-datum';
      relatief.parentNode.insertBefore(absoluut, relatief.nextSibling);
      relatief.classList.add('route071-relatief');
    }
    if (absoluut.textContent !== dag) {
      absoluut.textContent = dag;
    }
  });
}

// Filter counts: Tasklist 7.24.0 counts only the open filter. One bounded request (firstResult/maxResults, as the
// engine's query-max-results-limit asks of every list) gives the count of each filter.
let telBezig = false;
let laatstGeteld = 0;
function aantallen() {
  const filters = document.querySelectorAll('.task-filter h4.name a');
  if (!filters.length || telBezig || Date.now() - laatstGeteld < 5000) {
    return;
  }
  telBezig = true;
  laatstGeteld = Date.now();
  const verzoek = new XMLHttpRequest();
  verzoek.open('GET', ENGINE + '/filter?resourceType=Task&itemCount=true&firstResult=0&maxResults=200');
  verzoek.setRequestHeader('Accept', 'application/json');
  verzoek.onloadend = () => {
    telBezig = false;
    if (verzoek.status !== 200) {
      console.warn('Route071: de aantallen van de filters zijn niet op te halen (' + verzoek.status + ').');
      return;
    }
    const perNaam = {};
    JSON.parse(verzoek.responseText).forEach((filter) => {
      perNaam[filter.name] = filter.itemCount;
    });
    document.querySelectorAll('.task-filter h4.name a').forEach((link) => {
      const naam = Array.prototype.filter.call(link.childNodes, (n) => n.nodeType === 3).map((n) => n.textContent).join('').trim();
      if (!(naam in perNaam)) {
        return;
      }
      let aantal = link.querySelector('.route071-aantal');
      if (!aantal) {
        aantal = document.createElement('span');
        aantal.className = 'route071-aantal counter';
        link.appendChild(aantal);
      }
      const tekst = getal(perNaam[naam]);
      if (aantal.textContent !== tekst) {
        aantal.textContent = tekst;
      }
    });
  };
  verzoek.send();
}
// a claim, a completion or a start changes the counts
document.addEventListener('click', () => {
  laatstGeteld = 0;
  window.setTimeout(aantallen, 1500);
}, true);

// ------------------------------------------------------------------------------------------ patches: accessibility

const NAMEN = [
  ['button[data-region="filters"]', 'Kolom met filters tonen of verbergen'],
  ['button[data-region="list"]', 'Kolom met de takenlijst tonen of verbergen'],
  ['button[data-region="task"]', 'Kolom met de taak tonen of verbergen'],
  ['.new-sort > .dropdown-toggle', 'Sortering toevoegen'],
  ['.app-switch > .dropdown-toggle', 'Andere Camunda-toepassing kiezen'],
  ['.account > .dropdown-toggle, .account .dropdown-toggle', 'Mijn account'],
  ['.shutter.actions a', 'Meer of minder over deze taak tonen'],
  ['a.glyphicon-menu-down, a.glyphicon-menu-up', 'Meer of minder tonen'],
  ['.navbar-toggle', 'Menu openen of sluiten'],
  ['a.instance-link', 'Het proces van deze taak openen'],
  ['button.close', 'Sluiten'],
  ['a[href="#/"] .glyphicon-home, a.navbar-brand', 'Takenlijst'],
  ['.sorting-choice a.remove, .sorting-choice .remove', 'Sortering verwijderen'],
  ['.sorting-choice a.direction, .sorting-choice .direction', 'Sorteervolgorde omkeren'],
  ['.sort-by a, .sorting a', 'Sortering kiezen'],
  ['.filters .task-filter a.edit, .task-filter .edit-filter', 'Filter bewerken'],
  ['.create-filter a, a.create-filter', 'Filter aanmaken'],
  ['.search-container .remove, .search-pill .remove', 'Zoekterm verwijderen'],
  ['.cam-tasklist-navbar .glyphicon-calendar', 'Kalender'],
  ['button.btn-link .glyphicon-remove', 'Verwijderen']
];

/** Accessible names that Tasklist, angular-ui's date picker and flatpickr give in English. */
const ENGELSE_NAMEN = {
  Close: 'Sluiten',
  Month: 'Maand',
  Year: 'Jaar',
  Select: 'Kiezen',
  'Previous month': 'Vorige maand',
  'Next month': 'Volgende maand',
  Previous: 'Vorige',
  Next: 'Volgende',
  Today: 'Vandaag',
  Clear: 'Wissen',
  Done: 'Klaar',
  Hour: 'Uur',
  Minute: 'Minuut',
  Remove: 'Verwijderen'
};

function heeftNaam(element) {
  // innerText: only text a screen reader gets (not text hidden with CSS)
  return (element.innerText || '').trim() !== '' || element.getAttribute('aria-label')
    || element.getAttribute('title') || element.querySelector('img[alt]:not([alt=""])');
}

function toegankelijkeNamen(wortel) {
  NAMEN.forEach(([selector, naam]) => {
    wortel.querySelectorAll(selector).forEach((element) => {
      const doel = element.closest('a, button') || element;
      if (!heeftNaam(doel)) {
        doel.setAttribute('aria-label', naam);
      }
    });
  });
  wortel.querySelectorAll('[aria-label], [title]').forEach((element) => {
    ['aria-label', 'title'].forEach((attribuut) => {
      const waarde = element.getAttribute(attribuut);
      if (waarde && ENGELSE_NAMEN[waarde.trim()]) {
        element.setAttribute(attribuut, ENGELSE_NAMEN[waarde.trim()]);
      }
    });
  });
  // texts for screen readers only (angular-ui's alerts: "Close")
  wortel.querySelectorAll('.sr-only').forEach((alleenVoorlezen) => {
    alleenVoorlezen.childNodes.forEach((knoop) => {
      if (knoop.nodeType === 3 && ENGELSE_NAMEN[knoop.data.trim()]) {
        knoop.data = ENGELSE_NAMEN[knoop.data.trim()];
      }
    });
  });
  // the direction arrow of a sorting says what it does (Tasklist names it like the card's expand arrow)
  wortel.querySelectorAll('.sorting-choice a.direction, .sorting-choice .sort-direction, [cam-sorting-choices] a.glyphicon-menu-down, '
    + '[cam-sorting-choices] a.glyphicon-menu-up, .sorting-choice a[ng-click*="Order"]').forEach((pijl) => {
    const op = /up|asc/.test(pijl.className) ? 'oplopend' : /down|desc/.test(pijl.className) ? 'aflopend' : '';
    const naam = 'Sorteervolgorde omkeren' + (op ? ' (nu ' + op + ')' : '');
    if (pijl.getAttribute('aria-label') !== naam) {
      pijl.setAttribute('aria-label', naam);
    }
  });
  // a text field with aria-expanded (the search's typeahead) is a combobox (WCAG 2.1, 4.1.2)
  wortel.querySelectorAll('input[aria-expanded]:not([role])').forEach((veld) => veld.setAttribute('role', 'combobox'));
  wortel.querySelectorAll('button[data-region]').forEach((knop) => {
    if (!heeftNaam(knop)) {
      knop.setAttribute('aria-label', 'Kolom ' + knop.getAttribute('data-region') + ' tonen of verbergen');
    }
  });
  wortel.querySelectorAll('a[href], a[tabindex], a.dropdown-toggle, button').forEach((element) => {
    if (heeftNaam(element)) {
      return;
    }
    const tip = element.getAttribute('uib-tooltip') || (element.parentElement && element.parentElement.getAttribute('uib-tooltip'));
    if (tip && !/\{\{/.test(tip)) {
      element.setAttribute('aria-label', tip);
    }
    else if (element.classList.contains('dropdown-toggle')) {
      element.setAttribute('aria-label', element.closest('.sorting-choice, .sort-by, [cam-sorting-choices]')
        ? 'Sortering kiezen' : 'Menu openen');
    }
  });
  // a dialog is named by its title (axe aria-dialog-name): the start dialog, the follow-up date, ...
  wortel.querySelectorAll('[role=dialog], [role=alertdialog]').forEach((venster) => {
    if (venster.getAttribute('aria-label') || venster.getAttribute('aria-labelledby')) {
      return;
    }
    const titel = venster.querySelector('.modal-title, .modal-header h3, .modal-header h4, h3, h4');
    if (titel) {
      if (!titel.id) {
        titel.id = 'route071-venstertitel-' + Math.random().toString(36).slice(2, 8);
      }
      venster.setAttribute('aria-labelledby', titel.id);
    }
    else {
      venster.setAttribute('aria-label', 'Venster');
    }
  });
}

// Visible labels instead of placeholders only on the login page (WCAG 2.1, 3.3.2); no positive tabindex (2.4.3).
function inlogpagina(wortel) {
  wortel.querySelectorAll('input[type=text][placeholder], input[type=password][placeholder]').forEach((veld) => {
    if (!veld.closest('form') || veld.closest('form.fjs-form') || veld.closest('[cam-widget-search]')) {
      return;
    }
    if (veld.type === 'text' && !veld.closest('.form-signin, [name=signinForm], .signin, .login')) {
      return;
    }
    if (!veld.id) {
      veld.id = 'route071-inlog-' + (veld.type === 'password' ? 'wachtwoord' : 'gebruikersnaam');
    }
    if (!document.querySelector('label[for="' + veld.id + '"]')) {
      const label = document.createElement('label');
      label.setAttribute('for', veld.id);
      label.className = 'route071-inlog-label';
      label.textContent = veld.getAttribute('placeholder');
      veld.parentNode.insertBefore(label, veld);
    }
  });
  wortel.querySelectorAll('[tabindex]').forEach((element) => {
    if (Number(element.getAttribute('tabindex')) > 0) {
      element.setAttribute('tabindex', '0');
    }
  });
}

// Tasklist's follow-up and due date picker (angular-ui's uib-datepicker) takes its day and month names and its first
// day of the week from AngularJS's $locale, which Tasklist 7.24.0 leaves English (Sun-Sat, "December 2026").
// $locale is AngularJS's public service for exactly this; its Dutch names are set once.
let hoekNederlands = false;
function nederlandseHoekkalender() {
  if (hoekNederlands || !window.angular) {
    return hoekNederlands;
  }
  const injector = window.angular.element(document.body).injector && window.angular.element(document.body).injector();
  if (!injector || !injector.has('$locale')) {
    return false;
  }
  const formaten = injector.get('$locale').DATETIME_FORMATS;
  formaten.MONTH = MAANDEN.slice();
  formaten.SHORTMONTH = KALENDER_NL.months.shorthand.slice();
  formaten.STANDALONEMONTH = MAANDEN.slice();
  formaten.DAY = KALENDER_NL.weekdays.longhand.slice();
  formaten.SHORTDAY = KALENDER_NL.weekdays.shorthand.slice();
  formaten.FIRSTDAYOFWEEK = 0; // AngularJS counts from Monday: 0 = maandag
  formaten.AMPMS = ['a.m.', 'p.m.'];
  hoekNederlands = true;
  return true;
}

// ------------------------------------------------------------------------------------------ search by proposal number

// Tasklist's "Taken zoeken" turns typed text into a search on the task name (nameLike in the body of POST
// .../filter/{id}/list and .../count, the engine's public REST API). The text then also finds a task by its
// proposal number (the business key) and its proposal's title (the process variable titel): the name criterion
// becomes one or-query of the three. No expression is added, so the engine's query guard lets it pass.
function zoekOokOpVoorstel(body) {
  let vraag;
  try {
    vraag = JSON.parse(body);
  }
  catch (e) {
    return body;
  }
  if (!vraag || typeof vraag.nameLike !== 'string' || vraag.orQueries) {
    return body;
  }
  const tekst = vraag.nameLike;
  delete vraag.nameLike;
  vraag.orQueries = [{
    nameLike: tekst,
    processInstanceBusinessKeyLike: tekst.toUpperCase(),
    processVariables: [{ name: 'titel', operator: 'like', value: tekst }]
  }];
  vraag.variableValuesIgnoreCase = true;
  return JSON.stringify(vraag);
}

// ------------------------------------------------------------------------------------------ sorting

// Tasklist 7.24.0 sorts the list by what its address says (sorting=[{sortBy, sortOrder}]), "Aangemaakt" (created,
// descending) when it says nothing, and its header shows that choice; the filters themselves have no order of their
// own (nl.route071.tasklist.TasklistFilters), so the header tells the truth and a griffier can change it. A filter
// opened without a choice is sorted by due date, soonest first.
const OP_VERVALDATUM = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

function sorteerStandaardOpVervaldatum() {
  const hash = window.location.hash || '';
  if (hash.indexOf('#/') !== 0 || !/[?&]filter=/.test(hash) || /[?&]sorting=/.test(hash)) {
    return;
  }
  window.location.replace(hash + '&sorting=' + encodeURIComponent(OP_VERVALDATUM));
}
window.addEventListener('hashchange', sorteerStandaardOpVervaldatum);

// ------------------------------------------------------------------------------------------ a disabled Afronden

// Tasklist 7.24.0 disables Afronden while form-js reports an error, without a word. Beside the button a note says
// what is missing, with a button to the first field concerned.
function waaromNietAfronden() {
  document.querySelectorAll('.form-actions').forEach((acties) => {
    const knop = acties.querySelector('button.btn-primary');
    let uitleg = acties.querySelector('.route071-waarom');
    if (!knop || !knop.disabled || !document.querySelector('form.fjs-form')) {
      if (uitleg) {
        uitleg.remove();
      }
      return;
    }
    const velden = Array.from(document.querySelectorAll('form.fjs-form .fjs-has-errors, form.fjs-form .route071-heeft-datumfout'));
    const namen = velden.map((veld) => {
      const label = veld.querySelector('.fjs-form-field-label');
      return label ? label.textContent.replace(/\*/g, '').trim() : '';
    }).filter((naam, i, alle) => naam && alle.indexOf(naam) === i);
    const tekst = namen.length ? 'Afronden kan nog niet: verbeter eerst ' + namen.slice(0, 3).map((n) => '‘' + n + '’').join(', ')
      + (namen.length > 3 ? ' en ' + (namen.length - 3) + ' andere' : '') + '.'
      : 'Afronden kan nog niet: vul eerst de verplichte velden in (gemarkeerd met *).';
    if (!uitleg) {
      uitleg = document.createElement('p');
      uitleg.className = 'route071-waarom';
      uitleg.setAttribute('role', 'status');
      const zin = document.createElement('span');
      const naar = document.createElement('button');
      naar.type = 'button';
      naar.className = 'btn btn-link';
      naar.textContent = 'Naar het eerste veld';
      naar.addEventListener('click', () => {
        if (!focusOpEersteFout()) {
          const leeg = Array.from(document.querySelectorAll('form.fjs-form .fjs-form-field'))
            .find((veld) => veld.querySelector('.fjs-asterix, .fjs-required') && veld.querySelector('input, textarea, select'));
          const invoer = leeg && leeg.querySelector('input, textarea, select');
          if (invoer) {
            invoer.scrollIntoView({ block: 'center' });
            invoer.focus({ preventScroll: true });
          }
        }
      });
      uitleg.appendChild(zin);
      uitleg.appendChild(naar);
      acties.insertBefore(uitleg, acties.firstChild);
    }
    if (uitleg.firstChild.textContent !== tekst) {
      uitleg.firstChild.textContent = tekst;
    }
  });
}

// ------------------------------------------------------------------------------------------ lists of choices (the vote)

// A dynamic list whose rows each hold one radio group (the stemming form: one row per fractie, titled
// "gemeente – fractie") is made to fit a keyboard and a screen reader, from the form as it is rendered, so a new
// form of that shape is covered too:
//   - the radios of a row share a name, so a row is one Tab stop and the arrow keys choose (form-js 1.x gives them
//     none, so every option was a Tab stop);
//   - each radio is named with its row ("Voor, Leiden – VVD"), the group with its row title;
//   - a link that a row repeats from an earlier row (the same source) is a Tab stop once;
//   - rows are grouped per gemeente, with a fast path above the form: one choice for all fracties of a gemeente,
//     then the exceptions row by row;
//   - a text right after the list that holds a tally (a heading "Telling") stays in view while the list scrolls.
/**
 * The items of a dynamic list that hold one radio group each. form-js 1.x wraps an item in
 * `.fjs-repeat-row-container` only when rows can be added or removed; otherwise an item is its layout rows one after
 * the other. So an item is a radio group with the texts before it (back to the previous group): its title is the
 * first bold text, its links those of these texts.
 */
function rijenVan(lijst) {
  const rijen = [];
  let teksten = [];
  lijst.querySelectorAll('.fjs-form-field-text, .fjs-form-field-radio').forEach((veld) => {
    if (veld.classList.contains('fjs-form-field-text')) {
      teksten.push(veld);
      return;
    }
    const sterk = teksten.map((t) => t.querySelector('strong, b')).find((x) => x);
    const titel = (sterk ? sterk.textContent : teksten.map((t) => t.textContent).join(' ')).replace(/\s+/g, ' ').trim();
    rijen.push({ groep: veld, titel: titel, teksten: teksten, eerste: teksten[0] || veld });
    teksten = [];
  });
  return rijen;
}

function gemeenteVan(titel) {
  const delen = titel.split(/\s+[–-]\s+/);
  return delen.length > 1 ? delen[0] : '';
}

function optieVan(radio) {
  const label = radio.closest('label') || document.querySelector('label[for="' + radio.id + '"]');
  return label ? label.textContent.trim() : radio.value;
}

function keuzelijsten() {
  document.querySelectorAll('form.fjs-form .fjs-form-field-dynamiclist').forEach((lijst, lijstnummer) => {
    const rijen = rijenVan(lijst);
    if (!rijen.length) {
      return;
    }
    let vorige = null;
    rijen.forEach((rij, i) => {
      const gemeente = gemeenteVan(rij.titel);
      const blok = rij.eerste.closest('.fjs-layout-row') || rij.eerste;
      if (gemeente && gemeente !== vorige) {
        blok.classList.add('route071-eerste-van-gemeente');
      }
      else {
        blok.classList.remove('route071-eerste-van-gemeente');
      }
      vorige = gemeente;
      const naam = 'route071-lijst' + lijstnummer + '-rij' + i;
      if (rij.groep.getAttribute('role') !== 'radiogroup') {
        rij.groep.setAttribute('role', 'radiogroup');
      }
      if (rij.groep.getAttribute('aria-label') !== 'Stem van ' + rij.titel) {
        rij.groep.setAttribute('aria-label', 'Stem van ' + rij.titel);
      }
      rij.groep.querySelectorAll('input[type=radio]').forEach((radio) => {
        if (radio.name !== naam) {
          radio.name = naam;
        }
        const volledig = optieVan(radio) + ', ' + rij.titel;
        if (radio.getAttribute('aria-label') !== volledig) {
          radio.setAttribute('aria-label', volledig);
        }
      });
      // the rows' links (the source of each fractie's votes) are reached once per gemeente in the fast path
      rij.teksten.forEach((tekst) => tekst.querySelectorAll('a[href]').forEach((link) => {
        if (link.getAttribute('tabindex') !== '-1') {
          link.setAttribute('tabindex', '-1');
        }
      }));
    });
    snelkeuze(lijst, lijstnummer);
    telling(lijst);
  });
}

function snelkeuze(lijst, lijstnummer) {
  const container = lijst.closest('.fjs-container');
  const rijen = rijenVan(lijst);
  if (!container || !container.parentNode || !rijen.length) {
    return;
  }
  const perGemeente = new Map();
  rijen.forEach((rij) => {
    const gemeente = gemeenteVan(rij.titel);
    if (gemeente) {
      perGemeente.set(gemeente, (perGemeente.get(gemeente) || 0) + 1);
    }
  });
  if (perGemeente.size < 2) {
    return;
  }
  const id = 'route071-snelkeuze-' + lijstnummer;
  let paneel = document.getElementById(id);
  const opties = Array.from(rijen[0].groep.querySelectorAll('input[type=radio]')).map(optieVan);
  const sleutel = Array.from(perGemeente.keys()).join('|') + '#' + opties.join('|');
  if (paneel && paneel.getAttribute('data-sleutel') === sleutel) {
    return;
  }
  if (paneel) {
    paneel.remove();
  }
  paneel = document.createElement('fieldset');
  paneel.id = id;
  paneel.className = 'route071-snelkeuze';
  paneel.setAttribute('data-sleutel', sleutel);
  const legenda = document.createElement('legend');
  legenda.textContent = 'Snel invullen: één keuze voor alle fracties van een gemeente, daarna de uitzonderingen per fractie';
  paneel.appendChild(legenda);
  perGemeente.forEach((aantal, gemeente) => {
    const veldId = id + '-' + gemeente.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const label = document.createElement('label');
    label.setAttribute('for', veldId);
    label.textContent = 'Alle ' + aantal + ' fracties van ' + gemeente;
    const keuze = document.createElement('select');
    keuze.id = veldId;
    keuze.className = 'form-control';
    ['— kies —'].concat(opties).forEach((optie, i) => {
      const o = document.createElement('option');
      o.value = i === 0 ? '' : optie;
      o.textContent = optie;
      keuze.appendChild(o);
    });
    keuze.addEventListener('change', () => {
      if (!keuze.value) {
        return;
      }
      // the items of this gemeente as they are now (form-js may have drawn them anew)
      rijenVan(lijst).filter((rij) => gemeenteVan(rij.titel) === gemeente).forEach((rij) => {
        const radio = Array.from(rij.groep.querySelectorAll('input[type=radio]')).find((r) => optieVan(r) === keuze.value);
        if (radio && !radio.checked) {
          radio.click();
        }
      });
    });
    const vak = document.createElement('div');
    vak.className = 'route071-snelkeuze-gemeente';
    vak.appendChild(label);
    vak.appendChild(keuze);
    // the distinct sources of this gemeente's rows, which the rows themselves leave out of the Tab order
    const bronnen = new Map();
    rijen.filter((rij) => gemeenteVan(rij.titel) === gemeente).forEach((rij) => rij.teksten.forEach((tekst) =>
      tekst.querySelectorAll('a[href]').forEach((link) => bronnen.set(link.getAttribute('href'), link.textContent.trim()))));
    bronnen.forEach((tekst, adres) => {
      const bron = document.createElement('a');
      bron.href = adres;
      bron.target = '_blank';
      bron.rel = 'noopener';
      bron.className = 'route071-snelkeuze-bron';
      bron.textContent = 'Bron ' + gemeente + (tekst && tekst !== adres ? ': ' + tekst : '');
      vak.appendChild(bron);
    });
    paneel.appendChild(vak);
  });
  container.parentNode.insertBefore(paneel, container);
}

function telling(lijst) {
  const rij = lijst.closest('.fjs-layout-row');
  let volgende = rij ? rij.nextElementSibling : null;
  while (volgende && !volgende.querySelector('.fjs-form-field-text')) {
    volgende = volgende.nextElementSibling;
  }
  if (!volgende) {
    return;
  }
  const kop = volgende.querySelector('h1, h2, h3, h4');
  if (kop && /^telling$/i.test(kop.textContent.trim()) && !volgende.classList.contains('route071-blijft-zichtbaar')) {
    volgende.classList.add('route071-blijft-zichtbaar');
    volgende.setAttribute('aria-live', 'polite');
  }
}

// ------------------------------------------------------------------------------------------ the patches, one observer

/**
 * Each patch: what it does, the version it was written for, `werk` (run on every change of the page) and
 * `aanwezig` (whether its target is there; null when this page has nothing for it to work on).
 */
const AANPASSINGEN = [
  {
    naam: 'datumnotatie',
    doel: 'form-js (schemaVersion 16, Camunda 7.24.0 lib/deps.js): date format from new Intl.DateTimeFormat("default")',
    werk: () => {},
    aanwezig: () => {
      const velden = Array.prototype.filter.call(datumvelden(document), (veld) => veld._flatpickr);
      return velden.length ? velden.every((veld) => veld._flatpickr.config.dateFormat === 'd-m-Y') : null;
    }
  },
  {
    naam: 'kalender',
    doel: 'flatpickr 4.6.13 (form-js, Camunda 7.24.0): Dutch month and day names, week from Monday',
    werk: () => {
      datumvelden(document).forEach((veld) => {
        const kiezer = veld._flatpickr;
        if (kiezer && kiezer.l10n && kiezer.l10n.firstDayOfWeek !== 1) {
          kiezer.set('locale', KALENDER_NL);
          kiezer.redraw();
        }
      });
    },
    aanwezig: () => {
      const velden = Array.prototype.filter.call(datumvelden(document), (veld) => !veld.readOnly);
      return velden.length ? velden.every((veld) => veld._flatpickr && veld._flatpickr.l10n.firstDayOfWeek === 1) : null;
    }
  },
  {
    naam: 'datuminvoer',
    doel: 'form-js datepicker (schemaVersion 16) with flatpickr 4.6.13 allowInput: typed text read on blur and Enter',
    werk: () => {
      datumvelden(document).forEach((veld) => {
        if (veld.getAttribute('placeholder') !== 'dd-mm-jjjj') {
          veld.setAttribute('placeholder', 'dd-mm-jjjj');
        }
        // a day picked in the calendar after a refused text: flatpickr set a good value without an input event
        if (veld.classList.contains('route071-datumfout') && !leesDatum(veld.value).fout) {
          toonDatumfout(veld, null);
        }
        if (!veld.classList.contains('route071-datumfout')) {
          toonInWoorden(veld);
        }
      });
    },
    aanwezig: () => {
      const velden = datumvelden(document);
      return velden.length ? Array.prototype.every.call(velden, (veld) => !!veld._flatpickr || veld.readOnly) : null;
    }
  },
  {
    naam: 'meldingen',
    doel: 'form-js (schemaVersion 16) validation messages in English, in .fjs-form-field-error li',
    werk: () => vertaalMeldingen(document),
    aanwezig: () => {
      const meldingen = document.querySelectorAll('.fjs-form-field-error li');
      return meldingen.length ? Array.prototype.every.call(meldingen, (m) => !/^(Field|Value|Invalid|Date)\b/.test(m.textContent.trim())) : null;
    }
  },
  {
    naam: 'alleen-lezen',
    doel: 'form-js (schemaVersion 16): read-only radio and checklist as .fjs-readonly/.fjs-disabled',
    werk: () => document.querySelectorAll('.fjs-form-field-radio.fjs-readonly, .fjs-form-field-checklist.fjs-readonly, '
      + '.fjs-form-field-radio.fjs-disabled, .fjs-form-field-checklist.fjs-disabled').forEach((groep) => groep.classList.add('route071-alleen-lezen')),
    aanwezig: () => null
  },
  {
    naam: 'lijstvalidatie',
    doel: 'Tasklist 7.24.0 counts keys of form-js "changed" errors; form found through preact 10.13.0 (container.__k)',
    werk: () => document.querySelectorAll('.fjs-container').forEach(bewaakLijsten),
    aanwezig: () => {
      const lijsten = Array.prototype.filter.call(document.querySelectorAll('.fjs-container'),
        (c) => c.querySelector('.fjs-form-field-dynamiclist'));
      return lijsten.length ? lijsten.every((c) => bewaakt.has(c) || bewaakLijsten(c)) : null;
    }
  },
  {
    naam: 'taakkop',
    doel: 'Tasklist 7.24.0 task header: due and follow-up date with their date in uib-tooltip',
    werk: datumsInTaakkop,
    aanwezig: () => null
  },
  {
    naam: 'aantallen',
    doel: 'Tasklist 7.24.0 filter list: .task-filter h4.name a',
    werk: aantallen,
    aanwezig: () => (document.querySelector('[cam-tasks], .tasks-list') ? !!document.querySelector('.task-filter h4.name a') : null)
  },
  {
    naam: 'toegankelijkheid',
    doel: 'Tasklist 7.24.0 icon buttons, login page and dialogs; angular-ui-bootstrap and flatpickr names',
    werk: () => {
      inlogpagina(document);
      toegankelijkeNamen(document);
    },
    aanwezig: () => null
  },
  {
    naam: 'hoekkalender',
    doel: 'Tasklist 7.24.0 follow-up/due date picker: angular-ui-bootstrap uib-datepicker reading AngularJS $locale',
    werk: nederlandseHoekkalender,
    aanwezig: () => (document.querySelector('.ng-scope') ? nederlandseHoekkalender() : null)
  },
  {
    naam: 'sortering',
    doel: 'Tasklist 7.24.0 task list: sorting read from the address (sorting=[{sortBy, sortOrder}]), default created desc',
    werk: sorteerStandaardOpVervaldatum,
    aanwezig: () => null
  },
  {
    naam: 'afronden',
    doel: 'Tasklist 7.24.0 task form: .form-actions button.btn-primary disabled while form-js reports errors',
    werk: waaromNietAfronden,
    aanwezig: () => (document.querySelector('section.task-card form.fjs-form') ? !!document.querySelector('.form-actions button.btn-primary') : null)
  },
  {
    naam: 'keuzelijsten',
    doel: 'form-js dynamic list (schemaVersion 16): items as layout rows (text, radio group), radios without a name',
    werk: keuzelijsten,
    aanwezig: () => {
      // only lists with a radio group in their items are this patch's target (an attendance list or an empty list is not)
      const lijsten = Array.prototype.filter.call(document.querySelectorAll('form.fjs-form .fjs-form-field-dynamiclist'),
        (lijst) => !!lijst.querySelector('input[type=radio]'));
      return lijsten.length ? lijsten.some((lijst) => rijenVan(lijst).length > 0) : null;
    }
  },
  {
    naam: 'zoeken',
    doel: 'Tasklist 7.24.0 search: typed text sent as nameLike in POST .../filter/{id}/list and /count (XMLHttpRequest)',
    werk: () => {},
    aanwezig: () => (document.querySelector('[cam-tasks]') ? !!document.querySelector('[cam-widget-search] input.main-field') : null)
  }
];

const gewaarschuwd = {};
function doelen() {
  return AANPASSINGEN.map((aanpassing) => {
    let gevonden;
    try {
      gevonden = aanpassing.aanwezig();
    }
    catch (e) {
      gevonden = false;
    }
    if (gevonden === false && !gewaarschuwd[aanpassing.naam]) {
      gewaarschuwd[aanpassing.naam] = true;
      console.warn('Route071: het doel van de aanpassing "' + aanpassing.naam + '" is niet gevonden (geschreven voor '
        + aanpassing.doel + '). Controleer scripts/route071-tasklist.js na een nieuwe versie van Camunda.');
    }
    return { naam: aanpassing.naam, doel: aanpassing.doel, gevonden: gevonden };
  });
}

let gepland = false;
// how often and how long the patches ran (window.route071.statistiek()): the browser tests weigh the module's share of
// opening and completing a form
const statistiek = { passen: 0, ms: 0 };
function bijwerken() {
  gepland = false;
  const begin = window.performance.now();
  AANPASSINGEN.forEach((aanpassing) => {
    try {
      aanpassing.werk();
    }
    catch (e) {
      console.warn('Route071: de aanpassing "' + aanpassing.naam + '" faalde: ' + e.message);
    }
  });
  statistiek.passen++;
  statistiek.ms += window.performance.now() - begin;
}
new MutationObserver(() => {
  if (!gepland) {
    gepland = true;
    window.requestAnimationFrame(bijwerken);
  }
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true,
  attributeFilter: ['uib-tooltip', 'aria-label', 'title'] });
// checked some seconds after each change of view, so a missing target is reported once on the console
window.addEventListener('hashchange', () => window.setTimeout(doelen, 4000));
window.setTimeout(doelen, 6000);

window.route071 = Object.assign(window.route071 || {}, {
  datum: datum,
  getal: getal,
  leesDatum: leesDatum,
  datumInWoorden: (tekst) => {
    const gelezen = leesDatum(tekst);
    return gelezen.dag ? datum(gelezen.dag, gelezen.maand, gelezen.jaar) : '';
  },
  vertaalMelding: vertaal,
  doelen: doelen,
  statistiek: () => Object.assign({}, statistiek)
});

// ------------------------------------------------------------------------------------------ plugins

/** A task's due date and its proposal's gemeente, fetched once per list for all cards together. */
const kaartgegevens = (() => {
  let wachtend = {};
  let gepland = null;
  function haal() {
    const aanvragen = wachtend;
    wachtend = {};
    gepland = null;
    const ids = Object.keys(aanvragen);
    const taken = new XMLHttpRequest();
    taken.open('GET', ENGINE + '/task?taskIdIn=' + encodeURIComponent(ids.join(',')) + '&firstResult=0&maxResults=' + ids.length);
    taken.setRequestHeader('Accept', 'application/json');
    taken.onloadend = () => {
      const lijst = taken.status === 200 ? JSON.parse(taken.responseText) : [];
      const instanties = Array.from(new Set(lijst.map((t) => t.processInstanceId).filter((x) => x)));
      const klaar = (gemeenten) => {
        const perTaak = {};
        lijst.forEach((t) => {
          perTaak[t.id] = { due: t.due, followUp: t.followUp, gemeente: gemeenten[t.processInstanceId] || null };
        });
        ids.forEach((id) => aanvragen[id].forEach((terug) => terug(perTaak[id] || {})));
      };
      if (!instanties.length) {
        klaar({});
        return;
      }
      const variabelen = new XMLHttpRequest();
      variabelen.open('GET', ENGINE + '/variable-instance?variableName=gemeente&deserializeValues=false&processInstanceIdIn='
        + encodeURIComponent(instanties.join(',')) + '&firstResult=0&maxResults=' + (instanties.length * 4));
      variabelen.setRequestHeader('Accept', 'application/json');
      variabelen.onloadend = () => {
        const gemeenten = {};
        if (variabelen.status === 200) {
          JSON.parse(variabelen.responseText).forEach((v) => {
            if (typeof v.value === 'string' && (!gemeenten[v.processInstanceId] || v.executionId === v.processInstanceId)) {
              gemeenten[v.processInstanceId] = v.value;
            }
          });
        }
        klaar(gemeenten);
      };
      variabelen.send();
    };
    taken.send();
  }
  return (taakId, terug) => {
    (wachtend[taakId] = wachtend[taakId] || []).push(terug);
    if (!gepland) {
      gepland = window.setTimeout(haal, 30);
    }
  };
})();

function hoofdletter(tekst) {
  return tekst ? tekst.charAt(0).toUpperCase() + tekst.slice(1) : tekst;
}

const kaart = {
  id: 'route071-kaart',
  pluginPoint: 'tasklist.card',
  priority: 100,
  render: (node, { taskId }) => {
    node.classList.add('route071-kaart');
    kaartgegevens(taskId, (taak) => {
      node.textContent = '';
      if (taak.gemeente) {
        const gemeente = document.createElement('span');
        gemeente.className = 'route071-kaart-gemeente';
        gemeente.textContent = hoofdletter(taak.gemeente);
        node.appendChild(gemeente);
      }
      if (taak.due) {
        const uiterlijk = document.createElement('span');
        uiterlijk.className = 'route071-kaart-uiterlijk';
        uiterlijk.textContent = 'uiterlijk ' + datum(taak.due);
        node.appendChild(uiterlijk);
      }
      if (taak.followUp) {
        const opvolgen = document.createElement('span');
        opvolgen.className = 'route071-kaart-opvolgen';
        opvolgen.textContent = 'opvolgen ' + datum(taak.followUp);
        node.appendChild(opvolgen);
      }
    });
  }
};

const eigenPaginas = {
  id: 'route071-eigen-paginas',
  pluginPoint: 'tasklist.navbar.action',
  priority: 100,
  render: (node) => {
    [['/overzicht', 'Regionaal overzicht'], ['/evaluatie', 'Evaluatie']].forEach(([adres, tekst]) => {
      const link = document.createElement('a');
      link.href = adres;
      link.textContent = tekst;
      link.className = 'route071-eigen-pagina';
      node.appendChild(link);
    });
  }
};

export default [kaart, eigenPaginas];
