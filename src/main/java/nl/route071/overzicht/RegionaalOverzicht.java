package nl.route071.overzicht;

import static nl.route071.voorstel.RegionaalVoorstelProcess.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.route071.directory.Ambities;
import nl.route071.directory.Voorzitters;
import nl.route071.directory.Gemeenten;
import nl.route071.gedeeld.Datums;
import nl.route071.gedeeld.Klok;
import nl.route071.gedeeld.Tekstlijst;
import nl.route071.historie.Voorstelhistorie;
import nl.route071.historie.Voorstelhistorie.Instantie;
import nl.route071.historie.Voorstelhistorie.Voorstel;
import nl.route071.raad.RaadsbehandelingProcess;
import nl.route071.stemming.Stemmen;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Service;

/**
 * The regional overview: every proposal with its stage; for raad proposals each council's status
 * against the advice (and the term date the council treatment fixed from {@code decisions/termijn.dmn}), deviations with their
 * verantwoording, and the weighted vote of the regiocommissie (marked DEMO where a weight is invented).
 */
@Service
public class RegionaalOverzicht {

    static final String COCKPIT = "/camunda/app/cockpit/default/#/process-instance/%s/runtime";

    /** The statuses of a council's treatment, in the order of the matrix. */
    public static final Map<String, String> STATUSSEN = statussen();

    private final Voorstelhistorie historie;
    private final HistoryService historyService;
    private final Gemeenten gemeenten;
    private final Ambities ambities;
    private final Voorzitters voorzitters;

    RegionaalOverzicht(Voorstelhistorie historie, HistoryService historyService, Gemeenten gemeenten, Ambities ambities,
            Voorzitters voorzitters) {
        this.voorzitters = voorzitters;
        this.historie = historie;
        this.historyService = historyService;
        this.gemeenten = gemeenten;
        this.ambities = ambities;
    }

    private static Map<String, String> statussen() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("bij-college", "bij het college: nog aan de raad aan te bieden");
        s.put("initiatiefvoorstel-indienen", "initiatiefvoorstel: nog in te dienen bij de raad");
        s.put("zienswijze-college", "initiatiefvoorstel ingediend: het college kan zijn zienswijze geven");
        s.put("te-agenderen", "nog te agenderen");
        s.put("geagendeerd", "geagendeerd");
        s.put("conform", "conform");
        s.put("geamendeerd", "geamendeerd");
        s.put("verworpen", "verworpen");
        s.put("aangehouden", "aangehouden");
        return s;
    }

    /** Proposals per page of the overview. */
    public static final int PAGINAGROOTTE = 50;

    /**
     * One page of the overview: the proposals {@code van}..{@code tot} (1-based) of {@code totaal}, newest first; the
     * counts per gemeente are over the proposals of this page.
     */
    public record Overzicht(String peildatum, List<Kolom> gemeenten, List<VoorstelRegel> voorstellen, List<StatusTelling> telling,
            int pagina, int paginas, long totaal) {

        public long van() {
            return voorstellen.isEmpty() ? 0 : (long) (pagina - 1) * PAGINAGROOTTE + 1;
        }

        public long tot() {
            return (long) (pagina - 1) * PAGINAGROOTTE + voorstellen.size();
        }
    }

    public record Kolom(String id, String naam) {
    }

    public record VoorstelRegel(String id, String nummer, String titel, String ambitie, String voorzitter, String soortBesluit,
            String orgaan, String fase, boolean lopend, String cockpit, List<Cel> cellen, List<AfwijkingRegel> afwijkingen, Stemming stemming) {
    }

    /**
     * One gemeente's status for one raad proposal; {@code status} null when the gemeente does not take part.
     * {@code geenVergaderingBinnenTermijn} while undecided when the raad's calendar had no meeting on or before the
     * term date ({@code raadsvergaderingNaTermijn}), with the first meeting after it ({@code eersteRaadsvergadering},
     * null when the calendar had none).
     */
    public record Cel(String gemeente, String status, String label, boolean termijnVerstreken, String besluitdatum,
            String uiterlijk, boolean geenVergaderingBinnenTermijn, String eersteRaadsvergadering) {

        public Cel(String gemeente, String status, String label, boolean termijnVerstreken, String besluitdatum, String uiterlijk) {
            this(gemeente, status, label, termijnVerstreken, besluitdatum, uiterlijk, false, null);
        }

        public boolean deelnemer() {
            return status != null;
        }
    }

    public record AfwijkingRegel(String gemeente, String raadsbesluit, String amendementTekst, String verantwoording) {
    }

    /** The weighted vote of the regiocommissie; {@code demo} when a weight comes from the DEMO supplement. */
    public record Stemming(String uitslag, long voor, long tegen, boolean demo) {
    }

    /** Per gemeente, how many raad proposals are in each status, and how many are past the two-month term. */
    public record StatusTelling(String gemeente, String naam, List<Integer> aantallen, int termijnVerstreken) {
    }

    public Overzicht overzicht() {
        return overzicht(1);
    }

    /** Page {@code pagina} (1 = the newest proposals); a page past the end shows the last one. */
    public Overzicht overzicht(int pagina) {
        LocalDate vandaag = Klok.vandaag();
        List<Kolom> kolommen = gemeenten.ids().stream().map(id -> new Kolom(id, gemeenten.naam(id))).toList();
        int gevraagd = Math.max(1, pagina);
        Voorstelhistorie.Pagina gelezen = historie.pagina((gevraagd - 1) * PAGINAGROOTTE, PAGINAGROOTTE);
        int paginas = (int) Math.max(1, (gelezen.totaal() + PAGINAGROOTTE - 1) / PAGINAGROOTTE);
        if (gevraagd > paginas) {
            gevraagd = paginas;
            gelezen = historie.pagina((gevraagd - 1) * PAGINAGROOTTE, PAGINAGROOTTE);
        }
        List<VoorstelRegel> regels = new ArrayList<>();
        for (Voorstel voorstel : gelezen.voorstellen()) {
            regels.add(regel(voorstel, vandaag));
        }
        return new Overzicht(vandaag.toString(), kolommen, regels, telling(regels), gevraagd, paginas, gelezen.totaal());
    }

    private VoorstelRegel regel(Voorstel voorstel, LocalDate vandaag) {
        Instantie route = voorstel.route();
        String orgaan = route.tekst(VAR_BEVOEGD_ORGAAN);
        List<Cel> cellen = new ArrayList<>();
        List<AfwijkingRegel> afwijkingen = new ArrayList<>();
        if ("raad".equals(orgaan)) {
            List<String> deelnemers = deelnemers(route.waarde(VAR_DEELNEMENDE_GEMEENTEN));
            for (String gemeente : gemeenten.ids()) {
                Instantie raad = voorstel.raadsbehandelingen().stream()
                        .filter(r -> gemeente.equals(r.tekst("gemeente"))).reduce((eerste, tweede) -> tweede).orElse(null);
                cellen.add(cel(gemeente, deelnemers.contains(gemeente), raad, vandaag));
                if (raad != null && Boolean.TRUE.equals(raad.waarde("afwijking"))) {
                    afwijkingen.add(new AfwijkingRegel(gemeenten.naam(gemeente), raad.tekst("raadsbesluit"),
                            raad.tekst("amendementTekst"), raad.tekst("verantwoording")));
                }
            }
        }
        Map<String, String> ambitieNamen = ambities.alle();
        String ambitie = route.tekst(VAR_AMBITIE);
        return new VoorstelRegel(route.id(), voorstel.nummer(), route.tekst(VAR_TITEL), ambitieNamen.getOrDefault(ambitie, ambitie),
                ambitie == null ? null : voorzitters.tekst(ambitie, vandaag), route.tekst(VAR_SOORT_BESLUIT), orgaan, fase(route), route.lopend(),
                route.lopend() ? String.format(COCKPIT, route.id()) : null, cellen, afwijkingen, stemming(route));
    }

    private Cel cel(String gemeente, boolean deelnemer, Instantie raad, LocalDate vandaag) {
        if (!deelnemer && raad == null) {
            return new Cel(gemeente, null, "", false, null, null);
        }
        String status;
        if (raad == null) {
            status = null;
        }
        else if (raad.tekst("raadsbesluit") != null) {
            status = raad.tekst("raadsbesluit");
        }
        else if ("regiocommissie".equals(raad.tekst(RaadsbehandelingProcess.VAR_INITIATIEF)) && raad.tekst("raadsvergadering") == null
                && raad.lopend()) {
            // the regiocommissie's own proposal: an initiatiefvoorstel (Gemeentewet art. 147a lid 1), the college only gives its view
            LocalDate uiterlijk = Datums.datum(raad.tekst(RaadsbehandelingProcess.VAR_ZIENSWIJZE_UITERLIJK), "Zienswijze uiterlijk").orElse(null);
            status = raad.tekst("indieningsdatum") == null ? "initiatiefvoorstel-indienen"
                    : raad.tekst(RaadsbehandelingProcess.VAR_ZIENSWIJZE_COLLEGE) == null && uiterlijk != null && !vandaag.isAfter(uiterlijk)
                            ? "zienswijze-college" : "te-agenderen";
        }
        else {
            // the college offers the proposal to its raad first (aanbiedingsdatum), then the griffie agendas it
            status = raad.tekst("raadsvergadering") != null ? "geagendeerd"
                    : raad.tekst("aanbiedingsdatum") == null && raad.lopend() ? "bij-college" : "te-agenderen";
        }
        if (status == null) {
            return new Cel(gemeente, "advies-volgt", "advies volgt", false, null, null);
        }
        LocalDate termijn = Datums.datum(raad.tekst(RaadsbehandelingProcess.VAR_TERMIJNDATUM), "Termijndatum").orElse(null);
        String uiterlijk = termijn == null ? null : termijn.toString();
        boolean besloten = raad.tekst("raadsbesluit") != null && !"aangehouden".equals(status);
        boolean verstreken = termijn != null && !besloten && vandaag.isAfter(termijn);
        boolean naTermijn = !besloten && Boolean.TRUE.equals(raad.waarde(RaadsbehandelingProcess.VAR_RAADSVERGADERING_NA_TERMIJN));
        return new Cel(gemeente, status, STATUSSEN.getOrDefault(status, status), verstreken, raad.tekst("besluitdatum"), uiterlijk,
                naTermijn, naTermijn ? raad.tekst(RaadsbehandelingProcess.VAR_EERSTE_RAADSVERGADERING) : null);
    }

    private String fase(Instantie route) {
        if (!route.lopend()) {
            String einde = Voorstelhistorie.eindeVanDeRoute(historyService, route.id(), route.proces().getEndActivityId());
            if (END_UITGEVOERD.equals(einde)) {
                return "afgerond";
            }
            return END_INGETROKKEN.equals(einde) ? "ingetrokken" : "beëindigd";
        }
        List<String> namen = historyService.createHistoricActivityInstanceQuery().processInstanceId(route.id()).unfinished()
                .list().stream().filter(a -> !"multiInstanceBody".equals(a.getActivityType()))
                .map(HistoricActivityInstance::getActivityName).filter(n -> n != null).distinct().toList();
        return namen.isEmpty() ? "bezig" : String.join(", ", namen);
    }

    private static Stemming stemming(Instantie route) {
        String uitslag = route.tekst(VAR_STEMUITSLAG);
        Stemmen stemmen = uitslag == null || !(route.waarde(VAR_STEMMEN) instanceof SpinJsonNode json) ? null : Stemmen.van(json).orElse(null);
        if (stemmen == null) {
            return Boolean.TRUE.equals(route.waarde(VAR_CONSENSUS)) ? new Stemming("consensus in oordeelsvorming", 0, 0, false) : null;
        }
        Stemmen.Gewogen gewogen = stemmen.gewogen();
        return new Stemming(uitslag, gewogen.voor(), gewogen.tegen(), stemmen.bronDemo());
    }

    private List<StatusTelling> telling(List<VoorstelRegel> regels) {
        List<StatusTelling> telling = new ArrayList<>();
        for (String gemeente : gemeenten.ids()) {
            List<Cel> cellen = regels.stream().flatMap(r -> r.cellen().stream())
                    .filter(c -> gemeente.equals(c.gemeente()) && c.deelnemer()).toList();
            List<Integer> aantallen = STATUSSEN.keySet().stream()
                    .map(s -> (int) cellen.stream().filter(c -> s.equals(c.status())).count()).toList();
            telling.add(new StatusTelling(gemeente, gemeenten.naam(gemeente), aantallen,
                    (int) cellen.stream().filter(Cel::termijnVerstreken).count()));
        }
        return telling;
    }

    static List<String> deelnemers(Object waarde) {
        return Tekstlijst.isLijst(waarde) ? Tekstlijst.van(waarde) : List.of();
    }
}
