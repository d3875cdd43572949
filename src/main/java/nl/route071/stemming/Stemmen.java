package nl.route071.stemming;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Variable names and date helpers shared by the stemming's delegate and listener. */
final class Stemmen {

    static final String VAR_STEMLIJST = "stemlijst";
    static final String VAR_VERGADERDATUM_OORDEELSVORMING = "vergaderdatumOordeelsvorming";
    /** The meeting the vote is (re)scheduled for; its date picks the raad in office and so the election. */
    static final String VAR_VERGADERDATUM_STEMMING = "vergaderdatumStemming";
    static final String VAR_STEMDATUM = "stemdatum";
    static final String VAR_WAARSCHUWINGEN = "stemlijstWaarschuwingen";
    /** The outcome of the previous meeting of this vote (null at the first): the DMN applies art. 20 lid 3 after geenQuorum. */
    static final String VAR_VORIGE_STEMUITSLAG = "vorigeStemuitslag";
    /** True when an earlier meeting of this vote ended with no votes cast: a second time the DMN gives verworpen. */
    static final String VAR_EERDER_GEEN_STEMMEN = "eerderGeenStemmen";
    private static final DateTimeFormatter NL = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private Stemmen() {
    }

    /** A date variable as Tasklist submits it ({@code yyyy-MM-dd}, possibly with a time), or a Date. */
    static Optional<LocalDate> datum(Object waarde) {
        if (waarde instanceof Date d) {
            return Optional.of(d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
        }
        if (waarde instanceof String s && !s.isBlank()) {
            try {
                return Optional.of(LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s));
            }
            catch (DateTimeParseException e) {
                throw new BadUserRequestException("'" + s + "' is geen datum (jjjj-mm-dd).");
            }
        }
        return Optional.empty();
    }

    /** Today as the engine sees it (tests move the engine clock). */
    static LocalDate vandaag() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    static String nl(LocalDate datum) {
        return datum.format(NL);
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
