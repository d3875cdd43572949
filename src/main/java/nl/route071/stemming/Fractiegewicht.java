package nl.route071.stemming;

/**
 * The weight of one fractie in a regiocommissie vote: its votes at the given election in its gemeente.
 * {@code demo} is true when the number is not a real result but comes from the DEMO gap-filling file.
 */
public record Fractiegewicht(String gemeente, String fractie, long gewicht, int verkiezingsjaar, String bron, boolean demo) {
}
