package io.claimwatch.localpg;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.Optional;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL database: an embedded server (or the server
 * {@code CLAIMWATCH_DB_URL} names) and a database named by the {@code database} init argument.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

  private LocalPostgres postgres;
  private String database = "claimwatch_test";

  @Override
  public void init(Map<String, String> initArgs) {
    database = initArgs.getOrDefault("database", database);
  }

  @Override
  public Map<String, String> start() {
    postgres = LocalPostgres.startOrConnect(Optional.empty(), 0);
    return Map.of(
        "quarkus.datasource.jdbc.url", postgres.database(database),
        "quarkus.datasource.username", postgres.user(),
        "quarkus.datasource.password", postgres.password());
  }

  @Override
  public void stop() {
    if (postgres != null) {
      postgres.close();
    }
  }
}
