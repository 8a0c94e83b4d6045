package io.csol.sdk.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.csol.sdk.core.Money;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Makes any Jackson {@code ObjectMapper} write and read csol-sdk models (an {@code Invoice}, a
 * {@code StatementLine}, an {@code Entitlement}) as the API does:
 * <ul>
 *   <li>{@code Money} as {@code {"amount":"1234.50","currency":"EUR"}} (amount as a decimal
 *       string, never a float), read back from that form or with a JSON number amount;</li>
 *   <li>SDK records with their components only: helper methods such as {@code isZero()} or
 *       {@code isActive()} do not become extra properties;</li>
 *   <li>{@code java.time} members of SDK records as ISO-8601 strings ({@code 2026-12-01},
 *       {@code 2026-12-01T10:15:30Z}), whatever {@code WRITE_DATES_AS_TIMESTAMPS} says (reading
 *       them needs the application's {@code JavaTimeModule}, which Spring Boot registers);</li>
 *   <li>an SDK enum value this version does not know reads as the enum's {@code UNKNOWN}.</li>
 * </ul>
 * Only SDK types ({@code io.csol.sdk.*}) are affected; the application's own classes are
 * serialised exactly as before.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper()
 *     .registerModule(new JavaTimeModule())
 *     .registerModule(new CsolJacksonModule());
 * // Spring Boot: declare it as a bean and Boot registers it
 * @Bean Module csolJacksonModule() { return new CsolJacksonModule(); }
 * }</pre>
 */
public final class CsolJacksonModule extends Module {
  private static final String SDK_PACKAGE = "io.csol.sdk.";
  private static final String UNKNOWN = "UNKNOWN";
  /** The digits and exponent a Money amount may have (as sdk-core reads them from the wire). */
  private static final int MAX_DIGITS = 200;

  /** Creates the module; register it on a mapper with {@code registerModule}. */
  public CsolJacksonModule() {
  }

  @Override
  public String getModuleName() {
    return "csol-sdk";
  }

  @Override
  public Version version() {
    return new Version(0, 1, 0, null, "io.csol", "sdk-jackson");
  }

  @Override
  public Object getTypeId() {
    return CsolJacksonModule.class.getName(); // registering it twice is a no-op
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    serializers.addSerializer(Money.class, new MoneySerializer());
    context.addSerializers(serializers);
    SimpleDeserializers deserializers = new SimpleDeserializers();
    deserializers.addDeserializer(Money.class, new MoneyDeserializer());
    context.addDeserializers(deserializers);
    context.addBeanSerializerModifier(new SdkRecords());
    context.addBeanDeserializerModifier(new UnknownEnums());
  }

  private static boolean sdkType(Class<?> type) {
    return type.getName().startsWith(SDK_PACKAGE);
  }

  /** Record components only, and java.time members as ISO strings, for SDK records. */
  private static final class SdkRecords extends BeanSerializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public List<BeanPropertyWriter> changeProperties(SerializationConfig config,
        BeanDescription beanDesc, List<BeanPropertyWriter> properties) {
      Class<?> type = beanDesc.getBeanClass();
      if (!sdkType(type) || !type.isRecord()) {
        return properties;
      }
      Set<String> components = Stream.of(type.getRecordComponents())
          .map(RecordComponent::getName).collect(Collectors.toSet());
      List<BeanPropertyWriter> kept = new ArrayList<>(properties.size());
      for (BeanPropertyWriter writer : properties) {
        if (!components.contains(writer.getName())) {
          continue; // isActive(), tracking(): derived, not data
        }
        if (writer.getType().getRawClass().getName().startsWith("java.time.")) {
          // toString() of LocalDate, Instant, OffsetDateTime, Duration is ISO-8601
          writer.assignSerializer(ToStringSerializer.instance);
        }
        kept.add(writer);
      }
      return kept;
    }
  }

  /** An unknown value of an SDK enum with an UNKNOWN constant reads as UNKNOWN. */
  private static final class UnknownEnums extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
        BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
      Class<?> raw = type.getRawClass();
      if (!sdkType(raw)) {
        return deserializer;
      }
      for (Object constant : raw.getEnumConstants()) {
        if (UNKNOWN.equals(((Enum<?>) constant).name())) {
          return new UnknownEnumDeserializer(raw, deserializer, constant);
        }
      }
      return deserializer;
    }
  }

  private static final class UnknownEnumDeserializer extends StdDeserializer<Object> {
    private static final long serialVersionUID = 1L;
    private final transient JsonDeserializer<?> delegate;
    private final transient Object unknown;

    UnknownEnumDeserializer(Class<?> type, JsonDeserializer<?> delegate, Object unknown) {
      super(type);
      this.delegate = delegate;
      this.unknown = unknown;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken token = p.currentToken();
      if (token == null || !token.isScalarValue()) {
        return delegate.deserialize(p, ctxt); // a shape error stays an error
      }
      try {
        Object value = delegate.deserialize(p, ctxt);
        return value == null ? unknown : value;
      } catch (MismatchedInputException e) {
        return unknown;
      }
    }
  }

  private static final class MoneySerializer extends StdSerializer<Money> {
    private static final long serialVersionUID = 1L;

    MoneySerializer() {
      super(Money.class);
    }

    @Override
    public void serialize(Money value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField("amount", value.amountText());
      gen.writeStringField("currency", value.currency().getCurrencyCode());
      gen.writeEndObject();
    }
  }

  private static final class MoneyDeserializer extends StdDeserializer<Money> {
    private static final long serialVersionUID = 1L;

    MoneyDeserializer() {
      super(Money.class);
    }

    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.isExpectedStartObjectToken()) {
        throw MismatchedInputException.from(p, Money.class,
            "Money must be a JSON object {\"amount\":\"1.00\",\"currency\":\"EUR\"}");
      }
      BigDecimal amount = null;
      String currency = null;
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        JsonToken token = p.nextToken();
        if ("amount".equals(name)) {
          amount = amount(p, token);
        } else if ("currency".equals(name) && token == JsonToken.VALUE_STRING) {
          currency = p.getText();
        } else {
          p.skipChildren();
        }
      }
      if (amount == null || currency == null) {
        throw MismatchedInputException.from(p, Money.class,
            "Money requires an 'amount' and a string 'currency'");
      }
      try {
        return Money.of(amount, Currency.getInstance(currency));
      } catch (IllegalArgumentException e) {
        throw MismatchedInputException.from(p, Money.class,
            "Money 'currency' is not a known ISO 4217 code");
      }
    }

    private static BigDecimal amount(JsonParser p, JsonToken token) throws IOException {
      BigDecimal amount;
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        amount = p.getDecimalValue(); // the number's own text: no double rounding
      } else if (token == JsonToken.VALUE_STRING && p.getTextLength() <= 2 * MAX_DIGITS) {
        try {
          amount = new BigDecimal(p.getText().trim());
        } catch (NumberFormatException e) {
          throw MismatchedInputException.from(p, Money.class,
              "Money 'amount' is not a decimal number");
        }
      } else {
        throw MismatchedInputException.from(p, Money.class,
            "Money 'amount' must be a decimal string or number");
      }
      if (amount.precision() > MAX_DIGITS || Math.abs((long) amount.scale()) > MAX_DIGITS) {
        throw MismatchedInputException.from(p, Money.class, "Money 'amount' has too many digits");
      }
      return amount;
    }
  }
}
