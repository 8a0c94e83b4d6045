package io.csol.sdk.core;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Turns ids the server returns (invoice numbers, document ids) into file names safely.
 *
 * <p>A server-supplied id is untrusted input: {@code dir.resolve(invoice.number() + ".pdf")}
 * with the number {@code ../../escaped} writes outside {@code dir}. Use
 * {@link #resolve(Path, String, String)} instead; it refuses any id that is not one plain file
 * name on Linux, macOS and Windows alike.
 *
 * <pre>{@code
 * Path pdf = FileNames.resolve(dir, invoice.number(), ".pdf");
 * invoices.downloadPdf(invoice.number(), pdf);
 * }</pre>
 */
public final class FileNames {
  private static final int MAX_LENGTH = 128;
  private static final String FORBIDDEN = "/\\:*?\"<>|";
  private static final Set<String> WINDOWS_DEVICES = Set.of("CON", "PRN", "AUX", "NUL",
      "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
      "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

  private FileNames() {
  }

  /**
   * Checks that a server-supplied id can be used as a file name as it is.
   *
   * @param id the id, not null
   * @return {@code id}
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if {@code id} is empty, longer than 128 characters, starts
   *     with {@code .}, ends with {@code .} or a space, holds a path separator, one of
   *     {@code : * ? " < > |}, a control or invisible format character, or is a Windows device
   *     name such as {@code CON} or {@code NUL.txt}; the message does not quote the id
   */
  public static String check(String id) {
    Objects.requireNonNull(id, "id must not be null");
    if (id.isEmpty() || id.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("id must be 1.." + MAX_LENGTH
          + " characters to be used as a file name, was " + id.length());
    }
    if (id.charAt(0) == '.' || id.endsWith(".") || id.endsWith(" ") || id.startsWith(" ")) {
      throw new IllegalArgumentException("id must not start with '.', start or end with a space"
          + " or end with '.' to be used as a file name");
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      int type = Character.getType(c);
      if (FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c) || type == Character.FORMAT
          || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR) {
        throw new IllegalArgumentException("id must not hold path separators, any of : * ? \" < > |"
            + " or control characters to be used as a file name (position " + i + ")");
      }
    }
    int dot = id.indexOf('.');
    String stem = (dot < 0 ? id : id.substring(0, dot)).trim().toUpperCase(Locale.ROOT);
    if (WINDOWS_DEVICES.contains(stem)) {
      throw new IllegalArgumentException("id must not be a Windows device name (CON, NUL, COM1,"
          + " ...) to be used as a file name");
    }
    return id;
  }

  /**
   * Resolves {@code id + suffix} in {@code dir} after {@link #check(String) checking} the id;
   * the result is always a direct child of {@code dir}.
   *
   * @param dir the folder, not null
   * @param id a server-supplied id, not null
   * @param suffix appended to the id, e.g. {@code ".pdf"}; empty or a dot followed by 1..10
   *     letters or digits
   * @return {@code dir.resolve(id + suffix)}
   * @throws IllegalArgumentException if the id or the suffix is not safe
   */
  public static Path resolve(Path dir, String id, String suffix) {
    Objects.requireNonNull(dir, "dir must not be null");
    Objects.requireNonNull(suffix, "suffix must not be null");
    if (!suffix.isEmpty() && !suffix.matches("\\.[A-Za-z0-9]{1,10}")) {
      throw new IllegalArgumentException("suffix must be empty or like .pdf (a dot and 1..10"
          + " letters or digits), was " + suffix);
    }
    Path file = dir.resolve(check(id) + suffix);
    if (!dir.equals(file.getParent())) {
      // a file system with other separator rules than the checks above
      throw new IllegalArgumentException("id must resolve to a file directly inside dir");
    }
    return file;
  }
}
