// Route071: the task list and page header of Tasklist as a griffier reads them.
// - Each task card shows its due date as a date ("uiterlijk 1 maart 2026"), not "over 2 maanden".
// - The task list is sorted by due date, soonest first, unless the user picked another sorting.
// - Every filter shows its count of tasks, not only the open one.
// - The header links to the own pages: Regionaal overzicht (/overzicht) and Evaluatie (/evaluatie).
// - Buttons and links that only show an icon get a Dutch accessible name (WCAG 2.1, 4.1.2).
// Loaded by Tasklist as a custom script (config.js, customScripts); it exports no plugin.
(function () {
  'use strict';

  // "maandag 1 maart 2026 01:00" (moment's LLLL in Dutch, the tooltip of the due date) -> "1 maart 2026"
  function datumUit(tekst) {
    var gevonden = /(\d{1,2} [a-z]+ \d{4})/.exec(tekst || '');
    return gevonden ? gevonden[1] : null;
  }

  function vervaldatums() {
    document.querySelectorAll('ol.tasks-list .due-date, ol.tasks-list .followup-date').forEach(function (vak) {
      var relatief = vak.querySelector('span[uib-tooltip]');
      if (!relatief) {
        return;
      }
      var datum = datumUit(relatief.getAttribute('uib-tooltip'));
      if (!datum) {
        return;
      }
      var absoluut = vak.querySelector('.route071-datum');
      if (!absoluut) {
        absoluut = document.createElement('span');
        absoluut.className = 'route071-datum';
        vak.appendChild(absoluut);
        vak.classList.add('route071-absoluut');
      }
      if (absoluut.textContent !== datum) {
        absoluut.textContent = datum;
      }
    });
  }

  // ---------------------------------------------------------------- links to the own pages

  function eigenPaginas() {
    if (document.getElementById('route071-eigen-paginas')) {
      return;
    }
    var account = document.querySelector('.cam-nav.app-menu li.account, .cam-nav li.account');
    var lijst = account ? account.parentNode : document.querySelector('.cam-nav.app-menu ul, nav.cam-nav > ul');
    if (!lijst) {
      return;
    }
    [['/overzicht', 'Regionaal overzicht'], ['/evaluatie', 'Evaluatie']].forEach(function (pagina, i) {
      var item = document.createElement('li');
      item.className = 'route071-eigen-pagina';
      if (i === 0) {
        item.id = 'route071-eigen-paginas';
      }
      var link = document.createElement('a');
      link.href = pagina[0];
      link.textContent = pagina[1];
      item.appendChild(link);
      lijst.insertBefore(item, account || lijst.firstChild);
    });
  }

  // ---------------------------------------------------------------- accessible names

  var NAMEN = [
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

  function heeftNaam(element) {
    // innerText: only text a screen reader gets (not text hidden with CSS)
    return (element.innerText || '').trim() !== '' || element.getAttribute('aria-label')
      || element.getAttribute('title') || element.querySelector('img[alt]:not([alt=""])');
  }

  function toegankelijkeNamen() {
    NAMEN.forEach(function (paar) {
      document.querySelectorAll(paar[0]).forEach(function (element) {
        var doel = element.closest('a, button') || element;
        if (!heeftNaam(doel)) {
          doel.setAttribute('aria-label', paar[1]);
        }
      });
    });
    // a text field with aria-expanded (the search's typeahead) is a combobox (WCAG 2.1, 4.1.2)
    document.querySelectorAll('input[aria-expanded]:not([role])').forEach(function (veld) {
      veld.setAttribute('role', 'combobox');
    });
    // whatever button still has no name gets its region or its tooltip as name
    document.querySelectorAll('button[data-region]').forEach(function (knop) {
      if (!heeftNaam(knop)) {
        knop.setAttribute('aria-label', 'Kolom ' + knop.getAttribute('data-region') + ' tonen of verbergen');
      }
    });
    // whatever button or link still has no name is named after its tooltip or icon
    document.querySelectorAll('a[href], a[tabindex], a.dropdown-toggle, button').forEach(function (element) {
      if (heeftNaam(element)) {
        return;
      }
      var tip = element.getAttribute('uib-tooltip') || (element.parentElement && element.parentElement.getAttribute('uib-tooltip'));
      if (tip && !/\{\{/.test(tip)) {
        element.setAttribute('aria-label', tip);
      }
      else if (element.classList.contains('dropdown-toggle')) {
        element.setAttribute('aria-label', element.closest('.sorting-choice, .sort-by, [cam-sorting-choices]')
          ? 'Sortering kiezen' : 'Menu openen');
      }
    });
  }

  // ---------------------------------------------------------------- the login page

  // Visible labels instead of placeholders only (WCAG 2.1, 3.3.2); no positive tabindex (2.4.3).
  function inlogpagina() {
    document.querySelectorAll('input[type=text][placeholder], input[type=password][placeholder]').forEach(function (veld, i) {
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
        var label = document.createElement('label');
        label.setAttribute('for', veld.id);
        label.className = 'route071-inlog-label';
        label.textContent = veld.getAttribute('placeholder');
        veld.parentNode.insertBefore(label, veld);
      }
    });
    document.querySelectorAll('[tabindex]').forEach(function (element) {
      if (Number(element.getAttribute('tabindex')) > 0) {
        element.setAttribute('tabindex', '0');
      }
    });
  }

  // ---------------------------------------------------------------- sorting by due date

  var OP_VERVALDATUM = encodeURIComponent(JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]));

  function sorteerOpVervaldatum() {
    var hash = window.location.hash || '';
    if (hash.indexOf('#/') !== 0 || !/[?&]filter=/.test(hash) || /[?&]sorting=/.test(hash)) {
      return;
    }
    window.location.replace(hash + '&sorting=' + OP_VERVALDATUM);
  }

  // ---------------------------------------------------------------- counts on every filter

  var bezig = false;
  var laatst = 0;
  function aantallen() {
    var filters = document.querySelectorAll('.task-filter h4.name a');
    if (!filters.length || bezig || Date.now() - laatst < 5000) {
      return;
    }
    bezig = true;
    laatst = Date.now();
    var verzoek = new XMLHttpRequest();
    verzoek.open('GET', '/camunda/api/engine/engine/default/filter?resourceType=Task&itemCount=true');
    verzoek.setRequestHeader('Accept', 'application/json');
    verzoek.onloadend = function () {
      bezig = false;
      if (verzoek.status !== 200) {
        return;
      }
      var perNaam = {};
      JSON.parse(verzoek.responseText).forEach(function (filter) {
        perNaam[filter.name] = filter.itemCount;
      });
      document.querySelectorAll('.task-filter h4.name a').forEach(function (link) {
        var naam = Array.prototype.filter.call(link.childNodes, function (n) {
          return n.nodeType === 3;
        }).map(function (n) {
          return n.textContent;
        }).join('').trim();
        if (!(naam in perNaam)) {
          return;
        }
        var aantal = link.querySelector('.route071-aantal');
        if (!aantal) {
          aantal = document.createElement('span');
          aantal.className = 'route071-aantal counter';
          link.appendChild(aantal);
        }
        var tekst = String(perNaam[naam]);
        if (aantal.textContent !== tekst) {
          aantal.textContent = tekst;
        }
      });
    };
    verzoek.send();
  }
  // a claim, a completion or a start changes the counts
  document.addEventListener('click', function () {
    laatst = 0;
    window.setTimeout(aantallen, 1500);
  }, true);

  var gepland = false;
  function bijwerken() {
    gepland = false;
    inlogpagina();
    sorteerOpVervaldatum();
    vervaldatums();
    eigenPaginas();
    toegankelijkeNamen();
    aantallen();
  }
  new MutationObserver(function () {
    if (!gepland) {
      gepland = true;
      window.requestAnimationFrame(bijwerken);
    }
  }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['uib-tooltip'] });
})();
