package io.csol.sdk.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;

/**
 * Maps enum values this SDK version does not know to the enum's {@code UNKNOWN} constant.
 *
 * <p>Every csol enum has an {@code UNKNOWN} constant (style rule), so the server can add a
 * value without breaking older clients; this module means no enum has to remember an
 * annotation. Enums without such a constant keep Jackson's behaviour (an error, or the
 * {@code @JsonEnumDefaultValue} constant).
 */
final class UnknownEnumModule extends SimpleModule {

  static final String UNKNOWN = "UNKNOWN";

  UnknownEnumModule() {
    super("csol-unknown-enum");
    setDeserializerModifier(new Modifier());
  }

  private static final class Modifier extends BeanDeserializerModifier {
    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
        BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
      Object unknown = unknownConstant(type.getRawClass());
      return unknown == null ? deserializer : new UnknownEnumDeserializer(deserializer, unknown);
    }
  }

  static Object unknownConstant(Class<?> enumType) {
    Object[] constants = enumType.getEnumConstants();
    if (constants == null) {
      return null;
    }
    for (Object c : constants) {
      if (UNKNOWN.equals(((Enum<?>) c).name())) {
        return c;
      }
    }
    return null;
  }

  /** Delegates to Jackson's enum deserializer and turns "not one of the values" into UNKNOWN. */
  static final class UnknownEnumDeserializer extends JsonDeserializer<Object>
      implements ContextualDeserializer {

    private final JsonDeserializer<?> delegate;
    private final Object unknown;

    UnknownEnumDeserializer(JsonDeserializer<?> delegate, Object unknown) {
      this.delegate = delegate;
      this.unknown = unknown;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken token = p.currentToken();
      if (token == null || !token.isScalarValue()) {
        // Structural tokens are real shape errors; swallowing them would desynchronise the parser.
        return delegate.deserialize(p, ctxt);
      }
      try {
        Object value = delegate.deserialize(p, ctxt);
        return value == null ? unknown : value;
      } catch (MismatchedInputException e) {
        return unknown;
      }
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
        throws JsonMappingException {
      if (delegate instanceof ContextualDeserializer) {
        JsonDeserializer<?> d = ((ContextualDeserializer) delegate).createContextual(ctxt, property);
        if (d != delegate) {
          return new UnknownEnumDeserializer(d, unknown);
        }
      }
      return this;
    }

    @Override
    public Class<?> handledType() {
      return ((Enum<?>) unknown).getDeclaringClass();
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.Enum;
    }

    @Override
    public boolean isCachable() {
      return true;
    }
  }
}
