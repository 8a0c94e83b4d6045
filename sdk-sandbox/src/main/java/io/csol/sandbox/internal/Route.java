package io.csol.sandbox.internal;

import io.csol.sandbox.spi.Handler;
import java.util.List;

/**
 * One registered route.
 *
 * @param method    HTTP method
 * @param pattern   path pattern with {@code {vars}}
 * @param segments  the pattern split on {@code /}
 * @param handler   the handler
 * @param tool      the tool whose ACTIVE entitlement the route needs, or null
 * @param open      true when no bearer token is needed (the token route)
 * @param formBody  true when the body is {@code application/x-www-form-urlencoded} instead of JSON
 * @param streamBody true when the handler reads the body itself as a stream (uploads)
 */
public record Route(String method, String pattern, List<String> segments, Handler handler, String tool,
          boolean open, boolean formBody, boolean streamBody) {

  /** Tells whether a segment of the pattern is a variable. */
  static boolean variable(String segment) {
    return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
  }

  /** Returns the variable names of the pattern in order, or null at a position holding a literal. */
  String variableAt(int index) {
    String s = segments.get(index);
    return variable(s) ? s.substring(1, s.length() - 1) : null;
  }
}
