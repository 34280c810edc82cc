package id.labinov.core.programme;

import static id.labinov.core.programme.LabFixture.lebak2019;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.i18n.Messages;
import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.rules.PhaseWindow;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The programme specification builder and phase windows reject bad values, naming the field. */
class ProgrammeBuilderTest {

  private static InvalidValueException rejected(Supplier<?> build) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(build::get);
    assertThat(t).isInstanceOf(InvalidValueException.class);
    return (InvalidValueException) t;
  }

  @Nested
  class Defaults {
    @Test
    void aSpecificationIsOpenUnversionedAndInTheRegionsZone() {
      Programme spec = lebak2019().build();

      assertThat(spec.status()).isEqualTo(ProgrammeStatus.OPEN);
      assertThat(spec.version()).isZero();
      assertThat(spec.timeZone()).isEqualTo(IndonesianTimeZone.WIB);
      assertThat(spec.rulebookId()).isEqualTo("5d");
      assertThat(spec.rulebookVersion()).isEqualTo(1);
      assertThat(spec.schedule()).containsKeys("DRUM_UP", "DIAGNOSE", "DESIGN", "DELIVER", "DISPLAY");
    }

    @Test
    void theZoneCanBeOverridden() {
      assertThat(lebak2019().timeZone(IndonesianTimeZone.WIT).build().timeZone()).isEqualTo(IndonesianTimeZone.WIT);
    }

    @Test
    void theContextRulesSeeCarriesIdStatusUnitsAndWindows() {
      var ctx = lebak2019().build().toContext();

      assertThat(ctx.programmeId()).isEqualTo("lebak-2019");
      assertThat(ctx.open()).isTrue();
      assertThat(ctx.participatingOpds()).hasSize(4);
      assertThat(ctx.findWindow("DISPLAY")).contains(PhaseWindow.of("2019-12-12", "2019-12-15"));
      assertThat(ctx.findWindow("DOCUMENTATION")).isEmpty();
    }
  }

  static Stream<Arguments> badSpecifications() {
    return Stream.of(
        Arguments.of("upper case and space in id", (Supplier<?>) () -> lebak2019().id("Lebak 2019").build(),
            "INVALID_PROGRAMME_ID", "id",
            "Programme id \"Lebak 2019\" must be 1-64 lower-case letters, digits, \".\", \"_\" or \"-\", e.g. lebak-2019.",
            "Id program \"Lebak 2019\" harus 1-64 huruf kecil, angka, \".\", \"_\" atau \"-\", misalnya lebak-2019."),
        Arguments.of("no id", (Supplier<?>) () -> lebak2019().id(null).build(),
            "INVALID_PROGRAMME_ID", "id", null, null),
        Arguments.of("id too long", (Supplier<?>) () -> lebak2019().id("l".repeat(65)).build(),
            "INVALID_PROGRAMME_ID", "id", null, null),
        Arguments.of("year before 2000", (Supplier<?>) () -> lebak2019().year(1999).build(),
            "INVALID_YEAR", "year", "Year 1999 is outside 2000-2200.", "Tahun 1999 di luar 2000-2200."),
        Arguments.of("year after 2200", (Supplier<?>) () -> lebak2019().year(2201).build(),
            "INVALID_YEAR", "year", "Year 2201 is outside 2000-2200.", "Tahun 2201 di luar 2000-2200."),
        Arguments.of("year never set", (Supplier<?>) () -> Programme.builder().region(LabFixture.LEBAK)
            .id("lebak-2019").name("Labinov").organisingUnit("BAPPEDA").target(1).build(),
            "INVALID_YEAR", "year", "Year 0 is outside 2000-2200.", "Tahun 0 di luar 2000-2200."),
        Arguments.of("target zero", (Supplier<?>) () -> lebak2019().target(0).build(),
            "INVALID_TARGET", "target", "Target 0 must be at least 1 innovation.",
            "Target 0 harus paling sedikit 1 inovasi."),
        Arguments.of("negative target", (Supplier<?>) () -> lebak2019().target(-64).build(),
            "INVALID_TARGET", "target", "Target -64 must be at least 1 innovation.",
            "Target -64 harus paling sedikit 1 inovasi."),
        Arguments.of("no region", (Supplier<?>) () -> lebak2019().region(null).build(),
            "REQUIRED", "region", null, null),
        Arguments.of("no name", (Supplier<?>) () -> lebak2019().name(null).build(),
            "REQUIRED", "name", null, null),
        Arguments.of("blank name", (Supplier<?>) () -> lebak2019().name("  ").build(),
            "REQUIRED", "name", null, null),
        Arguments.of("no organising unit", (Supplier<?>) () -> Programme.builder().region(LabFixture.LEBAK)
            .id("lebak-2019").year(2019).name("Labinov").target(1).build(),
            "REQUIRED", "organisingUnit", null, null),
        Arguments.of("no rulebook id", (Supplier<?>) () -> lebak2019().rulebook(null, 1).build(),
            "REQUIRED", "rulebookId", null, null),
        Arguments.of("null stage", (Supplier<?>) () -> lebak2019().phase(null, PhaseWindow.of("2019-01-01", "2019-01-02")),
            "REQUIRED", "stage", null, null),
        Arguments.of("null window", (Supplier<?>) () -> lebak2019().phase("DESIGN", null),
            "REQUIRED", "window", null, null),
        Arguments.of("null participants", (Supplier<?>) () -> lebak2019().participants((String[]) null),
            "REQUIRED", "participants", null, null),
        Arguments.of("null coaches", (Supplier<?>) () -> lebak2019().coaches((String[]) null),
            "REQUIRED", "coaches", null, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSpecifications")
  void rejectsABadSpecificationNamingTheField(String why, Supplier<?> build, String code, String field,
      String english, String indonesian) {
    InvalidValueException e = rejected(build);

    assertThat(e.code()).isEqualTo(code);
    assertThat(e.field()).isEqualTo(field);
    if (english != null) {
      assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo(english);
      assertThat(e.getMessage(Messages.INDONESIAN)).isEqualTo(indonesian);
    }
  }

  @Nested
  class Windows {
    @ParameterizedTest(name = "[{0}, {1})")
    @ValueSource(strings = {"2019-12-15,2019-12-12", "2019-12-12,2019-12-12"})
    void anEmptyWindowIsRejectedNamingItsEnd(String range) {
      String[] parts = range.split(",");

      InvalidValueException e = rejected(() -> PhaseWindow.of(parts[0], parts[1]));

      assertThat(e.code()).isEqualTo("EMPTY_WINDOW");
      assertThat(e.field()).isEqualTo("end");
      assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("A phase window must end after it starts: it starts "
          + parts[0] + " and ends " + parts[1] + " (the end is the first day after the window).");
      assertThat(e.getMessage(Messages.INDONESIAN)).isEqualTo("Jendela fase harus berakhir sesudah dimulai: dimulai "
          + parts[0] + " dan berakhir " + parts[1] + " (akhir adalah hari pertama sesudah jendela).");
    }

    @Test
    void aMalformedDateIsRejectedNamingTheWindow() {
      InvalidValueException e = rejected(() -> PhaseWindow.of("2019-13-01", "2019-12-15"));

      assertThat(e.code()).isEqualTo("INVALID_DATE");
      assertThat(e.field()).isEqualTo("window");
      assertThat(e.getMessage(Locale.ENGLISH))
          .isEqualTo("Date range \"2019-13-01..2019-12-15\" is malformed: write ISO dates, e.g. 2019-12-12.");
      assertThat(e.getMessage(Messages.INDONESIAN))
          .isEqualTo("Rentang tanggal \"2019-13-01..2019-12-15\" tidak sesuai format: tulis tanggal ISO, misalnya 2019-12-12.");
    }

    @Test
    void missingDatesAreRejectedNamingThem() {
      assertThat(rejected(() -> new PhaseWindow(null, LocalDate.of(2019, 12, 15))).field()).isEqualTo("start");
      assertThat(rejected(() -> new PhaseWindow(LocalDate.of(2019, 12, 12), null)).field()).isEqualTo("end");
      assertThat(rejected(() -> PhaseWindow.of(null, "2019-12-15")).field()).isEqualTo("start");
    }

    @Test
    void aWindowIsHalfOpen() {
      PhaseWindow display = PhaseWindow.of("2019-12-12", "2019-12-15");

      assertThat(display.contains(LocalDate.of(2019, 12, 11))).isFalse();
      assertThat(display.contains(LocalDate.of(2019, 12, 12))).isTrue();
      assertThat(display.contains(LocalDate.of(2019, 12, 14))).isTrue();
      assertThat(display.contains(LocalDate.of(2019, 12, 15))).isFalse();
    }

    @Test
    void windowsOverlapOnlyWhenTheyShareADay() {
      PhaseWindow display = PhaseWindow.of("2019-12-12", "2019-12-15");

      assertThat(display.overlaps(PhaseWindow.of("2019-12-14", "2019-12-20"))).isTrue();
      assertThat(display.overlaps(PhaseWindow.of("2019-12-15", "2019-12-20"))).isFalse();
      assertThat(display.overlaps(PhaseWindow.of("2019-12-01", "2019-12-12"))).isFalse();
    }
  }

  @Test
  void aBadOpdCodeAmongParticipantsIsRejectedNotAsNullPointer() {
    assertThatThrownBy(() -> lebak2019().participants("DINKES", null))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> lebak2019().organisingUnit("bappeda lebak"))
        .isInstanceOf(InvalidValueException.class);
  }
}
