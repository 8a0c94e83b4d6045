package io.csol.sdk.core.raw;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a Jackson tree into JDK types, so no Jackson type reaches raw-call users. */
final class JsonTree {
  private JsonTree() {
  }

  static Object toJdk(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        map.put(e.getKey(), toJdk(e.getValue()));
      }
      return Collections.unmodifiableMap(map);
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>(node.size());
      node.forEach(n -> list.add(toJdk(n)));
      return Collections.unmodifiableList(list);
    }
    if (node.isNumber()) {
      return node.isBigDecimal() ? node.decimalValue() : new BigDecimal(node.asText());
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.asText();
  }
}
