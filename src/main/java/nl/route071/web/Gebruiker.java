package nl.route071.web;

import java.util.List;

/** The user logged in to the Camunda webapps, with the groups the webapps read for them at login. */
public record Gebruiker(String id, List<String> groepen) {
}
