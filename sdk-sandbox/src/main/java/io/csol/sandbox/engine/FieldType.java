package io.csol.sandbox.engine;

/** The type of a filterable field, deciding which literals and operators fit it. */
public enum FieldType {
  /** Text: string literals; compared by UTF-16 code units; also startswith and contains. */
  TEXT,
  /** Number or money amount: number literals compared numerically. */
  NUMBER,
  /** Calendar date: date literals. */
  DATE,
  /** Instant: date-time literals, offsets normalised. */
  DATE_TIME,
  /** Boolean: true or false, eq and ne only. */
  BOOLEAN,
  /** Enum: bare or quoted constant names, eq, ne and in only. */
  ENUM
}
