package io.csol.sandbox.engine;

import io.csol.sandbox.engine.FilterNode.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Turns a parsed filter into a predicate over records: list-valued fields match when any
 * element matches, and an absent (null) value never matches, not even {@code ne}.
 */
final class FilterCompiler {
  private FilterCompiler() {
  }

  /**
   * Parses and compiles a filter.
   *
   * @throws QueryException (invalid-filter) for a malformed or ill-typed filter
   */
  static <R> Predicate<R> compile(ResourceSpec<R> spec, String filter) {
    return compile(FilterParser.parse(spec, filter));
  }

  @SuppressWarnings("unchecked")
  static <R> Predicate<R> compile(FilterNode node) {
    if (node instanceof FilterNode.And and) {
      List<Predicate<R>> parts = compileAll(and.parts());
      return r -> {
        for (Predicate<R> p : parts) {
          if (!p.test(r)) {
            return false;
          }
        }
        return true;
      };
    }
    if (node instanceof FilterNode.Or or) {
      List<Predicate<R>> parts = compileAll(or.parts());
      return r -> {
        for (Predicate<R> p : parts) {
          if (p.test(r)) {
            return true;
          }
        }
        return false;
      };
    }
    if (node instanceof FilterNode.Not not) {
      return FilterCompiler.<R>compile(not.inner()).negate();
    }
    FilterNode.Compare cmp = (FilterNode.Compare) node;
    return comparison((FieldSpec<R>) cmp.field(), cmp.op(), cmp.literals());
  }

  private static <R> List<Predicate<R>> compileAll(List<FilterNode> nodes) {
    List<Predicate<R>> out = new ArrayList<>(nodes.size());
    for (FilterNode n : nodes) {
      out.add(compile(n));
    }
    return List.copyOf(out);
  }

  private static <R> Predicate<R> comparison(FieldSpec<R> field, Op op, List<Object> literals) {
    Predicate<Object> test = valueTest(op, literals);
    FieldType type = field.type();
    String name = field.name();
    return r -> {
      Object raw = field.valueOf(r);
      if (raw instanceof Iterable<?> many) {
        for (Object element : many) {
          if (element != null && test.test(Values.canonical(element, type, name))) {
            return true;
          }
        }
        return false;
      }
      return raw != null && test.test(Values.canonical(raw, type, name));
    };
  }

  /** A test of one canonical, non-null value. */
  private static Predicate<Object> valueTest(Op op, List<Object> literals) {
    Object lit = literals.get(0);
    return switch (op) {
      case EQ -> v -> Values.NATURAL.compare(v, lit) == 0;
      case NE -> v -> Values.NATURAL.compare(v, lit) != 0;
      case GT -> v -> Values.NATURAL.compare(v, lit) > 0;
      case GE -> v -> Values.NATURAL.compare(v, lit) >= 0;
      case LT -> v -> Values.NATURAL.compare(v, lit) < 0;
      case LE -> v -> Values.NATURAL.compare(v, lit) <= 0;
      case STARTSWITH -> v -> ((String) v).startsWith((String) lit);
      case CONTAINS -> v -> ((String) v).contains((String) lit);
      case IN -> v -> {
        for (Object l : literals) {
          if (Values.NATURAL.compare(v, l) == 0) {
            return true;
          }
        }
        return false;
      };
    };
  }
}
