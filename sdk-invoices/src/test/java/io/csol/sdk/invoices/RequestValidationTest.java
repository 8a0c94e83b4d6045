package io.csol.sdk.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestValidationTest {

  @Test
  void forwardBuild_validInput_keepsValues() {
    ForwardInvoiceRequest r = ForwardInvoiceRequest.builder().invoiceNumber("9100000001")
        .recipients("ap@example.com", "o'brien+ap@sub.example.co.uk").message("see line 2").build();
    assertThat(r.recipients()).containsExactly("ap@example.com", "o'brien+ap@sub.example.co.uk");
    assertThat(r.message()).contains("see line 2");
    assertThat(r.toBuilder().build().recipients()).isEqualTo(r.recipients());
    assertThat(r.toString()).doesNotContain("ap@example.com");
  }

  @Test
  void forwardBuild_noRecipients_failsNamingRange() {
    assertThatThrownBy(() -> ForwardInvoiceRequest.builder().invoiceNumber("9100000001").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recipients").hasMessageContaining("1..20");
  }

  @Test
  void forwardBuild_21Recipients_fails() {
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      many.add("user" + i + "@example.com");
    }
    assertThatThrownBy(() -> ForwardInvoiceRequest.builder().invoiceNumber("9100000001")
        .recipients(many).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 21");
  }

  @Test
  void forwardBuild_malformedAddress_namesIndex() {
    for (String bad : List.of("no-at-sign", "a@b", "two@@example.com", "sp ace@example.com",
        "a@-example.com", "")) {
      assertThatThrownBy(() -> ForwardInvoiceRequest.builder().invoiceNumber("9100000001")
          .recipients("ok@example.com", bad).build())
          .as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("recipients[1]");
    }
  }

  @Test
  void forwardBuild_nullRecipient_failsWithIndex() {
    assertThatThrownBy(() -> ForwardInvoiceRequest.builder().invoiceNumber("9100000001")
        .recipients(java.util.Arrays.asList("ok@example.com", null)).build())
        .isInstanceOf(NullPointerException.class).hasMessageContaining("recipients[1]");
  }

  @Test
  void forwardBuild_blankInvoiceNumber_fails() {
    assertThatThrownBy(() -> ForwardInvoiceRequest.builder().invoiceNumber(" ")
        .recipients("a@example.com").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invoiceNumber");
    assertThatThrownBy(() -> ForwardInvoiceRequest.builder().recipients("a@example.com").build())
        .isInstanceOf(NullPointerException.class).hasMessageContaining("invoiceNumber");
  }

  @Test
  void forwardBuild_blankMessage_fails() {
    assertThatThrownBy(() -> ForwardInvoiceRequest.builder().invoiceNumber("9100000001")
        .recipients("a@example.com").message("  ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("message");
  }

  @Test
  void disputeBuild_blankDetails_failsNamingDetails() {
    assertThatThrownBy(() -> DisputeInvoiceRequest.builder().invoiceNumber("9100000001")
        .reason(DisputeReason.PRICE).details("   ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("details")
        .hasMessageContaining("1..2000");
  }

  @Test
  void disputeBuild_tooLongDetails_fails() {
    assertThatThrownBy(() -> DisputeInvoiceRequest.builder().invoiceNumber("9100000001")
        .reason(DisputeReason.PRICE).details("x".repeat(2001)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 2001");
    assertThat(DisputeInvoiceRequest.builder().invoiceNumber("9100000001")
        .reason(DisputeReason.PRICE).details("x".repeat(2000)).build().details()).hasSize(2000);
  }

  @Test
  void disputeBuild_unknownOrNullReason_failsListingAccepted() {
    assertThatThrownBy(() -> DisputeInvoiceRequest.builder().invoiceNumber("9100000001")
        .reason(DisputeReason.UNKNOWN).details("d").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOT_RECEIVED");
    assertThatThrownBy(() -> DisputeInvoiceRequest.builder().invoiceNumber("9100000001")
        .details("d").build())
        .isInstanceOf(NullPointerException.class).hasMessageContaining("reason");
  }

  @Test
  void disputeToString_hidesDetails() {
    DisputeInvoiceRequest r = DisputeInvoiceRequest.builder().invoiceNumber("9100000001")
        .reason(DisputeReason.OTHER).details("secret story").build();
    assertThat(r.toString()).doesNotContain("secret");
    assertThat(r.toBuilder().build().details()).isEqualTo("secret story");
  }

  @Test
  void approveBuild_dotOrBlankNumber_fails() {
    assertThatThrownBy(() -> ApproveInvoiceRequest.of(".."))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invoiceNumber");
    assertThatThrownBy(() -> ApproveInvoiceRequest.of(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invoiceNumber");
    assertThatThrownBy(() -> ApproveInvoiceRequest.builder().invoiceNumber("1").comment("").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comment");
  }
}
