-- One counter per year for the proposal numbers RV-<year>-<nnnn>.
CREATE TABLE route071_voorstelnummer (
    jaar    INTEGER PRIMARY KEY,
    laatste INTEGER NOT NULL
);
