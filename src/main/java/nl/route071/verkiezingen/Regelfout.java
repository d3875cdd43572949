package nl.route071.verkiezingen;

/**
 * A bad record of an election-results file: its number in the file (1 = the header; comments and empty lines not
 * counted) and what is wrong, in Dutch. Read by {@link Uitslagbestand}, checked by {@link Uitslagcontrole}, reported
 * all at once by {@link VerkiezingsuitslagenImport.Afgekeurd}.
 */
public record Regelfout(String bestand, int regel, String melding) {
}
