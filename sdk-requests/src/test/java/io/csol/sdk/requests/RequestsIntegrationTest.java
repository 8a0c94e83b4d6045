package io.csol.sdk.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sandbox.Faults;
import io.csol.sandbox.Journal;
import io.csol.sandbox.SandboxServer;
import io.csol.sandbox.junit.SandboxExtension;
import io.csol.sdk.core.Credentials;
import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.DocumentInfo;
import io.csol.sdk.core.DocumentSink;
import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.RetryOptions;
import io.csol.sdk.core.access.AccessClient;
import io.csol.sdk.core.changes.Change;
import io.csol.sdk.core.error.ConflictException;
import io.csol.sdk.core.error.InvalidRequestException;
import io.csol.sdk.core.error.NotFoundException;
import io.csol.sdk.core.poll.Poller;
import io.csol.sdk.core.requests.RelatedRecord;
import io.csol.sdk.core.requests.RelatedRecordType;
import io.csol.sdk.core.requests.RequestCategory;
import io.csol.sdk.core.requests.RequestStatus;
import io.csol.sdk.core.requests.RequestSummary;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Every My requests operation against the sandbox: happy paths and the failures a caller acts on. */
class RequestsIntegrationTest {
  @RegisterExtension
  static SandboxExtension sandbox = SandboxExtension.builder().seed(42).build();

  @TempDir
  Path dir;
  private final List<CsolClient> clients = new ArrayList<>();
  private RequestsClient requests;

  @BeforeEach
  void signIn() {
    sandbox.server().clock().freeze(); // support answers only when a test moves the clock
    requests = RequestsClient.of(client("dana", "demo-password-1"));
  }

  @AfterEach
  void close() {
    clients.forEach(CsolClient::close);
  }

  private CsolClient client(String user, String password) {
    CsolClient c = CsolClient.builder().baseUri(sandbox.server().baseUri())
        .credentials(Credentials.password(user, password.toCharArray()))
        .retry(RetryOptions.builder().maxAttempts(4).initialBackoff(Duration.ofMillis(5))
            .maxBackoff(Duration.ofMillis(20)).build())
        .build();
    clients.add(c);
    return c;
  }

  private CreateRequestRequest.Builder general(String subject) {
    return CreateRequestRequest.builder().category(RequestCategory.GENERAL).subject(subject)
        .description("Please help with " + subject);
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void createWithAttachment_getListMessagesAndDownload_roundTrips() throws Exception {
    byte[] csv = "invoice,expected\r\n9100000001,100.00\r\n".getBytes(StandardCharsets.UTF_8);
    Attachment staged = requests.uploadAttachment(
        AttachmentUpload.of(Files.write(dir.resolve("expected.csv"), csv)));
    assertThat(staged.id()).startsWith("A-");
    assertThat(staged.size()).isEqualTo(csv.length);
    assertThat(staged.sha256()).isEqualTo(sha256(csv));
    assertThat(staged.trackingNumber()).as("staged, not yet in a request").isNull();

    RequestSummary opened = requests.createRequest(general("a price question")
        .customerNumber("1000002").attachmentIds(staged.id()).build());
    assertThat(opened.trackingNumber()).matches("R-\\d{4}-\\d+");
    assertThat(opened.link()).isEqualTo("/v1/requests/" + opened.trackingNumber());
    assertThat(opened.status()).isEqualTo(RequestStatus.SUBMITTED);
    assertThat(opened.respondBy()).isAfter(opened.createdAt());

    Request request = requests.getRequest(opened.trackingNumber());
    assertThat(request.subject()).isEqualTo("a price question");
    assertThat(request.customerNumber()).isEqualTo("1000002");
    assertThat(request.contact().email()).as("contact defaults to the profile").isNotBlank();

    List<RequestMessage> messages = requests.listRequestMessages(opened.trackingNumber()).stream()
        .collect(Collectors.toList());
    assertThat(messages).hasSize(1);
    assertThat(messages.get(0).author()).isEqualTo(MessageAuthor.CUSTOMER);
    Attachment attached = messages.get(0).attachments().get(0);
    assertThat(attached.id()).isEqualTo(staged.id());

    Path target = dir.resolve("down").resolve("copy.csv");
    Files.createDirectories(target.getParent());
    DocumentInfo info = requests.getRequestAttachment(opened.trackingNumber(), attached.id(),
        DocumentSink.toFile(target));
    assertThat(Files.readAllBytes(target)).isEqualTo(csv);
    assertThat(info.contentType()).startsWith("text/csv");
  }

  @Test
  void createAndAddMessage_withAttachments_uploadThemFirstInOneCall(SandboxServer server)
      throws Exception {
    Path sheet = Files.writeString(dir.resolve("sheet.csv"), "a,b\r\n1,2\r\n");
    RequestOptions key = RequestOptions.builder().idempotencyKey("one-call-inquiry").build();
    CreateRequestRequest create = general("with files").attachments(AttachmentUpload.of(sheet))
        .build();

    RequestSummary opened = requests.createRequest(create, key);
    // a re-run with the same business key replays the upload and the create: nothing new
    RequestSummary again = requests.createRequest(create, key);

    assertThat(again.trackingNumber()).isEqualTo(opened.trackingNumber());
    assertThat(server.journal().applied("POST", "/v1/attachments")).isEqualTo(1);
    assertThat(server.journal().applied("POST", "/v1/requests")).isEqualTo(1);
    RequestMessage reply = requests.addRequestMessage(AddRequestMessageRequest.builder()
        .trackingNumber(opened.trackingNumber()).body("and the note")
        .addAttachment(AttachmentUpload.fromStream("note.txt", "text/plain",
            new ByteArrayInputStream("note".getBytes(StandardCharsets.US_ASCII)))).build());
    assertThat(reply.attachments()).extracting(Attachment::name).containsExactly("note.txt");
    List<RequestMessage> messages = requests.listRequestMessages(opened.trackingNumber()).stream()
        .collect(Collectors.toList());
    assertThat(messages.get(0).attachments()).extracting(Attachment::name)
        .containsExactly("sheet.csv");
  }

  @Test
  void uploadFromStream_isSpooledAndStoredWithItsDigest() throws Exception {
    byte[] pdf = "%PDF-1.7\n% a delivery note\n".getBytes(StandardCharsets.US_ASCII);
    Attachment staged = requests.uploadAttachment(AttachmentUpload.fromStream("note.pdf",
        "application/pdf", new ByteArrayInputStream(pdf)));
    assertThat(staged.mediaType()).isEqualTo("application/pdf");
    assertThat(staged.sha256()).isEqualTo(sha256(pdf));
  }

  @Test
  void upload_resetAfterTheServerStoredIt_retriedWithTheSameKeyStoresOne(SandboxServer server)
      throws Exception {
    server.faults().set(List.of(Faults.Rule.of("/v1/attachments",
        Faults.Kind.RESET_AFTER_HANDLER).times(1)));
    byte[] bytes = "stored once\n".getBytes(StandardCharsets.US_ASCII);

    Attachment staged = requests.uploadAttachment(
        AttachmentUpload.of(Files.write(dir.resolve("once.txt"), bytes)));

    List<Journal.Entry> sent = server.journal().find("POST", "/v1/attachments");
    assertThat(sent).extracting(Journal.Entry::outcome)
        .containsExactly(Journal.Outcome.APPLIED, Journal.Outcome.REPLAYED);
    assertThat(sent).extracting(Journal.Entry::idempotencyKey).doesNotContainNull()
        .containsOnly(sent.get(0).idempotencyKey());
    // the one stored attachment is usable once: a request takes it, a second one is refused
    requests.createRequest(general("stored once").attachmentIds(staged.id()).build());
    assertThatThrownBy(() -> requests.createRequest(general("again")
        .attachmentIds(staged.id()).build())).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("attachmentIds");
  }

  @Test
  void addMessageAndClose_closedRequestRefusesBothWithConflict() {
    RequestSummary opened = requests.createRequest(general("to be closed").build());
    RequestMessage m = requests.addRequestMessage(AddRequestMessageRequest.builder()
        .trackingNumber(opened.trackingNumber()).body("One more detail.").build());
    assertThat(m.author()).isEqualTo(MessageAuthor.CUSTOMER);
    assertThat(m.body()).isEqualTo("One more detail.");

    Request closed = requests.closeRequest(CloseRequestRequest.of(opened.trackingNumber()));
    assertThat(closed.status()).isEqualTo(RequestStatus.CLOSED);
    assertThat(closed.closedAt()).isNotNull();
    assertThat(closed.messageCount()).isEqualTo(2);

    assertThatThrownBy(() -> requests.addRequestMessage(AddRequestMessageRequest.builder()
        .trackingNumber(opened.trackingNumber()).body("too late").build()))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> requests.closeRequest(CloseRequestRequest.of(opened.trackingNumber())))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void requestOfACustomerNotHeld_isNotFoundForEveryOperation() {
    RequestSummary danas = requests.createRequest(general("dana's").customerNumber("1000002")
        .build());
    RequestsClient lars = RequestsClient.of(client("lars", "demo-password-2"));
    String tn = danas.trackingNumber();
    assertThatThrownBy(() -> lars.getRequest(tn)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> lars.listRequestMessages(tn).iterator().hasNext())
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> lars.closeRequest(CloseRequestRequest.of(tn)))
        .isInstanceOf(NotFoundException.class);
    assertThat(lars.listRequests().list().stream().map(RequestSummary::trackingNumber))
        .doesNotContain(tn);
    assertThatThrownBy(() -> lars.createRequest(general("not mine").customerNumber("1000002")
        .build())).isInstanceOf(InvalidRequestException.class).hasMessageContaining("customerNumber");
  }

  @Test
  void listRequests_shortcuts_findTheRequestAboutAnInvoice() {
    String invoice = io.csol.sdk.invoices.InvoicesClient.of(clients.get(0)).listInvoices()
        .customerNumber("1000003").pageSize(1).stream().findFirst().orElseThrow().number();
    RelatedRecord about = RelatedRecord.of(RelatedRecordType.INVOICE, invoice);
    RequestSummary opened = requests.createRequest(CreateRequestRequest.builder()
        .category(RequestCategory.INVOICES).subject("inquiry").description("why this amount?")
        .relatesTo(about).build());

    List<RequestSummary> found = requests.listRequests().relatedTo(about)
        .category(RequestCategory.INVOICES).status(RequestStatus.SUBMITTED)
        .createdSince(opened.createdAt()).list().stream().collect(Collectors.toList());
    assertThat(found).extracting(RequestSummary::trackingNumber)
        .containsExactly(opened.trackingNumber());
    assertThat(found.get(0).customerNumber()).as("the invoice's customer").isEqualTo("1000003");
    // dana's customer 1000002 has a seeded answered question and a late one: neither list is empty,
    // so a shortcut that filtered everything out would fail here too
    assertThat(requests.listRequests().waitingForMe().list().stream())
        .isNotEmpty().allSatisfy(r -> assertThat(r.waitingForCustomer()).isTrue());
    assertThat(requests.listRequests().overdue().list().stream())
        .isNotEmpty().allSatisfy(r -> assertThat(r.overdue()).isTrue());
  }

  @Test
  void poller_waitsForTheAnswerWhileTheSandboxClockAdvances(SandboxServer server) {
    RequestSummary opened = requests.createRequest(general("waiting for support").build());
    List<Duration> waits = new ArrayList<>();

    Request answered = Poller.<Request>builder()
        .fetch(() -> requests.getRequest(opened.trackingNumber()))
        .until(Request::answered)
        .timeout(Duration.ofDays(5))
        .initialDelay(Duration.ofMinutes(10))
        .maxDelay(Duration.ofHours(1))
        .clock(server.clock())
        .sleeper(wait -> {
          waits.add(wait);
          server.clock().advance(wait);
        })
        .build()
        .await();

    assertThat(answered.status()).isEqualTo(RequestStatus.ANSWERED);
    assertThat(answered.waitingForCustomer()).isTrue();
    assertThat(answered.answeredAt()).isAfter(opened.createdAt());
    assertThat(waits).as("it had to wait for support").isNotEmpty();
    List<RequestMessage> messages = requests.listRequestMessages(opened.trackingNumber()).stream()
        .collect(Collectors.toList());
    assertThat(messages.get(messages.size() - 1).author()).isEqualTo(MessageAuthor.SUPPORT);
    assertThat(requests.listRequests().waitingForMe().list().stream()
        .map(RequestSummary::trackingNumber)).contains(opened.trackingNumber());
  }

  @Test
  void changesFeed_seesTheNewRequest() {
    RequestSummary opened = requests.createRequest(general("in the feed").build());
    List<Change<RequestSummary>> changes = new ArrayList<>();
    requests.listRequestChanges(null).stream().forEach(changes::add);
    assertThat(changes).anySatisfy(c -> assertThat(c.record()).hasValueSatisfying(
        r -> assertThat(r.trackingNumber()).isEqualTo(opened.trackingNumber())));
  }

  @Test
  void disputeLink_leadsToItsRequestInOneCall() {
    io.csol.sdk.invoices.InvoicesClient invoices =
        io.csol.sdk.invoices.InvoicesClient.of(clients.get(0));
    io.csol.sdk.invoices.Invoice open = invoices.listInvoices()
        .approvalStatus(io.csol.sdk.invoices.ApprovalStatus.PENDING)
        .status(io.csol.sdk.invoices.InvoiceStatus.OPEN).pageSize(1).stream().findFirst()
        .orElseThrow();
    io.csol.sdk.invoices.DisputeResult result = invoices.disputeInvoice(
        io.csol.sdk.invoices.DisputeInvoiceRequest.builder().invoiceNumber(open.number())
            .reason(io.csol.sdk.invoices.DisputeReason.PRICE).details("price differs").build());

    Request request = requests.getRequest(result.request().trackingNumber());

    assertThat(request.category()).isEqualTo(RequestCategory.INVOICES);
    assertThat(request.relatesTo()).isEqualTo(
        new RelatedRecord(RelatedRecordType.INVOICE, open.number()));
    assertThat(request.link()).isEqualTo(result.request().link());
  }

  @Test
  void seededDisputeAndEntitlementRequest_resolveToTheirRequests() {
    io.csol.sdk.invoices.Invoice disputed = io.csol.sdk.invoices.InvoicesClient.of(clients.get(0))
        .listInvoices().approvalStatus(io.csol.sdk.invoices.ApprovalStatus.DISPUTED).pageSize(1)
        .stream().findFirst().orElseThrow();
    Request seeded = requests.getRequest(disputed.disputeTrackingNumber());
    assertThat(seeded.relatesTo().id()).isEqualTo(disputed.number());

    // pia's pending INVOICES entitlement (seeded) is a request of category ACCOUNT
    CsolClient pia = client("pia", "demo-password-3");
    String tracking = AccessClient.of(pia).listEntitlements().stream()
        .filter(e -> e.trackingNumber() != null).findFirst().orElseThrow().trackingNumber();
    assertThat(RequestsClient.of(pia).getRequest(tracking).category())
        .isEqualTo(RequestCategory.ACCOUNT);
  }

  @Test
  void entitlementRequestResult_leadsToItsAccountRequestInOneCall() {
    CsolClient pia = client("pia", "demo-password-3");
    io.csol.sdk.core.access.EntitlementRequestResult asked = AccessClient.of(pia)
        .requestEntitlement(io.csol.sdk.core.access.RequestEntitlementRequest.builder()
            .tool(io.csol.sdk.core.Tool.ORDERS).customerNumber("1000002").country("DE")
            .justification("Order tracking").build());

    Request request = RequestsClient.of(pia).getRequest(asked.trackingNumber());

    assertThat(request.category()).isEqualTo(RequestCategory.ACCOUNT);
    assertThat(request.relatesTo()).isEqualTo(
        new RelatedRecord(RelatedRecordType.ENTITLEMENT, "ORDERS:1000002"));
  }

  @Test
  void createRequest_withBusinessKey_isOpenedOnceWhenRepeated() {
    RequestOptions once = RequestOptions.builder().idempotencyKey("inquiry-once").build();
    RequestSummary first = requests.createRequest(general("once").build(), once);
    RequestSummary again = requests.createRequest(general("once").build(), once);
    assertThat(again.trackingNumber()).isEqualTo(first.trackingNumber());
  }
}
