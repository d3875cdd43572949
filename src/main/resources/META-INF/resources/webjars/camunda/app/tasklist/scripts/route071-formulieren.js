// Route071: Camunda Forms in Tasklist that speak Dutch and lead a griffier to what is missing.
// - form-js writes its validation messages in English ("Field is required."); they are replaced by Dutch ones.
// - After Afronden or Starten with errors, the first field with an error gets the focus (and is scrolled to).
// - After Starten, the new proposal's number is shown in a message that stays until it is closed.
// - Read-only choices (a radio group or checklist marked readonly) show only the chosen value, as text.
// Loaded by Tasklist as a custom script (config.js, customScripts); it exports no plugin.
(function () {
  'use strict';

  // ---------------------------------------------------------------- Dutch validation messages

  var VERTALINGEN = [
    [/^Field is required\.?$/, function (veld) {
      return keuzeveld(veld) ? 'Maak een keuze.' : 'Vul dit veld in.';
    }],
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
    return !!(veld && veld.closest('.fjs-form-field-radio, .fjs-form-field-checklist, .fjs-form-field-select, '
      + '.fjs-form-field-checkbox, .fjs-form-field-taglist'));
  }

  function vertaal(tekst, veld) {
    var schoon = (tekst || '').trim();
    for (var i = 0; i < VERTALINGEN.length; i++) {
      var patroon = VERTALINGEN[i][0];
      if (patroon.test(schoon)) {
        var vervanging = VERTALINGEN[i][1];
        return typeof vervanging === 'function' ? vervanging(veld) : schoon.replace(patroon, vervanging);
      }
    }
    return null;
  }

  function vertaalFoutmeldingen() {
    document.querySelectorAll('.fjs-form-field-error li').forEach(function (melding) {
      var nederlands = vertaal(melding.textContent, melding);
      if (nederlands && melding.textContent !== nederlands) {
        melding.textContent = nederlands;
      }
    });
  }

  // ---------------------------------------------------------------- focus on the first error

  function focusOpEersteFout() {
    var fout = document.querySelector('form.fjs-form .fjs-has-errors');
    if (!fout) {
      return false;
    }
    var invoer = fout.querySelector('input:not([type=hidden]):not([disabled]), textarea, select, button, [tabindex="0"]');
    fout.scrollIntoView({ block: 'center' });
    if (invoer) {
      invoer.focus({ preventScroll: true });
    }
    return true;
  }

  function naVersturen() {
    // form-js validates on submit and draws its errors a moment later
    [50, 250, 600].forEach(function (wacht) {
      window.setTimeout(function () {
        vertaalFoutmeldingen();
        var actief = document.activeElement;
        if (!(actief && actief.closest && actief.closest('.fjs-has-errors'))) {
          focusOpEersteFout();
        }
      }, wacht);
    });
  }

  document.addEventListener('click', function (gebeurtenis) {
    var knop = gebeurtenis.target.closest && gebeurtenis.target.closest('button');
    if (knop && (knop.closest('.form-actions') || knop.closest('.modal-footer')) && knop.classList.contains('btn-primary')) {
      naVersturen();
    }
  }, true);

  // ---------------------------------------------------------------- the proposal number after Starten

  function meldVoorstelnummer(nummer) {
    var melding = document.getElementById('route071-voorstel-gestart');
    if (!melding) {
      melding = document.createElement('div');
      melding.id = 'route071-voorstel-gestart';
      melding.className = 'route071-melding alert alert-success';
      melding.setAttribute('role', 'status');
      document.body.appendChild(melding);
    }
    melding.textContent = '';
    var tekst = document.createElement('span');
    tekst.textContent = 'Uw voorstel is ingediend met nummer ' + nummer + '. Vermeld dit nummer in uw correspondentie.';
    var sluit = document.createElement('button');
    sluit.type = 'button';
    sluit.className = 'btn btn-default btn-sm';
    sluit.textContent = 'Sluiten';
    sluit.addEventListener('click', function () {
      melding.remove();
    });
    melding.appendChild(tekst);
    melding.appendChild(sluit);
  }

  var open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (methode, adres) {
    if (/\/process-definition\/[^/]+\/submit-form$/.test(String(adres).split('?')[0])) {
      this.addEventListener('load', function () {
        if (this.status >= 200 && this.status < 300) {
          try {
            var instantie = JSON.parse(this.responseText);
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
    return open.apply(this, arguments);
  };

  // ---------------------------------------------------------------- read-only choices as text

  function alleenLezen() {
    document.querySelectorAll('.fjs-form-field-radio.fjs-readonly, .fjs-form-field-checklist.fjs-readonly, '
      + '.fjs-form-field-radio.fjs-disabled, .fjs-form-field-checklist.fjs-disabled').forEach(function (groep) {
      groep.classList.add('route071-alleen-lezen');
    });
  }

  // ---------------------------------------------------------------- watching the page

  var gepland = false;
  new MutationObserver(function () {
    if (!gepland) {
      gepland = true;
      window.requestAnimationFrame(function () {
        gepland = false;
        vertaalFoutmeldingen();
        alleenLezen();
      });
    }
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

  window.route071 = window.route071 || {};
  window.route071.vertaalMelding = vertaal;
})();
