package io.csol.sdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NextLinkTest {

  @Test
  void nextRel_cursorDecoded() {
    assertThat(NextLink.cursor("</v1/invoices?limit=5&cursor=a%2Bb%3D>; rel=\"next\""))
        .contains("a+b=");
    assertThat(NextLink.cursor("<http://h/v1/x?cursor=c1>;rel=next")).contains("c1");
  }

  @Test
  void severalLinks_onlyNextCounts() {
    assertThat(NextLink.cursor("</v1/x?cursor=p>; rel=\"prev\", </v1/x?a=1,2&cursor=n>; rel=\"next\""))
        .contains("n");
    assertThat(NextLink.cursor("</v1/x?cursor=f>; rel=\"first nExt\"")).contains("f");
  }

  @Test
  void unusableHeaders_giveNoHint() {
    assertThat(NextLink.cursor(null)).isEmpty();
    assertThat(NextLink.cursor("")).isEmpty();
    assertThat(NextLink.cursor("</v1/x?cursor=p>; rel=\"prev\"")).isEmpty();
    assertThat(NextLink.cursor("</v1/x?limit=5>; rel=\"next\"")).isEmpty();
    assertThat(NextLink.cursor("</v1/x?cursor=>; rel=\"next\"")).isEmpty();
    assertThat(NextLink.cursor("</v1/x>; rel=\"next\"")).isEmpty();
    assertThat(NextLink.cursor("</v1/x?cursor=%zz>; rel=\"next\"")).isEmpty();
    assertThat(NextLink.cursor("</v1/x?cursor=c; rel=\"next\"")).isEmpty();
    assertThat(NextLink.cursor("</v1/x?precursor=c>; rel=\"next\"")).isEmpty();
  }
}
