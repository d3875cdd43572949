package nl.route071.notificatie;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.route071.directory.Gemeenten;
import nl.route071.gedeeld.Tekstlijst;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Who gets a notification: the e-mail addresses of the members of the named groups, from Camunda's identity
 * service. Registered as bean {@code ontvangers} so that a model can name the griffies of the participating
 * gemeenten: {@code ${ontvangers.griffies(deelnemendeGemeenten)}}.
 */
@Component("ontvangers")
public class Ontvangers {

    private final IdentityService identityService;
    private final Gemeenten gemeenten;

    Ontvangers(IdentityService identityService, Gemeenten gemeenten) {
        this.identityService = identityService;
        this.gemeenten = gemeenten;
    }

    /** The griffie groups of the participating gemeenten, comma separated, for an {@code ontvangers} parameter. */
    public String griffies(Object deelnemendeGemeenten) {
        return String.join(",", gemeenten.lijst(deelnemendeGemeenten).stream().map(g -> "griffie-" + g).toList());
    }

    /** Distinct addresses of the members of the groups, in the order of the groups; members without address left out. */
    List<String> adressen(List<String> groepen) {
        Set<String> adressen = new LinkedHashSet<>();
        for (String groep : groepen) {
            for (User lid : identityService.createUserQuery().memberOfGroup(groep).orderByUserId().asc().list()) {
                if (lid.getEmail() != null && !lid.getEmail().isBlank()) {
                    adressen.add(lid.getEmail().trim());
                }
            }
        }
        return List.copyOf(adressen);
    }

    /** Group ids from the model's parameter: a text with commas or spaces, or a list ({@link Tekstlijst#van}). */
    static List<String> groepen(Object parameter) {
        return Tekstlijst.van(parameter);
    }
}
