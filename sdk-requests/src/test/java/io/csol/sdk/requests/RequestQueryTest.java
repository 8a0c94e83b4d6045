package io.csol.sdk.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.requests.RelatedRecord;
import io.csol.sdk.core.requests.RelatedRecordType;
import io.csol.sdk.core.requests.RequestCategory;
import io.csol.sdk.core.requests.RequestStatus;
import io.csol.sdk.core.spi.ApiRequest;
import io.csol.sdk.testsupport.RecordingCaller;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The filter, sort and fields a request query compiles to. */
class RequestQueryTest {
  private final RecordingCaller caller = new RecordingCaller();
  private final RequestsClient requests = RequestsClient.of(caller);

  private Map<String, String> queryOf(RequestQuery query) {
    query.list().iterator().hasNext();
    ApiRequest r = caller.last();
    assertThat(r.method() + " " + r.path()).isEqualTo("GET /v1/requests");
    return r.query();
  }

  @Test
  void query_everyShortcut_compilesInOrder() {
    Instant from = Instant.parse("2026-11-01T00:00:00Z");
    Instant to = Instant.parse("2026-11-30T23:59:59Z");
    Map<String, String> q = queryOf(requests.listRequests()
        .waitingForMe().overdue()
        .status(RequestStatus.ANSWERED)
        .category(RequestCategory.INVOICES, RequestCategory.STATEMENTS)
        .customerNumber("1000001")
        .relatedTo(RelatedRecord.of(RelatedRecordType.INVOICE, "9100000001"))
        .createdBetween(from, to)
        .respondByBefore(to)
        .sortBy(RequestFields.RESPOND_BY.asc())
        .fields(RequestFields.TRACKING_NUMBER, RequestFields.STATUS)
        .pageSize(50));
    assertThat(q.get("filter")).isEqualTo("waitingForCustomer eq true and overdue eq true"
        + " and status eq ANSWERED and category in (INVOICES, STATEMENTS)"
        + " and customerNumber eq '1000001'"
        + " and relatesTo.type eq INVOICE and relatesTo.id eq '9100000001'"
        + " and createdAt ge 2026-11-01T00:00:00Z and createdAt le 2026-11-30T23:59:59Z"
        + " and respondBy lt 2026-11-30T23:59:59Z");
    assertThat(q).containsEntry("sort", "respondBy").containsEntry("limit", "50")
        .containsEntry("fields", "trackingNumber,status");
  }

  @Test
  void query_valueWithQuote_isEscapedNotInjected() {
    Map<String, String> q = queryOf(requests.listRequests()
        .relatedTo(RelatedRecord.of(RelatedRecordType.ORDER, "O' or 1 eq 1")));
    assertThat(q.get("filter")).isEqualTo(
        "relatesTo.type eq ORDER and relatesTo.id eq 'O'' or 1 eq 1'");
  }

  @Test
  void query_badInput_failsBeforeAnyRequest() {
    Instant now = Instant.parse("2026-11-23T10:00:00Z");
    assertThatThrownBy(() -> requests.listRequests().createdBetween(now, now.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("to must not be before");
    assertThatThrownBy(() -> requests.listRequests().status(RequestStatus.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> requests.listRequests().category())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> requests.listRequests().relatedTo(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("record");
    assertThatThrownBy(() -> requests.listRequests().respondByBetween(null, now))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("from");
    assertThat(caller.requests()).isEmpty();
  }

  @Test
  void query_noCondition_sendsNoFilter() {
    assertThat(queryOf(requests.listRequests())).doesNotContainKey("filter");
  }
}
