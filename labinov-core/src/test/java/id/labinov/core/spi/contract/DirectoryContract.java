package id.labinov.core.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.error.LabinovException;
import id.labinov.core.model.NoSuchPersonException;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonErasedException;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.PersonName;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Theme;
import id.labinov.core.spi.DirectoryEntry;
import id.labinov.core.spi.DirectoryStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract of every {@link DirectoryStore}: names put and found by unit, person and theme and
 * language (Indonesian as the fallback), region names from the shipped data, a person's name
 * corrected in place or erased for good (the erasure kept, later puts refused), bulk puts all or
 * nothing, bad names refused with typed errors, concurrent writers losing no update, and a random
 * sequence of puts, corrections and erasures agreeing with a plain map. A subclass per store
 * supplies an empty directory for each test.
 */
public abstract class DirectoryContract {
  private static final Locale ID = Locale.forLanguageTag("id-ID");
  private static final Locale EN = Locale.ENGLISH;
  private static final OpdCode DINKES = OpdCode.of("DINKES");
  private static final PersonId SITI = PersonId.of("u-siti");
  private static final Theme KLA = Theme.of("KOTA_LAYAK_ANAK");

  /**
   * Returns the directory under test: the same instance for the whole test, empty at its start.
   *
   * @return the directory
   */
  protected abstract DirectoryStore directory();

  /**
   * Returns everything the store holds for a person, as text (every column of its row, for a
   * database), so a test can show an erased name is gone from storage, not only hidden; empty if
   * the store cannot show it.
   *
   * @param person the person
   * @return the stored text, or empty
   */
  protected Optional<String> storedPersonRow(PersonId person) {
    return Optional.empty();
  }

  @Test
  void findsWhatWasPutAndNothingElse() {
    directory().putOpdName(DINKES, "Dinas Kesehatan");
    directory().putPersonName(SITI, "Siti Rahmawati, S.KM.");
    directory().putThemeName(KLA, ID, "Kota Layak Anak");
    directory().putThemeName(KLA, EN, "Child-Friendly City");

    assertThat(directory().findOpdName(DINKES)).contains("Dinas Kesehatan");
    assertThat(directory().findOpdName(OpdCode.of("BAPPEDA"))).isEmpty();
    assertThat(directory().findPersonName(SITI)).isEqualTo(PersonName.of("Siti Rahmawati, S.KM."));
    assertThat(directory().findPersonName(SITI).findName()).contains("Siti Rahmawati, S.KM.");
    assertThat(directory().findPersonName(PersonId.of("u-nobody"))).isEqualTo(PersonName.unknown());
    assertThat(directory().findThemeName(KLA, ID)).contains("Kota Layak Anak");
    assertThat(directory().findThemeName(KLA, new Locale("in"))).as("the JDK's old code for Indonesian")
        .contains("Kota Layak Anak");
    assertThat(directory().findThemeName(KLA, Locale.UK)).contains("Child-Friendly City");
    assertThat(directory().findThemeName(Theme.of("KOTA_TANPA_KUMUH"), ID)).isEmpty();
  }

  @Test
  void aThemeWithoutANameInTheLanguageFallsBackToIndonesian() {
    directory().putThemeName(KLA, ID, "Kota Layak Anak");
    assertThat(directory().findThemeName(KLA, EN)).contains("Kota Layak Anak");
    assertThat(directory().findThemeName(KLA, Locale.JAPANESE)).contains("Kota Layak Anak");
  }

  @Test
  void regionNamesComeFromTheShippedData() {
    assertThat(directory().findRegionName(RegionCode.parse("36.02"))).contains("Kabupaten Lebak");
    assertThat(directory().findRegionName(RegionCode.parse("36"))).contains("Banten");
    assertThat(directory().findRegionName(RegionCode.parse("96"))).contains("Papua Barat Daya");
    assertThat(directory().findRegionName(RegionCode.parse("36.02.01"))).isEmpty();
  }

  @Test
  void aPutReplacesTheNameHeldAndKeepsUnicodeAsNfc() {
    directory().putOpdName(DINKES, "Dinas Kesehatan");
    directory().putOpdName(DINKES, "  Dinas Kesehatan, Pengendalian Penduduk dan KB  ");
    directory().putPersonName(SITI, "Nyoman Su\u0301ardana"); // a combining accent, stored composed
    assertThat(directory().findOpdName(DINKES)).contains("Dinas Kesehatan, Pengendalian Penduduk dan KB");
    assertThat(directory().findPersonName(SITI).findName()).contains("Nyoman S\u00faardana");
    directory().putOpdName(OpdCode.of("LONG"), "B".repeat(DirectoryEntry.MAX_NAME_LENGTH));
    assertThat(directory().findOpdName(OpdCode.of("LONG"))).contains("B".repeat(DirectoryEntry.MAX_NAME_LENGTH));
  }

  @Test
  void erasingAPersonDeletesTheNameAndKeepsTheErasure() {
    directory().putPersonName(SITI, "Siti Rahmawati");

    assertThat(directory().erasePersonName(SITI)).as("a name was deleted").isTrue();

    assertThat(directory().findPersonName(SITI)).isEqualTo(PersonName.erased());
    assertThat(directory().findPersonName(SITI).isErased()).isTrue();
    assertThat(directory().findPersonName(SITI).findName()).isEmpty();
    storedPersonRow(SITI).ifPresent(row -> assertThat(row).as("the stored row").doesNotContain("Siti"));
    assertThat(directory().erasePersonName(SITI)).as("erasing again").isFalse();
    assertThat(directory().findPersonName(SITI)).isEqualTo(PersonName.erased());
  }

  @Test
  void anErasedPersonCannotBePutOrCorrectedAgain() {
    directory().putPersonName(SITI, "Siti Rahmawati");
    directory().erasePersonName(SITI);

    assertThatThrownBy(() -> directory().putPersonName(SITI, "Siti Rahmawati"))
        .isInstanceOfSatisfying(PersonErasedException.class, e -> {
          assertThat(e.code()).isEqualTo("PERSON_ERASED");
          assertThat(e.person()).isEqualTo(SITI);
        });
    assertThatThrownBy(() -> directory().correctPersonName(SITI, "Siti R."))
        .isInstanceOf(PersonErasedException.class);
    assertThat(directory().findPersonName(SITI)).isEqualTo(PersonName.erased());
  }

  @Test
  void erasingAPersonNotYetKnownKeepsTheErasureForLaterPuts() {
    PersonId later = PersonId.of("u-later");
    assertThat(directory().erasePersonName(later)).isFalse();
    assertThat(directory().findPersonName(later)).isEqualTo(PersonName.erased());
    assertThatThrownBy(() -> directory().putPersonName(later, "Budi")).isInstanceOf(PersonErasedException.class);
  }

  @Test
  void aCorrectionOverwritesAKnownNameOnly() {
    assertThatThrownBy(() -> directory().correctPersonName(SITI, "Siti R."))
        .isInstanceOfSatisfying(NoSuchPersonException.class, e -> assertThat(e.code()).isEqualTo("NO_SUCH_PERSON"));
    assertThat(directory().findPersonName(SITI)).isEqualTo(PersonName.unknown());

    directory().putPersonName(SITI, "Siti Rahmawaty");
    directory().correctPersonName(SITI, "Siti Rahmawati");

    assertThat(directory().findPersonName(SITI).findName()).contains("Siti Rahmawati");
    storedPersonRow(SITI).ifPresent(row -> assertThat(row).doesNotContain("Rahmawaty"));
  }

  @Test
  void aBulkPutIsAllOrNothing() {
    PersonId erased = PersonId.of("u-erased");
    directory().erasePersonName(erased);
    List<DirectoryEntry> entries = List.of(DirectoryEntry.opd(DINKES, "Dinas Kesehatan"),
        DirectoryEntry.theme(KLA, ID, "Kota Layak Anak"), DirectoryEntry.person(SITI, "Siti"),
        DirectoryEntry.person(erased, "Back Again"));

    assertThatThrownBy(() -> directory().putAll(entries)).isInstanceOf(PersonErasedException.class);

    assertThat(directory().findOpdName(DINKES)).isEmpty();
    assertThat(directory().findThemeName(KLA, ID)).isEmpty();
    assertThat(directory().findPersonName(SITI)).isEqualTo(PersonName.unknown());
    assertThat(directory().findPersonName(erased)).isEqualTo(PersonName.erased());
  }

  @Test
  void aBulkPutKeepsTheLastOfRepeatedEntries() {
    directory().putAll(List.of(DirectoryEntry.opd(DINKES, "Dinkes"), DirectoryEntry.opd(DINKES, "Dinas Kesehatan"),
        DirectoryEntry.person(SITI, "S"), DirectoryEntry.person(SITI, "Siti")));
    directory().putAll(List.of());
    assertThat(directory().findOpdName(DINKES)).contains("Dinas Kesehatan");
    assertThat(directory().findPersonName(SITI).findName()).contains("Siti");
  }

  @Test
  void badArgumentsAreTypedErrors() {
    assertCode(() -> directory().findOpdName(null), "REQUIRED");
    assertCode(() -> directory().findPersonName(null), "REQUIRED");
    assertCode(() -> directory().findThemeName(KLA, null), "REQUIRED");
    assertCode(() -> directory().findThemeName(KLA, Locale.ROOT), "INVALID_LANGUAGE");
    assertCode(() -> directory().findRegionName(null), "REQUIRED");
    assertCode(() -> directory().putOpdName(DINKES, "  "), "REQUIRED");
    assertCode(() -> directory().putOpdName(DINKES, "x".repeat(DirectoryEntry.MAX_NAME_LENGTH + 1)), "NAME_TOO_LONG");
    assertCode(() -> directory().putPersonName(SITI, "Siti\u001b[31m"), "CONTROL_CHARACTER");
    assertCode(() -> directory().putPersonName(SITI, "Siti 198503302003122002"), "IDENTITY_NUMBER_IN_NAME");
    assertCode(() -> directory().putAll(null), "REQUIRED");
    assertCode(() -> directory().putAll(java.util.Arrays.asList(DirectoryEntry.opd(DINKES, "D"), null)), "REQUIRED");
    assertCode(() -> directory().correctPersonName(SITI, null), "REQUIRED");
    assertCode(() -> directory().erasePersonName(null), "REQUIRED");
    assertThat(directory().findOpdName(DINKES)).as("nothing of a refused put").isEmpty();
    InvalidValueException nip = catchInvalid(() -> directory().putPersonName(SITI, "198503302003122002"));
    assertThat(nip.getMessage()).as("the message does not echo the number").doesNotContain("198503302003122002");
    assertThat(nip.getMessage(ID)).contains("NIP");
  }

  /** Two writers put overlapping sets of names at once: every name of both lands, none is lost. */
  @Test
  void twoWritersLoseNoUpdate() throws Exception {
    int n = 60;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger failures = new AtomicInteger();
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        int writer = w;
        writers.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < n; i++) {
            // each writer its own units, and shared ones both write (new rows raced on insert)
            directory().putOpdName(OpdCode.of("W" + writer + "-" + i), "Unit " + writer + " " + i);
            directory().putOpdName(OpdCode.of("SHARED-" + i), "Shared by " + writer);
            directory().putAll(List.of(DirectoryEntry.person(PersonId.of("p" + writer + "-" + i), "Person " + i),
                DirectoryEntry.theme(KLA, writer == 0 ? ID : EN, "Theme " + writer)));
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : writers) {
        try {
          f.get(2, TimeUnit.MINUTES);
        } catch (java.util.concurrent.ExecutionException e) {
          failures.incrementAndGet();
          throw new AssertionError("a writer failed", e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(failures).hasValue(0);
    for (int w = 0; w < 2; w++) {
      for (int i = 0; i < n; i++) {
        assertThat(directory().findOpdName(OpdCode.of("W" + w + "-" + i))).contains("Unit " + w + " " + i);
        assertThat(directory().findPersonName(PersonId.of("p" + w + "-" + i)).findName()).contains("Person " + i);
      }
    }
    for (int i = 0; i < n; i++) {
      assertThat(directory().findOpdName(OpdCode.of("SHARED-" + i)).orElseThrow()).isIn("Shared by 0", "Shared by 1");
    }
    assertThat(directory().findThemeName(KLA, ID)).contains("Theme 0");
    assertThat(directory().findThemeName(KLA, EN)).contains("Theme 1");
  }

  /** An erasure racing corrections of the same person always ends erased: no correction brings the name back. */
  @Test
  void anErasureRacingCorrectionsEndsErased() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 20; round++) {
        PersonId p = PersonId.of("race-" + round);
        directory().putPersonName(p, "Before");
        CountDownLatch start = new CountDownLatch(1);
        Future<?> corrector = pool.submit(() -> {
          start.await();
          for (int i = 0; i < 10; i++) {
            try {
              directory().correctPersonName(p, "Corrected " + i);
            } catch (PersonErasedException e) {
              return null;
            }
          }
          return null;
        });
        Future<?> eraser = pool.submit(() -> {
          start.await();
          return directory().erasePersonName(p);
        });
        start.countDown();
        corrector.get(1, TimeUnit.MINUTES);
        eraser.get(1, TimeUnit.MINUTES);
        assertThat(directory().findPersonName(p)).as("round " + round).isEqualTo(PersonName.erased());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ---------------------------------------------------------------- property: the store is a map

  /** One step on a few people: put, correct or erase, with a name drawn from a few. */
  private record Step(int kind, int person, int name) {
    private static final String[] NAMES = {"Siti", "Budi Santoso", "Ni Luh Putu Ayu", "Ahmad Fauzi, S.T.", "\u00c9va"};

    PersonId id(int example) {
      return PersonId.of("e" + example + "-p" + person);
    }

    String text() {
      return NAMES[name];
    }
  }

  private static Gen<Step> steps() {
    // weighted toward puts, so corrections and erasures find names to act on
    return integers().between(0, 5).zip(integers().between(0, 3), integers().between(0, 4),
        (k, p, n) -> new Step(k <= 2 ? 0 : k - 2, p, n));
  }

  /**
   * A random sequence of puts, corrections and erasures leaves the store equal to a plain map of
   * names with erased markers, and each step succeeds or fails exactly as the map says; each example
   * uses person ids of its own, so one store serves them all.
   */
  @Test
  void aSequenceOfWritesEqualsASimpleModel() {
    AtomicInteger examples = new AtomicInteger();
    Map<String, AtomicInteger> kinds = new HashMap<>();
    qt().withExamples(40).forAll(lists().of(steps()).ofSizeBetween(1, 25)).checkAssert(sequence -> {
      int example = examples.incrementAndGet();
      Map<PersonId, Optional<String>> model = new HashMap<>(); // empty optional: erased
      for (Step s : sequence) {
        PersonId id = s.id(example);
        Optional<String> held = model.get(id);
        String outcome;
        switch (s.kind) {
          case 0 -> {
            if (held != null && held.isEmpty()) {
              assertThatThrownBy(() -> directory().putPersonName(id, s.text())).isInstanceOf(PersonErasedException.class);
              outcome = "put-refused";
            } else {
              directory().putPersonName(id, s.text());
              model.put(id, Optional.of(s.text()));
              outcome = "put";
            }
          }
          case 1 -> {
            if (held == null) {
              assertThatThrownBy(() -> directory().correctPersonName(id, s.text())).isInstanceOf(NoSuchPersonException.class);
              outcome = "correct-unknown";
            } else if (held.isEmpty()) {
              assertThatThrownBy(() -> directory().correctPersonName(id, s.text())).isInstanceOf(PersonErasedException.class);
              outcome = "correct-erased";
            } else {
              directory().correctPersonName(id, s.text());
              model.put(id, Optional.of(s.text()));
              outcome = "correct";
            }
          }
          default -> {
            assertThat(directory().erasePersonName(id)).isEqualTo(held != null && held.isPresent());
            model.put(id, Optional.empty());
            outcome = "erase";
          }
        }
        kinds.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
        for (int p = 0; p < 4; p++) {
          PersonId other = new Step(0, p, 0).id(example);
          Optional<String> m = model.get(other);
          PersonName expected = m == null ? PersonName.unknown() : m.map(PersonName::of).orElse(PersonName.erased());
          assertThat(directory().findPersonName(other)).as(other + " after " + sequence).isEqualTo(expected);
        }
      }
    });
    // coverage guard: the property cannot pass without exercising every outcome
    assertThat(kinds.keySet()).as("outcomes seen: " + kinds)
        .contains("put", "put-refused", "correct", "correct-unknown", "correct-erased", "erase");
  }

  private static void assertCode(Runnable call, String code) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(LabinovException.class,
        e -> assertThat(e.code()).isEqualTo(code));
  }

  private static InvalidValueException catchInvalid(Runnable call) {
    try {
      call.run();
    } catch (InvalidValueException e) {
      return e;
    }
    throw new AssertionError("no InvalidValueException");
  }
}
