package nl.route071.stukken;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Who may read and add stukken, following the route and the gemeenten as tenants (docs/stukken.md):
 * <ul>
 * <li>the <b>participants</b> of a proposal are the regiogriffie, the werkgroep and bestuurstafel of its ambitie, the
 * maatschappelijke leden of the bestuurstafels, the Servicepunt71 uitvoering, and the griffie, college, burgemeester
 * and uitvoering of each participating gemeente;</li>
 * <li>a <b>regional</b> stuk (no gemeente) openbaar: every participant reads it and may add one;</li>
 * <li>a <b>gemeente's</b> stuk (a raadsbesluit, collegebesluit, amendement ...) openbaar: that gemeente's griffie,
 * college and burgemeester, and the regiogriffie;</li>
 * <li>a <b>vertrouwelijk</b> stuk: only the groups named on it (whatever the two rules above say), and whoever adds
 * one must be in a named group and may add in its scope.</li>
 * </ul>
 * Plain static functions over group ids; the proposal's ambitie and gemeenten come from its route ({@link Voorstelgegevens}).
 */
final class Stuktoegang {

    static final Set<String> GEMEENTEROLLEN = Set.of("griffie", "college", "burgemeester");
    static final Set<String> DEELNEMERROLLEN = Set.of("griffie", "college", "burgemeester", "uitvoering");
    static final String REGIOGRIFFIE = "regiogriffie";

    /** What the route says of a proposal: its ambitie and participating gemeenten. */
    record Deelname(String ambitie, List<String> gemeenten) {
    }

    private Stuktoegang() {
    }

    static boolean deelnemer(Collection<String> groepen, Deelname deelname) {
        for (String groep : groepen) {
            if (groep.equals(REGIOGRIFFIE) || groep.equals("maatschappelijke-leden") || groep.equals("uitvoering-servicepunt71")
                    || groep.equals("werkgroep-" + deelname.ambitie()) || groep.equals("bestuurstafel-" + deelname.ambitie())) {
                return true;
            }
            int streep = groep.indexOf('-');
            if (streep > 0 && DEELNEMERROLLEN.contains(groep.substring(0, streep)) && deelname.gemeenten().contains(groep.substring(streep + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the groups may add to (or, openbaar, read in) the scope: the proposal, and the gemeente when given. */
    static boolean inScope(Collection<String> groepen, Deelname deelname, String gemeente) {
        if (gemeente == null) {
            return deelnemer(groepen, deelname);
        }
        return groepen.contains(REGIOGRIFFIE) || GEMEENTEROLLEN.stream().anyMatch(rol -> groepen.contains(rol + "-" + gemeente));
    }

    static boolean magLezen(Collection<String> groepen, Deelname deelname, Stuk stuk) {
        if (stuk.vertrouwelijk()) {
            return stuk.lezers().stream().anyMatch(groepen::contains);
        }
        return inScope(groepen, deelname, stuk.gemeente());
    }

    /** Whether the groups may add a stuk in this scope with these readers (vertrouwelijk: they must be among them). */
    static boolean magToevoegen(Collection<String> groepen, Deelname deelname, String gemeente, boolean vertrouwelijk, Collection<String> lezers) {
        return inScope(groepen, deelname, gemeente) && (!vertrouwelijk || lezers.stream().anyMatch(groepen::contains));
    }
}
