/**
 * Route071's own settings ({@code route071.*} in {@code application.yaml}), one typed record per concern, bound at
 * start-up and validated there: a wrong value stops the application with the property's name instead of failing
 * later. The defaults and the environment variables that override them live in {@code application.yaml} only;
 * the records repeat no default. See docs/operations.md for the table of names.
 */
package nl.route071.instellingen;
