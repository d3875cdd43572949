// Route071: Tasklist configuration (overrides the file of the same name in the Camunda webjar).
// Staff work in Dutch: Dutch is the only locale offered, so every browser, whatever language it
// asks for, gets locales/nl.json, the login page included.
export default {
  app: {
    name: 'Takenlijst',
    vendor: 'Route071'
  },

  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },

  // Everything Route071 adds to Tasklist, in one module: two plugins (tasklist.card, tasklist.navbar.action) and the
  // patches Tasklist and form-js offer no plugin point for, each naming the version it was written for
  customScripts: ['scripts/route071-tasklist'],

  locales: {
    availableLocales: ['nl'],
    fallbackLocale: 'nl'
  },

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'pakt de gekozen taak op'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'gaat naar het eerste filter in de lijst'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'gaat naar de eerste taak in de lijst'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'gaat naar het eerste invoerveld van het taakformulier'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opent het venster om een proces te starten'
    }
  }
};
