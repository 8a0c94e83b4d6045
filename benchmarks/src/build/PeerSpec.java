import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the copy of {@code api/openapi.yaml} that openapi-generator reads for the peer client:
 * the contract without its {@code x-enum-descriptions} blocks.
 *
 * <p>Why: the contract writes {@code x-enum-descriptions} as a map (value to description, DESIGN-10
 * D4) and openapi-generator 7.x casts that extension to a list and fails. The peer client needs no
 * enum Javadoc, so dropping the blocks changes nothing it generates. Run by the build as a JDK
 * single-file program ({@code java PeerSpec.java in out}), so it needs no build of its own.
 */
public final class PeerSpec {

  private PeerSpec() {
  }

  /**
   * Copies the spec without {@code x-enum-descriptions} blocks.
   *
   * @param args the input spec and the output file
   * @throws IOException if reading or writing fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: java PeerSpec.java <api/openapi.yaml> <output.yaml>");
    }
    List<String> out = new ArrayList<>();
    int skipDeeperThan = -1;
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      int indent = line.length() - line.stripLeading().length();
      if (skipDeeperThan >= 0 && (line.isBlank() || indent > skipDeeperThan)) {
        continue;
      }
      skipDeeperThan = -1;
      if (line.stripLeading().startsWith("x-enum-descriptions:")) {
        skipDeeperThan = indent;
        continue;
      }
      out.add(line);
    }
    Path target = Path.of(args[1]);
    Files.createDirectories(target.toAbsolutePath().getParent());
    Files.write(target, out, StandardCharsets.UTF_8);
  }
}
