package io.csol.examples.dashboard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The receivables dashboard: a page with accounts-receivable aging per customer number and
 * currency and the overdue invoices, kept current from the changes feeds.
 *
 * <p>Without {@code csol.base-uri} it starts the embedded sandbox ({@link EmbeddedSandbox});
 * see this module's README.md for the start command.
 */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(DashboardProperties.class)
public class DashboardApplication {

  /**
   * Starts the web application.
   *
   * @param args Spring Boot arguments, e.g. {@code --server.port=8081}
   */
  public static void main(String[] args) {
    SpringApplication.run(DashboardApplication.class, args);
  }
}
