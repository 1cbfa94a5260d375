package ca.clientele.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.common.Uuid;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    @Test
    void theBrokerIsACombinedSingleNodeKraftServer() {
        Properties config = KafkaBroker.serverProperties(Path.of("/data/kafka"));

        assertThat(config.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(config.getProperty("node.id")).isEqualTo("1");
        assertThat(config.getProperty("listeners")).isEqualTo("PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093");
        assertThat(config.getProperty("log.dirs")).isEqualTo("/data/kafka");
        assertThat(config.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
        assertThat(config.getProperty("transaction.state.log.replication.factor"))
                .isEqualTo("1");
        assertThat(config.getProperty("auto.create.topics.enable")).isEqualTo("true");
        assertThat(config.getProperty("num.partitions")).isEqualTo("3");
    }

    @Test
    void clusterIdsAreKafkaUuids() {
        String id = KafkaBroker.randomClusterId();

        assertThat(id).hasSize(22);
        assertThat(Uuid.fromString(id).toString()).isEqualTo(id);
    }

    @Test
    void logTagsArePadded() {
        assertThat(LogTag.of("web")).isEqualTo("[web]       ");
        assertThat(LogTag.of("documents")).startsWith("[documents]").hasSize(LogTag.WIDTH);
    }
}
