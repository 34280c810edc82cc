package id.labinov.portal.config;

import id.labinov.core.Labinov;
import id.labinov.core.model.RegionCode;
import id.labinov.core.rules.Rulebooks;
import id.labinov.persistence.jdbc.JdbcStorage;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * labinov inside the application: one {@link JdbcStorage} on Spring's {@link DataSource} (the tables
 * are created or upgraded on start), bound to Spring's transactions, and one {@link Labinov} facade on
 * its stores, shared by the pages and the API.
 */
@Configuration
public class LabinovConfiguration {
  /**
   * labinov's storage on the application's database.
   *
   * @param dataSource Spring Boot's data source ({@code spring.datasource.*})
   * @param properties the portal's settings (table prefix)
   * @return the storage
   */
  @Bean
  JdbcStorage labinovStorage(DataSource dataSource, PortalProperties properties) {
    return JdbcStorage.builder()
        .dataSource(dataSource)
        .tablePrefix(properties.tablePrefix())
        .transactionBinding(new SpringTransactionBinding(dataSource))
        .build();
  }

  /**
   * The region the portal serves.
   *
   * @param properties the portal's settings
   * @return the region
   */
  @Bean
  RegionCode portalRegion(PortalProperties properties) {
    return RegionCode.parse(properties.region());
  }

  /**
   * labinov's entry point, on the storage's stores and the database directory (names of work units
   * and people), with the shipped 5D rulebook and the wall clock.
   *
   * @param storage labinov's storage
   * @return the facade
   */
  @Bean
  Labinov labinov(JdbcStorage storage) {
    return storage.labinovBuilder()   // every store of the storage, and its directory
        .clock(Clock.systemUTC())
        .rulebook(Rulebooks.fiveD())
        .build();
  }
}
