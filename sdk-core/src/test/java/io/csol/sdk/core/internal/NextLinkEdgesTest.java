package io.csol.sdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Next-link targets that are a bare query, or have no query at all. */
class NextLinkEdgesTest {

  @Test
  void cursor_targetIsOnlyAQuery_cursorRead() {
    // "?cursor=c" is a valid relative reference (RFC 3986): same path, new query
    assertThat(NextLink.cursor("<?cursor=c2>; rel=\"next\"")).contains("c2");
  }

  @Test
  void cursor_targetWithoutQuery_pathSegmentLookingLikeACursorIgnored() {
    assertThat(NextLink.cursor("<cursor=c2>; rel=\"next\"")).isEmpty();
    assertThat(NextLink.cursor("</v1/x/cursor=c2#frag>; rel=\"next\"")).isEmpty();
  }

  @Test
  void cursor_fragmentAfterTheQuery_notPartOfTheCursor() {
    assertThat(NextLink.cursor("</v1/x?cursor=c3#top>; rel=\"next\"")).contains("c3");
  }
}
