package io.csol.sdk.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import io.csol.sdk.core.query.Field;
import io.csol.sdk.testsupport.RecordingCaller;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated requests' accessors, copies and log-safe text, and the recipient limit itself. */
class RequestAccessorsTest {

  @Test
  void forwardBuild_exactly20Recipients_accepted() {
    List<String> twenty = new ArrayList<>();
    for (int i = 0; i < ForwardInvoiceRequest.MAX_RECIPIENTS; i++) {
      twenty.add("user" + i + "@example.com");
    }
    ForwardInvoiceRequest r = ForwardInvoiceRequest.builder().invoiceNumber("9100000001")
        .recipients(twenty).build();
    assertThat(r.recipients()).hasSize(20);
  }

  @Test
  void forwardAddRecipient_chained_addsInOrderAndToStringShowsCountOnly() {
    ForwardInvoiceRequest r = ForwardInvoiceRequest.builder().invoiceNumber("9100000001")
        .addRecipient("a@example.com").addRecipient("b@example.com").build();
    assertThat(r.recipients()).containsExactly("a@example.com", "b@example.com");
    assertThat(r).hasToString("ForwardInvoiceRequest[invoiceNumber=9100000001, recipients=2]");
  }

  @Test
  void approveToBuilder_copiesNumberAndComment_toStringShowsNumberOnly() {
    ApproveInvoiceRequest r = ApproveInvoiceRequest.builder().invoiceNumber("9100000001")
        .comment("checked by Dana").build();
    ApproveInvoiceRequest copy = r.toBuilder().build();
    assertThat(copy.invoiceNumber()).isEqualTo("9100000001");
    assertThat(copy.comment()).contains("checked by Dana");
    assertThat(ApproveInvoiceRequest.of("9100000001").comment()).isEmpty();
    assertThat(r).hasToString("ApproveInvoiceRequest[invoiceNumber=9100000001]");
  }

  @Test
  void disputeAccessors_reasonKept_toStringShowsNumberAndReasonOnly() {
    DisputeInvoiceRequest r = DisputeInvoiceRequest.builder().invoiceNumber("9100000001")
        .reason(DisputeReason.PRICE).details("unit price 12.00, not 21.00").build();
    assertThat(r.reason()).isEqualTo(DisputeReason.PRICE);
    assertThat(r.toBuilder().build().reason()).isEqualTo(DisputeReason.PRICE);
    assertThat(r).hasToString("DisputeInvoiceRequest[invoiceNumber=9100000001, reason=PRICE]");
  }

  @Test
  void invoiceFieldsAll_everyFieldInContractOrder() {
    assertThat(InvoiceFields.all()).extracting(Field::name).containsExactly("number", "customerNumber",
        "country", "issueDate", "dueDate", "net", "tax", "total", "openAmount", "currency", "status",
        "approvalStatus", "purchaseOrderNumber", "orderNumbers", "contractNumber", "lines.serialNumber",
        "updatedAt");
  }

  @Test
  void approvalStatus_oneStatus_eqNotIn() {
    RecordingCaller caller = new RecordingCaller();
    InvoicesClient.of(caller).listInvoices().approvalStatus(ApprovalStatus.PENDING).list();
    assertThat(caller.last().query()).containsEntry("filter", "approvalStatus eq PENDING");
  }
}
