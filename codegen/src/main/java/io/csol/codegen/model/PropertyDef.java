package io.csol.codegen.model;

/**
 * One property of a record or request.
 *
 * @param name the wire and Java name
 * @param type the Java type
 * @param required whether the contract marks it required
 * @param description the contract's description (never {@code null}; a generated fallback when the
 *     contract has none and descriptions are not enforced)
 * @param example the contract's example as text, or {@code null}
 * @param constraints its limits
 * @param sensitive whether {@code toString()} must hide it ({@code x-csol-sensitive})
 */
public record PropertyDef(String name, JType type, boolean required, String description,
    String example, Constraints constraints, boolean sensitive) {
}
