/**
 * The database schema, Route071's tables and the engine's alike, is Flyway's: versioned migrations run before the
 * engine starts, and the engine itself never changes the schema ({@code camunda.bpm.database.schema-update: false}).
 * See docs/operations.md. {@code AfrondenBijConflict} runs a user's task completion again when it met
 * a concurrent change of its process instance (statements unbatched, so the engine reports that as a conflict).
 */
package nl.route071.database;
