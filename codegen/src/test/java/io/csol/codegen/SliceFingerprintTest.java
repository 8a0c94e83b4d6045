package io.csol.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Editing one tool's schemas must not regenerate another tool's module (CODEGEN.md 2.8). */
class SliceFingerprintTest {
  private static final String SPEC = """
      openapi: 3.0.3
      info: {title: t, version: '1'}
      paths: {}
      components:
        schemas:
          Invoice:
            type: object
            description: An invoice.
            properties:
              number: {type: string, description: The number.}
              status: {$ref: '#/components/schemas/Status'}
          Status:
            type: string
            description: A status.
            enum: [OPEN]
            x-enum-descriptions: {OPEN: Open.}
          StatementLine:
            type: object
            description: A line.
            properties:
              id: {type: string, description: The id.}
      """;

  private static String fingerprint(String yaml, List<String> schemas) {
    Config config = new Config(Config.Target.SDK, "p", schemas, List.of(), List.of(), List.of(),
        true, null);
    return Generator.parse(yaml, config).sliceFingerprint();
  }

  @Test
  void sliceFingerprint_otherToolsSchemaChanged_staysTheSame() {
    String edited = SPEC.replace("id: {type: string, description: The id.}",
        "id: {type: string, description: The line id.}");
    assertThat(fingerprint(edited, List.of("Invoice")))
        .isEqualTo(fingerprint(SPEC, List.of("Invoice")));
  }

  @Test
  void sliceFingerprint_referencedSchemaChanged_changes() {
    String edited = SPEC.replace("enum: [OPEN]", "enum: [OPEN, PAID]")
        .replace("{OPEN: Open.}", "{OPEN: Open., PAID: Paid.}");
    assertThat(fingerprint(edited, List.of("Invoice")))
        .isNotEqualTo(fingerprint(SPEC, List.of("Invoice")));
  }

  @Test
  void sliceFingerprint_configurationChanged_changes() {
    assertThat(fingerprint(SPEC, List.of("Invoice", "StatementLine")))
        .isNotEqualTo(fingerprint(SPEC, List.of("Invoice")));
  }
}
