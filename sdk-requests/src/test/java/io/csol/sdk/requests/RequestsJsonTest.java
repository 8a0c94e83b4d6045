package io.csol.sdk.requests;

import static org.assertj.core.api.Assertions.assertThat;

import io.csol.sdk.core.json.Json;
import io.csol.sdk.core.requests.RelatedRecordType;
import io.csol.sdk.core.requests.RequestCategory;
import io.csol.sdk.core.requests.RequestStatus;
import io.csol.sdk.core.requests.RequestSummary;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How the wire JSON of My requests decodes, including values a newer server may send. */
class RequestsJsonTest {

  private static <T> T read(String json, Class<T> type) {
    return Json.read(json.getBytes(StandardCharsets.UTF_8), type, null, 200);
  }

  @Test
  void read_request_mapsEveryMember() {
    Request r = read("{\"trackingNumber\":\"R-2026-000123\",\"category\":\"INVOICES\","
        + "\"status\":\"ANSWERED\",\"subject\":\"s\",\"customerNumber\":\"1000001\","
        + "\"createdAt\":\"2026-11-23T10:15:30Z\",\"respondBy\":\"2026-11-24T10:15:30Z\","
        + "\"link\":\"/v1/requests/R-2026-000123\","
        + "\"relatesTo\":{\"type\":\"INVOICE\",\"id\":\"9100000001\"},\"answered\":true,"
        + "\"waitingForCustomer\":true,\"overdue\":false,\"answeredAt\":\"2026-11-24T09:00:00Z\","
        + "\"updatedAt\":\"2026-11-24T09:00:00Z\",\"description\":\"d\","
        + "\"contact\":{\"name\":\"Dana\",\"email\":\"dana@example.com\"},\"messageCount\":2}",
        Request.class);
    assertThat(r.category()).isEqualTo(RequestCategory.INVOICES);
    assertThat(r.status()).isEqualTo(RequestStatus.ANSWERED);
    assertThat(r.relatesTo().type()).isEqualTo(RelatedRecordType.INVOICE);
    assertThat(r.contact().email()).isEqualTo("dana@example.com");
    assertThat(r.answeredAt()).isEqualTo(Instant.parse("2026-11-24T09:00:00Z"));
    assertThat(r.closedAt()).isNull();
    assertThat(r.messageCount()).isEqualTo(2);
  }

  @Test
  void toString_ofModels_leavesOutWhatPeopleWroteAndWhoTheyAre() {
    Request r = read("{\"trackingNumber\":\"R-2026-000123\",\"subject\":\"Salary of Ann\","
        + "\"description\":\"Ann's salary slip\",\"contact\":{\"name\":\"Dana Berg\","
        + "\"email\":\"dana@example.com\"}}", Request.class);
    RequestSummary s = read("{\"trackingNumber\":\"R-2026-000123\",\"subject\":\"Salary of Ann\"}",
        RequestSummary.class);
    RequestMessage m = read("{\"id\":\"M-1\",\"author\":\"CUSTOMER\",\"authorName\":\"Dana Berg\","
        + "\"body\":\"Ann's salary\",\"attachments\":[{\"id\":\"A-3q2-7wEAAAAAAAAA\","
        + "\"name\":\"ann-salary.pdf\"}]}", RequestMessage.class);
    assertThat(r + " " + s + " " + m).contains("R-2026-000123", "M-1", "A-3q2-7wEAAAAAAAAA")
        .doesNotContain("Ann", "ann", "Dana", "dana@example.com");
  }

  @Test
  void read_unknownEnumValues_mapToUnknown() {
    RequestSummary s = read("{\"trackingNumber\":\"R-2026-1\",\"category\":\"WARRANTY\","
        + "\"status\":\"ESCALATED\",\"relatesTo\":{\"type\":\"SHIPMENT\",\"id\":\"S-1\"}}",
        RequestSummary.class);
    assertThat(s.category()).isEqualTo(RequestCategory.UNKNOWN);
    assertThat(s.status()).isEqualTo(RequestStatus.UNKNOWN);
    assertThat(s.relatesTo().type()).isEqualTo(RelatedRecordType.UNKNOWN);
    RequestMessage m = read("{\"id\":\"M-1\",\"author\":\"BOT\",\"body\":\"b\"}",
        RequestMessage.class);
    assertThat(m.author()).isEqualTo(MessageAuthor.UNKNOWN);
    assertThat(m.attachments()).isEmpty();
  }

  @Test
  void read_stagedAttachment_hasNoRequestYet() {
    Attachment a = read("{\"id\":\"A-3q2-7wEAAAAAAAAA\",\"name\":\"p.xlsx\",\"mediaType\":"
        + "\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\",\"size\":26214400,"
        + "\"sha256\":\"" + "0".repeat(64) + "\",\"uploadedAt\":\"2026-11-23T10:15:30Z\"}",
        Attachment.class);
    assertThat(a.size()).isEqualTo(26_214_400L);
    assertThat(a.trackingNumber()).isNull();
    assertThat(a.messageId()).isNull();
  }
}
