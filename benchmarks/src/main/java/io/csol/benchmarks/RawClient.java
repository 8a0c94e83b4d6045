package io.csol.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicNameValuePair;

/**
 * The ceiling: HttpClient 5 and Jackson called by hand, the fastest honest code for the job.
 *
 * <p>Honest means it does what a careful engineer would ship: a pooled connection, decoding into
 * typed records, streaming the page envelope instead of building it, a bearer token fetched once
 * and again on 401, and a small retry loop for 429/5xx/connection failures that honours
 * Retry-After. It has no deadline, circuit breaker, logging or typed errors.
 */
final class RawClient implements BenchClient {

  private static final int MAX_ATTEMPTS = 5;

  private final String base;
  private final String clientId;
  private final String clientSecret;
  private final CloseableHttpClient http;
  private final ObjectReader invoiceReader;
  private final ObjectReader lineReader;
  private final ObjectReader tokenReader;
  private String bearer;

  RawClient(URI baseUri, String clientId, String clientSecret) {
    this.base = baseUri.toString().replaceAll("/$", "");
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.http = HttpClients.custom()
        .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().build())
        .disableAutomaticRetries()
        .build();
    ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    this.invoiceReader = mapper.readerFor(RawModels.Invoice.class);
    this.lineReader = mapper.readerFor(RawModels.StatementLine.class);
    this.tokenReader = mapper.readerFor(RawModels.Token.class);
  }

  @Override
  public Object invoice(String number) {
    return execute(() -> new HttpGet(base + "/v1/invoices/" + number),
        in -> invoiceReader.readValue(in));
  }

  @Override
  public int firstPage(int limit) {
    int[] count = new int[1];
    execute(() -> new HttpGet(base + "/v1/statements/lines?limit=" + limit),
        in -> readPage(in, line -> count[0]++));
    return count[0];
  }

  @Override
  public void readAll(String lastId, IdSink sink, Runnable pageWork) {
    String query = "/v1/statements/lines?limit=" + PAGE_SIZE
        + (lastId == null ? "" : "&filter=" + encode(BenchClient.idUpTo(lastId)));
    String cursor = null;
    do {
      String url = base + query + (cursor == null ? "" : "&cursor=" + encode(cursor));
      cursor = execute(() -> new HttpGet(url), in -> readPage(in, line -> sink.accept(line.id())));
      if (pageWork != null) {
        pageWork.run();
      }
    } while (cursor != null);
  }

  /** Streams a page envelope: each line to {@code each}; returns nextCursor or null. */
  private String readPage(InputStream in, java.util.function.Consumer<RawModels.StatementLine> each)
      throws IOException {
    String next = null;
    try (JsonParser p = lineReader.getFactory().createParser(in)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ("data".equals(name) && value == JsonToken.START_ARRAY) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            each.accept(lineReader.readValue(p));
          }
        } else if ("nextCursor".equals(name) && value == JsonToken.VALUE_STRING) {
          next = p.getText();
        } else {
          p.skipChildren();
        }
      }
    }
    return next;
  }

  private <T> T execute(java.util.function.Supplier<ClassicHttpRequest> request, Decoder<T> decoder) {
    IOException lastIo = null;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      ClassicHttpRequest req = request.get();
      req.setHeader("Authorization", "Bearer " + token());
      req.setHeader("Accept", "application/json");
      try {
        Outcome<T> outcome = http.execute(req, response -> handle(response, decoder));
        if (outcome.done) {
          return outcome.value;
        }
        if (outcome.status == 401) {
          bearer = null;
        }
        pause(outcome.retryAfterSeconds, attempt);
      } catch (IOException e) {
        lastIo = e;
        pause(-1, attempt);
      }
    }
    throw new IllegalStateException("gave up after " + MAX_ATTEMPTS + " attempts", lastIo);
  }

  private <T> Outcome<T> handle(ClassicHttpResponse response, Decoder<T> decoder) throws IOException {
    int status = response.getCode();
    HttpEntity entity = response.getEntity();
    if (status == 200) {
      try (InputStream in = entity.getContent()) {
        return new Outcome<>(true, decoder.decode(in), status, -1);
      }
    }
    EntityUtils.consume(entity);
    if (status == 401 || status == 429 || status >= 500) {
      Header retryAfter = response.getFirstHeader("Retry-After");
      int seconds = retryAfter == null ? -1 : parseSeconds(retryAfter.getValue());
      return new Outcome<>(false, null, status, seconds);
    }
    throw new IllegalStateException("HTTP " + status + " from " + base);
  }

  private String token() {
    if (bearer == null) {
      HttpPost post = new HttpPost(base + "/v1/oauth/token");
      post.setEntity(new UrlEncodedFormEntity(List.of(
          new BasicNameValuePair("grant_type", "client_credentials"),
          new BasicNameValuePair("client_id", clientId),
          new BasicNameValuePair("client_secret", clientSecret)), StandardCharsets.UTF_8));
      try {
        RawModels.Token token = http.execute(post, response -> {
          if (response.getCode() != 200) {
            EntityUtils.consume(response.getEntity());
            throw new IllegalStateException("token endpoint answered HTTP " + response.getCode());
          }
          try (InputStream in = response.getEntity().getContent()) {
            return tokenReader.readValue(in);
          }
        });
        bearer = token.access_token();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bearer;
  }

  private static void pause(int retryAfterSeconds, int attempt) {
    long millis = retryAfterSeconds >= 0 ? retryAfterSeconds * 1000L : 100L << (attempt - 1);
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static int parseSeconds(String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      return -1; // an HTTP-date: fall back to the backoff
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    try {
      http.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Decodes a 200 body. */
  @FunctionalInterface
  private interface Decoder<T> {
    T decode(InputStream in) throws IOException;
  }

  /** One attempt's result. */
  private record Outcome<T>(boolean done, T value, int status, int retryAfterSeconds) {
  }
}
