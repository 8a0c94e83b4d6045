package io.csol.sandbox.contract;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the wire contract {@code api/openapi.yaml} from the module directory the tests run in. */
public final class ContractSpec {

  private ContractSpec() {
  }

  /**
   * Returns the path of {@code api/openapi.yaml}, searching the working directory and its parents.
   *
   * <p>Surefire runs in the module directory, but an IDE may run from the repository root, so
   * both must work.
   *
   * @return the absolute path of the spec
   * @throws IllegalStateException if no parent directory holds {@code api/openapi.yaml}
   */
  public static Path path() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      Path candidate = d.resolve("api").resolve("openapi.yaml");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("api/openapi.yaml not found in " + dir + " or any parent directory");
  }
}
