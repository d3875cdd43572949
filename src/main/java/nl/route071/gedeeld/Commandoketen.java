package nl.route071.gedeeld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.BiConsumer;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Route071's command interceptors in the order they run, in one list. Every command the engine executes (a query,
 * completing a task, saving a filter, a new membership) passes the chain from top to bottom; a plugin installs its
 * interceptor through its constant here, and the constant's place, not the order in which Spring happens to hand the
 * plugins to the engine, decides where it stands. docs/architecture.md ("What Route071 adds to the engine") says why
 * each stands where it does; ArchitectuurTest fails for an interceptor that is not listed here.
 */
public enum Commandoketen {

    /** Outermost, before the command context: a user's task completion that meets a concurrent change runs again (#26). */
    AFRONDEN_BIJ_CONFLICT(Plek.VOOR, "nl.route071.database.AfrondenBijConflict$Herhaling"),
    /** Before the command context: a listener's refusal of a form comes back as a form error (HTTP 400). */
    WEIGERING_ALS_FORMULIERFOUT(Plek.VOOR, "nl.route071.http.OngeldigeInvoer$WeigeringUitpakken"),
    /** Outermost inside the command context: a refusal of Route071's own is logged as one INFO line, without a stack trace. */
    WEIGERING_IN_EEN_REGEL(Plek.NA, "nl.route071.http.OngeldigeInvoer$WeigeringInEenRegel"),
    /** Inside the command context, before anything else of Route071's: no user deletes or shortens history (#24). */
    HISTORIE_BEWAARD(Plek.NA, "nl.route071.beveiliging.Historiebewaking$HistorieNietVerwijderen"),
    /** The same check for the commands the engine runs in a new transaction of their own. */
    HISTORIE_BEWAARD_NIEUWE_TRANSACTIE(Plek.NA_NIEUWE_TRANSACTIE, "nl.route071.beveiliging.Historiebewaking$HistorieNietVerwijderen"),
    /** After the command context opened: no expression in any query or filter, before anything reads one. */
    ZOEKVRAGEN_ZONDER_EXPRESSIES(Plek.NA, "nl.route071.beveiliging.ZoekvragenZonderExpressies"),
    /** The same check for the commands the engine runs in a new transaction of their own. */
    ZOEKVRAGEN_ZONDER_EXPRESSIES_NIEUWE_TRANSACTIE(Plek.NA_NIEUWE_TRANSACTIE, "nl.route071.beveiliging.ZoekvragenZonderExpressies"),
    /** The form is the contract: only a form's fields, with its rules, complete a task or start a process. */
    FORMULIER(Plek.NA, "nl.route071.formulier.FormulierBewaking"),
    /** After a user or a membership is saved: the user's Tasklist filters follow, in the same transaction. */
    FILTERS_BIJ_LIDMAATSCHAP(Plek.NA, "nl.route071.tasklist.FiltersBijLidmaatschap$Bijwerken");

    /** Where in the engine's chain: around the command context or inside it, in the command's own transaction or a new one. */
    public enum Plek {
        VOOR(ProcessEngineConfigurationImpl::getCustomPreCommandInterceptorsTxRequired,
                ProcessEngineConfigurationImpl::setCustomPreCommandInterceptorsTxRequired),
        NA(ProcessEngineConfigurationImpl::getCustomPostCommandInterceptorsTxRequired,
                ProcessEngineConfigurationImpl::setCustomPostCommandInterceptorsTxRequired),
        NA_NIEUWE_TRANSACTIE(ProcessEngineConfigurationImpl::getCustomPostCommandInterceptorsTxRequiresNew,
                ProcessEngineConfigurationImpl::setCustomPostCommandInterceptorsTxRequiresNew);

        private final Function<ProcessEngineConfigurationImpl, List<CommandInterceptor>> lijst;
        private final BiConsumer<ProcessEngineConfigurationImpl, List<CommandInterceptor>> zet;

        Plek(Function<ProcessEngineConfigurationImpl, List<CommandInterceptor>> lijst,
                BiConsumer<ProcessEngineConfigurationImpl, List<CommandInterceptor>> zet) {
            this.lijst = lijst;
            this.zet = zet;
        }
    }

    private final Plek plek;
    private final String klasse;

    Commandoketen(Plek plek, String klasse) {
        this.plek = plek;
        this.klasse = klasse;
    }

    public Plek plek() {
        return plek;
    }

    /** The interceptor's class name. */
    public String klasse() {
        return klasse;
    }

    /**
     * Puts the interceptor into its place of the engine's chain (called from a plugin's {@code preInit}): after the
     * interceptors that are not Route071's, and among Route071's in the order of this list.
     */
    public void installeer(ProcessEngineConfigurationImpl configuratie, CommandInterceptor interceptor) {
        if (!interceptor.getClass().getName().equals(klasse)) {
            throw new IllegalArgumentException(name() + " installs " + klasse + ", not " + interceptor.getClass().getName());
        }
        List<CommandInterceptor> lijst = new ArrayList<>();
        if (plek.lijst.apply(configuratie) != null) {
            lijst.addAll(plek.lijst.apply(configuratie));
        }
        lijst.add(interceptor);
        lijst.sort(Comparator.comparingInt(i -> rang(plek, i)));
        plek.zet.accept(configuratie, lijst);
    }

    /** The place of an interceptor among Route071's at that place; -1 (before them) for one that is not Route071's. */
    private static int rang(Plek plek, CommandInterceptor interceptor) {
        for (Commandoketen schakel : values()) {
            if (schakel.plek == plek && schakel.klasse.equals(interceptor.getClass().getName())) {
                return schakel.ordinal();
            }
        }
        return -1;
    }
}
