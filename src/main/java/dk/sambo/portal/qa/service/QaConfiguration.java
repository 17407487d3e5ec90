package dk.sambo.portal.qa.service;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(QaProperties.class)
class QaConfiguration {
}
