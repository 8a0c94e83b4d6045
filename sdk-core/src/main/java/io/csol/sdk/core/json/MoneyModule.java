package io.csol.sdk.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.csol.sdk.core.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * Jackson support for {@link Money}: written as {@code {"amount":"1234.50","currency":"EUR"}},
 * read from an amount string or number, always as {@link BigDecimal}. Every other
 * {@code BigDecimal} read (quantities, rates) is bounded the same way: at most
 * {@value #MAX_DIGITS} digits and a scale within +-{@value #MAX_DIGITS}, because a value such as
 * {@code 1e999999999} costs nothing to parse but gigabytes to print or compute with.
 *
 * <p>Failures are {@link MismatchedInputException}s whose messages never echo the input, so
 * {@link Json#read} can pass them on as they are.
 */
final class MoneyModule extends SimpleModule {
  static final int MAX_DIGITS = 200;
  static final String DECIMAL_TOO_BIG = "a decimal has more than " + MAX_DIGITS
      + " digits or an exponent beyond +-" + MAX_DIGITS;

  MoneyModule() {
    super("csol-money");
    addSerializer(Money.class, new MoneySerializer());
    addDeserializer(Money.class, new MoneyDeserializer());
    addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer());
  }

  /** Jackson's own BigDecimal reading, then the digit and scale bound. */
  static final class BoundedDecimalDeserializer extends NumberDeserializers.BigDecimalDeserializer {
    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      BigDecimal value = super.deserialize(p, ctxt);
      if (value != null && (value.precision() > MAX_DIGITS
          || Math.abs((long) value.scale()) > MAX_DIGITS)) {
        throw MismatchedInputException.from(p, BigDecimal.class, DECIMAL_TOO_BIG);
      }
      return value;
    }
  }

  /** Writes the amount as a string so no JSON reader turns it into a binary float. */
  static final class MoneySerializer extends StdSerializer<Money> {
    MoneySerializer() {
      super(Money.class);
    }

    @Override
    public void serialize(Money value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      gen.writeStringField("amount", value.amountText());
      gen.writeStringField("currency", value.currency().getCurrencyCode());
      gen.writeEndObject();
    }
  }

  /** Reads {@code {"amount": "1.50"|1.50, "currency": "EUR"}}; other members are ignored. */
  static final class MoneyDeserializer extends StdDeserializer<Money> {
    MoneyDeserializer() {
      super(Money.class);
    }

    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.isExpectedStartObjectToken()) {
        throw MismatchedInputException.from(p, Money.class,
            "Money must be a JSON object {\"amount\":\"1.00\",\"currency\":\"EUR\"}, found " + p.currentToken());
      }
      BigDecimal amount = null;
      String currency = null;
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        JsonToken token = p.nextToken();
        if ("amount".equals(name)) {
          amount = readAmount(p, token);
        } else if ("currency".equals(name)) {
          if (token != JsonToken.VALUE_STRING) {
            throw MismatchedInputException.from(p, Money.class, "Money 'currency' must be a string");
          }
          currency = p.getText();
        } else {
          p.skipChildren();
        }
      }
      if (amount == null) {
        throw MismatchedInputException.from(p, Money.class, "Money requires an 'amount'");
      }
      if (currency == null) {
        throw MismatchedInputException.from(p, Money.class, "Money requires a 'currency'");
      }
      return Money.of(amount, toCurrency(p, currency));
    }

    private static BigDecimal readAmount(JsonParser p, JsonToken token) throws IOException {
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        // getDecimalValue parses the number's own text, so no double rounding happens here.
        return checked(p, p.getDecimalValue());
      }
      if (token == JsonToken.VALUE_STRING) {
        String text = p.getText().trim();
        if (text.length() > 220) {
          throw MismatchedInputException.from(p, Money.class, "Money 'amount' is too long");
        }
        try {
          return checked(p, new BigDecimal(text));
        } catch (NumberFormatException e) {
          throw MismatchedInputException.from(p, Money.class, "Money 'amount' is not a decimal number");
        }
      }
      throw MismatchedInputException.from(p, Money.class,
          "Money 'amount' must be a decimal string or number, found " + token);
    }

    private static BigDecimal checked(JsonParser p, BigDecimal amount) throws MismatchedInputException {
      if (amount.precision() > MAX_DIGITS || Math.abs((long) amount.scale()) > MAX_DIGITS) {
        throw MismatchedInputException.from(p, Money.class, "Money 'amount' has too many digits");
      }
      return amount;
    }

    private static Currency toCurrency(JsonParser p, String code) throws MismatchedInputException {
      // a character check, not a regex: this runs for every amount of every page
      if (code.length() == 3 && isUpper(code.charAt(0)) && isUpper(code.charAt(1)) && isUpper(code.charAt(2))) {
        try {
          return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
          // fall through to the same message as a malformed code
        }
      }
      throw MismatchedInputException.from(p, Money.class,
          "Money 'currency' is not a known ISO 4217 code");
    }

    private static boolean isUpper(char c) {
      return c >= 'A' && c <= 'Z';
    }
  }
}
