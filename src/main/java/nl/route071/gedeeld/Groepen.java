package nl.route071.gedeeld;

/** Group ids that Camunda itself gives meaning to, named once. */
public final class Groepen {

    /** Camunda's administrators' group: every right, and the Admin webapp. */
    public static final String BEHEERDERS = "camunda-admin";

    private Groepen() {
    }
}
