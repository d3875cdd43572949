package nl.route071.stukken;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The content in an S3-compatible object store through the AWS SDK v2 ({@code route071.stukken.opslag: s3}): one
 * object per version, under the stuk's {@code opslagsleutel}, in the bucket of {@code route071.stukken.s3.bucket}.
 * Upload and download stream. An upload is first spooled to a temporary file and put from there with its known length
 * ({@code RequestBody.fromFile}): the SDK reads a request body more than once (over plain HTTP it hashes the payload for
 * the SigV4 signature before it sends it, and a retry sends it again), and a stream can only be rewound as far as its
 * mark, 128 KB ("Resetting to invalid mark" for anything larger). A file can be re-read from its start, and never sits
 * in memory. The temporary file is removed when the put ends, also when it fails. The download is the HTTP response body.
 */
final class S3opslag implements Stukopslag {

    private final S3Client s3;
    private final String bucket;

    S3opslag(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public String naam() {
        return "s3";
    }

    @Override
    public void bewaar(String sleutel, InputStream inhoud, long lengte) throws IOException {
        Path spool = Files.createTempFile("route071-s3-", ".stuk");
        try {
            long gekopieerd;
            try (OutputStream uit = Files.newOutputStream(spool)) {
                gekopieerd = inhoud.transferTo(uit);
            }
            if (gekopieerd != lengte) {
                throw new IOException("Onvolledige inhoud: " + gekopieerd + " van " + lengte + " bytes ontvangen");
            }
            s3.putObject(b -> b.bucket(bucket).key(sleutel).contentLength(lengte).contentType("application/octet-stream"),
                    RequestBody.fromFile(spool));
        }
        catch (SdkException e) {
            throw new IOException("Opslaan in S3 mislukt: " + e.getMessage(), e);
        }
        finally {
            Files.deleteIfExists(spool);
        }
    }

    @Override
    public InputStream lees(String sleutel) throws IOException {
        try {
            return s3.getObject(b -> b.bucket(bucket).key(sleutel));
        }
        catch (NoSuchKeyException e) {
            throw new IOException("Inhoud " + sleutel + " ontbreekt in S3", e);
        }
        catch (SdkException e) {
            throw new IOException("Lezen uit S3 mislukt: " + e.getMessage(), e);
        }
    }

    @Override
    public void verwijder(String sleutel) throws IOException {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(sleutel));
        }
        catch (SdkException e) {
            throw new IOException("Verwijderen uit S3 mislukt: " + e.getMessage(), e);
        }
    }
}
