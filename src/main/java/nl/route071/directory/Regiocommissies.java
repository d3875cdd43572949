package nl.route071.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The regiocommissies (seed 2.2: "Voor een of meerdere ambities uit de toekomstvisie wordt een regiocommissie ingesteld
 * met fractiespecialisten uit elke gemeente"): which ambities each covers ({@code referentie/regiocommissies.csv}, kept
 * by procesbeheer) and its members ({@code referentie/regiocommissieleden-DEMO.csv}: DEMO names, one fractiespecialist
 * per gemeente and fractie of the raad in office, or none: participation is voluntary).
 */
@Component("regiocommissies")
public class Regiocommissies {

    /** A regiocommissie with the ambities it covers and the days between convocation and meeting (its own rules). */
    public record Regiocommissie(String id, String naam, List<String> ambities, int oproepingstermijnDagen) {
    }

    /** A fractiespecialist: member of one regiocommissie for one fractie of one gemeente, from {@code van} until {@code tot}. */
    public record Lid(String id, String regiocommissie, String gemeente, String fractie, String naam, LocalDate van, LocalDate tot) {

        /** The key of the fractie on the stemlijst: {@code <gemeenteId>:<fractie>}. */
        public String fractiesleutel() {
            return gemeente + ":" + fractie;
        }

        public boolean zitting(LocalDate datum) {
            return !van.isAfter(datum) && (tot == null || !tot.isBefore(datum));
        }
    }

    private final Map<String, Regiocommissie> commissies = new LinkedHashMap<>();
    private final List<Lid> leden = new ArrayList<>();

    Regiocommissies() {
        this(Csv.readClasspath("referentie/regiocommissies.csv"), Csv.readClasspath("referentie/regiocommissieleden-DEMO.csv"));
    }

    Regiocommissies(List<Map<String, String>> commissieRijen, List<Map<String, String>> ledenRijen) {
        Map<String, String> ambitieVan = new LinkedHashMap<>();
        for (Map<String, String> rij : commissieRijen) {
            List<String> ambities = List.of(rij.get("ambities").trim().split("\\s+"));
            for (String ambitie : ambities) {
                String eerder = ambitieVan.put(ambitie, rij.get("id"));
                if (eerder != null) {
                    throw new IllegalStateException("regiocommissies.csv: ambitie " + ambitie + " hoort bij " + eerder + " en " + rij.get("id"));
                }
            }
            commissies.put(rij.get("id"), new Regiocommissie(rij.get("id"), rij.get("naam"), ambities,
                    Integer.parseInt(rij.get("oproepingstermijnDagen"))));
        }
        for (Map<String, String> rij : ledenRijen) {
            if (!commissies.containsKey(rij.get("regiocommissie"))) {
                throw new IllegalStateException("regiocommissieleden-DEMO.csv: onbekende regiocommissie " + rij.get("regiocommissie"));
            }
            String tot = rij.get("tot");
            leden.add(new Lid(rij.get("id"), rij.get("regiocommissie"), rij.get("gemeente"), rij.get("fractie"), rij.get("naam"),
                    LocalDate.parse(rij.get("van")), tot == null || tot.isBlank() ? null : LocalDate.parse(tot)));
        }
    }

    public List<Regiocommissie> alle() {
        return List.copyOf(commissies.values());
    }

    public Optional<Regiocommissie> van(String id) {
        return Optional.ofNullable(id == null ? null : commissies.get(id));
    }

    /** The regiocommissie that covers the ambitie: each proposal belongs to the regiocommissie of its ambitie. */
    public Optional<Regiocommissie> vanAmbitie(String ambitie) {
        return commissies.values().stream().filter(c -> c.ambities().contains(ambitie)).findFirst();
    }

    /** The members in office on the date, in file order (gemeente, then fractie by seats). */
    public List<Lid> leden(String regiocommissie, LocalDate datum) {
        return leden.stream().filter(l -> l.regiocommissie().equals(regiocommissie) && l.zitting(datum)).toList();
    }

    /** Any member, of any regiocommissie, by id. */
    public Optional<Lid> lid(String id) {
        return leden.stream().filter(l -> l.id().equals(id)).findFirst();
    }
}
