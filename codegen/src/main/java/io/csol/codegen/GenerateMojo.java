package io.csol.codegen;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates Java sources from api/openapi.yaml into {@code target/generated-sources/csol} and adds
 * that directory as a compile source root.
 *
 * <p>Skips work in two steps: when the contract file, the configuration and the generator are
 * byte-for-byte unchanged it does not even parse; when only other parts of the contract changed
 * (the module's slice is unchanged) it parses but writes nothing.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {
  /** The contract. */
  @Parameter(defaultValue = "${project.basedir}/../api/openapi.yaml", required = true)
  private File specFile;

  /** {@code sdk} or {@code sandbox}. */
  @Parameter(defaultValue = "sdk", required = true)
  private String target;

  /** The Java package of every generated type. */
  @Parameter(required = true)
  private String javaPackage;

  /** Schema names to emit as records or enums, with every schema they reference. */
  @Parameter
  private List<String> schemas = new ArrayList<>();

  /** Tags whose operations' response schemas are emitted. */
  @Parameter
  private List<String> tags = new ArrayList<>();

  /** Keys of {@code components.x-csol-collections} to emit (fields classes or catalogues). */
  @Parameter
  private List<String> collections = new ArrayList<>();

  /** OperationIds whose JSON body becomes a request type. */
  @Parameter
  private List<String> requests = new ArrayList<>();

  /** Fail on a schema, property or enum value without a description. */
  @Parameter(defaultValue = "true")
  private boolean strictDocs;

  /** How generated headers name the contract. */
  @Parameter(defaultValue = "api/openapi.yaml")
  private String specLabel;

  /** Where the sources go. */
  @Parameter(defaultValue = "${project.build.directory}/generated-sources/csol", required = true)
  private File outputDirectory;

  /** Skips generation (the source root is still added). */
  @Parameter(property = "codegen.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Path out = outputDirectory.toPath();
    List<Path> handWritten = new ArrayList<>();
    for (String root : project.getCompileSourceRoots()) {
      if (!Path.of(root).toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
        handWritten.add(Path.of(root));
      }
    }
    project.addCompileSourceRoot(out.toString());
    if (skip) {
      getLog().info("csol-codegen skipped (codegen.skip)");
      return;
    }
    long start = System.nanoTime();
    Config config;
    try {
      config = new Config(Config.target(target), javaPackage, schemas, tags, collections, requests,
          strictDocs, specLabel);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new MojoExecutionException("csol-codegen configuration: " + e.getMessage(), e);
    }
    String yaml;
    try {
      yaml = Files.readString(specFile.toPath(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot read the contract " + specFile, e);
    }
    String previous = OutputWriter.fingerprint(out);
    String fileHash = "file:" + sha256("codegen " + Generator.VERSION + "\n" + config + "\n" + yaml);
    if (previous.startsWith(fileHash + "\n") || previous.equals(fileHash)) {
      getLog().info("csol-codegen: contract unchanged, nothing to generate");
      return;
    }
    try {
      Generator generator = Generator.parse(yaml, config);
      String slice = "slice:" + generator.sliceFingerprint();
      String record = fileHash + "\n" + slice;
      if (previous.endsWith("\n" + slice) && Files.isDirectory(out)) {
        Files.writeString(out.resolve(OutputWriter.FINGERPRINT), record, StandardCharsets.UTF_8);
        getLog().info("csol-codegen: this module's slice of the contract is unchanged");
        return;
      }
      Map<String, String> files = generator.emit();
      OutputWriter.checkClashes(files, handWritten);
      int[] counts = OutputWriter.write(out, files, record);
      getLog().info(String.format("csol-codegen: %d types, %d written, %d deleted, %d ms",
          files.size(), counts[0], counts[1], (System.nanoTime() - start) / 1_000_000));
      if (!generator.missingDocs().isEmpty()) {
        getLog().warn("csol-codegen: " + generator.missingDocs().size() + " descriptions are"
            + " missing from the contract, Javadoc uses fallback text (strictDocs=true fails"
            + " instead), first: " + generator.missingDocs().get(0));
      }
    } catch (CodegenException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write " + out, e);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
