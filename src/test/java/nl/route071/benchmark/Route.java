package nl.route071.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One proposal on the consensus path through the councils to uitvoering, driven as the people in Tasklist
 * would: look up the proposal's open tasks, complete each with the values its form sends, until the main
 * route has ended. Stateless between steps, so a client that lost its node (kill -9) simply looks again.
 */
final class Route {

    /**
     * The user tasks a route completes: 5 before the councils, then 3 per council (the college offers the proposal
     * to its raad, the griffie agendas it, the raad decides) and 2 per uitvoering.
     */
    static int taken(int gemeenten) {
        return 5 + 5 * gemeenten;
    }

    private final Loket loket;
    private final AtomicLong voltooid;
    private final AtomicLong wachtrondes;

    Route(Loket loket, AtomicLong voltooid, AtomicLong wachtrondes) {
        this.loket = loket;
        this.voltooid = voltooid;
        this.wachtrondes = wachtrondes;
    }

    /** Submits the proposal under the given title (or finds the earlier start) and drives it to the end. */
    String rijd(String titel, String ambitie, List<String> gemeenten) {
        String nr = loket.nummerVan(titel);
        if (nr == null) {
            nr = loket.dienIn(titel, ambitie, gemeenten);
        }
        rijdVerder(nr, ambitie, Integer.MAX_VALUE);
        return nr;
    }

    /** Completes at most {@code stappen} tasks (to leave a proposal open at some stage), or until it ends. */
    void rijdVerder(String nr, String ambitie, int stappen) {
        long sinds = System.nanoTime();
        int gedaan = 0;
        while (gedaan < stappen) {
            List<Loket.Taak> taken = loket.openTaken(nr);
            if (taken.isEmpty()) {
                if (loket.afgerond(nr)) {
                    return;
                }
                // an asynchronous step (the end of a council treatment) is with the job executor
                wachtrondes.incrementAndGet();
                if (System.nanoTime() - sinds > 600_000_000_000L) {
                    throw new IllegalStateException(nr + " has had no open task for 10 minutes");
                }
                slaap(10);
                continue;
            }
            sinds = System.nanoTime();
            for (Loket.Taak taak : taken) {
                if (gedaan++ >= stappen) {
                    return;
                }
                if (loket.voltooi(taak.id(), formulier(taak.activiteit(), ambitie))) {
                    voltooid.incrementAndGet();
                }
            }
        }
    }

    /** What each form sends on the consensus path (see docs/route.md, process data). */
    static Map<String, Object> formulier(String activiteit, String ambitie) {
        Map<String, Object> f = new HashMap<>();
        switch (activiteit) {
            case "UserTask_VoorstelVoorbereiden" -> f.put("voorstelTekst", "Uitgewerkt voorstel (benchmark)");
            case "UserTask_VoorstelVaststellen" -> f.put("besluitBestuurstafel", "vaststellen");
            case "UserTask_BeeldvormingHouden" -> {
                f.put("vergaderdatumBeeldvorming", "2026-12-02");
                f.put("toelichterBestuurlijk", "wethouder");
                f.put("toelichterMaatschappelijk", "maatschappelijk lid");
                f.put("toelichters", "wethouder en maatschappelijk lid");
            }
            case "UserTask_OordeelsvormingHouden" -> {
                f.put("consensus", true);
                f.put("vergaderdatumOordeelsvorming", "2026-12-09");
            }
            case "UserTask_AdviesOpstellen" -> {
                f.put("adviesType", "volledig");
                f.put("adviesTekst", "Neem het voorstel over");
                f.put("adviesdatum", "2026-12-10");
            }
            case "UserTask_VoorstelAanRaadAanbieden" -> f.put("aanbiedingsdatum", "2026-12-14");
            case "UserTask_AdviesAgenderen" -> f.put("raadsvergadering", "2027-01-20");
            case "UserTask_RaadsbesluitVastleggen" -> {
                f.put("raadsbesluit", "conform");
                f.put("besluitdatum", "2027-01-20");
            }
            case "UserTask_CollegebesluitVastleggen" -> {
                f.put("collegebesluit", "ingestemd");
                f.put("besluitdatum", "2027-01-20");
            }
            case "UserTask_UitvoeringOrganiseren" -> f.put("uitvoerder", "zelf");
            case "UserTask_UitvoeringGereedMelden" -> {
                f.put("gereedDatum", "2027-06-30");
                f.put("eindverslag", "Gereed");
            }
            case "UserTask_VoortgangRapporteren", "UserTask_VoortgangTussentijdsMelden" -> {
                f.put("voortgangsstatus", "op-schema");
                f.put("voortgang", "Op schema");
            }
            default -> throw new IllegalStateException("The benchmark route does not know task " + activiteit);
        }
        return f;
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
