package io.csol.examples.guardrails;

import io.csol.sdk.core.CsolClient;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Reflection helpers shared by the guardrail and coverage tests. */
final class ToolClients {
  private ToolClients() {
  }

  /** The public instance methods a tool client declares (its operations). */
  static List<Method> publicMethods(Class<?> client) {
    return Arrays.stream(client.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> !m.isSynthetic() && !m.isBridge())
        .collect(Collectors.toList());
  }

  /** Whether the client has {@code public static Client of(CsolClient)}. */
  static boolean hasStaticOf(Class<?> client) {
    try {
      Method of = client.getMethod("of", CsolClient.class);
      return Modifier.isStatic(of.getModifiers()) && of.getReturnType() == client;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** The spec tag a client serves: {@code InvoicesClient} serves {@code Invoices}. */
  static String tagOf(Class<?> client) {
    return client.getSimpleName().replaceFirst("Client$", "");
  }
}
