package io.csol.sdk.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.requests.RelatedRecord;
import io.csol.sdk.core.requests.RelatedRecordType;
import io.csol.sdk.core.requests.RequestCategory;
import io.csol.sdk.testsupport.RecordingCaller;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated action requests of sdk-requests: every value kept, the 10-attachment limit of
 * ids, of files and of both together (10 and 11), null elements named by index, an empty id
 * list left out of the body, and toString.
 */
class GeneratedRequestsTest {
  private static final String TN = "R-2026-000123";

  private final RecordingCaller caller = new RecordingCaller();
  private final RequestsClient requests = RequestsClient.of(caller);

  private static List<String> ids(int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add("A-id" + String.format("%010d", i));
    }
    return ids;
  }

  private static AttachmentUpload file() {
    return AttachmentUpload.fromStream("a.txt", "text/plain",
        new ByteArrayInputStream(new byte[] {'x'}));
  }

  private static CreateRequestRequest.Builder inquiry() {
    return CreateRequestRequest.builder().category(RequestCategory.INVOICES).subject("Prices")
        .description("Which unit price is right?");
  }

  private static AddRequestMessageRequest.Builder message() {
    return AddRequestMessageRequest.builder().trackingNumber(TN).body("hello");
  }

  @Test
  void createRequest_everyValue_keptAndShownByToString() {
    RelatedRecord invoice = RelatedRecord.of(RelatedRecordType.INVOICE, "9100000001");
    RequestContact contact = new RequestContact("Ann", "ann@example.com");
    CreateRequestRequest r = inquiry().relatesTo(invoice).customerNumber("1000001")
        .contact(contact).attachmentIds("A-3q2-7wEAAAAAAAAA").addAttachment(file()).build();
    assertThat(r.category()).isEqualTo(RequestCategory.INVOICES);
    assertThat(r.subject()).isEqualTo("Prices");
    assertThat(r.description()).isEqualTo("Which unit price is right?");
    assertThat(r.relatesTo()).contains(invoice);
    assertThat(r.customerNumber()).contains("1000001");
    assertThat(r.contact()).contains(contact);
    assertThat(r.attachmentIds()).containsExactly("A-3q2-7wEAAAAAAAAA");
    assertThat(r.attachments()).hasSize(1);
    // subject, description and contact are what people write and who they are: never shown
    assertThat(r).hasToString("CreateRequestRequest[category=INVOICES, relatesTo=" + invoice
        + ", customerNumber=1000001, attachmentIds=[A-3q2-7wEAAAAAAAAA], attachments=1]");
  }

  @Test
  void createRequest_tenIds_acceptedElevenRefused() {
    assertThat(inquiry().attachmentIds(ids(10)).build().attachmentIds()).hasSize(10);
    assertThatThrownBy(() -> inquiry().attachmentIds(ids(11)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attachmentIds must hold at most 10 items, was 11");
  }

  @Test
  void createRequest_idsAndFilesTogetherTen_acceptedEleven_refused() {
    CreateRequestRequest.Builder ten = inquiry().attachmentIds(ids(4));
    CreateRequestRequest.Builder eleven = inquiry().attachmentIds(ids(4));
    for (int i = 0; i < 6; i++) {
      ten.addAttachment(file());
      eleven.addAttachment(file());
    }
    eleven.addAttachment(file());
    assertThat(ten.build().attachments()).hasSize(6);
    assertThatThrownBy(eleven::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attachmentIds and attachments together must hold at most 10 items,"
            + " was 11");
  }

  @Test
  void createRequest_nullElements_namedByIndex() {
    assertThatThrownBy(() -> inquiry().attachmentIds(Arrays.asList("A-3q2-7wEAAAAAAAAA", null))
        .build()).isInstanceOf(NullPointerException.class)
        .hasMessage("attachmentIds[1] must not be null");
    assertThatThrownBy(() -> inquiry().attachments(Collections.singletonList(null)).build())
        .isInstanceOf(NullPointerException.class).hasMessage("attachments[0] must not be null");
  }

  @Test
  void createRequest_noAttachments_bodyWithoutAttachmentIds() {
    requests.createRequest(inquiry().build());
    assertThat(caller.lastBodyJson()).contains("{\"category\":\"INVOICES\",\"subject\":\"Prices\","
        + "\"description\":\"Which unit price is right?\"}");
  }

  @Test
  void createRequest_addAttachmentId_chainsAndKeepsOrder() {
    assertThat(inquiry().addAttachmentId("A-first0000000").addAttachmentId("A-second000000")
        .build().attachmentIds()).containsExactly("A-first0000000", "A-second000000");
  }

  @Test
  void addRequestMessage_everyValue_keptAndShownByToString() {
    AddRequestMessageRequest r = message().attachmentIds("A-3q2-7wEAAAAAAAAA")
        .attachments(List.of(file())).build();
    assertThat(r.trackingNumber()).isEqualTo(TN);
    assertThat(r.body()).isEqualTo("hello");
    assertThat(r.attachmentIds()).containsExactly("A-3q2-7wEAAAAAAAAA");
    assertThat(r.attachments()).hasSize(1);
    assertThat(r).hasToString("AddRequestMessageRequest[trackingNumber=" + TN
        + ", attachmentIds=[A-3q2-7wEAAAAAAAAA], attachments=1]");
    AddRequestMessageRequest copy = r.toBuilder().body("again").build();
    assertThat(copy.trackingNumber()).isEqualTo(TN);
    assertThat(copy.body()).isEqualTo("again");
    assertThat(copy.attachmentIds()).containsExactly("A-3q2-7wEAAAAAAAAA");
    assertThat(copy.attachments()).hasSize(1);
  }

  @Test
  void addRequestMessage_builderMethods_chain() {
    AddRequestMessageRequest r = message().addAttachmentId("A-first0000000")
        .attachments(file(), file()).addAttachmentId("A-second000000").build();
    assertThat(r.attachmentIds()).containsExactly("A-first0000000", "A-second000000");
    assertThat(r.attachments()).hasSize(2);
    assertThat(message().attachments(List.of(file())).addAttachment(file()).build()
        .attachments()).hasSize(2);
  }

  @Test
  void addRequestMessage_tenIds_acceptedElevenRefused() {
    assertThat(message().attachmentIds(ids(10)).build().attachmentIds()).hasSize(10);
    assertThatThrownBy(() -> message().attachmentIds(ids(11)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attachmentIds must hold at most 10 items, was 11");
  }

  @Test
  void addRequestMessage_idsAndFilesTogetherTen_acceptedEleven_refused() {
    AddRequestMessageRequest.Builder ten = message().attachmentIds(ids(4));
    AddRequestMessageRequest.Builder eleven = message().attachmentIds(ids(4));
    for (int i = 0; i < 6; i++) {
      ten.addAttachment(file());
      eleven.addAttachment(file());
    }
    eleven.addAttachment(file());
    assertThat(ten.build().attachments()).hasSize(6);
    assertThatThrownBy(eleven::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attachmentIds and attachments together must hold at most 10 items,"
            + " was 11");
  }

  @Test
  void addRequestMessage_nullElements_namedByIndex() {
    assertThatThrownBy(() -> message().attachmentIds(Arrays.asList("A-3q2-7wEAAAAAAAAA", null))
        .build()).isInstanceOf(NullPointerException.class)
        .hasMessage("attachmentIds[1] must not be null");
    assertThatThrownBy(() -> message().attachments(Collections.singletonList(null)).build())
        .isInstanceOf(NullPointerException.class).hasMessage("attachments[0] must not be null");
  }

  @Test
  void addRequestMessage_noAttachments_bodyWithoutAttachmentIds() {
    requests.addRequestMessage(message().build());
    assertThat(caller.lastBodyJson()).contains("{\"body\":\"hello\"}");
  }

  @Test
  void closeRequest_toBuilderAndToString_keepTheTrackingNumber() {
    CloseRequestRequest r = CloseRequestRequest.of(TN);
    assertThat(r.toBuilder().build().trackingNumber()).isEqualTo(TN);
    assertThat(r).hasToString("CloseRequestRequest[trackingNumber=" + TN + "]");
  }

  @Test
  void requestFields_all_everyFieldInContractOrder() {
    assertThat(RequestFields.all()).containsExactly(RequestFields.TRACKING_NUMBER,
        RequestFields.CATEGORY, RequestFields.STATUS, RequestFields.SUBJECT,
        RequestFields.CUSTOMER_NUMBER, RequestFields.CREATED_AT, RequestFields.RESPOND_BY,
        RequestFields.RELATED_TYPE, RequestFields.RELATED_ID, RequestFields.ANSWERED,
        RequestFields.WAITING_FOR_CUSTOMER, RequestFields.OVERDUE, RequestFields.ANSWERED_AT,
        RequestFields.UPDATED_AT);
  }
}
