package io.csol.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sandbox.engine.demo.DemoRecord;
import io.csol.sandbox.engine.demo.DemoRecords;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceSpecTest {
  record Thing(String key, String label, List<String> parts) {
  }

  @Test
  void build_idField_isASortableTextFieldListedFirst() {
    ResourceSpec<Thing> spec = ResourceSpec.builder("things", Thing::key).idField("key")
        .field("label", FieldType.TEXT, Thing::label, true).build();
    assertThat(spec.fields().keySet()).containsExactly("key", "label");
    assertThat(spec.fields().get("key").sortable()).isTrue();
    assertThat(spec.defaultSort()).isEqualTo("key");
    assertThat(spec.toJson(new Thing("k1", "L", List.of()))).isEqualTo(Map.of("key", "k1", "label", "L"));
    assertThat(SortParser.parse(spec, "-label").expression()).isEqualTo("-label,key");
    assertThat(SortParser.parse(spec, "key,label").expression()).isEqualTo("key");
    assertThat(SortParser.parse(spec, "").expression()).isEqualTo("key");
  }

  @Test
  void build_invalidDeclarations_failWithNamedProblem() {
    assertThatThrownBy(() -> ResourceSpec.builder("t", Thing::key).field("and", FieldType.TEXT, Thing::label, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reserved keyword");
    assertThatThrownBy(() -> ResourceSpec.builder("t", Thing::key).field("Label", FieldType.TEXT, Thing::label, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lowerCamelCase");
    assertThatThrownBy(() -> ResourceSpec.builder("t", Thing::key).field("a", FieldType.TEXT, Thing::label, false)
        .field("a", FieldType.TEXT, Thing::label, false)).hasMessageContaining("declared twice");
    assertThatThrownBy(() -> ResourceSpec.builder("t", Thing::key).field("label", FieldType.TEXT, Thing::label, false)
        .defaultSort("label").build()).isInstanceOf(QueryException.class).hasMessageContaining("not sortable field 'label'");
    assertThatThrownBy(() -> ResourceSpec.builder("t", Thing::key).field("id", FieldType.NUMBER, Thing::label, true).build())
        .hasMessageContaining("sortable TEXT");
    assertThatThrownBy(() -> ResourceSpec.builder(" ", Thing::key)).hasMessageContaining("name must not be blank");
    assertThatThrownBy(() -> new Collection<>(DemoRecords.spec(), DemoRecords.store(1, 1), PagingTest.CLOCK, new byte[0]))
        .hasMessageContaining("cursorSecret must not be empty");
  }

  @Test
  void demoRecords_sameSeed_sameRecordsAndIdsAscend() {
    assertThat(DemoRecords.generate(42, 123)).isEqualTo(DemoRecords.generate(42, 123));
    assertThat(DemoRecords.generate(42, 123)).isNotEqualTo(DemoRecords.generate(43, 123));
    assertThat(DemoRecords.idOf(0)).isEqualTo("D0000001");
    assertThat(DemoRecords.idOf(999_999)).isEqualTo("D1000000");
    DemoRecord r = DemoRecords.generate(42, 7);
    assertThat(DemoRecords.toJson(r).keySet()).containsExactly("id", "name", "amount", "day", "at", "active", "kind", "tags");
    assertThat(DemoRecords.spec().fields().keySet()).containsExactly("id", "name", "amount", "day", "at", "active", "kind", "tags");
    assertThatThrownBy(() -> DemoRecords.store(-1, 1)).isInstanceOf(IllegalArgumentException.class);
    GeneratedStore<DemoRecord> store = DemoRecords.store(1000, 42);
    assertThat(store.get("D0000500")).contains(DemoRecords.generate(42, 499));
    assertThat(store.get("D0001001")).isEmpty();
    assertThat(store.get("D00005")).isEmpty();
  }

  @Test
  void generatedStore_overlay_tracksSizeGetAndDelete() {
    GeneratedStore<DemoRecord> store = DemoRecords.store(10, 1);
    assertThat(store.size()).isEqualTo(10);
    assertThat(store.delete("D0000003")).isTrue();
    assertThat(store.delete("D0000003")).isFalse();
    assertThat(store.get("D0000003")).isEmpty();
    store.put(DemoRecords.generate(1, 2));
    assertThat(store.get("D0000003")).contains(DemoRecords.generate(1, 2));
    store.put(DemoRecords.generate(1, 20));
    assertThat(store.size()).isEqualTo(11);
    assertThat(store.delete("D0000021")).isTrue();
    assertThat(store.size()).isEqualTo(10);
  }
}
