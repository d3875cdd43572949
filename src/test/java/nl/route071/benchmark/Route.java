package nl.route071.benchmark;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import nl.route071.formulier.Formulier;
import nl.route071.formulier.Formulier.Veld;

/**
 * One proposal on the consensus path through the councils to uitvoering, driven as the people in Tasklist
 * would: look up the proposal's open tasks, complete each with values its form accepts, until the main route has
 * ended. Stateless between steps, so a client that lost its node (kill -9) simply looks again.
 *
 * <p>Generic, so it does not rot when the routes grow: every open task is completed, whatever it is, with values
 * derived from its deployed form ({@link #formulier}): the choices of the consensus path where a field has that name
 * ({@link #KEUZES}), otherwise the field's first option, a date, a text. A task that is gone when its turn comes was
 * removed by its route (a terminate end removes the open progress task) and counts as done ({@code verdwenen}); a
 * completion refused by a concurrent change of the same proposal is tried again ({@code conflicten}).
 */
final class Route {

    /** The consensus path: where a form has a field of this name, this value; every other field from its form. */
    static final Map<String, Object> KEUZES = Map.ofEntries(
            Map.entry("besluitBestuurstafel", "vaststellen"),
            Map.entry("consensus", true),
            Map.entry("adviesType", "volledig"),
            Map.entry("raadsbesluit", "conform"),
            // a meeting of the raad calendar (issue #21), put in every calendar by Benchmarkkalender
            Map.entry("raadsvergadering", Benchmarkkalender.VERGADERING.toString()),
            Map.entry("collegebesluit", "ingestemd"),
            Map.entry("uitvoerder", "zelf"),
            Map.entry("voortgangsstatus", "op-schema"));

    /** Counters of a group of clients. */
    record Tellers(AtomicLong voltooid, AtomicLong wachtrondes, AtomicLong verdwenen, AtomicLong conflicten) {
        Tellers() {
            this(new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong());
        }
    }

    /** The parsed forms, per process definition and activity (one fetch per task type, not per task). */
    private static final Map<String, Formulier> FORMULIEREN = new ConcurrentHashMap<>();

    private final Loket loket;
    private final Tellers tellers;

    Route(Loket loket, Tellers tellers) {
        this.loket = loket;
        this.tellers = tellers;
    }

    /** Submits the proposal under the given title (or finds the earlier start) and drives it to the end. */
    String rijd(String titel, String ambitie, List<String> gemeenten) {
        String nr = loket.nummerVan(titel);
        if (nr == null) {
            nr = loket.dienIn(titel, ambitie, gemeenten);
        }
        rijdVerder(nr, Integer.MAX_VALUE);
        return nr;
    }

    /** Completes at most {@code stappen} tasks (to leave a proposal open at some stage), or until it ends. */
    void rijdVerder(String nr, int stappen) {
        long sinds = System.nanoTime();
        int gedaan = 0;
        while (gedaan < stappen) {
            List<Loket.Taak> taken = loket.openTaken(nr);
            if (taken.isEmpty()) {
                if (loket.afgerond(nr)) {
                    return;
                }
                // an asynchronous step (the end of a council treatment) is with the job executor
                tellers.wachtrondes().incrementAndGet();
                if (System.nanoTime() - sinds > 600_000_000_000L) {
                    throw new IllegalStateException(nr + " has had no open task for 10 minutes");
                }
                slaap(10);
                continue;
            }
            sinds = System.nanoTime();
            for (Loket.Taak taak : taken) {
                if (gedaan >= stappen) {
                    return;
                }
                if (voltooi(nr, taak)) {
                    gedaan++;
                }
            }
        }
    }

    /** Completes the task; true when this client completed it, false when its route had removed it. */
    private boolean voltooi(String nr, Loket.Taak taak) {
        Formulier formulier;
        try {
            formulier = FORMULIEREN.computeIfAbsent(taak.definitie() + "#" + taak.activiteit(),
                    k -> Formulier.lees(loket.formulier(taak.id())));
        }
        catch (RuntimeException e) {
            if (loket.openTaken(nr).stream().noneMatch(t -> t.id().equals(taak.id()))) {
                tellers.verdwenen().incrementAndGet();
                return false;
            }
            throw e;
        }
        Map<String, Object> waarden = formulier(formulier);
        for (int poging = 0; poging < 50; poging++) {
            switch (loket.voltooi(taak.id(), waarden)) {
                case VOLTOOID -> {
                    tellers.voltooid().incrementAndGet();
                    return true;
                }
                case VERDWENEN -> {
                    tellers.verdwenen().incrementAndGet();
                    return false;
                }
                case CONFLICT -> {
                    tellers.conflicten().incrementAndGet();
                    slaap(20);
                }
            }
        }
        throw new IllegalStateException("task " + taak.activiteit() + " " + taak.id() + " kept conflicting");
    }

    /**
     * What a user fills in on this form on the consensus path: the {@link #KEUZES} where the form has such a field,
     * and every other required field that the form does not fill itself (read-only, computed, with a default)
     * with a value of its type: the first option, a date, a number within its bounds, a text within its length.
     * A value for a field the form hides is sent and ignored, as Tasklist would not send it.
     */
    static Map<String, Object> formulier(Formulier formulier) {
        Map<String, Object> f = new LinkedHashMap<>();
        for (Veld veld : formulier.velden()) {
            if (veld.alleenLezen() || veld.berekening() != null) {
                continue;
            }
            if (KEUZES.containsKey(veld.key())) {
                f.put(veld.key(), KEUZES.get(veld.key()));
            }
            else if (veld.verplicht() && veld.standaard() == null) {
                Object waarde = waarde(veld);
                if (waarde != null) {
                    f.put(veld.key(), waarde);
                }
            }
        }
        return f;
    }

    private static Object waarde(Veld veld) {
        if (veld.lijst() || !veld.onderdelen().isEmpty()) {
            Map<String, Object> item = new HashMap<>();
            for (Veld onderdeel : veld.onderdelen()) {
                if (!onderdeel.alleenLezen() && onderdeel.berekening() == null) {
                    Object w = KEUZES.containsKey(onderdeel.key()) ? KEUZES.get(onderdeel.key()) : waarde(onderdeel);
                    if (w != null) {
                        item.put(onderdeel.key(), w);
                    }
                }
            }
            return veld.lijst() ? List.of(item) : item;
        }
        if (veld.opties() != null && !veld.opties().isEmpty()) {
            Object eerste = veld.opties().get(0);
            return veld.meerkeuze() ? List.of(eerste) : eerste;
        }
        if (veld.heeftOpties()) {
            return null; // options from a variable or an expression: left to the form's default
        }
        return switch (veld.type()) {
            case "checkbox" -> true;
            case "number" -> veld.min() != null ? veld.min() : veld.max() != null && veld.max().compareTo(BigDecimal.ONE) < 0 ? veld.max() : 1;
            case "datetime" -> switch (veld.subtype() == null ? "date" : veld.subtype()) {
                case "time" -> "10:00";
                case "datetime" -> "2027-01-20T10:00";
                default -> "2027-01-20";
            };
            default -> tekst(veld);
        };
    }

    private static String tekst(Veld veld) {
        StringBuilder t = new StringBuilder("Benchmark");
        while (veld.minLengte() != null && t.length() < veld.minLengte()) {
            t.append(" benchmark");
        }
        if (veld.maxLengte() != null && t.length() > veld.maxLengte()) {
            t.setLength(veld.maxLengte());
        }
        return t.toString();
    }

    static void slaap(long ms) {
        try {
            Thread.sleep(ms);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
