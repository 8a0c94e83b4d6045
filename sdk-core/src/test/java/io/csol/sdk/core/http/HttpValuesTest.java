package io.csol.sdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OutgoingRequest, IncomingResponse and AtomicFile checks at their edges. */
class HttpValuesTest {
  private static final URI URI_X = URI.create("http://h/v1/x?secret=1");

  @TempDir
  Path dir;

  @Test
  void outgoingRequest_bodyOrFileWithoutContentType_refused() {
    assertThatThrownBy(() -> new OutgoingRequest("POST", URI_X, List.of(), new byte[1], null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contentType must be set when a body is present");
    assertThatThrownBy(() -> new OutgoingRequest("POST", URI_X, List.of(), null, null,
        Path.of("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contentType must be set when a body is present");
  }

  @Test
  void outgoingRequest_bodyAndFile_refused() {
    assertThatThrownBy(() -> new OutgoingRequest("POST", URI_X, List.of(), new byte[1], "a/b",
        Path.of("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("body and bodyFile are exclusive");
  }

  @Test
  void outgoingRequest_eitherBodyAlone_accepted() {
    assertThat(new OutgoingRequest("POST", URI_X, List.of(), new byte[1], "a/b").body())
        .hasSize(1);
    assertThat(new OutgoingRequest("POST", URI_X, List.of(), null, "a/b", Path.of("a"))
        .bodyFile()).isEqualTo(Path.of("a"));
    assertThat(new OutgoingRequest("GET", URI_X, List.of(), null, null).body()).isNull();
  }

  @Test
  void outgoingRequest_toString_methodAndPathOnly() {
    assertThat(new OutgoingRequest("GET", URI_X, List.of(Map.entry("Authorization", "Bearer t")),
        null, null).toString()).isEqualTo("OutgoingRequest[GET /v1/x]");
  }

  @Test
  void incomingResponse_successfulOnlyFor2xx() {
    assertThat(new IncomingResponse(199, Map.of()).successful()).isFalse();
    assertThat(new IncomingResponse(200, Map.of()).successful()).isTrue();
    assertThat(new IncomingResponse(299, Map.of()).successful()).isTrue();
    assertThat(new IncomingResponse(300, Map.of()).successful()).isFalse();
  }

  @Test
  void incomingResponse_headersCaseInsensitiveAndToStringWithoutThem() {
    IncomingResponse r = new IncomingResponse(200, Map.of("ETag", "\"1\"", "Set-Cookie", "s"));
    assertThat(r.headers()).hasSize(2).containsEntry("etag", "\"1\"");
    assertThat(r.toString()).isEqualTo("IncomingResponse[status=200]");
  }

  @Test
  void atomicFile_missingDirectoryOrRoot_refused() {
    Path missing = dir.resolve("no-such-dir");
    assertThatThrownBy(() -> AtomicFile.create(missing.resolve("doc.pdf")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target's directory must exist: " + missing);
    assertThatThrownBy(() -> AtomicFile.create(Path.of("/")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target's directory must exist: null");
  }

  @Test
  void atomicFile_closedWithoutCommit_partFileDeletedTargetUntouched() throws Exception {
    Path target = dir.resolve("doc.pdf");
    Path temp;
    try (AtomicFile file = AtomicFile.create(target)) {
      temp = file.temp();
      try (java.io.OutputStream out = file.open()) {
        out.write(1);
      }
      assertThat(temp).exists();
    }
    assertThat(temp).doesNotExist();
    assertThat(target).doesNotExist();
  }
}
