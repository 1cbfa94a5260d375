package ca.clientele.billing.customer;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** The registry's topic exists before billing's copy of the clients subscribes to it. */
@Configuration(proxyBeanMethods = false)
class RegistryTopicConfiguration {

    static final String NAME = "clientele.client.v1";

    @Bean
    KafkaAdmin.NewTopics registryTopic(
            @Value("${clientele.events.partitions:3}") int partitions,
            @Value("${clientele.events.replicas:1}") int replicas) {
        return new KafkaAdmin.NewTopics(new NewTopic[] {
            TopicBuilder.name(NAME).partitions(partitions).replicas(replicas).build()
        });
    }
}
