package nl.route071.stukken;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A meeting's besluitenlijst as PDF/A-2a and PDF/UA ({@link Pdfmaker}), stored as a stuk (kind {@code besluitenlijst},
 * with the meeting named in {@code vergadering}) of every proposal decided in it. For the meetings of the regiocommissie
 * and the raden: the caller passes what was decided. The regiocommissie's meetings (process {@code vergadering}) call
 * {@link #bewaar} in the async service task "Besluitenlijst opmaken" after the list is adopted, and the mail that
 * publishes it carries it ({@link #vanVergadering}).
 */
@Service
public class Besluitenlijsten {

    /** One decision on the list. */
    public record Punt(String agendapunt, String voorstelnummer, String titel, String besluit) {
    }

    /**
     * A meeting and its decisions.
     *
     * @param vergadering the meeting's id (recorded on the stuk as {@code vergadering})
     * @param orgaan who met, e.g. "Regiocommissie" or "Gemeenteraad Leiden"
     */
    public record Vergadering(String vergadering, String orgaan, LocalDate datum, String plaats, List<Punt> punten) {

        public String datumTekst() {
            return Adviesbrieven.DATUM.format(datum);
        }

        String titel() {
            return "Besluitenlijst " + orgaan + " " + datumTekst();
        }
    }

    private final ITemplateEngine sjablonen;
    private final Stukken stukken;
    private final Stukkenregister register;

    Besluitenlijsten(ITemplateEngine sjablonen, Stukken stukken, Stukkenregister register) {
        this.sjablonen = sjablonen;
        this.stukken = stukken;
        this.register = register;
    }

    /** The besluitenlijst as PDF. */
    public byte[] pdf(Vergadering vergadering) {
        Context context = new Context(Adviesbrieven.NL);
        context.setVariable("v", vergadering);
        context.setVariable("titel", vergadering.titel());
        return Pdfmaker.pdf(sjablonen.process("stukken/besluitenlijst", context));
    }

    /**
     * Makes the besluitenlijst and stores it with every proposal on it; the stored stukken, one per proposal. Once per
     * meeting and proposal: asked again (a retried job), a proposal that already has this meeting's besluitenlijst keeps
     * it and gets no second one.
     */
    public List<Stuk> bewaar(Vergadering vergadering) {
        Set<String> voorstellen = new LinkedHashSet<>();
        // an item without a proposal (a quarter's voortgang) is on the list but stores no stuk
        vergadering.punten().stream().filter(p -> p.voorstelnummer() != null).forEach(p -> voorstellen.add(p.voorstelnummer()));
        Map<String, Stuk> eerder = new HashMap<>();
        for (Stuk stuk : register.vanVergadering(vergadering.vergadering())) {
            if ("besluitenlijst".equals(stuk.informatieobjecttype())) {
                eerder.putIfAbsent(stuk.voorstelnummer(), stuk);
            }
        }
        byte[] pdf = voorstellen.stream().allMatch(eerder::containsKey) ? null : pdf(vergadering);
        List<Stuk> opgeslagen = new ArrayList<>();
        for (String voorstel : voorstellen) {
            if (eerder.containsKey(voorstel)) {
                opgeslagen.add(eerder.get(voorstel));
                continue;
            }
            opgeslagen.add(stukken.voegToe(new Stukken.Nieuw(voorstel, null, vergadering.vergadering(), "besluitenlijst", vergadering.titel(),
                    vergadering.orgaan(), vergadering.datum(), false, List.of()),
                    new Stukken.Inhoud(new ByteArrayInputStream(pdf), pdf.length, "besluitenlijst-" + vergadering.datum() + ".pdf"), Stukken.Wie.ROUTE));
        }
        return opgeslagen;
    }

    /** The besluitenlijst stored for the meeting (the same PDF with each proposal): the first one, or empty. */
    public Optional<Stuk> vanVergadering(String vergadering) {
        return register.vanVergadering(vergadering).stream().filter(s -> "besluitenlijst".equals(s.informatieobjecttype())).findFirst();
    }
}
