package nl.route071.stukken;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import nl.route071.instellingen.Stukkeninstellingen;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The S3 store when the connection breaks in the middle of a 50 MB upload, as a loaded network or a proxy does: the SDK
 * sends the request again, and the whole file must arrive. Before the upload was spooled to a file, the second attempt
 * failed with "Resetting to invalid mark" (the SDK can rewind a stream only 128 KB) and the stuk was lost. Without
 * Spring: the store against the S3 server in this JVM ({@link S3Server}) through a proxy that cuts the first connection.
 */
class S3opslagTest {

    private Onderbreker proxy;

    @AfterEach
    void sluit() throws IOException {
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void eenVerbrokenUploadVan50MbWordtOpnieuwVerstuurdEnKomtHeelAan() throws Exception {
        URI s3 = URI.create(S3Server.endpoint());
        proxy = new Onderbreker(s3.getPort(), 4 * 1024 * 1024);
        Stukkeninstellingen.S3 viaProxy = new Stukkeninstellingen.S3("http://localhost:" + proxy.poort(), "eu-west-1", S3Server.BUCKET, "test", "test");
        S3opslag opslag = new S3opslag(Opslagkeuze.s3(viaProxy), S3Server.BUCKET);
        String sleutel = "onderbroken-" + UUID.randomUUID();

        // as Stukken hands it over: the upload's stream, buffered for Tika, hashed while it streams
        MessageDigest onderweg = MessageDigest.getInstance("SHA-256");
        opslag.bewaar(sleutel, new DigestInputStream(new BufferedInputStream(StukkenOpslagTest.grootBestand(), Inhoudscontrole.KOP + 1), onderweg),
                StukkenOpslagTest.GROOT);

        assertThat(proxy.verbindingen.get()).as("the first connection was cut, the SDK opened another").isGreaterThanOrEqualTo(2);
        MessageDigest terug = MessageDigest.getInstance("SHA-256");
        long bytes;
        try (InputStream in = new DigestInputStream(new S3opslag(S3Server.client(), S3Server.BUCKET).lees(sleutel), terug)) {
            bytes = in.transferTo(OutputStream.nullOutputStream());
        }
        assertThat(bytes).isEqualTo(StukkenOpslagTest.GROOT);
        assertThat(HexFormat.of().formatHex(terug.digest())).as("what is in S3 is what was sent").isEqualTo(HexFormat.of().formatHex(onderweg.digest()));
    }

    /** A TCP proxy to the S3 server that closes its first connection after {@code grens} bytes of the request. */
    static final class Onderbreker implements AutoCloseable {

        final AtomicInteger verbindingen = new AtomicInteger();
        private final ServerSocket server;

        Onderbreker(int doelpoort, long grens) throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            start(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket klant = server.accept();
                        Socket doel = new Socket(InetAddress.getLoopbackAddress(), doelpoort);
                        long limiet = verbindingen.incrementAndGet() == 1 ? grens : Long.MAX_VALUE;
                        start(() -> pomp(klant, doel, limiet));
                        start(() -> pomp(doel, klant, Long.MAX_VALUE));
                    }
                    catch (IOException e) {
                        return;
                    }
                }
            });
        }

        private static void start(Runnable werk) {
            Thread draad = new Thread(werk, "s3-onderbreker");
            draad.setDaemon(true);
            draad.start();
        }

        int poort() {
            return server.getLocalPort();
        }

        private static void pomp(Socket van, Socket naar, long limiet) {
            byte[] buffer = new byte[64 * 1024];
            long totaal = 0;
            try (InputStream in = van.getInputStream(); OutputStream uit = naar.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    uit.write(buffer, 0, n);
                    totaal += n;
                    if (totaal >= limiet) {
                        break;
                    }
                }
            }
            catch (IOException e) {
                // the other side closed
            }
            finally {
                sluit(van);
                sluit(naar);
            }
        }

        private static void sluit(Socket socket) {
            try {
                socket.close();
            }
            catch (IOException e) {
                // already closed
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
