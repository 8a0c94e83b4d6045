package io.csol.sdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request URIs and token forms: one slash between base and path, every value encoded. */
class RequestsUriTest {

  @Test
  void uri_baseWithOrWithoutTrailingSlash_oneSlash() {
    assertThat(Requests.uri(URI.create("https://api.csol.io/"), "/v1/x", Map.of()))
        .hasToString("https://api.csol.io/v1/x");
    assertThat(Requests.uri(URI.create("https://api.csol.io/base"), "/v1/x", Map.of()))
        .hasToString("https://api.csol.io/base/v1/x");
  }

  @Test
  void uri_query_inOrderAndEncodedWithPercent20() {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("filter", "a b&c=d");
    q.put("sort", "-dueDate");
    assertThat(Requests.uri(URI.create("https://h"), "/v1/x", q))
        .hasToString("https://h/v1/x?filter=a%20b%26c%3Dd&sort=-dueDate");
  }

  @Test
  void form_fieldsInOrderEncoded() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("grant_type", "password");
    f.put("password", "p w+&");
    assertThat(new String(Requests.form(f), StandardCharsets.UTF_8))
        .isEqualTo("grant_type=password&password=p%20w%2B%26");
  }
}
