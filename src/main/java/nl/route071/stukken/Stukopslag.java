package nl.route071.stukken;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the content of the stukken lives, chosen by {@code route071.stukken.opslag}: Route071's own tables
 * ({@link Databaseopslag}) or an S3-compatible object store ({@link S3opslag}). Both stream: neither holds a whole
 * file in memory. The store knows nothing of checksums or access; {@link Stukken} does.
 */
public interface Stukopslag {

    /** {@code database} or {@code s3}, as recorded on each stuk. */
    String naam();

    /** Stores the content under a new key; {@code lengte} is the exact number of bytes the stream gives. */
    void bewaar(String sleutel, InputStream inhoud, long lengte) throws IOException;

    /** The content under the key, to be closed by the caller; an {@link IOException} when it is not there. */
    InputStream lees(String sleutel) throws IOException;

    /** Removes the content under the key (the retention job only); nothing when it is not there. */
    void verwijder(String sleutel) throws IOException;
}
