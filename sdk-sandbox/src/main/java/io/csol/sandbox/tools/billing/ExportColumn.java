package io.csol.sandbox.tools.billing;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of an export: a header and how to get a cell from a record. A cell is a
 * {@link String}, a {@link java.math.BigDecimal} (written as a plain decimal / a numeric cell)
 * or null (empty).
 */
public record ExportColumn<R>(String header, Function<R, Object> value) {

  public ExportColumn {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(value, "value");
  }
}
