package ca.clientele.platform.testing;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives each {@link ServiceIntegrationTest} context its own Kafka broker, as {@code @EmbeddedKafka} did, but
 * embedded or in a container as {@link TestInfrastructure} says. The broker is the {@code embeddedKafka} bean the
 * tests inject, and the context's {@code spring.kafka.bootstrap-servers}.
 */
class InfrastructureCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        boolean integrationTest = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .isPresent(ServiceIntegrationTest.class);
        return integrationTest ? new KafkaBrokerCustomizer() : null;
    }

    /** A record: equal for every such test, so that contexts are still cached across test classes. */
    record KafkaBrokerCustomizer() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            EmbeddedKafkaBroker broker =
                    TestInfrastructure.containers() ? new ContainerKafkaBroker() : new EmbeddedKafkaKraftBroker(1, 1);
            ConfigurableListableBeanFactory beans = context.getBeanFactory();
            // Starts the broker (afterPropertiesSet), once.
            beans.initializeBean(broker, EmbeddedKafkaBroker.BEAN_NAME);
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "clientele-test-kafka",
                            Map.of("spring.kafka.bootstrap-servers", broker.getBrokersAsString())));
            beans.registerSingleton(EmbeddedKafkaBroker.BEAN_NAME, broker);
            if (beans instanceof DefaultSingletonBeanRegistry registry) {
                registry.registerDisposableBean(EmbeddedKafkaBroker.BEAN_NAME, broker);
            }
        }
    }
}
