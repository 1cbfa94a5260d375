package ca.clientele.document.storage;

import ca.clientele.platform.crypto.StreamEncryptor;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** Picks the storage adapter ({@code clientele.documents.storage.type}) and puts encryption in front of it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
class StorageConfiguration {

    @Bean
    @ConditionalOnProperty(name = "clientele.documents.storage.type", havingValue = "local", matchIfMissing = true)
    BlobStore localBlobStore(StorageProperties properties) throws IOException {
        return new LocalBlobStore(properties.local().root());
    }

    @Bean
    @ConditionalOnProperty(name = "clientele.documents.storage.type", havingValue = "s3")
    BlobStore s3BlobStore(StorageProperties properties) throws IOException {
        StorageProperties.S3 s3 = properties.s3();
        if (s3.bucket() == null || s3.bucket().isBlank()) {
            throw new IllegalStateException("clientele.documents.storage.s3.bucket is required with the S3 storage");
        }
        S3ClientBuilder client = S3Client.builder()
                .region(Region.of(s3.region()))
                .forcePathStyle(s3.pathStyle())
                // Checksums only where S3 requires them: S3-compatible servers do not all know the newer trailers.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (s3.endpoint() != null) {
            client.endpointOverride(s3.endpoint());
        }
        if (s3.accessKey() != null && !s3.accessKey().isBlank()) {
            client.credentialsProvider(
                    StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
        }
        return new S3BlobStore(client.build(), s3.bucket(), s3.staging());
    }

    @Bean
    ContentStore contentStore(BlobStore blobs, StreamEncryptor encryptor) {
        return new ContentStore(blobs, encryptor);
    }
}
