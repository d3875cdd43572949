package nl.route071.vergadering;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.route071.gedeeld.Datums;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * The rules of a regiocommissie meeting, values in and result out: no engine, no Spring. Every refusal is a Dutch
 * {@link BadUserRequestException} (HTTP 400), thrown before anything is written.
 */
final class Vergaderregels {

    static final Set<String> SOORTEN = Set.of("regulier", "start", "tussentijds", "heroepen");
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("HH:mm");

    private Vergaderregels() {
    }

    /** The start of a meeting from the start form's date and time; never in the past. */
    static LocalDateTime aanvang(Object datum, Object tijd, LocalDateTime nu) {
        LocalDate dag = Datums.datum(datum, "Datum van de vergadering")
                .orElseThrow(() -> new BadUserRequestException("De vergadering is niet gepland: vul de datum in (dd-mm-jjjj)."));
        LocalTime uur;
        try {
            uur = LocalTime.parse(String.valueOf(tijd).trim().substring(0, 5), TIJD);
        }
        catch (RuntimeException e) {
            throw new BadUserRequestException("De vergadering is niet gepland: vul de aanvang in als uu:mm.");
        }
        LocalDateTime aanvang = dag.atTime(uur);
        if (!aanvang.isAfter(nu)) {
            throw new BadUserRequestException("De vergadering is niet gepland: de aanvang (" + tekst(aanvang)
                    + ") ligt in het verleden. Een vergadering wordt vooraf belegd.");
        }
        return aanvang;
    }

    static void controleerSoort(Object soort, Object aanleiding) {
        if (!(soort instanceof String s) || !SOORTEN.contains(s)) {
            throw new BadUserRequestException("De vergadering is niet gepland: kies regulier, startbijeenkomst, tussentijds of opnieuw belegd.");
        }
        if ("tussentijds".equals(s) && (!(aanleiding instanceof String a) || a.isBlank())) {
            throw new BadUserRequestException("De vergadering is niet gepland: een tussentijdse vergadering vraagt een aanleiding "
                    + "(seed: \"tussendoor als terugkoppeling en bijsturing nodig is\").");
        }
    }

    static String soortNaam(String soort) {
        return switch (soort) {
            case "start" -> "Startbijeenkomst";
            case "tussentijds" -> "Tussentijdse vergadering (terugkoppeling en bijsturing)";
            case "heroepen" -> "Opnieuw belegde vergadering (geen quorum in de vorige)";
            default -> "Reguliere vergadering";
        };
    }

    /** "20-01-2027 om 19:30". */
    static String tekst(LocalDateTime tijdstip) {
        return Datums.nl(tijdstip.toLocalDate()) + " om " + tijdstip.format(TIJD);
    }

    /**
     * The convocation goes out at least {@code dagen} days before the meeting (the regiocommissie's own rules, by
     * analogy with Gemeentewet art. 19 lid 1-2); a meeting called again for lack of quorum (art. 20 lid 2) is exempt.
     */
    static void controleerOproepingstermijn(LocalDateTime aanvang, String soort, int dagen, LocalDateTime nu) {
        if ("heroepen".equals(soort)) {
            return;
        }
        LocalDateTime uiterlijk = aanvang.minusDays(dagen);
        if (nu.isAfter(uiterlijk)) {
            throw new BadUserRequestException("De agenda is niet vastgesteld: volgens het reglement van de regiocommissie gaat de oproeping "
                    + dagen + " dagen voor de vergadering uit, uiterlijk " + tekst(uiterlijk) + ". Verplaats de vergadering of beleg een nieuwe.");
        }
    }

    /** A proposal that waits for a regiocommissie at one of its steps. */
    /**
     * An item that waits for a regiocommissie at one of its steps: a proposal (by its number), a raad's verantwoording
     * ({@code <number>-verantwoording-<gemeente>}) or the progress of an ambitie ({@code voortgang-<quarter>-<ambitie>}).
     *
     * @param voorstelnummer the item's key on the agenda form
     * @param executie the execution of the waiting task (for a step outside regionaalVoorstel, where one process
     *            instance can hold several)
     */
    record Wachtend(String voorstelnummer, String procesinstantie, String titel, String ambitie, Fase fase, String agendaVergadering,
            String doorgeschovenVan, LocalDateTime vorigeStemming, String executie) {

        Wachtend(String voorstelnummer, String procesinstantie, String titel, String ambitie, Fase fase, String agendaVergadering,
                String doorgeschovenVan, LocalDateTime vorigeStemming) {
            this(voorstelnummer, procesinstantie, titel, ambitie, fase, agendaVergadering, doorgeschovenVan, vorigeStemming, null);
        }
    }

    /** One item of an adopted agenda. */
    public record Agendapunt(int volgnummer, String voorstelnummer, String procesinstantie, String titel, Fase fase, String executie) {

        Agendapunt(int volgnummer, String voorstelnummer, String procesinstantie, String titel, Fase fase) {
            this(volgnummer, voorstelnummer, procesinstantie, titel, fase, null);
        }
    }

    /**
     * The adopted agenda: every chosen proposal must wait for this regiocommissie and stand on no other agenda;
     * beeld- and oordeelsvorming together only for a proposal at beeldvorming; a re-vote at least 24 hours after the
     * previous vote (Gemeentewet art. 20 lid 2, art. 32 lid 2, by analogy).
     *
     * @param wachtend the proposals waiting for any regiocommissie, by number
     * @param ambities the ambities of this regiocommissie
     */
    static List<Agendapunt> stelVast(List<String> keuze, List<String> samen, Map<String, Wachtend> wachtend, List<String> ambities,
            String regiocommissieNaam, LocalDateTime aanvang) {
        List<String> fouten = new ArrayList<>();
        if (keuze.isEmpty()) {
            fouten.add("Kies ten minste één agendapunt.");
        }
        if (new LinkedHashSet<>(keuze).size() != keuze.size()) {
            fouten.add("Een voorstel staat twee keer op de agenda.");
        }
        List<Agendapunt> agenda = new ArrayList<>();
        for (String nummer : keuze) {
            Wachtend w = wachtend.get(nummer);
            if (w == null) {
                fouten.add(nummer + " wacht niet op een regiocommissie (het is geen lopend voorstel in een stap van de regiocommissie).");
                continue;
            }
            if (!ambities.contains(w.ambitie())) {
                fouten.add(nummer + " hoort bij de ambitie " + w.ambitie() + " en wacht niet op de " + regiocommissieNaam + ".");
                continue;
            }
            if (w.agendaVergadering() != null) {
                fouten.add(nummer + " staat al op de agenda van vergadering " + w.agendaVergadering() + ".");
                continue;
            }
            Fase fase = w.fase();
            if (samen.contains(nummer)) {
                if (fase != Fase.BEELDVORMING) {
                    fouten.add(nummer + ": beeld- en oordeelsvorming samen kan alleen voor een voorstel dat op beeldvorming wacht.");
                    continue;
                }
                fase = Fase.BEELD_EN_OORDEELSVORMING;
            }
            if (fase == Fase.STEMMING && w.vorigeStemming() != null) {
                Duration tussen = Duration.between(w.vorigeStemming(), aanvang);
                if (tussen.compareTo(Duration.ofHours(24)) < 0) {
                    fouten.add("De herstemming over " + nummer + " kan niet in deze vergadering: de vorige stemming was op "
                            + tekst(w.vorigeStemming()) + ", en een volgende vergadering ligt ten minste 24 uur later "
                            + "(Gemeentewet art. 20 lid 2 en art. 32 lid 2, naar analogie).");
                    continue;
                }
            }
            agenda.add(new Agendapunt(agenda.size() + 1, nummer, w.procesinstantie(), w.titel(), fase, w.executie()));
        }
        for (String nummer : samen) {
            if (!keuze.contains(nummer)) {
                fouten.add(nummer + " staat niet op de agenda en kan dus niet samen worden behandeld.");
            }
        }
        if (!fouten.isEmpty()) {
            throw new BadUserRequestException("De agenda is niet vastgesteld: " + String.join(" ", fouten));
        }
        return agenda;
    }

    /** One member on the attendance list as the meeting recorded it. */
    public record Presentie(String lid, String naam, String gemeente, String fractie, boolean aanwezig) {

        String fractiesleutel() {
            return gemeente + ":" + fractie;
        }
    }

    /**
     * The attendance list as sent: a row names its member by {@code lid}, or (as Tasklist sends only the checkbox) is
     * the member at the same place. A member of another regiocommissie, or a member not in office, is refused.
     *
     * @param leden the members in office of this regiocommissie on the meeting date
     * @param anderLid the regiocommissie of any member id, to name it in the refusal
     */
    static List<Presentie> presentie(List<Map<String, Object>> rijen, List<Presentie> leden,
            java.util.function.Function<String, Optional<String>> anderLid, String regiocommissieNaam) {
        List<String> fouten = new ArrayList<>();
        java.util.Map<String, Boolean> aanwezig = new java.util.LinkedHashMap<>();
        for (int i = 0; i < rijen.size(); i++) {
            Object lidWaarde = rijen.get(i).get("lid");
            if (lidWaarde == null && i < leden.size()) {
                lidWaarde = leden.get(i).lid();
            }
            String lid = String.valueOf(lidWaarde);
            if (leden.stream().noneMatch(l -> l.lid().equals(lid))) {
                fouten.add("Regel " + (i + 1) + " van de presentielijst: " + anderLid.apply(lid)
                        .map(c -> lid + " is lid van " + c + ", niet van de " + regiocommissieNaam + ".")
                        .orElse("'" + lid + "' is geen lid van de " + regiocommissieNaam + " op de vergaderdatum."));
                continue;
            }
            if (aanwezig.containsKey(lid)) {
                fouten.add(lid + " staat twee keer op de presentielijst.");
            }
            Object waarde = rijen.get(i).get("aanwezig");
            aanwezig.put(lid, Boolean.TRUE.equals(waarde) || "true".equals(waarde));
        }
        if (!fouten.isEmpty()) {
            throw new BadUserRequestException("De vergadering is niet vastgelegd: " + String.join(" ", fouten));
        }
        return leden.stream().map(l -> new Presentie(l.lid(), l.naam(), l.gemeente(), l.fractie(), aanwezig.getOrDefault(l.lid(), false)))
                .toList();
    }

    /** An agenda item with the meeting's outcome. */
    public record Behandeling(Agendapunt punt, String uitkomst, String toelichterBestuurlijk, String toelichterMaatschappelijk, String verslag) {

        /** An item of an agenda not yet treated: no outcome. */
        Behandeling(Agendapunt punt) {
            this(punt, null, null, null, null);
        }

        /** The item's phase as the pages show it. */
        public String faseNaam() {
            return punt.fase().naam;
        }
    }

    /** The outcome per agenda item as sent (by position), checked against what the item's phase allows. */
    static List<Behandeling> behandeling(List<Map<String, Object>> rijen, List<Agendapunt> agenda) {
        List<String> fouten = new ArrayList<>();
        List<Behandeling> uit = new ArrayList<>();
        if (rijen.size() != agenda.size()) {
            fouten.add("Geef bij elk van de " + agenda.size() + " agendapunten een uitkomst.");
        }
        for (int i = 0; i < Math.min(rijen.size(), agenda.size()); i++) {
            Agendapunt punt = agenda.get(i);
            Map<String, Object> rij = rijen.get(i);
            String uitkomst = tekst(rij.get("uitkomst"));
            String bestuurlijk = tekst(rij.get("toelichterBestuurlijk"));
            String maatschappelijk = tekst(rij.get("toelichterMaatschappelijk"));
            String verslag = tekst(rij.get("verslag"));
            String naam = "Agendapunt " + punt.volgnummer() + " (" + punt.voorstelnummer() + ", " + punt.fase().naam.toLowerCase() + ")";
            if (uitkomst == null || !punt.fase().uitkomsten.contains(uitkomst)) {
                fouten.add(naam + ": kies " + String.join(", ", punt.fase().uitkomsten.stream().sorted().toList()) + ".");
                continue;
            }
            if (!"verdaagd".equals(uitkomst) && (punt.fase() == Fase.BEELDVORMING || punt.fase() == Fase.BEELD_EN_OORDEELSVORMING)
                    && (bestuurlijk == null || maatschappelijk == null)) {
                fouten.add(naam + ": vul in wie het voorstel mondeling toelichtte (een bestuurlijk en een maatschappelijk lid).");
            }
            if (!"verdaagd".equals(uitkomst) && punt.fase() == Fase.STARTBIJEENKOMST && verslag == null) {
                fouten.add(naam + ": vul de inbreng van de regiocommissie voor de uitwerking in.");
            }
            if (!"verdaagd".equals(uitkomst) && punt.fase().verantwoording() && verslag == null) {
                fouten.add(naam + ": vul in welke verantwoording de raad aflegde (het verslag).");
            }
            if (!"verdaagd".equals(uitkomst) && punt.fase() == Fase.VOORTGANG && verslag == null) {
                fouten.add(naam + ": vul de uitkomst van de bespreking van de voortgang in (afspraken, bijsturing).");
            }
            uit.add(new Behandeling(punt, uitkomst, bestuurlijk, maatschappelijk, verslag));
        }
        if (!fouten.isEmpty()) {
            throw new BadUserRequestException("De vergadering is niet vastgelegd: " + String.join(" ", fouten));
        }
        return uit;
    }

    private static String tekst(Object waarde) {
        return waarde instanceof String s && !s.isBlank() ? s.trim() : null;
    }
}
