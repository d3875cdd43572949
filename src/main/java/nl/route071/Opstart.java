package nl.route071;

import nl.route071.beveiliging.EngineBeveiliging;
import nl.route071.directory.IdentityInitializer;
import nl.route071.evaluatie.StarttimerBijwerken;
import nl.route071.raad.RaadskalenderBijStart;
import nl.route071.tasklist.TasklistFilters;
import nl.route071.toegang.Autorisaties;
import nl.route071.verkiezingen.VerkiezingsuitslagenBijStart;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Route071's start-up, every step by name in the order it must run: once the engine is built and has deployed the
 * models, before the application reports ready (and before the job executor starts). docs/architecture.md ("What
 * Route071 adds to the engine") says why each step stands where it does. A step that fails stops the start.
 */
@Component
class Opstart implements ApplicationRunner {

    private final VerkiezingsuitslagenBijStart verkiezingsuitslagen;
    private final IdentityInitializer identiteiten;
    private final EngineBeveiliging engineBeveiliging;
    private final Autorisaties autorisaties;
    private final TasklistFilters tasklistFilters;
    private final StarttimerBijwerken starttimer;
    private final RaadskalenderBijStart raadskalenders;

    Opstart(VerkiezingsuitslagenBijStart verkiezingsuitslagen, IdentityInitializer identiteiten, EngineBeveiliging engineBeveiliging,
            Autorisaties autorisaties, TasklistFilters tasklistFilters, StarttimerBijwerken starttimer,
            RaadskalenderBijStart raadskalenders) {
        this.verkiezingsuitslagen = verkiezingsuitslagen;
        this.identiteiten = identiteiten;
        this.engineBeveiliging = engineBeveiliging;
        this.autorisaties = autorisaties;
        this.tasklistFilters = tasklistFilters;
        this.starttimer = starttimer;
        this.raadskalenders = raadskalenders;
    }

    @Override
    public void run(ApplicationArguments args) {
        verkiezingsuitslagen.laden(); // election results first: bad data stops the start before anyone can vote
        identiteiten.initialize(); // groups, gemeente tenants, demo users or the administrator
        engineBeveiliging.wachtwoordbeleidAan(); // after the demo users (password "demo") exist
        autorisaties.verleen(); // needs the groups
        tasklistFilters.createFilters(); // needs the users and their groups
        starttimer.bijwerken(); // the evaluation's start timer to route071.samenwerking.startdatum
        raadskalenders.laden(); // DEMO raad calendars, then the choices of open "Advies agenderen" tasks (deployed models)
    }
}
