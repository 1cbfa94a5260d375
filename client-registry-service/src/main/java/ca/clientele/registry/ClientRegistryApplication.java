package ca.clientele.registry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

@SpringBootApplication
@EnableMethodSecurity
public class ClientRegistryApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClientRegistryApplication.class, args);
    }
}
