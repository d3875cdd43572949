package nl.route071.stemming;

import java.time.LocalDate;
import java.util.List;

import nl.route071.gedeeld.Datums;

import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Prepares one meeting of a regiocommissie vote: which meeting date counts, which round it is, what the previous
 * meeting left for the DMN, and the stemlijst for that date ({@link Stemlijst}). Values in, result out: no engine, no
 * Spring; {@code StemlijstKlaarzettenDelegate} reads the variables and writes the result.
 */
final class Stemvoorbereiding {

    /** Written when the stemlijst holds no warning. */
    static final String GEEN_WAARSCHUWINGEN = "Geen.";

    private Stemvoorbereiding() {
    }

    /**
     * What earlier steps of the route left, as the process variables hold them (any may be null).
     *
     * @param stemronde the round of the previous meeting of this vote; null or 0 before the first
     * @param stemuitslag the DMN's outcome of the previous meeting
     * @param eerderGeenStemmen whether an earlier meeting already ended with no votes cast
     * @param vergaderdatumOordeelsvorming the meeting of the oordeelsvorming (counts at the first meeting)
     * @param vergaderdatumStemming the meeting the vote was put off to (counts from the second meeting on)
     */
    record Vorige(Object stemronde, Object stemuitslag, Object eerderGeenStemmen, Object vergaderdatumOordeelsvorming,
            Object vergaderdatumStemming) {

        boolean eerste() {
            return !(stemronde instanceof Number n) || n.intValue() == 0;
        }
    }

    /**
     * The prepared meeting.
     *
     * @param vorigeStemuitslag the previous meeting's outcome, null at the first meeting
     */
    record Klaargezet(Stemlijst.Opgesteld lijst, LocalDate vergaderdatum, int stemronde, Object vorigeStemuitslag,
            boolean eerderGeenStemmen) {

        /** The rows as the Json variables {@code stemlijst} and {@code stemmen} hold them ({@code stem} null). */
        String stemlijstJson() {
            SpinJsonNode stemlijst = Spin.JSON("[]");
            lijst.regels().forEach(r -> stemlijst.append(r.json()));
            return stemlijst.toString();
        }

        /** The warnings for the griffier, one paragraph each, or {@value #GEEN_WAARSCHUWINGEN}. */
        String waarschuwingen() {
            List<String> waarschuwingen = lijst.waarschuwingen();
            return waarschuwingen.isEmpty() ? GEEN_WAARSCHUWINGEN : String.join("\n\n", waarschuwingen);
        }
    }

    /**
     * Prepares the next meeting of the vote. The meeting date is the oordeelsvorming's at the first meeting and the
     * rescheduled one after that; without a date, {@code vandaag}.
     *
     * @throws org.camunda.bpm.engine.BadUserRequestException (Dutch) for a malformed date or gemeenten list
     */
    static Klaargezet zetKlaar(Vorige vorige, List<String> gemeenten, LocalDate vandaag, Stemlijst.Bronnen bronnen) {
        boolean eerste = vorige.eerste();
        Object vorigeUitslag = eerste ? null : vorige.stemuitslag();
        LocalDate vergaderdatum = (eerste
                ? Datums.datum(vorige.vergaderdatumOordeelsvorming(), "Datum vergadering regiocommissie (oordeelsvorming)")
                : Datums.datum(vorige.vergaderdatumStemming(), "Datum volgende vergadering regiocommissie")).orElse(vandaag);
        boolean eerderGeenStemmen = !eerste
                && (Boolean.TRUE.equals(vorige.eerderGeenStemmen()) || "geenStemmen".equals(vorigeUitslag));
        return new Klaargezet(Stemlijst.stelOp(gemeenten, vergaderdatum, bronnen), vergaderdatum,
                volgendeRonde(vorige.stemronde(), vorigeUitslag), vorigeUitslag, eerderGeenStemmen);
    }

    /**
     * The round of the vote about to be held: 1 at the first meeting, one more after a tie ({@code staken}: art. 32
     * lid 2, the decision put off to the next meeting), the same after any other "next meeting" outcome.
     */
    static int volgendeRonde(Object vorigeRonde, Object vorigeUitslag) {
        int vorige = vorigeRonde instanceof Number n ? n.intValue() : 0;
        return vorige == 0 ? 1 : "staken".equals(vorigeUitslag) ? vorige + 1 : vorige;
    }
}
