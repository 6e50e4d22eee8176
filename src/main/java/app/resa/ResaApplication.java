package app.resa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Resa: one reservation engine for box offices, hotels, carnet desks, reserve desks and rental
 * counters. Every direct sub-package is a Spring Modulith module (see {@code docs/architecture.md}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class ResaApplication {

    public static void main(String[] args) {
        SpringApplication.run(ResaApplication.class, args);
    }
}
