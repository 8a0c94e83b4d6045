package io.csol.sdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.csol.sdk.core.Stubs.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.csol.sdk.core.error.DocumentIntegrityException;
import io.csol.sdk.core.error.NotFoundException;
import io.csol.sdk.core.error.TransportException;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.tool.ToolOperations;
import io.csol.sdk.core.spi.ApiRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloadTest {
  private static final byte[] PDF = new byte[300_000];
  private static final String PATH = "/v1/invoices/9100000001/image";

  static {
    new Random(42).nextBytes(PDF);
  }

  @TempDir
  Path dir;
  private WireMockServer server;
  private CsolClient client;
  private ApiCaller caller;

  @BeforeEach
  void start() {
    server = Stubs.server();
    Stubs.tokens(server, 3600);
    FakeTime time = new FakeTime();
    client = Stubs.client(server, time).build();
    caller = ToolOperations.caller(client);
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop();
  }

  private static byte[] sha256(byte[] b) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(b);
  }

  private void stubDocument(byte[] digest) {
    server.stubFor(get(PATH).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/pdf")
        .withHeader("ETag", "\"" + HexFormat.of().formatHex(digest) + "\"")
        .withHeader("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(digest) + ":")
        .withBody(PDF)));
  }

  private ApiRequest image() {
    return ApiRequest.get("/v1/invoices/{number}/image", "9100000001").tool(Tool.INVOICES)
        .accept("application/pdf").build();
  }

  private long filesIn(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.count();
    }
  }

  @Test
  void downloadToPath_digestMatches_fileWrittenAtomically() throws Exception {
    stubDocument(sha256(PDF));
    Path target = dir.resolve("invoice.pdf");
    DocumentInfo info = caller.download(image(), target);
    assertThat(Files.readAllBytes(target)).isEqualTo(PDF);
    assertThat(info.bytes()).isEqualTo(PDF.length);
    assertThat(info.sha256Hex()).isEqualTo(HexFormat.of().formatHex(sha256(PDF)));
    assertThat(info.contentType()).isEqualTo("application/pdf");
    assertThat(info.etag()).isPresent();
    assertThat(filesIn(dir)).isEqualTo(1); // no temp file left
    server.verify(getRequestedFor(urlPathEqualTo(PATH)));
  }

  @Test
  void downloadToPath_digestMismatch_integrityExceptionAndNoFileLeft() throws Exception {
    stubDocument(sha256("something else".getBytes()));
    Path target = dir.resolve("invoice.pdf");
    assertThatThrownBy(() -> caller.download(image(), target))
        .isInstanceOfSatisfying(DocumentIntegrityException.class,
            e -> assertThat(e.requestId()).isPresent());
    assertThat(target).doesNotExist();
    assertThat(filesIn(dir)).isZero();
    assertThat(client.leasedConnections()).isZero();
  }

  @Test
  void downloadToPath_existingFileAndMismatch_existingFileUntouched() throws Exception {
    stubDocument(sha256("other".getBytes()));
    Path target = dir.resolve("invoice.pdf");
    Files.writeString(target, "previous version");
    assertThatThrownBy(() -> caller.download(image(), target))
        .isInstanceOf(DocumentIntegrityException.class);
    assertThat(Files.readString(target)).isEqualTo("previous version");
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void downloadToPath_resetThenOk_retriedIntoSameTarget() throws Exception {
    server.stubFor(get(PATH).inScenario("d").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
    server.stubFor(get(PATH).inScenario("d").whenScenarioStateIs("ok")
        .willReturn(aResponse().withStatus(200).withBody(PDF)));
    Path target = dir.resolve("invoice.pdf");
    DocumentInfo info = caller.download(image(), target);
    assertThat(Files.readAllBytes(target)).isEqualTo(PDF);
    assertThat(info.etag()).isEmpty();
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void downloadToPath_404_notFoundAndNoFileLeft() throws Exception {
    server.stubFor(get(PATH).willReturn(problem(404, "not-found")));
    Path target = dir.resolve("invoice.pdf");
    assertThatThrownBy(() -> caller.download(image(), target))
        .isInstanceOf(NotFoundException.class);
    assertThat(filesIn(dir)).isZero();
  }

  @Test
  void downloadToStream_digestMatches_bytesStreamed() throws Exception {
    stubDocument(sha256(PDF));
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    DocumentInfo info = caller.download(image(), sink);
    assertThat(sink.toByteArray()).isEqualTo(PDF);
    assertThat(info.bytes()).isEqualTo(PDF.length);
    server.verify(getRequestedFor(urlPathEqualTo(PATH))
        .withHeader("Accept", com.github.tomakehurst.wiremock.client.WireMock.equalTo("application/pdf")));
  }

  @Test
  void downloadToStream_digestMismatch_integrityException() throws Exception {
    stubDocument(sha256(new byte[] {1}));
    assertThatThrownBy(() -> caller.download(image(), new ByteArrayOutputStream()))
        .isInstanceOf(DocumentIntegrityException.class).hasMessageContaining("digest");
  }

  @Test
  void downloadToStream_sinkFails_transportExceptionNotRetried() throws Exception {
    stubDocument(sha256(PDF));
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException("disk full");
      }
    };
    assertThatThrownBy(() -> caller.download(image(), broken))
        .isInstanceOf(TransportException.class).hasMessageContaining("sink");
    assertThat(server.countRequestsMatching(getRequestedFor(urlPathEqualTo(PATH)).build())
        .getCount()).isEqualTo(1);
    assertThat(client.leasedConnections()).isZero();
  }
}
