package ca.clientele.document.file;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Upload rules, and the scheduler that purges deleted files' bytes ({@link DeletedFilesPurge}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FilesProperties.class)
@EnableScheduling
class FilesConfiguration {}
