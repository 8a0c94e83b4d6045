package io.csol.sdk.core.error;

import io.csol.sdk.core.Tool;

/** Reads typed extension members of a problem; package-private helper. */
final class ProblemMembers {

  private ProblemMembers() {
  }

  static Tool tool(Problem problem) {
    return problem.extensionText("tool").map(ProblemMembers::toolOf).orElse(Tool.UNKNOWN);
  }

  private static Tool toolOf(String name) {
    for (Tool t : Tool.values()) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    return Tool.UNKNOWN;
  }
}
