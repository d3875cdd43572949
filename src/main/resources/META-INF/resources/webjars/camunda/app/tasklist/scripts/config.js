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

  // One Dutch date format (dd-mm-jjjj) in every date field of Camunda Forms, Dutch validation messages,
  // focus on the first error, the proposal number after Starten, task cards with the absolute due date
  // and links to the own pages; Afronden on a form with a dynamic list (the stemming form) once its rows are valid
  customScripts: ['scripts/route071-datumkiezer', 'scripts/route071-formulieren', 'scripts/route071-takenlijst',
    'scripts/route071-lijstvalidatie'],

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
