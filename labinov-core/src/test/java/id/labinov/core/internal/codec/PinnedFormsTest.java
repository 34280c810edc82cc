package id.labinov.core.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.engine.Decider;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.event.UnknownEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stored forms written by the code before the codec layer (commit 0fb97fc), kept as test resources
 * under {@code pinned/}: every one reads back, and the same value is written to the same bytes. Event
 * payloads are hashed into the chain, request hashes sit in idempotency rows, and state, programme
 * and score documents sit in existing databases, so none of them may change. The fixed cases are
 * {@link PinnedCases}; the generated ones (event payloads drawn by the event generators, and 40
 * histories with their state documents) need no values here: their bytes must be a fixed point.
 */
class PinnedFormsTest {
  private static final String DIR = "pinned/";

  static Stream<String> eventCases() {
    return PinnedCases.events().keySet().stream();
  }

  static Stream<String> stateCases() {
    return PinnedCases.states().keySet().stream();
  }

  static Stream<String> programmeCases() {
    return PinnedCases.programmes().keySet().stream();
  }

  static Stream<String> scoreCases() {
    return PinnedCases.scores().keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("eventCases")
  void anEventIsEncodedToTheBytesTheOldCodecWroteAndReadsBackEqual(String name) {
    byte[] old = bytes("events/" + name + ".json");
    InnovationEvent event = PinnedCases.events().get(name);

    assertThat(new String(EventCodec.encode(event), StandardCharsets.UTF_8))
        .isEqualTo(new String(old, StandardCharsets.UTF_8));
    assertThat(EventCodec.encode(event)).isEqualTo(old);
    assertThat(EventCodec.decode(old)).isEqualTo(event);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stateCases")
  void aStateIsWrittenAsTheOldCodecWroteItAndReadsBackEqual(String name) {
    String old = text("states/" + name + ".json");
    InnovationState state = PinnedCases.states().get(name);

    assertThat(StoredDocuments.stateToJson(state)).isEqualTo(old);
    assertThat(StoredDocuments.stateFromJson(old)).isEqualTo(state);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programmeCases")
  void aProgrammeIsWrittenAsTheOldCodecWroteItAndReadsBackEqual(String name) {
    String old = text("programmes/" + name + ".json");

    assertThat(StoredDocuments.programmeToJson(PinnedCases.programmes().get(name))).isEqualTo(old);
    assertThat(StoredDocuments.programmeFromJson(old)).isEqualTo(PinnedCases.programmes().get(name));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scoreCases")
  void scoresAreWrittenAsTheOldCodecWroteThemAndReadBackWithTheirScale(String name) {
    String old = text("scores/" + name + ".json");
    Map<String, BigDecimal> scores = PinnedCases.scores().get(name);

    assertThat(StoredDocuments.scoresToJson(scores)).isEqualTo(old);
    Map<String, BigDecimal> back = StoredDocuments.scoresFromJson(old);
    assertThat(back).isEqualTo(scores);
    back.forEach((code, score) -> assertThat(score.scale()).as(code).isEqualTo(scores.get(code).scale()));
  }

  @Test
  void requestsHashAsBefore() {
    Map<String, String> old = new LinkedHashMap<>();
    for (String line : text("request-hashes.txt").split("\n")) {
      old.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
    }

    assertThat(old.keySet()).containsExactlyElementsOf(PinnedCases.requests().keySet());
    PinnedCases.requests().forEach((name, request) -> assertThat(request.hash()).as(name).isEqualTo(old.get(name)));
  }

  @Test
  void generatedPayloadsOfTheOldCodecDecodeAndEncodeToTheSameBytes() {
    List<String> lines = lines("generated-events.txt");
    Set<String> types = new HashSet<>();

    for (String payload : lines) {
      InnovationEvent e = EventCodec.fromJson(payload);

      assertThat(EventCodec.toJson(e)).isEqualTo(payload);
      assertThat(EventCodec.encode(e)).isEqualTo(payload.getBytes(StandardCharsets.UTF_8));
      types.add(e instanceof UnknownEvent ? "UnknownEvent" : e.type());
    }
    assertThat(lines).hasSize(600);
    assertThat(types).as("every event type is among the old payloads").hasSize(14);
  }

  @Test
  void oldHistoriesReplayToTheirOldStateDocumentsWhichAreWrittenAgainByteForByte() {
    Map<String, List<InnovationEvent>> histories = new TreeMap<>();
    for (String line : lines("history-events.txt")) {
      String payload = line.substring(line.indexOf(' ') + 1);
      InnovationEvent e = EventCodec.fromJson(payload);
      assertThat(EventCodec.toJson(e)).isEqualTo(payload);
      histories.computeIfAbsent(line.substring(0, line.indexOf(' ')), k -> new ArrayList<>()).add(e);
    }
    List<String> states = lines("history-states.txt");
    int longest = 0;

    for (String line : states) {
      String document = line.substring(line.indexOf(' ') + 1);
      List<InnovationEvent> history = histories.get(line.substring(0, line.indexOf(' ')));
      InnovationState replayed = Decider.replay(history);
      // the old documents predate recorded contributors: they read back as unknown, everything
      // else equal, and a state without contributors is written as they were, byte for byte
      InnovationState unknown = replayed.withUnknownContributors();

      assertThat(StoredDocuments.stateFromJson(document)).isEqualTo(unknown);
      assertThat(StoredDocuments.stateToJson(unknown)).isEqualTo(document);
      assertThat(StoredDocuments.stateFromJson(StoredDocuments.stateToJson(replayed))).isEqualTo(replayed);
      assertThat(replayed.contributors()).isNotNull();
      longest = Math.max(longest, history.size());
    }
    assertThat(states).hasSize(40);
    assertThat(histories).hasSize(40);
    assertThat(longest).as("some histories are long").isGreaterThan(10);
  }

  @Test
  void oldDocumentsArePureAsciiAsTheNewOnesAre() {
    List<String> documents = new ArrayList<>(lines("history-states.txt"));
    PinnedCases.states().keySet().forEach(name -> documents.add(text("states/" + name + ".json")));
    PinnedCases.programmes().keySet().forEach(name -> documents.add(text("programmes/" + name + ".json")));

    assertThat(documents).hasSize(45).allSatisfy(d -> assertThat(d).matches("[\\x20-\\x7e]*"));
  }

  private static byte[] bytes(String name) {
    try (InputStream in = PinnedFormsTest.class.getResourceAsStream(DIR + name)) {
      assertThat(in).as("resource " + DIR + name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  private static List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    for (String line : text(name).split("\n")) {
      if (!line.isEmpty()) {
        out.add(line);
      }
    }
    return out;
  }
}
