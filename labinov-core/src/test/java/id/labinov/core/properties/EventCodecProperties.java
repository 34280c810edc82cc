package id.labinov.core.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import id.labinov.core.engine.Decider;
import id.labinov.core.engine.Options;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.event.UnknownEvent;
import id.labinov.core.internal.codec.EventCodec;
import id.labinov.core.internal.json.JsonTree;
import id.labinov.core.spi.contract.ContractData;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** The event codec: decoding the encoding gives the same event, and the canonical form is a fixed point. */
class EventCodecProperties {

  @Test
  void decodingTheEncodingGivesAnEqualEventOfEveryType() {
    Map<String, AtomicInteger> types = new ConcurrentHashMap<>();
    qt().withExamples(3000).forAll(EventGens.events()).checkAssert(e -> {
      InnovationEvent back = EventCodec.decode(EventCodec.encode(e));

      assertThat(back).isEqualTo(e);
      assertThat(back.getClass()).isEqualTo(e.getClass());
      assertThat(back.type()).isEqualTo(e.type());
      assertThat(EventCodec.fromJson(EventCodec.toJson(e))).isEqualTo(e);
      types.computeIfAbsent(e instanceof UnknownEvent ? "UnknownEvent" : e.type(), k -> new AtomicInteger()).incrementAndGet();
    });
    assertThat(types.keySet()).as("every type was generated: " + types).containsExactlyInAnyOrderElementsOf(EventGens.TYPES);
  }

  @Test
  void theCanonicalEncodingIsAFixedPoint() {
    qt().withExamples(1000).forAll(EventGens.events()).checkAssert(e -> {
      String json = EventCodec.toJson(e);

      assertThat(EventCodec.toJson(EventCodec.fromJson(json))).isEqualTo(json);
      assertThat(EventCodec.encode(EventCodec.decode(EventCodec.encode(e)))).isEqualTo(EventCodec.encode(e));
      assertThat(EventCodec.encode(e)).isEqualTo(json.getBytes(StandardCharsets.UTF_8));
      assertThat(JsonTree.canonical(JsonTree.parse(json))).as("the encoding is already canonical").isEqualTo(json);
    });
  }

  @Test
  void anEquivalentNonCanonicalFormDecodesToTheSameEvent() {
    qt().withExamples(500).forAll(EventGens.events(), Generate.range(0, Integer.MAX_VALUE)).checkAssert((e, seed) -> {
      String json = EventCodec.toJson(e);
      String loose = loose(JsonTree.parse(json), new Random(seed));

      assertThat(EventCodec.fromJson(loose)).as(loose).isEqualTo(e);
      assertThat(EventCodec.toJson(EventCodec.fromJson(loose))).isEqualTo(json);
    });
  }

  @Test
  void aGeneratedHistoryDecodedFromItsBytesReplaysToTheStoredState() {
    qt().withExamples(60).forAll(Steps.sequences(40)).describedAs(Steps::render).checkAssert(steps -> {
      FacadeRun run = new FacadeRun(ContractData.details());
      steps.forEach(s -> run.send(run.resolve(s), Options.none()));
      List<InnovationEvent> decoded = run.history().stream().map(e -> EventCodec.decode(EventCodec.encode(e))).toList();

      assertThat(decoded).isEqualTo(run.history());
      assertThat(Decider.replay(decoded)).isEqualTo(run.state());
    });
  }

  /** Writes a JSON tree equivalently but not canonically: shuffled keys, white space, escaped characters. */
  private static String loose(Object v, Random r) {
    String ws = List.of("", " ", "\n  ", "\t").get(r.nextInt(4));
    if (v instanceof Map<?, ?> m) {
      List<Map.Entry<?, ?>> entries = new ArrayList<>(m.entrySet());
      Collections.shuffle(entries, r);
      StringBuilder sb = new StringBuilder("{").append(ws);
      for (int i = 0; i < entries.size(); i++) {
        sb.append(i == 0 ? "" : "," + ws).append(string(String.valueOf(entries.get(i).getKey()), r)).append(ws).append(':')
            .append(ws).append(loose(entries.get(i).getValue(), r));
      }
      return sb.append(ws).append('}').toString();
    } else if (v instanceof List<?> l) {
      StringBuilder sb = new StringBuilder("[").append(ws);
      for (int i = 0; i < l.size(); i++) {
        sb.append(i == 0 ? "" : "," + ws).append(loose(l.get(i), r));
      }
      return sb.append(ws).append(']').toString();
    } else if (v instanceof String s) {
      return string(s, r);
    } else if (v instanceof JsonTree.Num n) {
      return n.text();
    }
    return String.valueOf(v);
  }

  private static String string(String s, Random r) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\' || c < 0x20 || (c > 0x7e && r.nextBoolean()) || r.nextInt(20) == 0) {
        sb.append(String.format("\\u%04X", (int) c));
      } else if (c == '/' && r.nextBoolean()) {
        sb.append("\\/");
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
