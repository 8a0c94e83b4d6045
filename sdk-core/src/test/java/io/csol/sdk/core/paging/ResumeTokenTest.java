package io.csol.sdk.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResumeTokenTest {

  private static final String QUERY = "GET /v1/invoices filter=status eq OPEN&limit=3";

  @Test
  void resumeFrom_everyPositionOfThreePages_yieldsExactlyTheRemainingItems() {
    List<List<List<String>>> shapes = List.of(
        List.of(List.of("a", "b", "c"), List.of("d", "e"), List.of("f", "g", "h")),
        List.of(List.of("a", "b"), List.<String>of(), List.of("c")));
    for (List<List<String>> pages : shapes) {
      FakeFetcher fetcher = new FakeFetcher(pages);
      List<String> all = fetcher.all();
      PagedIterable<String> iterable = PagedIterable.create(QUERY, fetcher);
      for (int k = 0; k <= all.size(); k++) {
        PagedIterator<String> it = iterable.iterator();
        for (int i = 0; i < k; i++) {
          it.next();
        }
        // the token survives being stored as a string, like a crashed job would
        ResumeToken token = ResumeToken.parse(it.resumeToken().value());

        List<String> rest = iterable.resumeFrom(token).stream().collect(Collectors.toList());
        assertThat(rest).as("resume after %d items", k).isEqualTo(all.subList(k, all.size()));
      }
    }
  }

  @Test
  void resumeFrom_chainedResumes_eachContinueExactlyAfterTheLastReturnedItem() {
    FakeFetcher fetcher = FakeFetcher.uniform(3, 3);
    List<String> all = fetcher.all();
    PagedIterable<String> iterable = PagedIterable.create(QUERY, fetcher);
    List<String> seen = new ArrayList<>();
    ResumeToken token = iterable.iterator().resumeToken();
    // a job that processes one record and then "dies", over and over
    for (int i = 0; i < all.size(); i++) {
      PagedIterator<String> it = iterable.resumeFrom(token).iterator();
      seen.add(it.next());
      token = it.resumeToken();
    }
    assertThat(seen).isEqualTo(all);
    assertThat(iterable.resumeFrom(token).iterator().hasNext()).isFalse();
  }

  @Test
  void resumeFrom_positionInsideSecondPage_refetchesThatPageByItsCursorAndSkips() {
    FakeFetcher fetcher = FakeFetcher.uniform(3, 3);
    PagedIterable<String> iterable = PagedIterable.create(QUERY, fetcher);
    PagedIterator<String> it = iterable.iterator();
    for (int i = 0; i < 4; i++) {
      it.next();
    }
    fetcher.cursors.clear();

    PagedIterator<String> resumed = iterable.resumeFrom(it.resumeToken()).iterator();
    assertThat(resumed.resumeToken()).isEqualTo(it.resumeToken());
    assertThat(resumed.next()).isEqualTo("p1-1");
    assertThat(fetcher.cursors).containsExactly("c1");
  }

  @Test
  void resumeToken_afterLastItemOfPageWithNextCursor_pointsAtNextPageWithoutRefetch() {
    FakeFetcher fetcher = FakeFetcher.uniform(2, 2);
    PagedIterable<String> iterable = PagedIterable.create(QUERY, fetcher);
    PagedIterator<String> it = iterable.iterator();
    it.next();
    it.next();
    ResumeToken before = it.resumeToken();
    assertThat(it.hasNext()).isTrue(); // fetches page 1, but the position is unchanged
    assertThat(it.resumeToken()).isEqualTo(before);
    fetcher.cursors.clear();

    assertThat(iterable.resumeFrom(before).iterator().next()).isEqualTo("p1-0");
    assertThat(fetcher.cursors).containsExactly("c1");
  }

  @Test
  void resumeFrom_tokenOfAnotherQuery_throwsNamingBothQueries() {
    ResumeToken foreign = PagedIterable.create("GET /v1/orders", FakeFetcher.uniform(1, 1)).iterator().resumeToken();
    PagedIterable<String> iterable = PagedIterable.create(QUERY, FakeFetcher.uniform(1, 1));

    assertThatThrownBy(() -> iterable.resumeFrom(foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GET /v1/orders")
        .hasMessageContaining(QUERY);
  }

  @Test
  void resumeFrom_null_throwsNamingParameter() {
    PagedIterable<String> iterable = PagedIterable.create(QUERY, FakeFetcher.uniform(1, 1));
    assertThatThrownBy(() -> iterable.resumeFrom(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("token");
  }

  @Test
  void value_isUrlSafeAndParsesBackToEqualToken() {
    ResumeToken token = ResumeToken.of("GET /v1/x?filter=name eq 'Å+/'", "cur/+=sor", 7);
    assertThat(token.value()).matches("[A-Za-z0-9_-]+");
    ResumeToken parsed = ResumeToken.parse(token.value());
    assertThat(parsed).isEqualTo(token).hasSameHashCodeAs(token);
    assertThat(parsed.fingerprint()).isEqualTo("GET /v1/x?filter=name eq 'Å+/'");
    assertThat(parsed.cursor()).isEqualTo("cur/+=sor");
    assertThat(parsed.consumed()).isEqualTo(7);
    assertThat(ResumeToken.parse(ResumeToken.of("q", null, 0).value()).cursor()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not a token", "!!!!", "AAAA", "eyJ2IjoxfQ", "AQAAAAFxAAAAAAA=", "Ag"})
  void parse_garbage_throwsIllegalArgument(String garbage) {
    assertThatThrownBy(() -> ResumeToken.parse(garbage))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("resumeToken is not a csol resume token");
  }

  @Test
  void parse_truncatedExtendedOrAlteredToken_throwsIllegalArgument() {
    String value = ResumeToken.of(QUERY, "c1", 2).value();
    byte[] raw = Base64.getUrlDecoder().decode(value);
    String extended = Base64.getUrlEncoder().withoutPadding()
        .encodeToString((new String(raw, StandardCharsets.ISO_8859_1) + "x").getBytes(StandardCharsets.ISO_8859_1));
    raw[0] = 2; // unknown version
    String otherVersion = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);

    for (String bad : List.of(value.substring(0, value.length() - 3), extended, otherVersion, value + "=")) {
      assertThatThrownBy(() -> ResumeToken.parse(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("resumeToken is not a csol resume token");
    }
    assertThatThrownBy(() -> ResumeToken.parse(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("value");
  }
}
