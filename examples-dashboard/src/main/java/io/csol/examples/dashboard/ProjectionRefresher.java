package io.csol.examples.dashboard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Loads the projection once when the application has started, then applies the changes feeds
 * every {@code dashboard.refresh-interval}. A failed refresh is logged and shown on the page; the
 * page keeps the last good figures and the next refresh continues from the last sync token.
 */
@Component
public class ProjectionRefresher implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(ProjectionRefresher.class);

  private final ReceivablesProjection projection;

  /**
   * Creates the refresher.
   *
   * @param projection the projection to keep current
   */
  public ProjectionRefresher(ReceivablesProjection projection) {
    this.projection = projection;
  }

  /**
   * The first (full) load, before the application reports that it has started.
   *
   * @param args ignored
   */
  @Override
  public void run(ApplicationArguments args) {
    refresh();
  }

  /** Applies the changes since the last sync; never throws, so the schedule keeps running. */
  @Scheduled(initialDelayString = "${dashboard.refresh-interval:30s}", fixedDelayString = "${dashboard.refresh-interval:30s}")
  public void refresh() {
    try {
      long started = System.nanoTime();
      DashboardView.SyncStats stats = projection.sync();
      long millis = (System.nanoTime() - started) / 1_000_000;
      if (stats.full()) {
        LOG.info("Loaded the receivables: {} requests, {} records, {} ms", stats.requests(), stats.upserts(), millis);
      } else {
        LOG.debug("Applied the changes feeds: {} ({} ms)", stats, millis);
      }
    } catch (RuntimeException e) {
      // the SDK's messages carry no secrets; the type and message say enough on the page, and a
      // refresh that throws would only be logged by the scheduler, leaving the page unaware
      String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
      LOG.warn("Refresh failed, showing the data of the last successful refresh: {}", reason);
      projection.failed(reason);
    }
  }
}
