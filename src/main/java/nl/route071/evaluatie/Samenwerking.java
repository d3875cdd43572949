package nl.route071.evaluatie;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.route071.gedeeld.Datums;
import nl.route071.gedeeld.Klok;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.ClassPathResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Component;

/**
 * The configured start of the cooperation ({@code route071.samenwerking.startdatum}) and the moments of its
 * evaluations, for the timers of {@code evaluatieSamenwerking}: the process starts on the start date; when the
 * interim and the final evaluation follow is reference data the process owner edits,
 * {@code referentie/evaluatiemomenten.csv} (an ISO-8601 period after the start per evaluation, with the seed's
 * sentence), read at start-up. A malformed file stops the start with the file, the line and what is wrong. A moment
 * in the past makes the timer fire at once.
 */
@Component("samenwerking")
@EnableConfigurationProperties(Samenwerking.Instellingen.class)
public class Samenwerking {

    static final String BESTAND = "referentie/evaluatiemomenten.csv";
    static final String TUSSENEVALUATIE = "tussenevaluatie";
    static final String EINDEVALUATIE = "eindevaluatie";
    /** Seed: "Binnen drie jaar na de start wordt een eindevaluatie gehouden". */
    static final Period UITERLIJK = Period.ofYears(3);

    /** {@code route071.samenwerking.*}: the start of the cooperation (seed: "circa 1-1-2018"). */
    @ConfigurationProperties("route071.samenwerking")
    public record Instellingen(@DefaultValue("2018-01-01") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startdatum) {
    }

    private final LocalDate startdatum;
    private final Map<String, Period> momenten;

    @Autowired
    Samenwerking(Instellingen instellingen) throws IOException {
        this(instellingen.startdatum(), leesMomenten());
    }

    Samenwerking(LocalDate startdatum, Map<String, Period> momenten) {
        this.startdatum = startdatum;
        this.momenten = Map.copyOf(momenten);
    }

    public LocalDate getStartdatum() {
        return startdatum;
    }

    /** Timer of the start event; evaluated when the model is deployed. */
    public Date getStartmoment() {
        return Klok.begin(startdatum);
    }

    public Date tussenevaluatie(String startdatumSamenwerking) {
        return Klok.begin(start(startdatumSamenwerking).plus(momenten.get(TUSSENEVALUATIE)));
    }

    public Date eindevaluatie(String startdatumSamenwerking) {
        return Klok.begin(start(startdatumSamenwerking).plus(momenten.get(EINDEVALUATIE)));
    }

    /** The period after the start of each evaluation, as the reference data says. */
    Map<String, Period> momenten() {
        return momenten;
    }

    /** Kept for {@code EvaluatieRapportage}; new code uses {@link Klok#begin}. */
    static Date begin(LocalDate dag) {
        return Klok.begin(dag);
    }

    private static LocalDate start(String startdatumSamenwerking) {
        return Datums.datum(startdatumSamenwerking, "Startdatum samenwerking")
                .orElseThrow(() -> new IllegalArgumentException("De startdatum van de samenwerking ontbreekt"));
    }

    private static Map<String, Period> leesMomenten() throws IOException {
        try (Reader reader = new InputStreamReader(new ClassPathResource(BESTAND).getInputStream(), StandardCharsets.UTF_8)) {
            return leesMomenten(reader, BESTAND);
        }
    }

    /**
     * The rows {@code evaluatie,na_start,bron}: both evaluations, each once, with a period and a source; the final
     * one after the interim one and within three years. Anything else: an {@link IllegalStateException} naming the
     * file and the line.
     */
    static Map<String, Period> leesMomenten(Reader reader, String bron) throws IOException {
        Map<String, Period> momenten = new LinkedHashMap<>();
        try {
            for (CSVRecord rij : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').setTrim(true)
                    .get().parse(reader)) {
                String plek = bron + ", regel " + rij.getRecordNumber() + " (na de kopregel): ";
                if (!rij.isMapped("evaluatie") || !rij.isMapped("na_start") || !rij.isMapped("bron")) {
                    throw new IllegalStateException(bron + ": de kopregel moet de kolommen evaluatie, na_start en bron hebben");
                }
                if (!rij.isConsistent()) {
                    throw new IllegalStateException(plek + "verwacht 3 kolommen (evaluatie,na_start,bron), gevonden " + rij.size());
                }
                String evaluatie = rij.get("evaluatie");
                if (!TUSSENEVALUATIE.equals(evaluatie) && !EINDEVALUATIE.equals(evaluatie)) {
                    throw new IllegalStateException(plek + "'" + evaluatie + "' is geen evaluatie (tussenevaluatie of eindevaluatie)");
                }
                if (momenten.containsKey(evaluatie)) {
                    throw new IllegalStateException(plek + evaluatie + " staat er twee keer in");
                }
                if (rij.get("bron").isBlank()) {
                    throw new IllegalStateException(plek + "de bron ontbreekt (noem de zin uit de seed)");
                }
                try {
                    momenten.put(evaluatie, Period.parse(rij.get("na_start")));
                }
                catch (DateTimeParseException e) {
                    throw new IllegalStateException(plek + "'" + rij.get("na_start")
                            + "' is geen ISO-8601-periode (bijvoorbeeld P1Y voor een jaar, P33M voor 33 maanden)", e);
                }
            }
        }
        catch (UncheckedIOException | IllegalArgumentException e) {
            throw new IllegalStateException(bron + ": het bestand is geen geldige CSV (" + e.getMessage() + ")", e);
        }
        for (String evaluatie : new String[] { TUSSENEVALUATIE, EINDEVALUATIE }) {
            if (!momenten.containsKey(evaluatie)) {
                throw new IllegalStateException(bron + ": de regel voor " + evaluatie + " ontbreekt");
            }
        }
        LocalDate voorbeeld = LocalDate.of(2018, 1, 1);
        LocalDate tussen = voorbeeld.plus(momenten.get(TUSSENEVALUATIE));
        LocalDate eind = voorbeeld.plus(momenten.get(EINDEVALUATIE));
        if (!eind.isAfter(tussen)) {
            throw new IllegalStateException(bron + ": de eindevaluatie moet na de tussenevaluatie komen");
        }
        if (eind.isAfter(voorbeeld.plus(UITERLIJK))) {
            throw new IllegalStateException(bron + ": de eindevaluatie valt na drie jaar; de seed zegt \"Binnen drie jaar na de start\"");
        }
        return momenten;
    }
}
