package nl.route071.stukken;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded default: the content in Route071's own table {@code route071_stuk_blok} (H2 or PostgreSQL, migration
 * V20), never in the engine's {@code ACT_GE_BYTEARRAY}. A file is cut into blocks of {@value #BLOK} bytes, written one
 * by one and read one by one, so a 50 MB file takes one block of memory at a time. Writing runs in the caller's
 * transaction: when it rolls back, no block stays behind.
 */
final class Databaseopslag implements Stukopslag {

    static final int BLOK = 256 * 1024;

    private final JdbcTemplate jdbc;

    Databaseopslag(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String naam() {
        return "database";
    }

    @Override
    public void bewaar(String sleutel, InputStream inhoud, long lengte) throws IOException {
        byte[] blok = new byte[BLOK];
        int volgnummer = 0;
        long totaal = 0;
        while (true) {
            int n = inhoud.readNBytes(blok, 0, BLOK);
            if (n <= 0) {
                break;
            }
            byte[] deel = n == BLOK ? blok : java.util.Arrays.copyOf(blok, n);
            jdbc.update("INSERT INTO route071_stuk_blok (opslagsleutel, volgnummer, inhoud) VALUES (?, ?, ?)", sleutel, volgnummer++, deel);
            totaal += n;
        }
        if (totaal != lengte) {
            throw new IOException("Onvolledige inhoud: " + totaal + " van " + lengte + " bytes ontvangen");
        }
    }

    @Override
    public InputStream lees(String sleutel) throws IOException {
        Integer blokken = jdbc.queryForObject("SELECT COUNT(*) FROM route071_stuk_blok WHERE opslagsleutel = ?", Integer.class, sleutel);
        if (blokken == null || blokken == 0) {
            // an empty file has no block either; the stuk's recorded size tells the two apart
            return InputStream.nullInputStream();
        }
        return new Blokken(sleutel, blokken);
    }

    @Override
    public void verwijder(String sleutel) {
        jdbc.update("DELETE FROM route071_stuk_blok WHERE opslagsleutel = ?", sleutel);
    }

    /** Reads the blocks in order, one query per block. */
    private final class Blokken extends InputStream {

        private final String sleutel;
        private final int aantal;
        private int volgende;
        private byte[] huidig = new byte[0];
        private int positie;

        Blokken(String sleutel, int aantal) {
            this.sleutel = sleutel;
            this.aantal = aantal;
        }

        private boolean vul() throws IOException {
            while (positie >= huidig.length) {
                if (volgende >= aantal) {
                    return false;
                }
                List<byte[]> rij = jdbc.query("SELECT inhoud FROM route071_stuk_blok WHERE opslagsleutel = ? AND volgnummer = ?",
                        (rs, i) -> rs.getBytes(1), sleutel, volgende);
                if (rij.isEmpty()) {
                    throw new IOException("Blok " + volgende + " van " + sleutel + " ontbreekt");
                }
                huidig = rij.get(0);
                positie = 0;
                volgende++;
            }
            return true;
        }

        @Override
        public int read() throws IOException {
            return vul() ? huidig[positie++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!vul()) {
                return -1;
            }
            int n = Math.min(len, huidig.length - positie);
            System.arraycopy(huidig, positie, b, off, n);
            positie += n;
            return n;
        }
    }
}
