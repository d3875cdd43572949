/**
 * Small helpers every feature package may use: the engine clock, date values, id lists and Camunda's own group
 * names. No feature logic lives here, and this package uses no feature package.
 */
package nl.route071.gedeeld;
