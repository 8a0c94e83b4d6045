package io.csol.codegen;

import java.util.ArrayList;
import java.util.List;

/** A small line diff (longest common subsequence) in unified format, for golden failures. */
final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {
  }

  static String diff(String expected, String actual) {
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    int[][] lcs = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String> ops = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        ops.add(" " + a[i]);
        i++;
        j++;
      } else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
        ops.add("-" + a[i++]);
      } else {
        ops.add("+" + b[j++]);
      }
    }
    boolean[] show = new boolean[ops.size()];
    for (int k = 0; k < ops.size(); k++) {
      if (ops.get(k).charAt(0) != ' ') {
        for (int m = Math.max(0, k - CONTEXT); m <= Math.min(ops.size() - 1, k + CONTEXT); m++) {
          show[m] = true;
        }
      }
    }
    StringBuilder out = new StringBuilder("--- expected\n+++ actual\n");
    for (int k = 0; k < ops.size(); k++) {
      if (show[k]) {
        if (k == 0 || !show[k - 1]) {
          out.append("@@ line ").append(k + 1).append(" @@\n");
        }
        out.append(ops.get(k)).append('\n');
      }
    }
    return out.toString();
  }
}
