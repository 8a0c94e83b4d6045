package io.csol.sdk.requests;

import static org.assertj.core.api.Assertions.assertThat;

import io.csol.sdk.core.requests.RequestCategory;
import io.csol.sdk.core.requests.RequestStatus;
import io.csol.sdk.testsupport.RecordingCaller;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The filters the query shortcuts not covered elsewhere compile to. */
class RequestQueryShortcutsTest {
  private final RecordingCaller caller = new RecordingCaller();
  private final RequestsClient requests = RequestsClient.of(caller);

  private String filterOf(RequestQuery query) {
    query.list().iterator().hasNext();
    return caller.last().query().get("filter");
  }

  @Test
  void category_one_comparesWithEq() {
    assertThat(filterOf(requests.listRequests().category(RequestCategory.INVOICES)))
        .isEqualTo("category eq INVOICES");
  }

  @Test
  void status_several_comparesWithIn() {
    assertThat(filterOf(requests.listRequests().status(RequestStatus.SUBMITTED,
        RequestStatus.ANSWERED))).isEqualTo("status in (SUBMITTED, ANSWERED)");
  }

  @Test
  void customerNumber_several_comparesWithIn() {
    assertThat(filterOf(requests.listRequests().customerNumber("1000001", "1000002")))
        .isEqualTo("customerNumber in ('1000001', '1000002')");
  }

  @Test
  void respondByBetween_bothEndsIncluded() {
    Instant from = Instant.parse("2026-11-01T00:00:00Z");
    Instant to = Instant.parse("2026-11-30T23:59:59Z");
    assertThat(filterOf(requests.listRequests().respondByBetween(from, to)))
        .isEqualTo("respondBy ge 2026-11-01T00:00:00Z and respondBy le 2026-11-30T23:59:59Z");
  }

  @Test
  void createdBetween_sameInstant_isAccepted() {
    Instant at = Instant.parse("2026-11-01T00:00:00Z");
    assertThat(filterOf(requests.listRequests().createdBetween(at, at)))
        .isEqualTo("createdAt ge 2026-11-01T00:00:00Z and createdAt le 2026-11-01T00:00:00Z");
  }

  @Test
  void createdSince_comparesWithGe() {
    assertThat(filterOf(requests.listRequests()
        .createdSince(Instant.parse("2026-11-01T00:00:00Z"))))
        .isEqualTo("createdAt ge 2026-11-01T00:00:00Z");
  }
}
