package io.csol.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.csol.codegen.model.CollectionDef;
import io.csol.codegen.model.Constraints;
import io.csol.codegen.model.ContractModel;
import io.csol.codegen.model.FieldDef;
import io.csol.codegen.model.PropertyDef;
import io.csol.codegen.model.RequestDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes what the sandbox needs of the contract, package-private and in the repository's 2-space style: one
 * field catalogue per collection (name, engine {@code FieldType}, sortable, list; default sort;
 * enum value sets) and the request limits. Getters, JSON and behaviour stay hand-written.
 */
final class SandboxEmitter {
  private static final ClassName FIELD_TYPE = ClassName.get("io.csol.sandbox.engine", "FieldType");
  private static final String INDENT = "  ";

  private final Config config;
  private final ContractModel model;

  SandboxEmitter(Config config, ContractModel model) {
    this.config = config;
    this.model = model;
  }

  Map<String, String> emit() {
    Map<String, String> out = new LinkedHashMap<>();
    for (CollectionDef c : model.collections()) {
      Emitted.put(out, config, "#/components/x-csol-collections/" + c.name(), catalogue(c), INDENT);
    }
    if (!model.requests().isEmpty()) {
      Emitted.put(out, config, "#/paths", limits(model.requests()), INDENT);
    }
    return out;
  }

  static String catalogueName(String collection) {
    StringBuilder s = new StringBuilder();
    for (String part : collection.split("[-_.]")) {
      if (!part.isEmpty()) {
        s.append(Docs.capitalize(part));
      }
    }
    return s + "Catalogue";
  }

  private TypeSpec catalogue(CollectionDef c) {
    String name = catalogueName(c.name());
    ClassName self = ClassName.get(config.javaPackage(), name);
    ClassName field = self.nestedClass("Field");
    TypeSpec.Builder t = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.FINAL)
        .addAnnotation(Emitted.GENERATED)
        .addJavadoc("The contract's catalogue of collection {@code $L}: its filterable fields in"
            + " contract order, the default sort and the values of its enum fields.\n", c.name());
    t.addField(FieldSpec.builder(String.class, "NAME", Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The collection's key in the contract.\n").initializer("$S", c.name()).build());
    t.addField(FieldSpec.builder(String.class, "DEFAULT_SORT", Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The sort applied when a request asks for none.\n")
        .initializer("$S", c.defaultSort()).build());
    CodeBlock.Builder fields = CodeBlock.builder().add("$T.of(", List.class);
    for (int i = 0; i < c.fields().size(); i++) {
      FieldDef f = c.fields().get(i);
      fields.add("\n        new $T($S, $T.$L, $L, $L)$L", field, f.name(), FIELD_TYPE,
          engineType(f.type()), f.sortable(), f.list(), i < c.fields().size() - 1 ? "," : "");
    }
    fields.add(")");
    t.addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), field),
        "FIELDS", Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The filterable fields, in contract order.\n").initializer(fields.build())
        .build());
    for (FieldDef f : c.fields()) {
      if (!f.enumValues().isEmpty()) {
        CodeBlock.Builder values = CodeBlock.builder().add("$T.of(", Set.class);
        for (int i = 0; i < f.enumValues().size(); i++) {
          values.add("$L$S", i == 0 ? "" : ", ", f.enumValues().get(i));
        }
        values.add(")");
        t.addField(FieldSpec.builder(ParameterizedTypeName.get(Set.class, String.class),
            Docs.upperSnake(f.name()) + "_VALUES", Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The values of enum field {@code $L} ({@code $L}).\n", f.name(),
                f.enumName())
            .initializer(values.build()).build());
      }
    }
    t.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    t.addType(TypeSpec.recordBuilder(field)
        .addJavadoc("One filterable field.\n\n@param name the dotted query name\n@param type"
            + " the engine type (money is {@code NUMBER}: the engine compares amounts)\n"
            + "@param sortable whether it may be sorted by\n@param list whether it holds a list\n")
        .recordConstructor(MethodSpec.constructorBuilder()
            .addParameter(String.class, "name")
            .addParameter(FIELD_TYPE, "type")
            .addParameter(TypeName.BOOLEAN, "sortable")
            .addParameter(TypeName.BOOLEAN, "list").build())
        .build());
    return t.build();
  }

  private static String engineType(String queryType) {
    switch (queryType) {
      case "text":
        return "TEXT";
      case "number":
      case "money":
        return "NUMBER";
      case "date":
        return "DATE";
      case "date-time":
        return "DATE_TIME";
      case "boolean":
        return "BOOLEAN";
      default:
        return "ENUM";
    }
  }

  private TypeSpec limits(List<RequestDef> requests) {
    TypeSpec.Builder t = TypeSpec.classBuilder("RequestLimits")
        .addModifiers(Modifier.FINAL)
        .addAnnotation(Emitted.GENERATED)
        .addJavadoc("The limits the contract sets on request bodies, named"
            + " {@code <OPERATION>_<LIMIT>}.\n");
    for (RequestDef r : requests) {
      String op = Docs.upperSnake(r.operationId());
      for (PropertyDef p : r.bodyProperties()) {
        Constraints k = p.constraints();
        String prop = Docs.upperSnake(p.name());
        addLimit(t, op + "_MIN_" + prop, k.minItems(), "fewest elements of", r, p);
        addLimit(t, op + "_MAX_" + prop, k.maxItems(), "most elements of", r, p);
        addLimit(t, op + "_MIN_" + prop + "_LENGTH", k.minLength(), "shortest", r, p);
        addLimit(t, op + "_MAX_" + prop + "_LENGTH", k.maxLength(), "longest", r, p);
        if (k.minimum() != null) {
          addLimit(t, op + "_MIN_" + prop + "_VALUE", k.minimum().intValueExact(), "least", r, p);
        }
        if (k.maximum() != null) {
          addLimit(t, op + "_MAX_" + prop + "_VALUE", k.maximum().intValueExact(), "greatest", r, p);
        }
      }
    }
    t.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    return t.build();
  }

  private static void addLimit(TypeSpec.Builder t, String name, Integer value, String what,
      RequestDef r, PropertyDef p) {
    if (value != null) {
      t.addField(FieldSpec.builder(TypeName.INT, name, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The $L {@code $L} that {@code $L} accepts.\n", what, p.name(),
              r.operationId())
          .initializer("$L", value).build());
    }
  }
}
