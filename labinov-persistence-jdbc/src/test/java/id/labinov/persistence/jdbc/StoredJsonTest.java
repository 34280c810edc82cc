package id.labinov.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.engine.HistoryVerification;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.internal.codec.EventCodec;
import id.labinov.core.spi.HistoryCheck;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * On every database: a state whose texts hold control characters, an escaped-looking
 * {@code \\u0000}, emoji and line separators reads back equal (U+0000 and lone surrogates never get
 * this far: core refuses them); the state document sits in the database's JSON type where that type
 * keeps the text (PostgreSQL {@code json}), in text otherwise; and the event payload column holds
 * the canonical bytes verbatim, so the hash chain verifies. A history and a state document written
 * by the codecs before core's codec layer (pinned in core's test resources) load, verify and are
 * written again as the same bytes.
 */
class StoredJsonTest {
  private static id.labinov.core.spi.Append proposal(InnovationState like, id.labinov.core.model.InnovationDetails d) {
    var events = List.of((InnovationEvent) new id.labinov.core.event.InnovationProposed(
        new id.labinov.core.event.EventMetadata(java.util.UUID.randomUUID(), like.region(), like.id(), 1,
            like.proposedAt(), like.proposedBy(), like.rulebookId(), like.rulebookVersion(), null),
        d, like.programmeId(), "DRUM_UP"));
    return new id.labinov.core.spi.Append(like.ref(), 0, events, id.labinov.core.engine.Decider.replay(events), null);
  }

  @ParameterizedTest
  @EnumSource(Backend.Kind.class)
  void aStateWithAwkwardTextsRoundTripsAndItsHistoryVerifies(Backend.Kind kind) throws SQLException {
    try (Backend backend = Backend.open(kind, 2)) {
      JdbcInnovationStore store = backend.storage().innovationStore();
      InnovationState rich = JsonAndStateCodecTest.richState();
      // control characters escaped inside the JSON document; the title column holds the rest
      var details = rich.details().withTitle("Layanan \"Cepat\" \\ İstanbul ✓ 😀 \u2028")
          .withText("catatanLain", "satu\u0001 dan tab\t dan \\u0000");
      var append = proposal(rich, details);
      store.append(append);

      assertThat(store.load(rich.ref())).contains(append.state());
      assertThat(store.load(rich.ref()).orElseThrow().details().texts().get("catatanLain"))
          .isEqualTo("satu\u0001 dan tab\t dan \\u0000");
      HistoryVerification verification = HistoryCheck.verify(store, rich.ref());
      assertThat(verification.ok()).as(verification.toString()).isTrue();
      try (Connection c = backend.pool().getConnection();
          PreparedStatement ps = c.prepareStatement("SELECT payload FROM " + backend.prefix() + "event");
          ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getBytes(1)).isEqualTo(EventCodec.encode(append.events().get(0)));
      }
      String type = columnType(backend, "state_json");
      switch (kind) {
        case POSTGRESQL -> assertThat(type).isEqualTo("json");
        case MARIADB -> assertThat(type).isEqualTo("longtext");
        case H2 -> assertThat(type).isEqualTo("character large object");
      }
      assertThat(columnType(backend, "payload")).isIn("bytea", "longblob", "binary large object");
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.Kind.class)
  void aTitleWithU0000IsRefusedBeforeAnyDatabaseIsReached(Backend.Kind kind) {
    try (Backend backend = Backend.open(kind, 2)) {
      JdbcInnovationStore store = backend.storage().innovationStore();
      InnovationState rich = JsonAndStateCodecTest.richState();
      // PostgreSQL text cannot hold U+0000 at all, so core refuses it for every store
      assertThatThrownBy(() -> rich.details().withTitle("Judul\u0000dengan nol"))
          .isInstanceOfSatisfying(id.labinov.core.error.InvalidValueException.class,
              e -> assertThat(e.code()).isEqualTo("INVALID_CHARACTER"));
      assertThat(store.load(rich.ref())).isEmpty();
      assertThat(store.history(rich.ref())).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.Kind.class)
  void aHistoryAndAStateDocumentWrittenBeforeTheCodecLayerLoadAndVerify(Backend.Kind kind) throws Exception {
    // the longest of the histories core pins (written by 0fb97fc's codecs), with its old state document
    Map<String, List<String>> payloads = new TreeMap<>();
    for (String line : pinned("history-events.txt")) {
      payloads.computeIfAbsent(line.substring(0, line.indexOf(' ')), k -> new ArrayList<>())
          .add(line.substring(line.indexOf(' ') + 1));
    }
    String index = payloads.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().size())).orElseThrow().getKey();
    String oldDocument = pinned("history-states.txt").stream().filter(l -> l.startsWith(index + " ")).findFirst()
        .orElseThrow().substring(index.length() + 1);
    List<InnovationEvent> events = payloads.get(index).stream().map(EventCodec::fromJson).toList();
    InnovationState state = id.labinov.core.engine.Decider.replay(events);
    try (Backend backend = Backend.open(kind, 2)) {
      JdbcInnovationStore store = backend.storage().innovationStore();
      store.append(new id.labinov.core.spi.Append(state.ref(), 0, events, state, null));
      try (Connection c = backend.pool().getConnection(); PreparedStatement ps = c.prepareStatement("UPDATE "
          + backend.prefix() + "innovation SET state_json = " + (kind == Backend.Kind.POSTGRESQL ? "CAST(? AS json)" : "?")
          + " WHERE id = ?")) {
        ps.setString(1, oldDocument);
        ps.setString(2, state.id().toString());
        assertThat(ps.executeUpdate()).isEqualTo(1);
      }

      // the old document predates recorded contributors: it reads back with them unknown
      assertThat(store.load(state.ref())).contains(state.withUnknownContributors());
      assertThat(HistoryCheck.verify(store, state.ref()).ok()).as("old document and payloads verify").isTrue();
      List<String> stored = new ArrayList<>();
      try (Connection c = backend.pool().getConnection(); PreparedStatement ps = c.prepareStatement("SELECT payload, state_json"
          + " FROM " + backend.prefix() + "event e JOIN " + backend.prefix() + "innovation i ON i.id = e.innovation_id"
          + " ORDER BY e.seq_no"); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          stored.add(new String(rs.getBytes(1), StandardCharsets.UTF_8));
          assertThat(rs.getString(2)).isEqualTo(oldDocument);
        }
      }
      assertThat(stored).as("payloads written now are the old bytes").isEqualTo(payloads.get(index));
      assertThat(events).hasSizeGreaterThan(10);
    }
  }

  private static List<String> pinned(String name) throws IOException {
    try (InputStream in = StoredJsonTest.class.getResourceAsStream("/id/labinov/core/internal/codec/pinned/" + name)) {
      assertThat(in).as(name).isNotNull();
      return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
    }
  }

  private static String columnType(Backend backend, String column) throws SQLException {
    String table = backend.prefix() + "innovation";
    if (column.equals("payload")) {
      table = backend.prefix() + "event";
    }
    boolean h2 = backend.kind == Backend.Kind.H2;
    try (Connection c = backend.pool().getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT data_type FROM information_schema.columns WHERE LOWER(table_name) = ? AND LOWER(column_name) = ?"
            + (backend.kind == Backend.Kind.MARIADB ? " AND table_schema = DATABASE()" : "")
            + (backend.kind == Backend.Kind.POSTGRESQL ? " AND table_schema = current_schema()" : ""))) {
      ps.setString(1, h2 ? table.toLowerCase(java.util.Locale.ROOT) : table);
      ps.setString(2, column);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).as(table + "." + column).isTrue();
        return rs.getString(1).toLowerCase(java.util.Locale.ROOT);
      }
    }
  }
}
