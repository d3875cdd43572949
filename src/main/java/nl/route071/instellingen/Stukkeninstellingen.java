package nl.route071.instellingen;

import java.time.Period;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code route071.stukken.*}: the documents of the proposals (nl.route071.stukken, docs/stukken.md).
 *
 * @param opslag where the content lives: {@code database} (Route071's own tables, the default) or {@code s3}
 * @param maxMb the largest upload in MB (larger is refused with 413)
 * @param bronorganisatie the RSIN of the organisation that keeps the documents (ZGW {@code bronorganisatie}); empty
 *        when not set, it is then left empty on the documents
 * @param s3 the S3-compatible object store, used when {@code opslag} is {@code s3}
 * @param bewaartermijnen per kind of document the period after the end of its proposal after which the retention
 *        job removes it (an ISO period, e.g. {@code P10Y}); a kind that is not named is kept
 * @param opruimen when the retention job runs (a Spring cron expression)
 */
@Validated
@ConfigurationProperties("route071.stukken")
public record Stukkeninstellingen(@NotNull @Pattern(regexp = "database|s3") String opslag, @Positive int maxMb,
        @NotNull @Pattern(regexp = "|[0-9]{9}") String bronorganisatie, @Valid @NotNull S3 s3,
        Map<String, Period> bewaartermijnen, @NotBlank String opruimen) {

    public Stukkeninstellingen {
        bewaartermijnen = bewaartermijnen == null ? Map.of() : Map.copyOf(bewaartermijnen);
    }

    /** The upload limit in bytes. */
    public long maxBytes() {
        return maxMb * 1024L * 1024L;
    }

    /**
     * @param endpoint the server's URL (empty for AWS itself)
     * @param regio the region
     * @param bucket the bucket, which must exist
     * @param toegangssleutel the access key id
     * @param geheim the secret access key
     */
    public record S3(String endpoint, String regio, String bucket, String toegangssleutel, String geheim) {
    }
}
