package nl.route071.migratie;

import java.util.List;

/**
 * What a migration of a process's running instances to its latest version did, or in a dry run
 * ({@code proefrun}) would do. Field names are the Dutch labels a process owner reads in the JSON.
 *
 * @param proces the process definition key
 * @param proefrun true when nothing was changed
 * @param doelversie the latest version, where instances go
 * @param bronversies one entry per older version that still has running instances
 * @param gemigreerd how many instances moved (always 0 in a dry run)
 * @param samenvatting one Dutch sentence
 */
record Migratierapport(String proces, boolean proefrun, int doelversie, List<Bronversie> bronversies,
        int gemigreerd, String samenvatting) {

    /**
     * @param versie the older version
     * @param lopendeInstanties how many instances of it run
     * @param gaanMee the instances that move (or would move) to the target version
     * @param gaanNietMee the instances that cannot move, each with the reason
     * @param planfouten why the engine rejects a migration plan from this version at all
     */
    record Bronversie(int versie, int lopendeInstanties, Instanties gaanMee, List<NietMigreerbaar> gaanNietMee,
            List<String> planfouten) {
    }

    /** @param voorstelnummers the business keys, i.e. the proposal numbers */
    record Instanties(int aantal, List<String> voorstelnummers) {
    }

    /**
     * @param voorstelnummer the business key
     * @param instantie the process instance id
     * @param reden why it cannot move, in Dutch
     */
    record NietMigreerbaar(String voorstelnummer, String instantie, String reden) {
    }
}
