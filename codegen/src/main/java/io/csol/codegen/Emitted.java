package io.csol.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.util.Map;

/** What the emitters share: the header, the annotation and the file layout. */
final class Emitted {
  /** Marks every generated type; source retention, from the JDK, so no runtime jar is needed. */
  static final AnnotationSpec GENERATED =
      AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
          .addMember("value", "$S", "io.csol.codegen").build();

  private static final int MAX_LINE = 100;

  private Emitted() {
  }

  /** Adds one Java file to {@code out}, keyed by its path below the source root. */
  static void put(Map<String, String> out, Config config, String pointer, TypeSpec type,
      String indent) {
    JavaFile file = JavaFile.builder(config.javaPackage(), type)
        .addFileComment("Generated from $L$L. Do not edit.", config.specLabel(), pointer)
        .skipJavaLangImports(true)
        .indent(indent)
        .build();
    String path = config.javaPackage().replace('.', '/') + "/" + type.name() + ".java";
    out.put(path, compact(wrapJavadoc(file.toString())));
  }

  private static final java.util.regex.Pattern ONE_LINE_DOC = java.util.regex.Pattern.compile(
      "(?m)^( *)/\\*\\*\\n *\\* ((?!@)[^\\n]*)\\n *\\*/$");
  private static final java.util.regex.Pattern ENUM_GAP =
      java.util.regex.Pattern.compile("(?m)^( +[A-Z][A-Z0-9_]*,)\\n\\n");
  private static final java.util.regex.Pattern CONSTANT_GAP = java.util.regex.Pattern.compile(
      ";\\n\\n( +/\\*\\* [^\\n]*\\*/\\n +(?:public )?static final )");
  private static final java.util.regex.Pattern FIELD_GAP = java.util.regex.Pattern.compile(
      "(?m)^( +private (?:final )?[^(=\\n]+(?: = [^\\n]+)?;)\\n\\n(?= +private (?:final )?[^(\\n]+;)");

  /**
   * Brings JavaPoet's layout closer to the hand-written code: one-line Javadoc where it fits,
   * no blank lines between enum constants or between private fields.
   */
  static String compact(String source) {
    java.util.regex.Matcher m = ONE_LINE_DOC.matcher(source);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String single = m.group(1) + "/** " + m.group(2) + " */";
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
          single.length() <= MAX_LINE ? single : m.group()));
    }
    m.appendTail(out);
    String s = ENUM_GAP.matcher(out).replaceAll("$1\n");
    s = CONSTANT_GAP.matcher(s).replaceAll(";\n$1");
    s = s.replaceAll("(?m)[ \t]+$", "");
    String previous;
    do {
      previous = s;
      s = FIELD_GAP.matcher(s).replaceAll("$1\n");
    } while (!s.equals(previous));
    return s;
  }

  /**
   * Wraps Javadoc lines longer than 100 characters at spaces, since JavaPoet leaves comment text
   * as given; block-tag continuations are indented four spaces, as the hand-written code does.
   */
  static String wrapJavadoc(String source) {
    StringBuilder out = new StringBuilder();
    for (String line : source.split("\n", -1)) {
      int star = line.indexOf(" * ");
      if (line.length() <= MAX_LINE || star < 0 || !line.substring(0, star).isBlank()) {
        out.append(line).append('\n');
        continue;
      }
      String prefix = line.substring(0, star + 3);
      String text = line.substring(star + 3);
      String next = prefix + (text.startsWith("@") ? "    " : "");
      String current = prefix;
      StringBuilder row = new StringBuilder(current);
      for (String word : text.split(" ")) {
        if (row.length() > current.length() && row.length() + 1 + word.length() > MAX_LINE) {
          out.append(row).append('\n');
          current = next;
          row = new StringBuilder(current);
        }
        if (row.length() > current.length()) {
          row.append(' ');
        }
        row.append(word);
      }
      out.append(row).append('\n');
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }
}
