// Route071: Afronden works on a form with a dynamic list (the stemming form: one choice per fractie).
//
// Tasklist 7.24 decides whether Afronden is enabled from form-js's "changed" event: it counts the keys of
// `event.errors`. form-js keeps an entry for a field inside a dynamic list once it has been validated, as an
// object of row indexes whose values are undefined (`{"Field_stem": {}}` after a clone) when the rows are valid.
// Tasklist counts that entry as an error, so once any choice in the list is made, Afronden stays disabled even
// when every row has its choice. This script registers, on each form-js form Tasklist renders, a listener that
// runs before Tasklist's own and leaves in `event.errors` only the entries that hold an error message. Real errors
// still disable Afronden, and the server checks every submission against the deployed form anyway.
// Loaded by Tasklist as a custom script (config.js, customScripts); it exports no plugin.
(function () {
  'use strict';

  var VOORRANG = 5000; // before Tasklist's listener (form-js's default priority is 1000)
  var bewaakt = typeof WeakSet === 'function' ? new WeakSet() : null;

  /** Whether a value of `errors` holds a real message: a non-empty list, or a list entry with one. */
  function heeftFout(waarde) {
    if (waarde === undefined || waarde === null) {
      return false;
    }
    if (Array.isArray(waarde)) {
      return waarde.some(heeftFout);
    }
    if (typeof waarde === 'object') {
      return Object.keys(waarde).some(function (sleutel) { return heeftFout(waarde[sleutel]); });
    }
    return typeof waarde === 'string' ? waarde.length > 0 : true;
  }

  function schoon(fouten) {
    var uit = {};
    Object.keys(fouten || {}).forEach(function (sleutel) {
      if (heeftFout(fouten[sleutel])) {
        uit[sleutel] = fouten[sleutel];
      }
    });
    return uit;
  }

  /** The form-js Form behind a rendered `.fjs-container`, found through its context provider (preact's vnode tree). */
  function formulierVan(container) {
    var stapel = [container.__k];
    var bezocht = 0;
    while (stapel.length && bezocht < 5000) {
      var knoop = stapel.pop();
      bezocht++;
      if (!knoop) {
        continue;
      }
      if (Array.isArray(knoop)) {
        knoop.forEach(function (k) { stapel.push(k); });
        continue;
      }
      var waarde = knoop.props && knoop.props.value;
      if (waarde && typeof waarde.getService === 'function') {
        try {
          var formulier = waarde.getService('form', false);
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

  function bewaak(container) {
    if (bewaakt && bewaakt.has(container)) {
      return;
    }
    var formulier = formulierVan(container);
    if (!formulier) {
      return;
    }
    if (bewaakt) {
      bewaakt.add(container);
    }
    formulier.on('changed', VOORRANG, function (event) {
      if (event && event.errors) {
        event.errors = schoon(event.errors);
      }
    });
  }

  function zoek() {
    document.querySelectorAll('.fjs-container').forEach(bewaak);
  }

  var gepland = false;
  new MutationObserver(function () {
    // form-js renders after the container is attached; look again once the render is done
    if (!gepland) {
      gepland = true;
      setTimeout(function () {
        gepland = false;
        zoek();
      }, 0);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
