package nl.route071.stukken;

import java.io.IOException;
import java.io.InputStream;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The content in an S3-compatible object store through the AWS SDK v2 ({@code route071.stukken.opslag: s3}): one
 * object per version, under the stuk's {@code opslagsleutel}, in the bucket of {@code route071.stukken.s3.bucket}.
 * Upload and download stream: the SDK reads the upload from the stream with its known length, and the download is
 * the HTTP response body.
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
        try {
            s3.putObject(b -> b.bucket(bucket).key(sleutel).contentLength(lengte).contentType("application/octet-stream"),
                    RequestBody.fromInputStream(inhoud, lengte));
        }
        catch (SdkException e) {
            throw new IOException("Opslaan in S3 mislukt: " + e.getMessage(), e);
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
