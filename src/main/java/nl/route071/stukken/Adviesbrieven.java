package nl.route071.stukken;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.route071.gedeeld.Datums;
import nl.route071.stemming.Stemmen;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The regiocommissie's advice letter as a stuk of the proposal: the advice text, its date and kind, and, after a
 * weighted vote, the vote per fractie with its weight and election source and the weighted totals, all read from
 * what the route recorded ({@code adviesTekst}, {@code adviesType}, {@code adviesdatum}, {@code adviesUitkomst},
 * {@code stemmen}, {@code stemdatum} of the main route). PDF/A-2a and PDF/UA ({@link Pdfmaker}). Made once per
 * advice: asked again for the same advice it returns the stored letter; a later advice (after a new vote) becomes a new
 * version. The advice mail to the griffies carries it as an attachment (nl.route071.notificatie).
 */
@Service
public class Adviesbrieven {

    static final String AUTEUR = "Regiocommissie Leidse regio";
    static final Locale NL = Locale.forLanguageTag("nl-NL");
    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    static final List<String> KEUZES = List.of("voor", "tegen", "onthouding", "afwezig");

    /** One fractie's recorded vote. */
    public record Stem(String gemeente, String fractie, String stem, long gewicht, String verkiezingsdatum, String bron, boolean demo) {

        public String gewichtTekst() {
            return getal(gewicht);
        }

        /** The row as the owner of {@code stemmen} holds it. */
        Stemmen.Stem alsStem() {
            return new Stemmen.Stem(null, gemeente, null, fractie, gewicht, null, stem, null, null, verkiezingsdatum, null, null, bron, demo);
        }

        public String bronTekst() {
            return "verkiezing " + (verkiezingsdatum == null ? "onbekend" : verkiezingsdatum) + (bron == null ? "" : "; bron: " + bron)
                    + (demo ? " (DEMO)" : "");
        }
    }

    /** The weighted total of one choice. */
    public record Totaal(String stem, long gewicht, int fracties) {

        public String gewichtTekst() {
            return getal(gewicht);
        }
    }

    /** What the letter says. */
    public record Brief(String voorstelnummer, String voorsteltitel, LocalDate datum, String adviesType, String uitkomst, String adviesTekst,
            String stemdatum, List<Stem> stemmen) {

        public String datumTekst() {
            return datum == null ? "onbekend" : DATUM.format(datum);
        }

        /**
         * Per choice the weighted total, as the DMN decision {@code gewogenStemmen} gives it ({@link Stemmen#gewogen()}),
         * and the number of fracties; a row without a known choice counts as afwezig, as in the DMN.
         */
        public List<Totaal> totalen() {
            Stemmen vastgelegd = new Stemmen(stemmen.stream().map(Stem::alsStem).toList());
            Stemmen.Gewogen gewogen = vastgelegd.gewogen();
            Map<String, Long> gewicht = Map.of("voor", gewogen.voor(), "tegen", gewogen.tegen(), "onthouding", gewogen.onthouding(),
                    "afwezig", gewogen.afwezig());
            Map<String, Integer> fracties = new LinkedHashMap<>();
            vastgelegd.regels().forEach(regel -> fracties.merge(regel.keuze(), 1, Integer::sum));
            return KEUZES.stream().map(keuze -> new Totaal(keuze, gewicht.get(keuze), fracties.getOrDefault(keuze, 0))).toList();
        }

        public boolean demo() {
            return stemmen.stream().anyMatch(Stem::demo);
        }

        String titel() {
            return "Advies van de regiocommissie over " + voorstelnummer + " van " + datumTekst();
        }
    }

    private final HistoryService history;
    private final ITemplateEngine sjablonen;
    private final Stukken stukken;
    private final Stukkenregister register;

    Adviesbrieven(HistoryService history, ITemplateEngine sjablonen, Stukken stukken, Stukkenregister register) {
        this.history = history;
        this.sjablonen = sjablonen;
        this.stukken = stukken;
        this.register = register;
    }

    /**
     * The stored advice letter of the proposal's current advice, made and stored now if it is not there yet; empty
     * when the proposal has no advice (yet).
     */
    public Optional<Stuk> brief(String voorstelnummer) {
        Optional<Brief> brief = gegevens(voorstelnummer);
        if (brief.isEmpty()) {
            return Optional.empty();
        }
        String titel = brief.get().titel();
        List<Stuk> eerder = register.vanVoorstel(voorstelnummer).stream()
                .filter(s -> "advies".equals(s.informatieobjecttype()) && AUTEUR.equals(s.auteur())).toList();
        Optional<Stuk> zelfde = eerder.stream().filter(s -> s.titel().equals(titel)).findFirst();
        if (zelfde.isPresent()) {
            return zelfde;
        }
        byte[] pdf = pdf(brief.get());
        Stukken.Inhoud inhoud = new Stukken.Inhoud(new ByteArrayInputStream(pdf), pdf.length, "advies-" + voorstelnummer + ".pdf");
        if (!eerder.isEmpty()) {
            return Optional.of(stukken.nieuweVersie(eerder.get(eerder.size() - 1).identificatie(), inhoud, Stukken.Wie.ROUTE));
        }
        return Optional.of(stukken.voegToe(new Stukken.Nieuw(voorstelnummer, null, null, "advies", titel, AUTEUR, brief.get().datum(), false,
                List.of()), inhoud, Stukken.Wie.ROUTE));
    }

    /** The content of a stored letter (small), checked against its checksum, for a mail attachment. */
    public byte[] inhoud(Stuk stuk) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try {
            stukken.schrijf(stuk, Stukken.Wie.ROUTE, uit);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    /** The letter as PDF/A-2a and PDF/UA. */
    byte[] pdf(Brief brief) {
        Context context = new Context(NL);
        context.setVariable("b", brief);
        context.setVariable("titel", brief.titel());
        return Pdfmaker.pdf(sjablonen.process("stukken/adviesbrief", context));
    }

    /** What the route recorded for the advice of the proposal; empty without an advice text. */
    Optional<Brief> gegevens(String voorstelnummer) {
        List<HistoricProcessInstance> instanties = history.createHistoricProcessInstanceQuery().processDefinitionKey(Voorstelgegevens.PROCES)
                .processInstanceBusinessKey(voorstelnummer).orderByProcessInstanceStartTime().desc().listPage(0, 1);
        if (instanties.isEmpty()) {
            return Optional.empty();
        }
        String instantie = instanties.get(0).getId();
        Map<String, Object> v = new HashMap<>();
        for (HistoricVariableInstance variabele : history.createHistoricVariableInstanceQuery().processInstanceId(instantie)
                .variableNameIn("titel", "adviesTekst", "adviesType", "adviesdatum", "adviesUitkomst", "stemmen", "stemdatum", "consensus").list()) {
            if (variabele.getActivityInstanceId() == null || variabele.getActivityInstanceId().equals(instantie)) {
                v.put(variabele.getName(), variabele.getValue());
            }
        }
        if (v.get("adviesTekst") == null || String.valueOf(v.get("adviesTekst")).isBlank()) {
            return Optional.empty();
        }
        List<Stem> stemmen = Boolean.TRUE.equals(v.get("consensus")) ? List.of() : stemmen(v.get("stemmen"));
        return Optional.of(new Brief(voorstelnummer, tekst(v.get("titel")), Datums.datum(v.get("adviesdatum"), "Datum advies").orElse(null),
                tekst(v.get("adviesType")), tekst(v.get("adviesUitkomst")), tekst(v.get("adviesTekst")),
                Datums.datum(v.get("stemdatum"), "Datum stemming").map(DATUM::format).orElse(null), stemmen));
    }

    /** The recorded vote's rows, read through the owner of {@code stemmen}; none for anything that is not a vote. */
    static List<Stem> stemmen(Object waarde) {
        return Stemmen.van(waarde).map(Stemmen::regels).orElse(List.of()).stream()
                .map(r -> new Stem(r.gemeente(), r.fractie(), r.stem(), r.gewicht(), r.verkiezingsdatum(), r.bron(), Boolean.TRUE.equals(r.demo())))
                .toList();
    }

    private static String tekst(Object waarde) {
        return waarde == null ? "" : String.valueOf(waarde);
    }

    static String getal(long waarde) {
        NumberFormat formaat = NumberFormat.getIntegerInstance(NL);
        formaat.setGroupingUsed(true);
        return formaat.format(waarde);
    }
}
