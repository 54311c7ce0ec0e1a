package io.claimwatch.tools;

import io.claimwatch.proto.ServiceTokens;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * {@code bin/service-token [CALLER]}: prints a service token (valid 5 minutes) for calls to a backend by hand, e.g.
 * {@code grpcurl -plaintext -H "authorization: Bearer $(bin/service-token gateway)" ...}, signed with the key in
 * CLAIMWATCH_SERVICE_TOKEN_KEY (the one the services were started with).
 */
@CommandLine.Command(name = "service-token", mixinStandardHelpOptions = true,
    description = "Prints a service token for gRPC calls to a Claimwatch backend (key: CLAIMWATCH_SERVICE_TOKEN_KEY).")
public final class ServiceToken implements Callable<Integer> {

  @CommandLine.Parameters(arity = "0..1", defaultValue = "gateway",
      description = "the calling service the backend serves: gateway (ingest-, claims-service) or ingest-service (extract-, claims-service)")
  String caller;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ServiceToken()).execute(args));
  }

  @Override
  public Integer call() {
    try {
      System.out.println(new ServiceTokens(System.getenv("CLAIMWATCH_SERVICE_TOKEN_KEY"), Clock.systemUTC()).mint(caller));
      return 0;
    } catch (IllegalArgumentException e) {
      System.err.println("service-token: " + e.getMessage());
      return 2;
    }
  }
}
