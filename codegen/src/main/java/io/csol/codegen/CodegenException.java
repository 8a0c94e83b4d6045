package io.csol.codegen;

import java.util.List;

/** The contract cannot be turned into code; the message lists every problem found, one a line. */
public final class CodegenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /**
   * Creates the exception.
   *
   * @param problems each problem, naming where in the contract it is
   */
  public CodegenException(List<String> problems) {
    super("api contract cannot be generated (" + problems.size() + " problem"
        + (problems.size() == 1 ? "" : "s") + "):\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns the problems.
   *
   * @return one text per problem
   */
  public List<String> problems() {
    return problems;
  }
}
