package io.csol.sdk.core.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A filter condition of the query language, built from typed fields ({@code status.eq(OPEN)}) and
 * combined with {@link #and}, {@link #or} and {@link #not()}.
 *
 * <p>Immutable and thread-safe. {@link #toExpression()} writes exactly the grammar of
 * {@code docs/query-language.md}, with parentheses only where precedence needs them
 * ({@code not} binds tighter than {@code and}, which binds tighter than {@code or}).
 *
 * @param <R> the record type of the collection the filter applies to (from its fields), so a
 *     filter on statement lines cannot be passed to an invoice query
 */
public final class Filter<R> {

  /** The deepest nesting of parentheses and {@code not} the server accepts. */
  public static final int MAX_DEPTH = 32;

  private enum Kind { COMPARISON, GROUP, NOT, AND, OR }

  private final Kind kind;
  private final String comparison;
  private final List<Filter<R>> children;
  private final int depth;

  private Filter(Kind kind, String comparison, List<Filter<R>> children) {
    this.kind = kind;
    this.comparison = comparison;
    this.children = children;
    this.depth = computeDepth();
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("filter nests parentheses and 'not' " + depth
          + " deep; at most " + MAX_DEPTH + " is accepted");
    }
  }

  /** A single comparison whose text is already valid grammar (made by the field classes). */
  static <R> Filter<R> comparison(String text) {
    return new Filter<>(Kind.COMPARISON, text, List.of());
  }

  /**
   * Two comparisons that only mean something together, written as one parenthesised operand
   * ({@code (total ge 1000.00 and currency eq 'EUR')}); made by {@link MoneyField}.
   */
  static <R> Filter<R> group(String first, String joiner, String second) {
    return new Filter<>(Kind.GROUP, "(" + first + " " + joiner + " " + second + ")", List.of());
  }

  /**
   * Returns the conjunction of the filters ({@code a and b and ...}).
   *
   * @param <R> the record type of the collection
   * @param filters one or more filters
   * @return the combined filter (the filter itself if only one is given)
   * @throws NullPointerException if {@code filters} is or contains null
   * @throws IllegalArgumentException if no filter is given, or the result nests too deep
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, never stored or exposed
  public static <R> Filter<R> and(Filter<R>... filters) {
    return combine(Kind.AND, "and", filters);
  }

  /**
   * Returns the disjunction of the filters ({@code a or b or ...}).
   *
   * @param <R> the record type of the collection
   * @param filters one or more filters
   * @return the combined filter (the filter itself if only one is given)
   * @throws NullPointerException if {@code filters} is or contains null
   * @throws IllegalArgumentException if no filter is given, or the result nests too deep
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, never stored or exposed
  public static <R> Filter<R> or(Filter<R>... filters) {
    return combine(Kind.OR, "or", filters);
  }

  /**
   * Returns the negation of this filter. Note that a comparison with an absent field is false and
   * so its negation is true.
   *
   * @return {@code not <this>}
   * @throws IllegalArgumentException if the result nests too deep
   */
  public Filter<R> not() {
    return new Filter<>(Kind.NOT, null, List.of(this));
  }

  /**
   * Returns the filter in the query language, ready to be sent as the {@code filter} parameter.
   *
   * @return the expression
   */
  public String toExpression() {
    StringBuilder out = new StringBuilder();
    write(out);
    return out.toString();
  }

  private static <R> Filter<R> combine(Kind kind, String method, Filter<R>[] filters) {
    Objects.requireNonNull(filters, "Filter." + method + "(filters): filters must not be null");
    if (filters.length == 0) {
      throw new IllegalArgumentException("Filter." + method + "(filters): give at least one filter");
    }
    List<Filter<R>> flat = new ArrayList<>();
    for (Filter<R> f : filters) {
      Objects.requireNonNull(f, "Filter." + method + "(filters): filters must not contain null");
      if (f.kind == kind) {
        flat.addAll(f.children); // (a and b) and c is a and b and c; keeps the nesting shallow
      } else {
        flat.add(f);
      }
    }
    return flat.size() == 1 ? flat.get(0) : new Filter<>(kind, null, List.copyOf(flat));
  }

  /** Whether {@code child} needs parentheses when written as an operand of this node. */
  private boolean needsParentheses(Filter<R> child) {
    switch (kind) {
      case NOT:
        return child.kind == Kind.AND || child.kind == Kind.OR;
      case AND:
        return child.kind == Kind.OR;
      default:
        return false;
    }
  }

  private int computeDepth() {
    int max = 0;
    for (Filter<R> child : children) {
      max = Math.max(max, child.depth + (needsParentheses(child) ? 1 : 0));
    }
    return kind == Kind.NOT || kind == Kind.GROUP ? max + 1 : max;
  }

  private void write(StringBuilder out) {
    switch (kind) {
      case COMPARISON:
      case GROUP:
        out.append(comparison);
        return;
      case NOT:
        out.append("not ");
        writeOperand(out, children.get(0));
        return;
      default:
        String separator = kind == Kind.AND ? " and " : " or ";
        for (int i = 0; i < children.size(); i++) {
          if (i > 0) {
            out.append(separator);
          }
          writeOperand(out, children.get(i));
        }
    }
  }

  private void writeOperand(StringBuilder out, Filter<R> child) {
    if (needsParentheses(child)) {
      out.append('(');
      child.write(out);
      out.append(')');
    } else {
      child.write(out);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Filter<?> other && toExpression().equals(other.toExpression());
  }

  @Override
  public int hashCode() {
    return toExpression().hashCode();
  }

  /** Returns {@link #toExpression()}. */
  @Override
  public String toString() {
    return toExpression();
  }
}
