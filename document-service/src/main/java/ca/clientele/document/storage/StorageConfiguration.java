package ca.clientele.document.storage;

import ca.clientele.platform.crypto.StreamEncryptor;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
    ContentStore contentStore(BlobStore blobs, StreamEncryptor encryptor) {
        return new ContentStore(blobs, encryptor);
    }
}
