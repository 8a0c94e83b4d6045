package io.csol.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The operating system part of the User-Agent: characters that would break the product comment
 * (parentheses, semicolons, controls, non-ASCII) become '_'. Swaps os.name/os.arch for the call
 * and restores them (surefire runs the test classes one at a time).
 */
class UserAgentCleanTest {

  private static String withOs(String name, String arch) {
    String oldName = System.getProperty("os.name");
    String oldArch = System.getProperty("os.arch");
    System.setProperty("os.name", name);
    System.setProperty("os.arch", arch);
    try {
      return UserAgent.of("1.2.3", null);
    } finally {
      System.setProperty("os.name", oldName);
      System.setProperty("os.arch", oldArch);
    }
  }

  @Test
  void of_osWithCommentBreakingCharacters_replacedByUnderscore() {
    assertThat(withOs("Linux (x);\u00e9", "amd64"))
        .endsWith("; Linux _x___ amd64)")
        .startsWith("csol-sdk-java/1.2.3 (Java " + Runtime.version().feature() + "; ");
  }

  @Test
  void of_visibleAsciiEdges_keptAndControlsReplaced() {
    assertThat(withOs("a\u001F\u0020\u007E\u007Fb", "x")).endsWith("; a_ ~_b x)");
  }
}
