package io.csol.sdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.csol.sdk.core.spi.UploadContent;
import io.csol.sdk.core.spi.tool.ToolOperations;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streamed, replayable raw-body upload of sdk-core's tool SPI (ToolOperations.upload). */
class UploadTest {
  private static final byte[] BYTES = new byte[200_000];
  private static final String PATH = "/v1/attachments";

  static {
    new Random(7).nextBytes(BYTES);
  }

  @TempDir
  Path dir;
  private WireMockServer server;
  private CsolClient client;
  private ToolOperations ops;

  /** What the stub answers, as the JSON a tool decodes. */
  record Staged(String id) {
  }

  @BeforeEach
  void start() {
    server = Stubs.server();
    Stubs.tokens(server, 3600);
    client = Stubs.client(server, new FakeTime()).build();
    ops = ToolOperations.of(client, Tool.REQUESTS, PATH).operation("uploadAttachment");
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop();
  }

  private Path file() throws IOException {
    return Files.write(dir.resolve("sheet.csv"), BYTES);
  }

  private static String digest(byte[] b) throws Exception {
    return "sha-256=:" + Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(b)) + ":";
  }

  @Test
  void upload_file_sendsRawBytesWithLengthTypeDigestAndKey() throws Exception {
    server.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"id\":\"A-123456789012\"}")));
    try (UploadContent content = UploadContent.ofFile(file(), "text/csv")) {
      Staged staged = ops.upload(content, Staged.class, RequestOptions.defaults(),
          Map.of("name", "sheet.csv"), "");
      assertThat(staged.id()).isEqualTo("A-123456789012");
      assertThat(content.sha256Hex()).isEqualTo(HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(BYTES)));
    }
    LoggedRequest sent = server.findAll(postRequestedFor(urlPathEqualTo(PATH))).get(0);
    assertThat(sent.getBodyAsBase64()).isEqualTo(Base64.getEncoder().encodeToString(BYTES));
    assertThat(sent.getHeader("Content-Type")).isEqualTo("text/csv");
    assertThat(sent.getHeader("Content-Length")).isEqualTo(String.valueOf(BYTES.length));
    assertThat(sent.containsHeader("Transfer-Encoding")).isFalse();
    assertThat(sent.getHeader("Content-Digest")).isEqualTo(digest(BYTES));
    assertThat(sent.getHeader("Idempotency-Key")).isNotBlank();
    assertThat(sent.queryParameter("name").firstValue()).isEqualTo("sheet.csv");
    assertThat(Files.exists(dir.resolve("sheet.csv"))).as("the caller's file is kept").isTrue();
  }

  @Test
  void upload_resetThen503_retriedWithSameBytesDigestAndKey() throws Exception {
    server.stubFor(post(urlPathEqualTo(PATH)).inScenario("flaky")
        .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("reset")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    server.stubFor(post(urlPathEqualTo(PATH)).inScenario("flaky")
        .whenScenarioStateIs("reset").willSetStateTo("503")
        .willReturn(aResponse().withStatus(503)));
    server.stubFor(post(urlPathEqualTo(PATH)).inScenario("flaky")
        .whenScenarioStateIs("503")
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody("{\"id\":\"A-123456789012\"}")));
    try (UploadContent content = UploadContent.ofFile(file(), "text/csv")) {
      ops.upload(content, Staged.class, RequestOptions.defaults(), Map.of(), "");
    }
    List<LoggedRequest> attempts = server.findAll(postRequestedFor(urlPathEqualTo(PATH)));
    assertThat(attempts).hasSize(3);
    assertThat(attempts).extracting(r -> r.getHeader("Idempotency-Key")).containsOnly(
        attempts.get(0).getHeader("Idempotency-Key"));
    assertThat(attempts).allSatisfy(r -> {
      assertThat(r.getBody()).isEqualTo(BYTES);
      assertThat(r.getHeader("Content-Digest")).isEqualTo(digest(BYTES));
    });
  }

  @Test
  void spool_stream_isReplayableAndDeletedOnClose() throws Exception {
    server.stubFor(post(urlPathEqualTo(PATH)).withRequestBody(binaryEqualTo(BYTES))
        .withHeader("Content-Digest", equalTo(digest(BYTES)))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody("{\"id\":\"A-123456789012\"}")));
    Path spooled;
    try (UploadContent content = UploadContent.spool(new ByteArrayInputStream(BYTES),
        "text/csv", BYTES.length)) {
      spooled = content.file();
      assertThat(content.length()).isEqualTo(BYTES.length);
      assertThat(ops.upload(content, Staged.class, RequestOptions.defaults(), Map.of(), "").id())
          .isEqualTo("A-123456789012");
    }
    assertThat(Files.exists(spooled)).as("spooled temporary file deleted").isFalse();
  }

  @Test
  void spool_streamLongerThanMax_stopsReadingAndLeavesNoFile() throws Exception {
    long[] read = new long[1];
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        read[0]++;
        return 1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        read[0] += len;
        return len;
      }
    };
    long before = tempFiles();
    assertThatThrownBy(() -> UploadContent.spool(endless, "text/csv", 1000))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 1000 bytes");
    assertThat(read[0]).as("stops right after the limit").isEqualTo(1001);
    assertThat(tempFiles()).isEqualTo(before);
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void content_andJsonBody_areExclusive() throws Exception {
    try (UploadContent content = UploadContent.ofFile(file(), "text/csv")) {
      assertThatThrownBy(() -> io.csol.sdk.core.spi.ApiRequest.post("/v1/x").body(new Staged("a"))
          .content(content)).isInstanceOf(IllegalStateException.class);
    }
  }

  private static long tempFiles() throws IOException {
    try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return s.filter(p -> p.getFileName().toString().startsWith("csol-upload-")).count();
    }
  }
}
