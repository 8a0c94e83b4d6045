package io.csol.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.csol.codegen.model.CollectionDef;
import io.csol.codegen.model.Constraints;
import io.csol.codegen.model.ContractModel;
import io.csol.codegen.model.EnumDef;
import io.csol.codegen.model.FieldDef;
import io.csol.codegen.model.JType;
import io.csol.codegen.model.JType.Kind;
import io.csol.codegen.model.ModelDef;
import io.csol.codegen.model.PropertyDef;
import io.csol.codegen.model.RequestDef;
import io.csol.codegen.model.UploadDef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Writes the public SDK types of a tool module: records, enums, request types with their body
 * records, and fields classes. Two-space indent, as the SDK is written.
 */
final class SdkEmitter {
  private static final ClassName MONEY = ClassName.get("io.csol.sdk.core", "Money");
  private static final ClassName CHECK = ClassName.get("io.csol.sdk.core.spi", "Check");
  private static final String QUERY = "io.csol.sdk.core.query";
  private static final ClassName LIST = ClassName.get(List.class);
  private static final String UNKNOWN = "UNKNOWN";
  private static final String NOT_BLANK = "\\S";

  private final Config config;
  private final ContractModel model;
  private final Map<String, EnumDef> enums = new LinkedHashMap<>();

  SdkEmitter(Config config, ContractModel model) {
    this.config = config;
    this.model = model;
    model.enums().forEach(e -> enums.put(e.javaName(), e));
  }

  Map<String, String> emit() {
    Map<String, String> out = new LinkedHashMap<>();
    for (EnumDef e : model.enums()) {
      if (!model.provided().containsKey(e.javaName())) {
        Emitted.put(out, config, e.pointer(), enumType(e), "  ");
      }
    }
    for (ModelDef m : model.models()) {
      if (!model.provided().containsKey(m.javaName())) {
        Emitted.put(out, config, m.pointer(), record(m), "  ");
      }
    }
    for (RequestDef r : model.requests()) {
      Emitted.put(out, config, r.pointer(), request(r), "  ");
      Emitted.put(out, config, r.pointer(), body(r), "  ");
    }
    for (CollectionDef c : model.collections()) {
      Emitted.put(out, config, "#/components/x-csol-collections/" + c.name(), fields(c), "  ");
    }
    return out;
  }

  // ---------------------------------------------------------------- types

  private ClassName local(String simpleName) {
    return ClassName.get(model.provided().getOrDefault(simpleName, config.javaPackage()),
        simpleName);
  }

  /** How Javadoc names a type: qualified when another package provides it (no import). */
  private String linkName(String simpleName) {
    String pkg = model.provided().get(simpleName);
    return pkg == null ? simpleName : pkg + "." + simpleName;
  }

  /** The Java type of a property; primitives only where required and wanted. */
  private TypeName type(JType t, boolean primitive) {
    switch (t.kind()) {
      case STRING:
        return ClassName.get(String.class);
      case INT:
        return primitive ? TypeName.INT : ClassName.get(Integer.class);
      case LONG:
        return primitive ? TypeName.LONG : ClassName.get(Long.class);
      case BOOLEAN:
        return primitive ? TypeName.BOOLEAN : ClassName.get(Boolean.class);
      case DECIMAL:
        return ClassName.get(BigDecimal.class);
      case DATE:
        return ClassName.get(LocalDate.class);
      case DATE_TIME:
        return ClassName.get(Instant.class);
      case MONEY:
        return MONEY;
      case ENUM:
      case MODEL:
        return local(t.name());
      default:
        return ParameterizedTypeName.get(LIST, type(t.element(), false));
    }
  }

  private TypeName type(PropertyDef p) {
    return type(p.type(), p.required());
  }

  // ---------------------------------------------------------------- enums

  private TypeSpec enumType(EnumDef e) {
    TypeSpec.Builder b = TypeSpec.enumBuilder(e.javaName())
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(Emitted.GENERATED)
        .addJavadoc("$L\n\n<p>{@link #UNKNOWN} stands for a value this SDK version does not know"
            + " yet, so a newer server never breaks an older client.\n", Docs.sentence(e.description()));
    for (String v : e.values()) {
      b.addEnumConstant(v, TypeSpec.anonymousClassBuilder("")
          .addJavadoc("$L\n", e.valueDocs().get(v)).build());
    }
    b.addEnumConstant(UNKNOWN, TypeSpec.anonymousClassBuilder("")
        .addJavadoc("A value the server reported that this SDK version does not know; never"
            + " sent.\n").build());
    return b.build();
  }

  // ---------------------------------------------------------------- records

  private TypeSpec record(ModelDef m) {
    StringBuilder doc = new StringBuilder(Docs.sentence(m.description())).append("\n\n");
    for (PropertyDef p : m.properties()) {
      doc.append("@param ").append(p.name()).append(' ').append(paramDoc(p)).append('\n');
    }
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder();
    for (PropertyDef p : m.properties()) {
      ctor.addParameter(type(p), p.name());
    }
    TypeSpec.Builder b = TypeSpec.recordBuilder(m.javaName())
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(Emitted.GENERATED)
        .addJavadoc("$L", doc.toString())
        .recordConstructor(ctor.build());
    List<PropertyDef> lists = m.properties().stream()
        .filter(p -> p.type().kind() == Kind.LIST).toList();
    if (!lists.isEmpty()) {
      MethodSpec.Builder compact = MethodSpec.compactConstructorBuilder()
          .addModifiers(Modifier.PUBLIC)
          .addJavadoc("Copies the lists defensively and turns absent lists into empty ones.\n\n"
              + doc.substring(doc.indexOf("@param")));
      for (PropertyDef p : lists) {
        compact.addStatement("$1N = $1N == null ? $2T.of() : $2T.copyOf($1N)", p.name(), LIST);
      }
      b.addMethod(compact.build());
    }
    if (m.properties().stream().anyMatch(PropertyDef::sensitive)) {
      b.addMethod(recordToString(m));
    }
    return b.build();
  }

  /**
   * A record's own toString() would print every component: one with x-csol-sensitive properties
   * (free text, names, e-mail addresses) leaves them out, a list showing its size only.
   */
  private static MethodSpec recordToString(ModelDef m) {
    CodeBlock.Builder s = CodeBlock.builder().add("return $S", m.javaName() + "[");
    boolean first = true;
    for (PropertyDef p : m.properties()) {
      if (p.sensitive() && p.type().kind() != Kind.LIST) {
        continue;
      }
      String label = (first ? "" : ", ") + p.name() + "=";
      first = false;
      s.add(p.sensitive() ? "$W+ $S + $N.size()" : "$W+ $S + $N", label, p.name());
    }
    s.add("$W+ $S", "]");
    return MethodSpec.methodBuilder("toString").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(String.class)
        .addComment("x-csol-sensitive values stay out of logs (a list shows its size only)")
        .addStatement(s.build()).build();
  }

  /** The @param text: description, example, and what absent looks like. */
  private static String paramDoc(PropertyDef p) {
    StringBuilder s = new StringBuilder(lowerFirst(Docs.clause(p.description())));
    if (p.example() != null && p.type().kind() != Kind.LIST && !p.description().contains("e.g.")) {
      s.append(", e.g. {@code ").append(Docs.javadoc(p.example()).replace("{", "").replace("}", ""))
          .append('}');
    }
    if (p.type().kind() == Kind.LIST) {
      s.append("; never {@code null}, empty when absent");
    } else if (!p.required()) {
      s.append(", or {@code null}");
    }
    return s.toString();
  }

  private static String lowerFirst(String s) {
    if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }

  // ---------------------------------------------------------------- requests

  private List<PropertyDef> all(RequestDef r) {
    List<PropertyDef> all = new ArrayList<>(r.pathParams());
    all.addAll(r.bodyProperties());
    return all;
  }

  private static String maxItemsName(PropertyDef p) {
    return "MAX_" + Docs.upperSnake(p.name());
  }

  private static String maxLengthName(PropertyDef p) {
    return "MAX_" + Docs.upperSnake(p.name()) + "_LENGTH";
  }

  private static String patternName(PropertyDef p) {
    return Docs.upperSnake(p.name()) + "_PATTERN";
  }

  private TypeSpec request(RequestDef r) {
    ClassName self = local(r.javaName());
    ClassName builder = self.nestedClass("Builder");
    List<PropertyDef> all = all(r);
    TypeSpec.Builder t = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(Emitted.GENERATED)
        .addJavadoc("$L\n\n<p>Immutable and validated when built ({@link Builder#build()}); the"
            + " request of operation {@code $L}.\n", Docs.sentence(r.description()), r.operationId());
    // constants from the limits
    for (PropertyDef p : r.bodyProperties()) {
      Constraints c = p.constraints();
      if (c.maxItems() != null) {
        t.addField(FieldSpec.builder(TypeName.INT, maxItemsName(p), Modifier.PUBLIC,
            Modifier.STATIC, Modifier.FINAL).initializer("$L", c.maxItems())
            .addJavadoc("The most $L one request may hold.\n", Docs.humanize(p.name()).substring(4))
            .build());
      }
      if (c.maxLength() != null) {
        t.addField(FieldSpec.builder(TypeName.INT, maxLengthName(p), Modifier.PUBLIC,
            Modifier.STATIC, Modifier.FINAL).initializer("$L", c.maxLength())
            .addJavadoc("The longest {@code $L} accepted, in characters.\n", p.name()).build());
      }
    }
    for (PropertyDef p : r.bodyProperties()) {
      if (hasPatternCheck(p)) {
        t.addField(FieldSpec.builder(Pattern.class, patternName(p), Modifier.PRIVATE,
            Modifier.STATIC, Modifier.FINAL).initializer("$T.compile($S)", Pattern.class,
            p.constraints().pattern()).build());
      }
    }
    for (PropertyDef p : all) {
      t.addField(type(p), p.name(), Modifier.PRIVATE, Modifier.FINAL);
    }
    UploadDef up = r.upload();
    if (up != null) {
      t.addField(uploadList(up), up.name(), Modifier.PRIVATE, Modifier.FINAL);
    }
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addParameter(builder, "b");
    for (PropertyDef p : r.pathParams()) {
      ctor.addStatement("this.$1N = $2T.id($1S, b.$1N)", p.name(), CHECK);
    }
    for (PropertyDef p : r.bodyProperties()) {
      ctor.addCode(validation(p));
    }
    if (up != null) {
      ctor.addCode(uploadValidation(r, up));
    }
    t.addMethod(ctor.build());

    if (!r.pathParams().isEmpty()
        && r.bodyProperties().stream().noneMatch(PropertyDef::required)) {
      // Every body property is optional: the path parameters alone make a valid request.
      MethodSpec.Builder of = MethodSpec.methodBuilder("of")
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self);
      StringBuilder ofDoc = new StringBuilder("Builds a request with only its path parameters"
          + " set.\n\n");
      CodeBlock.Builder ofCall = CodeBlock.builder().add("return builder()");
      for (PropertyDef p : r.pathParams()) {
        of.addParameter(type(p), p.name());
        ofDoc.append("@param ").append(p.name()).append(' ')
            .append(lowerFirst(Docs.clause(p.description()))).append('\n');
        ofCall.add(".$1N($1N)", p.name());
      }
      ofDoc.append("@return the request\n@throws NullPointerException if a value is null\n"
          + "@throws IllegalArgumentException if a value breaks the contract's limits\n");
      t.addMethod(of.addJavadoc("$L", ofDoc.toString())
          .addStatement(ofCall.add(".build()").build()).build());
    }
    t.addMethod(MethodSpec.methodBuilder("builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(builder)
        .addJavadoc("Starts a builder.\n\n@return a new builder\n")
        .addStatement("return new $T()", builder).build());
    CodeBlock.Builder copy = CodeBlock.builder().add("return new $T()", builder);
    for (PropertyDef p : all) {
      copy.add("$Z.$1N($1N)", p.name());
    }
    if (up != null) {
      copy.add("$Z.$1N($1N)", up.name());
    }
    t.addMethod(MethodSpec.methodBuilder("toBuilder")
        .addModifiers(Modifier.PUBLIC).returns(builder)
        .addJavadoc("Returns a builder holding this request's values.\n\n@return a new builder\n")
        .addStatement(copy.build()).build());
    for (PropertyDef p : all) {
      t.addMethod(accessor(p));
    }
    if (up != null) {
      t.addMethod(MethodSpec.methodBuilder(up.name()).addModifiers(Modifier.PUBLIC)
          .returns(uploadList(up))
          .addJavadoc("Returns the files the client uploads before sending the request; their ids"
              + " join {@code $L}.\n\n@return the $L, unmodifiable\n", up.ids(), up.name())
          .addStatement("return $N", up.name()).build());
    }
    // toBody(): what the tool client serialises (not body(): a message's text is a property
    // named body, and its accessor must keep the property's name)
    ClassName body = local(r.bodyName());
    CodeBlock.Builder args = CodeBlock.builder();
    for (int i = 0; i < r.bodyProperties().size(); i++) {
      PropertyDef p = r.bodyProperties().get(i);
      if (i > 0) {
        args.add(",$W");
      }
      if (p.type().kind() == Kind.LIST && !p.required()) {
        args.add("$1N.isEmpty() ? null : $1N", p.name());
      } else {
        args.add("$N", p.name());
      }
    }
    if (up == null) {
      t.addMethod(MethodSpec.methodBuilder("toBody").returns(body)
          .addJavadoc("Returns the JSON body to send; path parameters are not part of it.\n\n"
              + "@return the body\n")
          .addStatement("return new $T($L)", body, args.build()).build());
    } else {
      t.addMethod(uploadBody(r, up, body));
    }
    t.addMethod(toStringMethod(r, all));
    t.addType(builderType(r, self, builder, all));
    return t.build();
  }

  // ---------------------------------------------------------------- uploads

  private TypeName uploadList(UploadDef up) {
    return ParameterizedTypeName.get(LIST, local(up.javaType()));
  }

  /** Null checks, and the contract's most ids counted over ids and files together. */
  private CodeBlock uploadValidation(RequestDef r, UploadDef up) {
    CodeBlock.Builder c = CodeBlock.builder()
        .addStatement("$T.requireNonNull(b.$N, $S)", Objects.class, up.name(),
            up.name() + " must not be null")
        .beginControlFlow("for (int i = 0; i < b.$N.size(); i++)", up.name())
        .addStatement("$T.requireNonNull(b.$N.get(i), $S + i + $S)", Objects.class, up.name(),
            up.name() + "[", "] must not be null")
        .endControlFlow();
    PropertyDef ids = r.bodyProperties().stream().filter(p -> p.name().equals(up.ids()))
        .findFirst().orElseThrow();
    if (ids.constraints().maxItems() != null) {
      c.beginControlFlow("if (b.$N.size() + b.$N.size() > $N)", up.ids(), up.name(),
              maxItemsName(ids))
          .addStatement("throw new $T($S + $N + $S + (b.$N.size() + b.$N.size()))",
              IllegalArgumentException.class, up.ids() + " and " + up.name()
                  + " together must hold at most ", maxItemsName(ids), " items, was ", up.ids(),
              up.name())
          .endControlFlow();
    }
    return c.addStatement("this.$1N = $2T.copyOf(b.$1N)", up.name(), List.class).build();
  }

  private void uploadBuilderMethods(UploadDef up, ClassName builder, TypeSpec.Builder b) {
    ClassName element = local(up.javaType());
    b.addField(FieldSpec.builder(uploadList(up), up.name(), Modifier.PRIVATE)
        .initializer("new $T<>()", ArrayList.class).build());
    String what = "the {@code " + up.name() + "}: files the client uploads first (each with its"
        + " own idempotency key), whose ids then join {@code " + up.ids() + "}";
    b.addMethod(MethodSpec.methodBuilder(up.name()).addModifiers(Modifier.PUBLIC).returns(builder)
        .addParameter(uploadList(up), up.name())
        .addJavadoc("Replaces $L.\n\n@param $L the files, not null\n@return this builder\n", what,
            up.name())
        .addStatement("$T.requireNonNull($N, $S)", Objects.class, up.name(),
            up.name() + " must not be null")
        .addStatement("this.$1N = new $2T<>($1N)", up.name(), ArrayList.class)
        .addStatement("return this").build());
    b.addMethod(MethodSpec.methodBuilder(up.name()).addModifiers(Modifier.PUBLIC).returns(builder)
        .varargs(true).addParameter(com.palantir.javapoet.ArrayTypeName.of(element), up.name())
        .addJavadoc("Replaces $L.\n\n@param $L the files, not null\n@return this builder\n", what,
            up.name())
        .addStatement("$T.requireNonNull($N, $S)", Objects.class, up.name(),
            up.name() + " must not be null")
        .addStatement("return $N($T.asList($N))", up.name(), Arrays.class, up.name()).build());
    String single = Docs.singular(up.name());
    String param = Character.toLowerCase(single.charAt(0)) + single.substring(1);
    b.addMethod(MethodSpec.methodBuilder("add" + single).addModifiers(Modifier.PUBLIC)
        .returns(builder).addParameter(element, param)
        .addJavadoc("Adds one file to the {@code $L}.\n\n@param $L the file to upload first\n"
            + "@return this builder\n", up.name(), param)
        .addStatement("$N.add($N)", up.name(), param)
        .addStatement("return this").build());
  }

  /** {@code toBody(uploadedIds)}: the body with the ids of the files uploaded just before. */
  private MethodSpec uploadBody(RequestDef r, UploadDef up, ClassName body) {
    CodeBlock.Builder args = CodeBlock.builder();
    for (int i = 0; i < r.bodyProperties().size(); i++) {
      PropertyDef p = r.bodyProperties().get(i);
      if (i > 0) {
        args.add(",$W");
      }
      if (p.name().equals(up.ids())) {
        args.add("ids.isEmpty() ? null : ids");
      } else if (p.type().kind() == Kind.LIST && !p.required()) {
        args.add("$1N.isEmpty() ? null : $1N", p.name());
      } else {
        args.add("$N", p.name());
      }
    }
    TypeName strings = ParameterizedTypeName.get(LIST, ClassName.get(String.class));
    return MethodSpec.methodBuilder("toBody").returns(body)
        .addParameter(strings, "uploadedIds")
        .addJavadoc("Returns the JSON body to send, once the {@code $L} are uploaded: their ids"
            + " follow those of {@code $L}; path parameters are not part of it.\n\n"
            + "@param uploadedIds the ids the uploads were given, in order\n@return the body\n",
            up.name(), up.ids())
        .addStatement("$T<String> ids = new $T<>($N)", List.class, ArrayList.class, up.ids())
        .addStatement("ids.addAll(uploadedIds)")
        .addStatement("return new $T($L)", body, args.build()).build();
  }

  private CodeBlock validation(PropertyDef p) {
    CodeBlock.Builder c = CodeBlock.builder();
    String n = p.name();
    Constraints k = p.constraints();
    switch (p.type().kind()) {
      case LIST: {
        c.addStatement("$T.requireNonNull(b.$N, $S)", Objects.class, n, n + " must not be null");
        String noun = "email".equals(k.itemFormat()) ? " e-mail addresses" : " items";
        String size = "b." + n + ".size()";
        if (k.minItems() != null || k.maxItems() != null) {
          String min = k.minItems() == null ? null
              : k.minItems() == 1 ? "b." + n + ".isEmpty()" : size + " < " + k.minItems();
          String max = k.maxItems() == null ? null : size + " > " + maxItemsName(p);
          String cond = min == null ? max : max == null ? min : min + " || " + max;
          c.beginControlFlow("if ($L)", cond);
          if (k.minItems() != null && k.maxItems() != null) {
            c.addStatement("throw new $T($S + $N$W+ $S + $L)", IllegalArgumentException.class,
                n + " must hold " + k.minItems() + "..", maxItemsName(p), noun + ", was ", size);
          } else if (k.minItems() != null) {
            c.addStatement("throw new $T($S$W+ $L)", IllegalArgumentException.class,
                n + " must hold at least " + k.minItems() + noun + ", was ", size);
          } else {
            c.addStatement("throw new $T($S$W+ $N + $S$W+ $L)", IllegalArgumentException.class,
                n + " must hold at most ", maxItemsName(p), noun + ", was ", size);
          }
          c.endControlFlow();
        }
        c.beginControlFlow("for (int i = 0; i < b.$N.size(); i++)", n);
        if ("email".equals(k.itemFormat())) {
          c.addStatement("$T.email($S + i + $S, b.$N.get(i))", CHECK, n + "[", "]", n);
        } else {
          c.addStatement("$T.requireNonNull(b.$N.get(i),$W$S + i + $S)", Objects.class, n, n + "[",
              "] must not be null");
        }
        c.endControlFlow();
        c.addStatement("this.$1N = $2T.copyOf(b.$1N)", n, LIST);
        return c.build();
      }
      case STRING: {
        CodeBlock check = stringCheck(p);
        if (p.required()) {
          if (k.maxLength() == null && !"email".equals(k.format())) {
            c.addStatement("$T.requireNonNull(b.$N, $S)", Objects.class, n, n + " must not be null");
          }
          c.add(check);
          c.addStatement("this.$1N = b.$1N", n);
        } else {
          if (!check.isEmpty()) {
            c.beginControlFlow("if (b.$N != null)", n).add(check).endControlFlow();
          }
          c.addStatement("this.$1N = b.$1N", n);
        }
        return c.build();
      }
      case ENUM: {
        EnumDef e = enums.get(p.type().name());
        List<String> values = e == null ? List.of() : e.values();
        ClassName enumType = local(p.type().name());
        if (p.required()) {
          c.addStatement("$T.requireNonNull(b.$N,$W$S)", Objects.class, n,
              n + " must not be null; accepted: " + String.join(", ", values));
        }
        c.beginControlFlow("if (b.$N == $T.$L)", n, enumType, UNKNOWN);
        c.addStatement("throw new $T($Z$S)", IllegalArgumentException.class,
            n + " must be " + orList(values) + ", was UNKNOWN");
        c.endControlFlow();
        c.addStatement("this.$1N = b.$1N", n);
        return c.build();
      }
      case INT:
      case LONG: {
        if (p.required()) {
          c.addStatement("$T.requireNonNull(b.$N, $S)", Objects.class, n, n + " must not be null");
        }
        if (k.minimum() != null || k.maximum() != null) {
          String cond = (k.minimum() == null ? "" : "b." + n + " < " + k.minimum().toPlainString())
              + (k.minimum() != null && k.maximum() != null ? " || " : "")
              + (k.maximum() == null ? "" : "b." + n + " > " + k.maximum().toPlainString());
          String range = k.minimum() != null && k.maximum() != null
              ? k.minimum().toPlainString() + ".." + k.maximum().toPlainString()
              : k.minimum() != null ? "at least " + k.minimum().toPlainString()
              : "at most " + k.maximum().toPlainString();
          c.beginControlFlow(p.required() ? "if ($L)" : "if (b.$N != null && ($L))",
              p.required() ? new Object[] {cond} : new Object[] {n, cond});
          c.addStatement("throw new $T($S + b.$N)", IllegalArgumentException.class,
              n + " must be " + range + ", was ", n);
          c.endControlFlow();
        }
        c.addStatement("this.$1N = b.$1N", n);
        return c.build();
      }
      default:
        if (p.required()) {
          c.addStatement("this.$1N = $2T.requireNonNull(b.$1N, $3S)", n, Objects.class,
              n + " must not be null");
        } else {
          c.addStatement("this.$1N = b.$1N", n);
        }
        return c.build();
    }
  }

  /** Length, pattern and format checks of a non-null string (as Check and today's requests). */
  private CodeBlock stringCheck(PropertyDef p) {
    CodeBlock.Builder c = CodeBlock.builder();
    String n = p.name();
    Constraints k = p.constraints();
    if (k.maxLength() != null) {
      c.addStatement("$T.text($S, b.$N, $N)", CHECK, n, n, maxLengthName(p));
    } else if (k.minLength() != null && k.minLength() > 0) {
      c.beginControlFlow("if (b.$N.length() < $L)", n, k.minLength());
      c.addStatement("throw new $T($S + b.$N.length())", IllegalArgumentException.class,
          n + " must be at least " + k.minLength() + " characters, was ", n);
      c.endControlFlow();
    }
    if (hasPatternCheck(p)) {
      // JSON Schema patterns are unanchored: find(), not matches()
      c.beginControlFlow("if (!$N.matcher(b.$N).find())", patternName(p), n);
      c.addStatement("throw new $T($Z$S)", IllegalArgumentException.class,
          n + " must match " + k.pattern());
      c.endControlFlow();
    }
    if ("email".equals(k.format())) {
      c.addStatement("$T.email($S, b.$N)", CHECK, n, n);
    }
    return c.build();
  }

  /**
   * Whether a string property needs its own pattern check: the not-blank pattern {@code \S}
   * is what {@code Check.text} already enforces when the property has a maxLength.
   */
  private static boolean hasPatternCheck(PropertyDef p) {
    Constraints k = p.constraints();
    return p.type().kind() == Kind.STRING && k.pattern() != null
        && !(k.maxLength() != null && NOT_BLANK.equals(k.pattern()));
  }

  private static String orList(List<String> values) {
    if (values.size() <= 1) {
      return String.join("", values);
    }
    return String.join(", ", values.subList(0, values.size() - 1)) + " or "
        + values.get(values.size() - 1);
  }

  private MethodSpec accessor(PropertyDef p) {
    boolean optional = !p.required() && p.type().kind() != Kind.LIST;
    TypeName t = type(p);
    MethodSpec.Builder m = MethodSpec.methodBuilder(p.name()).addModifiers(Modifier.PUBLIC);
    String what = "the {@code " + p.name() + "}: " + lowerFirst(Docs.clause(p.description()));
    if (optional) {
      m.returns(ParameterizedTypeName.get(ClassName.get(Optional.class), t.box()))
          .addJavadoc("Returns $L.\n\n@return the $L, or empty\n", what, p.name())
          .addStatement("return $T.ofNullable($N)", Optional.class, p.name());
    } else {
      String ret = p.type().kind() == Kind.LIST ? "the " + p.name() + ", unmodifiable"
          : p.type().kind() == Kind.ENUM ? "the " + p.name() + ", never {@link "
              + linkName(p.type().name()) + "#UNKNOWN}" : "the " + p.name();
      m.returns(t).addJavadoc("Returns $L.\n\n@return $L\n", what, ret)
          .addStatement("return $N", p.name());
    }
    return m.build();
  }

  private MethodSpec toStringMethod(RequestDef r, List<PropertyDef> all) {
    CodeBlock.Builder s = CodeBlock.builder().add("return $S", r.javaName() + "[");
    boolean first = true;
    boolean hidden = false;
    for (PropertyDef p : all) {
      if (p.sensitive() && p.type().kind() != Kind.LIST) {
        hidden = true;
        continue;
      }
      String label = (first ? "" : ", ") + p.name() + "=";
      first = false;
      if (p.sensitive()) {
        hidden = true;
        s.add("$W+ $S + $N.size()", label, p.name());
      } else {
        s.add("$W+ $S + $N", label, p.name());
      }
    }
    if (r.upload() != null) {
      // the files' names may be personal data: their number only
      s.add("$W+ $S + $N.size()", ", " + r.upload().name() + "=", r.upload().name());
    }
    s.add("$W+ $S", "]");
    MethodSpec.Builder m = MethodSpec.methodBuilder("toString").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(String.class);
    if (hidden) {
      m.addComment("x-csol-sensitive values stay out of logs (a list shows its size only)");
    }
    return m.addStatement(s.build()).build();
  }

  private TypeSpec builderType(RequestDef r, ClassName self, ClassName builder,
      List<PropertyDef> all) {
    TypeSpec.Builder b = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Builds a {@link $T}. Not thread-safe.\n", self);
    for (PropertyDef p : all) {
      TypeName t = type(p.type(), false);
      FieldSpec.Builder f = FieldSpec.builder(t, p.name(), Modifier.PRIVATE);
      if (p.type().kind() == Kind.LIST) {
        f.initializer("new $T<>()", ArrayList.class);
      }
      b.addField(f.build());
    }
    b.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    if (r.upload() != null) {
      uploadBuilderMethods(r.upload(), builder, b);
    }
    for (PropertyDef p : all) {
      String what = "the {@code " + p.name() + "}: " + lowerFirst(Docs.clause(p.description()));
      String limits = limits(p);
      if (p.type().kind() == Kind.LIST) {
        TypeName element = type(p.type().element(), false);
        TypeName listType = type(p.type(), false);
        b.addMethod(MethodSpec.methodBuilder(p.name()).addModifiers(Modifier.PUBLIC)
            .returns(builder).addParameter(listType, p.name())
            .addJavadoc("Replaces $L.\n\n@param $L $L\n@return this builder\n", what, p.name(),
                limits)
            .addStatement("$T.requireNonNull($N, $S)", Objects.class, p.name(),
                p.name() + " must not be null")
            .addStatement("this.$1N = new $2T<>($1N)", p.name(), ArrayList.class)
            .addStatement("return this").build());
        if (!(element instanceof ParameterizedTypeName)) {
          b.addMethod(MethodSpec.methodBuilder(p.name()).addModifiers(Modifier.PUBLIC)
              .returns(builder).varargs(true)
              .addParameter(com.palantir.javapoet.ArrayTypeName.of(element), p.name())
              .addJavadoc("Replaces $L.\n\n@param $L $L\n@return this builder\n", what, p.name(),
                  limits)
              .addStatement("$T.requireNonNull($N, $S)", Objects.class, p.name(),
                  p.name() + " must not be null")
              .addStatement("return $N($T.asList($N))", p.name(), Arrays.class, p.name())
              .build());
        }
        String single = Docs.singular(p.name());
        String param = Character.toLowerCase(single.charAt(0)) + single.substring(1);
        b.addMethod(MethodSpec.methodBuilder("add" + single).addModifiers(Modifier.PUBLIC)
            .returns(builder).addParameter(element, param)
            .addJavadoc("Adds one element to the {@code $L}.\n\n@param $L the element to add\n"
                + "@return this builder\n", p.name(), param)
            .addStatement("$N.add($N)", p.name(), param)
            .addStatement("return this").build());
      } else {
        b.addMethod(MethodSpec.methodBuilder(p.name()).addModifiers(Modifier.PUBLIC)
            .returns(builder).addParameter(ParameterSpec.builder(type(p), p.name()).build())
            .addJavadoc("Sets $L.\n\n@param $L $L\n@return this builder\n", what, p.name(), limits)
            .addStatement("this.$1N = $1N", p.name())
            .addStatement("return this").build());
      }
    }
    b.addMethod(MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(self)
        .addJavadoc("Validates and builds the request.\n\n@return the request\n"
            + "@throws NullPointerException if a required value is null (the message names it)\n"
            + "@throws IllegalArgumentException if a value breaks the contract's limits (the"
            + " message names the field and what it accepts)\n")
        .addStatement("return new $T(this)", self).build());
    return b.build();
  }

  /** Words for a builder's @param: the accepted values, from the limits. */
  private String limits(PropertyDef p) {
    Constraints k = p.constraints();
    String none = p.required() ? "" : ", or {@code null} for none";
    switch (p.type().kind()) {
      case LIST: {
        String noun = "email".equals(k.itemFormat()) ? "e-mail addresses" : "items";
        if (k.minItems() != null && k.maxItems() != null) {
          return k.minItems() + ".." + k.maxItems() + " " + noun;
        }
        return k.maxItems() != null ? "at most " + k.maxItems() + " " + noun
            : k.minItems() != null ? "at least " + k.minItems() + " " + noun : noun;
      }
      case STRING:
        if (k.maxLength() != null) {
          return "1.." + k.maxLength() + " characters, not blank" + none;
        }
        if ("email".equals(k.format())) {
          return "an e-mail address" + none;
        }
        return (k.pattern() != null ? "text matching {@code " + Docs.javadoc(k.pattern())
            .replace("{", "&#123;").replace("}", "&#125;") + "}" : "the value") + none;
      case ENUM:
        return "any value except {@link " + linkName(p.type().name()) + "#UNKNOWN}" + none;
      default:
        if (k.minimum() != null && k.maximum() != null) {
          return k.minimum().toPlainString() + ".." + k.maximum().toPlainString() + none;
        }
        return "the value" + none;
    }
  }

  // ---------------------------------------------------------------- body records

  private TypeSpec body(RequestDef r) {
    StringBuilder doc = new StringBuilder("The JSON body of {@link ").append(r.javaName())
        .append("}, as {@code ").append(r.operationId()).append("} sends it; sdk-core's writer"
            + " omits null members.\n\n");
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder();
    for (PropertyDef p : r.bodyProperties()) {
      ctor.addParameter(type(p), p.name());
      doc.append("@param ").append(p.name()).append(' ').append(paramDoc(p).replace(
          "; never {@code null}, empty when absent", p.required() ? "" : ", or {@code null}"))
          .append('\n');
    }
    return TypeSpec.recordBuilder(r.bodyName())
        .addAnnotation(Emitted.GENERATED)
        .addJavadoc("$L", doc.toString())
        .recordConstructor(ctor.build()).build();
  }

  // ---------------------------------------------------------------- fields classes

  private TypeSpec fields(CollectionDef c) {
    ClassName item = local(c.itemJavaName());
    TypeSpec.Builder t = TypeSpec.classBuilder(c.fieldsClass())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(Emitted.GENERATED)
        .addJavadoc("The filterable fields of {@link $T} (collection {@code $L}), typed to it, with"
            + " the sortable ones marked.\n\n<p>Use them in the collection's query ({@code where},"
            + " {@code sortBy}, {@code fields}) and export; a field of another collection does not"
            + " compile there. The default sort is {@code $L}. List fields match when any element"
            + " matches; money fields always compare the currency too.\n",
            item, c.name(), c.defaultSort());
    for (FieldDef f : c.fields()) {
      String cls;
      switch (f.type()) {
        case "text":
          cls = "TextField";
          break;
        case "number":
          cls = "NumberField";
          break;
        case "money":
          cls = "MoneyField";
          break;
        case "date":
          cls = "DateField";
          break;
        case "date-time":
          cls = "DateTimeField";
          break;
        case "boolean":
          cls = "BooleanField";
          break;
        default:
          cls = "EnumField";
          break;
      }
      ClassName fieldClass = ClassName.get(QUERY, cls);
      TypeName declared;
      CodeBlock.Builder init = CodeBlock.builder();
      if (f.type().equals("enum")) {
        ClassName e = local(f.enumName());
        declared = ParameterizedTypeName.get(fieldClass, item, e);
        init.add("$Z$T.<$T, $T>of($S, $T.class)", fieldClass, item, e, f.name(), e);
      } else if (f.type().equals("money")) {
        declared = ParameterizedTypeName.get(fieldClass, item);
        init.add("$Z$T.<$T>of($S, $S)", fieldClass, item, f.name(), f.currencyField());
      } else {
        declared = ParameterizedTypeName.get(fieldClass, item);
        init.add("$Z$T.<$T>of($S)", fieldClass, item, f.name());
      }
      if (f.sortable()) {
        init.add("$Z.asSortable()");
      }
      if (f.list()) {
        init.add("$Z.asList()");
      }
      String doc = Docs.clause(f.doc())
          + (f.list() ? " (a list; any element matches)" : "")
          + (f.sortable() ? "; sortable." : "; not sortable.");
      t.addField(FieldSpec.builder(declared, f.javaName(), Modifier.PUBLIC, Modifier.STATIC,
          Modifier.FINAL).addJavadoc("$L\n", doc).initializer(init.build()).build());
    }
    ClassName field = ClassName.get(QUERY, "Field");
    TypeName listOfFields = ParameterizedTypeName.get(LIST,
        ParameterizedTypeName.get(field, item));
    CodeBlock.Builder all = CodeBlock.builder().add("$T.of(", LIST);
    for (int i = 0; i < c.fields().size(); i++) {
      all.add(i == 0 ? "$N" : ",$W$N", c.fields().get(i).javaName());
    }
    t.addField(FieldSpec.builder(listOfFields, "ALL", Modifier.PRIVATE, Modifier.STATIC,
        Modifier.FINAL).initializer(all.add(")").build()).build());
    t.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    t.addMethod(MethodSpec.methodBuilder("all").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(listOfFields)
        .addJavadoc("Returns every field of the collection, in the order the contract declares"
            + " them.\n\n@return an immutable list\n")
        .addStatement("return ALL").build());
    return t.build();
  }
}
