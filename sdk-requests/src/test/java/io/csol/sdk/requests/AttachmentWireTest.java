package io.csol.sdk.requests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.csol.sdk.core.CircuitBreakerOptions;
import io.csol.sdk.core.Credentials;
import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.DocumentSink;
import io.csol.sdk.core.RetryOptions;
import io.csol.sdk.core.error.ApiException;
import io.csol.sdk.core.error.ConflictException;
import io.csol.sdk.core.error.DocumentIntegrityException;
import io.csol.sdk.core.error.InvalidRequestException;
import io.csol.sdk.core.error.NotFoundException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads and downloads through the real pipeline against WireMock: what goes on the wire, what
 * a retry re-sends, and how the server's refusals and a wrong digest surface.
 */
class AttachmentWireTest {
  private static final String TN = "R-2026-000123";
  private static final String ID = "A-3q2-7wEAAAAAAAAA";
  private static final String DOWNLOAD = "/v1/requests/" + TN + "/attachments/" + ID;
  private static final String STAGED = "{\"id\":\"" + ID + "\",\"name\":\"prices.csv\","
      + "\"mediaType\":\"text/csv\",\"size\":3,\"sha256\":\"" + "0".repeat(64) + "\","
      + "\"uploadedAt\":\"2026-11-23T10:15:30Z\"}";
  private static final byte[] BYTES = new byte[100_000];

  static {
    new Random(3).nextBytes(BYTES);
  }

  @TempDir
  Path dir;
  private WireMockServer server;
  private CsolClient csol;
  private RequestsClient requests;

  @BeforeEach
  void start() {
    server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1")
        .dynamicPort());
    server.start();
    server.stubFor(post(urlPathEqualTo("/v1/oauth/token")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody("{\"access_token\":\"t1\","
            + "\"token_type\":\"Bearer\",\"expires_in\":3600}")));
    csol = CsolClient.builder().baseUri("http://127.0.0.1:" + server.port())
        .credentials(Credentials.clientCredentials("erp", "s3cret".toCharArray()))
        .retry(RetryOptions.builder().maxAttempts(4).initialBackoff(Duration.ofMillis(1))
            .maxBackoff(Duration.ofMillis(2)).build())
        .circuitBreaker(CircuitBreakerOptions.disabled())
        .build();
    requests = RequestsClient.of(csol);
  }

  @AfterEach
  void stop() {
    csol.close();
    server.stop();
  }

  private static String digest(byte[] b) throws Exception {
    return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(b));
  }

  private void answerUpload(int status, String slug) {
    server.stubFor(post(urlPathEqualTo("/v1/attachments")).willReturn(aResponse()
        .withStatus(status).withHeader("Content-Type", "application/problem+json")
        .withBody("{\"type\":\"https://csol.io/problems/" + slug + "\",\"title\":\"" + slug
            + "\",\"status\":" + status + ",\"detail\":\"refused\"}")));
  }

  @Test
  void upload_connectionResetThenSuccess_resendsSameBytesDigestAndKey() throws Exception {
    server.stubFor(post(urlPathEqualTo("/v1/attachments")).inScenario("reset")
        .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("stored")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    server.stubFor(post(urlPathEqualTo("/v1/attachments")).inScenario("reset")
        .whenScenarioStateIs("stored").willReturn(aResponse().withStatus(201)
            .withHeader("Content-Type", "application/json").withBody(STAGED)));
    Path csv = Files.write(dir.resolve("prices.csv"), BYTES);

    Attachment staged = requests.uploadAttachment(AttachmentUpload.of(csv));

    assertThat(staged.id()).isEqualTo(ID);
    List<LoggedRequest> sent = server.findAll(postRequestedFor(urlPathEqualTo("/v1/attachments")));
    assertThat(sent).hasSize(2).allSatisfy(r -> {
      assertThat(r.getBody()).isEqualTo(BYTES);
      assertThat(r.getHeader("Content-Type")).isEqualTo("text/csv");
      assertThat(r.getHeader("Content-Length")).isEqualTo("100000");
      assertThat(r.getHeader("Content-Digest")).isEqualTo("sha-256=:" + digest(BYTES) + ":");
      assertThat(r.queryParameter("name").firstValue()).isEqualTo("prices.csv");
    });
    assertThat(sent.get(1).getHeader("Idempotency-Key"))
        .isEqualTo(sent.get(0).getHeader("Idempotency-Key")).isNotBlank();
  }

  @Test
  void upload_streamOver25MiB_refusedBeforeAnythingIsSent() {
    InputStream endless = new EndlessInput();
    assertThatThrownBy(() -> requests.uploadAttachment(
        AttachmentUpload.fromStream("huge.txt", "text/plain", endless)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("26214400")
        .hasMessageContaining("nothing was sent");
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).as("not even a sign-in").isEmpty();
  }

  @Test
  void upload_serverRefusals_areTypedWithTheProblem() throws Exception {
    AttachmentUpload upload = AttachmentUpload.of(Files.write(dir.resolve("a.pdf"), BYTES));
    answerUpload(413, "payload-too-large");
    assertThatThrownBy(() -> requests.uploadAttachment(upload)).isInstanceOf(ApiException.class)
        .satisfies(e -> {
          assertThat(((ApiException) e).status()).isEqualTo(413);
          assertThat(((ApiException) e).problem().slug()).contains("payload-too-large");
        });
    answerUpload(415, "unsupported-media-type");
    assertThatThrownBy(() -> requests.uploadAttachment(upload))
        .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(415));
    answerUpload(422, "digest-mismatch");
    assertThatThrownBy(() -> requests.uploadAttachment(upload))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(e -> assertThat(((ApiException) e).problem().slug()).contains("digest-mismatch"));
    // none of them is retried: each answer is final
    assertThat(server.findAll(postRequestedFor(urlPathEqualTo("/v1/attachments")))).hasSize(3);
  }

  @Test
  void messageOnClosedRequest_isConflict_andNotHeldRequest_isNotFound() {
    server.stubFor(post(urlPathEqualTo("/v1/requests/" + TN + "/messages")).willReturn(
        aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
            .withBody("{\"type\":\"https://csol.io/problems/conflict\",\"title\":\"Conflict\","
                + "\"status\":409,\"detail\":\"the request is CLOSED\"}")));
    server.stubFor(get(urlPathEqualTo("/v1/requests/R-2026-999999")).willReturn(
        aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
            .withBody("{\"type\":\"https://csol.io/problems/not-found\",\"title\":\"Not found\","
                + "\"status\":404,\"detail\":\"no such request\"}")));
    assertThatThrownBy(() -> requests.addRequestMessage(AddRequestMessageRequest.builder()
        .trackingNumber(TN).body("one more thing").build()))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> requests.getRequest("R-2026-999999"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void download_wrongReprDigest_failsTypedAndLeavesNoFile() throws Exception {
    byte[] other = "not these bytes".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    server.stubFor(get(urlPathEqualTo(DOWNLOAD)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/csv")
        .withHeader("Repr-Digest", "sha-256=:" + digest(other) + ":")
        .withBody(BYTES)));
    Path target = dir.resolve("download").resolve("prices.csv");
    Files.createDirectories(target.getParent());

    assertThatThrownBy(() -> requests.getRequestAttachment(TN, ID, DocumentSink.toFile(target)))
        .isInstanceOf(DocumentIntegrityException.class);
    try (Stream<Path> left = Files.list(target.getParent())) {
      assertThat(left).as("no partial or temporary file").isEmpty();
    }
  }

  @Test
  void download_matchingDigest_writesTheFile() throws Exception {
    server.stubFor(get(urlPathEqualTo(DOWNLOAD)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/csv")
        .withHeader("Repr-Digest", "sha-256=:" + digest(BYTES) + ":")
        .withBody(BYTES)));
    Path target = dir.resolve("prices.csv");
    requests.getRequestAttachment(TN, ID, DocumentSink.toFile(target));
    assertThat(Files.readAllBytes(target)).isEqualTo(BYTES);
  }
}
