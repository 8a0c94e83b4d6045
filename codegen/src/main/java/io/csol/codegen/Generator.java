package io.csol.codegen;

import io.csol.codegen.model.ContractModel;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The pipeline: parse, validate and build the intermediate model, then emit. Pure: it returns
 * the files (path below the source root to content) and leaves writing to {@link OutputWriter}.
 */
public final class Generator {
  /** Part of every fingerprint, so a new generator regenerates. Bump when the output changes. */
  public static final String VERSION = "5";

  private final Config config;
  private final OpenAPI api;
  private ContractModel model;
  private Map<String, Object> slice;
  private List<String> missingDocs = List.of();

  private Generator(Config config, OpenAPI api) {
    this.config = config;
    this.api = api;
  }

  /**
   * Parses a contract. References stay unresolved, so schema names survive.
   *
   * @param yaml the contract's text
   * @param config what to emit
   * @return a generator over it
   * @throws CodegenException if the text is no OpenAPI document
   */
  public static Generator parse(String yaml, Config config) {
    Objects.requireNonNull(yaml, "yaml must not be null");
    Objects.requireNonNull(config, "config must not be null");
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);
    if (result.getOpenAPI() == null) {
      List<String> messages = result.getMessages() == null || result.getMessages().isEmpty()
          ? List.of("not an OpenAPI 3 document") : result.getMessages();
      throw new CodegenException(messages);
    }
    return new Generator(config, result.getOpenAPI());
  }

  /**
   * Validates the contract and builds the intermediate model (once).
   *
   * @return the model
   * @throws CodegenException listing every problem
   */
  public ContractModel model() {
    if (model == null) {
      ModelBuilder builder = new ModelBuilder(api, config);
      model = builder.build();
      slice = builder.slice();
      missingDocs = List.copyOf(builder.missingDocs());
    }
    return model;
  }

  /**
   * Hashes what decides the output: the generator version, the configuration and the module's
   * slice of the contract (the schemas, collections and operations it read).
   *
   * @return a hex SHA-256
   */
  public String sliceFingerprint() {
    model();
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(("codegen " + VERSION + "\n" + config + "\n").getBytes(StandardCharsets.UTF_8));
      sha.update(Json.mapper().writeValueAsBytes(slice));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot fingerprint the contract slice", e);
    }
  }

  /**
   * Lists where the contract lacks a description and generated fallback text stands in; always
   * empty when descriptions are enforced ({@link Config#strictDocs()}).
   *
   * @return contract locations
   */
  public List<String> missingDocs() {
    model();
    return missingDocs;
  }

  /**
   * Runs the emitter of the configured target.
   *
   * @return path below the source root (e.g. {@code io/csol/sdk/invoices/Invoice.java}) to content
   * @throws CodegenException listing every problem of the contract
   */
  public Map<String, String> emit() {
    ContractModel m = model();
    return config.target() == Config.Target.SDK ? new SdkEmitter(config, m).emit()
        : new SandboxEmitter(config, m).emit();
  }
}
