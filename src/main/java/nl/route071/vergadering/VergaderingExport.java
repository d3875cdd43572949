package nl.route071.vergadering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.route071.vergadering.Vergaderoverzicht.Vergadering;

/**
 * A meeting as open data after VNG's ODS Open Raadsinformatie (mini-ORI API): a {@code Vergadering} with its
 * {@code Agendapunt}en, each with its {@code Besluit} (and the votes it rests on as {@code stemmingen}: the address of
 * the proposal's vote export, {@code /api/stemmingen/<voorstelnummer>}, which gives {@code Stemming}, {@code Stem} and
 * {@code StemresultaatPerFractie}), and the {@code AanwezigeDeelnemer}s. What ODS has no field for is Route071's
 * extension and named so in {@code @context}: the weighted count per item, the absent members, the DEMO mark.
 */
final class VergaderingExport {

    /** The field names of ODS (mini-ORI API, VNG-Realisatie/ODS-Open-Raadsinformatie) this export uses. */
    static final List<String> ODS_VELDEN = List.of("id", "url", "naam", "vergaderingstype", "geplandeaanvang", "vergaderdatum", "locatie",
            "vergaderstatus", "georganiseerddoorgremium", "gremiumidentificatie", "gremiumnaam", "agendapunten", "vergadering",
            "agendapuntKenmerk", "agendapuntTitel", "agendapuntOmschrijving", "agendapuntvolgnummer", "indicatorBehandeld",
            "indicatorBesloten", "besluit", "besluitresultaat", "stemmingen", "aanwezigeDeelnemers", "natuurlijkPersoon", "rolnaam",
            "organisatie");

    /** Route071's extensions, each with what it means. */
    static final Map<String, String> UITBREIDINGEN = Map.of(
            "gewogenVoor", "Route071: som van de gewichten (stemmen bij de gemeenteraadsverkiezing) van de fracties die voor stemden",
            "gewogenTegen", "Route071: som van de gewichten van de fracties die tegen stemden",
            "gewogenOnthouding", "Route071: som van de gewichten van de fracties die zich onthielden",
            "stemuitslag", "Route071: de uitkomst van de gewogen stemming (decisions/stemuitslag.dmn)",
            "afwezigeDeelnemers", "Route071: de leden van de regiocommissie die volgens de presentielijst afwezig waren",
            "fase", "Route071: de stap van het voorstel in de regiocommissie (startbijeenkomst, beeldvorming, oordeelsvorming, stemming)",
            "demo", "Route071: true als de gegevens verzonnen zijn (DEMO-leden)",
            "lidnaam", "Route071: de naam van het lid (DEMO: verzonnen)");

    private VergaderingExport() {
    }

    static Map<String, Object> export(Vergadering v, String basis) {
        String id = "urn:route071:vergadering:" + v.sleutel();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("@vocab", "ODS Open Raadsinformatie (VNG, mini-ORI API): Vergadering, Agendapunt, Besluit, AanwezigeDeelnemer");
        context.putAll(UITBREIDINGEN);

        List<Map<String, Object>> agendapunten = new ArrayList<>();
        for (Vergaderregels.Behandeling p : v.agenda()) {
            Map<String, Object> punt = new LinkedHashMap<>();
            String nummer = String.valueOf(p.punt().volgnummer());
            punt.put("id", id + ":agendapunt:" + nummer);
            punt.put("vergadering", id);
            punt.put("agendapuntvolgnummer", nummer);
            punt.put("agendapuntKenmerk", nummer);
            String titel = p.punt().voorstelnummer() + " " + p.punt().titel();
            punt.put("agendapuntTitel", titel.length() > 100 ? titel.substring(0, 99) + "…" : titel);
            punt.put("agendapuntOmschrijving", p.faseNaam());
            punt.put("fase", p.punt().fase().id);
            punt.put("indicatorBehandeld", p.uitkomst() != null && !"verdaagd".equals(p.uitkomst()));
            punt.put("indicatorBesloten", false);
            v.besluiten().stream().filter(b -> String.valueOf(b.volgnummer()).equals(nummer)).findFirst().ifPresent(b -> {
                Map<String, Object> besluit = new LinkedHashMap<>();
                besluit.put("id", id + ":besluit:" + nummer);
                besluit.put("besluitresultaat", b.besluit());
                if ("stemming".equals(b.uitkomst())) {
                    besluit.put("stemmingen", List.of(basis + "/api/stemmingen/" + b.voorstelnummer()));
                    besluit.put("stemuitslag", b.stemming() == null ? null : b.stemming().uitslag());
                    besluit.put("gewogenVoor", b.stemming() == null ? null : b.stemming().voor());
                    besluit.put("gewogenTegen", b.stemming() == null ? null : b.stemming().tegen());
                    besluit.put("gewogenOnthouding", b.stemming() == null ? null : b.stemming().onthouding());
                }
                punt.put("besluit", besluit);
            });
            agendapunten.add(punt);
        }
        List<Map<String, Object>> aanwezig = new ArrayList<>();
        List<Map<String, Object>> afwezig = new ArrayList<>();
        for (Vergaderregels.Presentie a : v.aanwezigheid()) {
            Map<String, Object> deelnemer = new LinkedHashMap<>();
            deelnemer.put("id", id + ":deelnemer:" + a.lid());
            deelnemer.put("vergadering", id);
            deelnemer.put("natuurlijkPersoon", "urn:route071:lid:" + a.lid());
            deelnemer.put("lidnaam", a.naam() + " (DEMO)");
            deelnemer.put("rolnaam", "fractiespecialist");
            deelnemer.put("organisatie", "Fractie " + a.fractie() + " (" + a.gemeente() + ")");
            (a.aanwezig() ? aanwezig : afwezig).add(deelnemer);
        }
        Map<String, Object> vergadering = new LinkedHashMap<>();
        vergadering.put("id", id);
        vergadering.put("url", basis + "/vergaderingen/" + v.sleutel());
        vergadering.put("naam", v.regiocommissieNaam() + ", " + v.aanvangTekst());
        vergadering.put("vergaderingstype", v.soortNaam());
        vergadering.put("geplandeaanvang", v.aanvang().atZone(java.time.ZoneId.of("Europe/Amsterdam")).toOffsetDateTime().toString());
        vergadering.put("vergaderdatum", v.aanvang().toLocalDate().toString());
        vergadering.put("locatie", v.locatie());
        vergadering.put("vergaderstatus", v.status());
        vergadering.put("georganiseerddoorgremium", Map.of("gremiumidentificatie", String.valueOf(v.regiocommissie()),
                "gremiumnaam", String.valueOf(v.regiocommissieNaam())));
        vergadering.put("agendapunten", agendapunten.stream().map(p -> p.get("id")).toList());

        Map<String, Object> export = new LinkedHashMap<>();
        export.put("@context", context);
        export.put("vergadering", vergadering);
        export.put("agendapunten", agendapunten);
        export.put("aanwezigeDeelnemers", aanwezig);
        export.put("afwezigeDeelnemers", afwezig);
        export.put("demo", true);
        return export;
    }
}
