package nl.route071.stukken;

import java.net.URI;

import nl.route071.instellingen.Stukkeninstellingen;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** The store of {@code route071.stukken.opslag}: the database (default) or S3. */
@Configuration(proxyBeanMethods = false)
class Opslagkeuze {

    @Bean
    Stukopslag stukopslag(Stukkeninstellingen instellingen, JdbcTemplate jdbc) {
        return "s3".equals(instellingen.opslag()) ? new S3opslag(s3(instellingen.s3()), instellingen.s3().bucket()) : new Databaseopslag(jdbc);
    }

    /**
     * A client for the configured S3 server: path-style addresses (MinIO, Ceph, s3mock and most others), and request
     * checksums only where S3 requires them, which every S3-compatible server understands; Route071 checks its own
     * SHA-256 on every read.
     */
    static S3Client s3(Stukkeninstellingen.S3 s3) {
        S3ClientBuilder builder = S3Client.builder().region(Region.of(s3.regio())).forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (s3.endpoint() != null && !s3.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(s3.endpoint()));
        }
        builder.credentialsProvider(s3.toegangssleutel() == null || s3.toegangssleutel().isBlank() ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.toegangssleutel(), s3.geheim())));
        return builder.build();
    }
}
