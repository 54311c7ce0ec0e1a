package io.claimwatch.extract.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The extract-service's settings (prefix {@code extract}; env vars EXTRACT_...). */
@ConfigMapping(prefix = "extract")
public interface ExtractConfig {

  /**
   * The most time one article's extraction may take (or the caller's deadline, when that is sooner):
   * past it the call fails with DEADLINE_EXCEEDED, reason EXTRACTION_BUDGET_EXCEEDED, instead of
   * holding a thread. The engine reads about 5 MB of news a second per core, so the largest text
   * accepted (5 MB) takes about a second on an idle core.
   */
  @WithDefault("10s")
  Duration budget();
}
