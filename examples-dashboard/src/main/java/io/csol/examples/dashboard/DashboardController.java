package io.csol.examples.dashboard;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The page's JSON endpoint: serves the projection, never calls the API itself. */
@RestController
public class DashboardController {

  private final ReceivablesProjection projection;

  /**
   * Creates the controller.
   *
   * @param projection the projection to serve
   */
  public DashboardController(ReceivablesProjection projection) {
    this.projection = projection;
  }

  /**
   * Returns the latest snapshot of the projection.
   *
   * @return the view, never cached by the browser (the page polls it)
   */
  @GetMapping("/api/dashboard")
  public ResponseEntity<DashboardView> dashboard() {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(projection.view());
  }
}
