package id.labinov.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The lab portal: labinov embedded in a Spring Boot web application. Innovators, OPD heads, coaches,
 * the lab administrator, juries, verifiers and the regional head use its pages (Bahasa Indonesia, with
 * an English switch); other systems use its HTTP API under {@code /api}, described by the OpenAPI
 * document at {@code /v3/api-docs}. Start it with {@code ./mvnw -q -pl lab-portal -am package
 * spring-boot:run -DskipTests} and open {@code http://localhost:8080}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LabPortalApplication {
  /**
   * Starts the portal.
   *
   * @param args Spring Boot's command-line arguments (e.g. {@code --server.port=8081})
   */
  public static void main(String[] args) {
    SpringApplication.run(LabPortalApplication.class, args);
  }
}
