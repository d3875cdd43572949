package nl.route071.stukken;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A meeting's besluitenlijst as PDF/A-2a and PDF/UA ({@link Pdfmaker}), stored as a stuk (kind {@code besluitenlijst},
 * with the meeting named in {@code vergadering}) of every proposal decided in it. For the meetings of the regiocommissie
 * and the raden: the caller passes what was decided; Route071's meetings (nl.route071.vergadering, when it exists) call
 * {@link #bewaar}.
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

    Besluitenlijsten(ITemplateEngine sjablonen, Stukken stukken) {
        this.sjablonen = sjablonen;
        this.stukken = stukken;
    }

    /** The besluitenlijst as PDF. */
    public byte[] pdf(Vergadering vergadering) {
        Context context = new Context(Adviesbrieven.NL);
        context.setVariable("v", vergadering);
        context.setVariable("titel", vergadering.titel());
        return Pdfmaker.pdf(sjablonen.process("stukken/besluitenlijst", context));
    }

    /** Makes the besluitenlijst and stores it with every proposal on it; the stored stukken, one per proposal. */
    public List<Stuk> bewaar(Vergadering vergadering) {
        byte[] pdf = pdf(vergadering);
        Set<String> voorstellen = new LinkedHashSet<>();
        vergadering.punten().forEach(p -> voorstellen.add(p.voorstelnummer()));
        List<Stuk> opgeslagen = new ArrayList<>();
        for (String voorstel : voorstellen) {
            opgeslagen.add(stukken.voegToe(new Stukken.Nieuw(voorstel, null, vergadering.vergadering(), "besluitenlijst", vergadering.titel(),
                    vergadering.orgaan(), vergadering.datum(), false, List.of()),
                    new Stukken.Inhoud(new ByteArrayInputStream(pdf), pdf.length, "besluitenlijst-" + vergadering.datum() + ".pdf"), Stukken.Wie.ROUTE));
        }
        return opgeslagen;
    }
}
