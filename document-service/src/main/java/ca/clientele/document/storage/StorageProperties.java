package ca.clientele.document.storage;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where file contents go ({@code clientele.documents.storage.*}).
 *
 * @param type {@code local} (a directory, the default) or {@code s3} (an S3-compatible bucket)
 * @param local the directory of the local adapter
 * @param s3 the bucket of the S3 adapter
 */
@ConfigurationProperties("clientele.documents.storage")
record StorageProperties(
        @DefaultValue("local") String type,
        @DefaultValue Local local,
        @DefaultValue S3 s3) {

    /** @param root the directory holding the blobs (the local stack passes {@code <dataDir>/documents}) */
    record Local(@DefaultValue("./data/documents") Path root) {}

    /**
     * @param bucket the bucket (must exist)
     * @param region the region the SDK signs for (MinIO and most others accept any)
     * @param endpoint the service's URL; empty for AWS itself
     * @param pathStyle {@code http://host/bucket/key} addressing, which MinIO and S3Proxy want
     * @param accessKey the access key; empty to use the SDK's default credentials chain (environment, pod role)
     * @param secretKey its secret
     * @param stagingDir where a blob is prepared (encrypted) before its upload; default the system's temporary
     *     directory
     */
    record S3(
            String bucket,
            @DefaultValue("us-east-1") String region,
            URI endpoint,
            @DefaultValue("false") boolean pathStyle,
            String accessKey,
            String secretKey,
            Path stagingDir) {

        Path staging() {
            return stagingDir != null
                    ? stagingDir
                    : Path.of(System.getProperty("java.io.tmpdir"), "clientele-documents");
        }
    }
}
