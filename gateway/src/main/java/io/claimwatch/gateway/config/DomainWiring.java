package io.claimwatch.gateway.config;

import io.claimwatch.gateway.domain.ApiKeys;
import io.claimwatch.gateway.domain.PageTokens;
import io.claimwatch.gateway.domain.RateLimiter;
import io.claimwatch.gateway.domain.Scope;
import io.claimwatch.gateway.domain.WatchSlots;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/** Builds the plain-Java pieces of the gateway from its configuration. */
public class DomainWiring {

  private static final Logger LOG = Logger.getLogger(DomainWiring.class);

  @Produces
  @ApplicationScoped
  ApiKeys apiKeys(GatewayConfig config, @Readiness WarmStart warmStart) {
    List<String> entries = new ArrayList<>(config.auth().keys().orElse(List.of()));
    config.auth().keysFile().ifPresent(f -> {
      try {
        entries.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read gateway.auth.keys-file " + f, e);
      }
    });
    ApiKeys keys = ApiKeys.parse(entries);
    LOG.infof("%d API keys configured; anonymous reads %s", keys.size(), config.auth().anonymousRead() ? "allowed" : "refused");
    entries.add(warmStart.apiKeyEntry());
    return ApiKeys.parse(entries);
  }

  @Produces
  @ApplicationScoped
  RateLimiter rateLimiter(GatewayConfig config) {
    GatewayConfig.RateLimit r = config.rateLimit();
    return new RateLimiter(Map.of(
        Scope.READ, new RateLimiter.Limit(r.read().perSecond(), r.read().burst()),
        Scope.WRITE, new RateLimiter.Limit(r.write().perSecond(), r.write().burst()),
        Scope.ADMIN, new RateLimiter.Limit(r.admin().perSecond(), r.admin().burst())), System::nanoTime, r.maxBuckets());
  }

  @Produces
  @ApplicationScoped
  PageTokens pageTokens(GatewayConfig config) {
    byte[] key;
    if (config.pageTokenKey().isPresent()) {
      key = config.pageTokenKey().get().getBytes(StandardCharsets.UTF_8);
    } else {
      key = new byte[32];
      new SecureRandom().nextBytes(key);
      LOG.warn("gateway.page-token-key is not set: page tokens are signed with a random key of this process and "
          + "fail on another replica or after a restart");
    }
    return new PageTokens(key);
  }

  @Produces
  @ApplicationScoped
  WatchSlots watchSlots(GatewayConfig config) {
    return new WatchSlots(config.watch().maxPerCaller(), config.watch().maxTotal());
  }
}
