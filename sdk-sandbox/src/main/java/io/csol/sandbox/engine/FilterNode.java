package io.csol.sandbox.engine;

import java.util.List;
import java.util.stream.Collectors;

/** The parsed form of a filter; {@code toString()} shows the grouping with full parentheses. */
sealed interface FilterNode {
  /** Comparison operators of the language. */
  enum Op {
    EQ, NE, GT, GE, LT, LE, IN, STARTSWITH, CONTAINS;

    String keyword() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Logical and of two or more nodes. */
  record And(List<FilterNode> parts) implements FilterNode {
    @Override
    public String toString() {
      return parts.stream().map(FilterNode::toString).collect(Collectors.joining(" and ", "(", ")"));
    }
  }

  /** Logical or of two or more nodes. */
  record Or(List<FilterNode> parts) implements FilterNode {
    @Override
    public String toString() {
      return parts.stream().map(FilterNode::toString).collect(Collectors.joining(" or ", "(", ")"));
    }
  }

  /** Logical not. */
  record Not(FilterNode inner) implements FilterNode {
    @Override
    public String toString() {
      return "(not " + inner + ")";
    }
  }

  /**
   * A comparison of one field with canonical literal values (one, or several for {@code in}).
   */
  record Compare(FieldSpec<?> field, Op op, List<Object> literals) implements FilterNode {
    @Override
    public String toString() {
      String values = literals.stream().map(Compare::show).collect(Collectors.joining(", "));
      return field.name() + " " + op.keyword() + " " + (op == Op.IN ? "(" + values + ")" : values);
    }

    private static String show(Object v) {
      return v instanceof String s ? "'" + s.replace("'", "''") + "'" : String.valueOf(v);
    }
  }
}
