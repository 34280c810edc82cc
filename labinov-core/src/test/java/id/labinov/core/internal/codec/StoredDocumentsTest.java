package id.labinov.core.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.labinov.core.engine.InnovationState;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.i18n.Messages;
import id.labinov.core.programme.Programme;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stored documents: round trips, and a typed error naming the JSON path for a bad document. */
class StoredDocumentsTest {
  private static final InnovationState RICH = PinnedCases.states().get("01-rich");
  private static final Programme OPEN = PinnedCases.programmes().get("01-open");

  private static InvalidValueException unreadable(Runnable read) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, read::run);
    assertThat(e).as("an InvalidValueException").isNotNull();
    assertThat(e.code()).isEqualTo("INVALID_STORED_DOCUMENT");
    return e;
  }

  @Nested
  class States {
    @Test
    void aStateReadsBackEqualAndItsDocumentIsAFixedPoint() {
      String json = StoredDocuments.stateToJson(RICH);

      assertThat(StoredDocuments.stateFromJson(json)).isEqualTo(RICH);
      assertThat(StoredDocuments.stateToJson(StoredDocuments.stateFromJson(json))).isEqualTo(json);
    }

    @Test
    void contributorsAreWrittenWhenKnownAndReadBackAsUnknownWhenAbsent() {
      InnovationState withThem = new InnovationState(RICH.region(), RICH.id(), RICH.rulebookId(),
          RICH.rulebookVersion(), RICH.programmeId(), RICH.details(), RICH.stage(), RICH.status(), RICH.approvals(),
          RICH.openConditions(), RICH.evidence(), RICH.visits(), RICH.proposedBy(), RICH.proposedAt(),
          RICH.lastChangedAt(), RICH.version(),
          List.of(id.labinov.core.model.PersonId.of("asn-bappeda-07"), id.labinov.core.model.PersonId.of("asn-disdik-11")));
      String json = StoredDocuments.stateToJson(withThem);

      assertThat(json).contains("\"contributors\":[\"asn-bappeda-07\",\"asn-disdik-11\"]");
      assertThat(StoredDocuments.stateFromJson(json)).isEqualTo(withThem);
      assertThat(StoredDocuments.stateToJson(RICH)).doesNotContain("contributors");
      assertThat(StoredDocuments.stateFromJson(StoredDocuments.stateToJson(RICH)).contributors()).isNull();
    }

    @Test
    void whiteSpaceDoesNotMatter() {
      String json = StoredDocuments.stateToJson(RICH).replace(",", " ,\n  ").replace("{", "{ ");

      assertThat(StoredDocuments.stateFromJson(json)).isEqualTo(RICH);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"format\":1|\"format\":2|$.format|unknown state format 2; this version reads format 1",
        "\"format\":1|\"format\":1.5|$.format|a whole number is required, found 1.5",
        "\"version\":12|\"version\":\"12\"|$.version|a whole number is required, found a text",
        "\"themes\":[\"KOTA_LAYAK_ANAK\"|\"themes\":[7|$.details.themes[0]|a text is required",
        "\"approvals\":[|\"approvals\":[1,|$.approvals[0]|an object is required",
        "\"status\":\"ON_HOLD\"|\"status\":null|$.status|a text is required, found nothing",
        "\"evidence\":[|\"evidence\":\"none\",\"x\":[|$.evidence|an array is required, found a text"})
    void aBadMemberIsNamedByItsPath(String from, String to, String path, String problem) {
      String json = StoredDocuments.stateToJson(RICH);
      assertThat(json).contains(from);

      InvalidValueException e = unreadable(() -> StoredDocuments.stateFromJson(json.replaceFirst(
          java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))));

      assertThat(e.field()).isEqualTo(path);
      assertThat(e.getMessage(Locale.ENGLISH)).contains("Stored state document is unreadable at " + path + ": " + problem);
      assertThat(e.getMessage(Messages.INDONESIAN)).contains("Dokumen tersimpan jenis state tidak terbaca pada " + path);
    }

    @Test
    void aSyntaxErrorNamesItsLineAndColumn() {
      InvalidValueException e = unreadable(() -> StoredDocuments.stateFromJson("{\"format\":1,\n\"region\":}"));

      assertThat(e.field()).isEqualTo("$");
      assertThat(e.getMessage(Locale.ENGLISH)).contains("line 2, column");
    }

    @Test
    void anInvalidValueIsUnreadableToo() {
      String json = StoredDocuments.stateToJson(RICH).replace("\"region\":\"91.71\"", "\"region\":\"99.99.99\"");

      InvalidValueException e = unreadable(() -> StoredDocuments.stateFromJson(json));

      assertThat(e.getMessage(Locale.ENGLISH)).contains("InvalidValueException");
    }

    @Test
    void somethingOtherThanAnObjectIsUnreadable() {
      assertThat(unreadable(() -> StoredDocuments.stateFromJson("[1]")).field()).isEqualTo("$");
    }
  }

  @Nested
  class Programmes {
    @Test
    void aProgrammeReadsBackEqualWithItsScheduleInOrder() {
      Programme back = StoredDocuments.programmeFromJson(StoredDocuments.programmeToJson(OPEN));

      assertThat(back).isEqualTo(OPEN);
      assertThat(back.schedule().keySet()).containsExactly("DRUM_UP", "DIAGNOSE", "DESIGN");
    }

    @Test
    void anUnknownFormatIsNamed() {
      String json = StoredDocuments.programmeToJson(OPEN).replace("\"format\":1", "\"format\":3");

      InvalidValueException e = unreadable(() -> StoredDocuments.programmeFromJson(json));

      assertThat(e.field()).isEqualTo("$.format");
      assertThat(e.getMessage(Locale.ENGLISH)).contains("Stored programme document", "unknown programme format 3");
    }

    @Test
    void aBadScheduleWindowIsNamedByItsPath() {
      String json = StoredDocuments.programmeToJson(OPEN).replace("\"stage\":\"DIAGNOSE\"", "\"stage\":false");

      assertThat(unreadable(() -> StoredDocuments.programmeFromJson(json)).field()).isEqualTo("$.schedule[1].stage");
    }
  }

  @Nested
  class Scores {
    @Test
    void scoresKeepTheirDecimalTextAndScale() {
      String json = StoredDocuments.scoresToJson(Map.of("B", new BigDecimal("3.50"), "A", new BigDecimal("1E+1")));

      assertThat(json).isEqualTo("{\"A\":\"1E+1\",\"B\":\"3.50\"}");
      assertThat(StoredDocuments.scoresFromJson(json).get("B")).hasScaleOf(2);
      assertThat(StoredDocuments.scoresFromJson(json)).containsOnlyKeys("A", "B");
    }

    @Test
    void aScoreThatIsNoDecimalIsNamedByItsCode() {
      assertThat(unreadable(() -> StoredDocuments.scoresFromJson("{\"A\":\"3,5\"}")).field()).isEqualTo("$.A");
      assertThat(unreadable(() -> StoredDocuments.scoresFromJson("{\"A\":3.5}")).field()).isEqualTo("$.A");
    }
  }

  @Test
  void nullArgumentsAreRefusedByName() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> StoredDocuments.stateToJson(null));

    assertThat(e.code()).isEqualTo("REQUIRED");
    assertThat(e.field()).isEqualTo("state");
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> StoredDocuments.programmeFromJson(null)).field())
        .isEqualTo("json");
  }
}
