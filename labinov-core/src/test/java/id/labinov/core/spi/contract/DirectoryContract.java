package id.labinov.core.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.error.LabinovException;
import id.labinov.core.gen.Gens;
import id.labinov.core.model.IdentityNumber;
import id.labinov.core.model.Nip;
import id.labinov.core.model.NoSuchPersonException;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Person;
import id.labinov.core.model.PersonErasedException;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.PersonName;
import id.labinov.core.model.PppkNumber;
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
 * language (Indonesian as the fallback), region names from the shipped data, a person's record (name
 * and NIP, PPPK number or none) read back as put, a person's name corrected in place or the person
 * erased for good (name and number gone from storage, the erasure kept, later puts refused), bulk
 * puts all or nothing, bad names refused with typed errors, concurrent writers losing no update, and
 * a random sequence of puts, corrections and erasures agreeing with a plain map. A subclass per store
 * supplies an empty directory for each test.
 */
public abstract class DirectoryContract {
  private static final Locale ID = Locale.forLanguageTag("id-ID");
  private static final Locale EN = Locale.ENGLISH;
  private static final OpdCode DINKES = OpdCode.of("DINKES");
  private static final PersonId SITI = PersonId.of("u-siti");
  private static final Theme KLA = Theme.of("KOTA_LAYAK_ANAK");
  private static final Nip SITI_NIP = Nip.parse("19860926 201505 2 001");
  private static final PppkNumber SITI_PPPK = PppkNumber.parse("202106013300003001");

  /**
   * Returns the directory under test: the same instance for the whole test, empty at its start.
   *
   * @return the directory
   */
  protected abstract DirectoryStore directory();

  /**
   * Returns everything the store holds for a person, as text (every column of every row that holds
   * the person, for a database), so a test can show an erased name and number are gone from
   * storage, not only hidden; empty if the store cannot show it.
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
    putName(SITI, "Siti Rahmawati, S.KM.");
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

  /** Puts the record of a person without an identity number. */
  private void putName(PersonId person, String name) {
    directory().putPerson(Person.named(person, name));
  }

  @Test
  void aPersonsRecordIsReadBackAsPutAndReportsSeeTheNameOnly() {
    Person siti = new Person(SITI, "Siti Rahmawati, S.KM.", SITI_NIP);
    Person budi = new Person(PersonId.of("u-budi"), "Budi Santoso", SITI_PPPK);
    Person ayu = Person.named(PersonId.of("u-ayu"), "Ni Luh Putu Ayu");

    directory().putAll(List.of(DirectoryEntry.person(siti), DirectoryEntry.person(budi), DirectoryEntry.person(ayu)));

    assertThat(directory().findPerson(SITI)).contains(siti);
    assertThat(directory().findPerson(SITI).orElseThrow().findNip()).contains(SITI_NIP);
    assertThat(directory().findPerson(budi.id())).contains(budi);
    assertThat(directory().findPerson(budi.id()).orElseThrow().identityNumber()).isInstanceOf(PppkNumber.class);
    assertThat(directory().findPerson(ayu.id())).contains(ayu);
    assertThat(directory().findPerson(ayu.id()).orElseThrow().identityNumber()).isSameAs(IdentityNumber.none());
    assertThat(directory().findPerson(PersonId.of("u-nobody"))).isEmpty();
    assertThat(directory().findPersonName(SITI)).isEqualTo(PersonName.of("Siti Rahmawati, S.KM."));
    assertThat(directory().findPersonName(SITI).toString()).doesNotContain(SITI_NIP.value());
  }

  @Test
  void aPutReplacesTheWholeRecordAndACorrectionKeepsTheNumber() {
    directory().putPerson(new Person(SITI, "Siti Rahmawaty", SITI_PPPK));
    directory().putPerson(new Person(SITI, "Siti Rahmawaty", SITI_NIP)); // appointed PNS

    directory().correctPersonName(SITI, "Siti Rahmawati");

    assertThat(directory().findPerson(SITI)).contains(new Person(SITI, "Siti Rahmawati", SITI_NIP));
    storedPersonRow(SITI).ifPresent(row -> assertThat(row).doesNotContain(SITI_PPPK.value()).doesNotContain("Rahmawaty"));
    directory().putPerson(Person.named(SITI, "Siti Rahmawati"));
    assertThat(directory().findPerson(SITI)).contains(Person.named(SITI, "Siti Rahmawati"));
    storedPersonRow(SITI).ifPresent(row -> assertThat(row).as("a put without a number removes the number")
        .doesNotContain(SITI_NIP.value()));
  }

  /** Any valid NIP or PPPK number put with a person is read back equal, on every store. */
  @Test
  void everyValidIdentityNumberIsReadBackEqual() {
    AtomicInteger n = new AtomicInteger();
    Gen<String> pppkDigits = lists().of(integers().between(0, 9)).ofSizeBetween(8, 30)
        .map(ds -> ds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining()));
    qt().withExamples(30).forAll(Gens.nips(), pppkDigits).checkAssert((nip, digits) -> {
      Person pns = new Person(PersonId.of("nip-" + n.incrementAndGet()), "PNS " + n.get(), nip);
      Person pppk = new Person(PersonId.of("pppk-" + n.get()), "PPPK " + n.get(), PppkNumber.parse(digits));
      directory().putAll(List.of(DirectoryEntry.person(pns), DirectoryEntry.person(pppk)));
      assertThat(directory().findPerson(pns.id())).contains(pns);
      assertThat(directory().findPerson(pns.id()).orElseThrow().findNip().orElseThrow().formatted())
          .isEqualTo(nip.formatted());
      assertThat(directory().findPerson(pppk.id())).contains(pppk);
    });
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
    putName(SITI, "Nyoman Su\u0301ardana"); // a combining accent, stored composed
    assertThat(directory().findOpdName(DINKES)).contains("Dinas Kesehatan, Pengendalian Penduduk dan KB");
    assertThat(directory().findPersonName(SITI).findName()).contains("Nyoman S\u00faardana");
    directory().putOpdName(OpdCode.of("LONG"), "B".repeat(DirectoryEntry.MAX_NAME_LENGTH));
    assertThat(directory().findOpdName(OpdCode.of("LONG"))).contains("B".repeat(DirectoryEntry.MAX_NAME_LENGTH));
  }

  @Test
  void erasingAPersonDeletesTheNameAndNumberAndKeepsTheErasure() {
    directory().putPerson(new Person(SITI, "Siti Rahmawati", SITI_NIP));
    storedPersonRow(SITI).ifPresent(row -> assertThat(row).as("the stored rows before").contains("Siti")
        .contains(SITI_NIP.value()));

    assertThat(directory().erasePerson(SITI)).as("a record was deleted").isTrue();

    assertThat(directory().findPersonName(SITI)).isEqualTo(PersonName.erased());
    assertThat(directory().findPersonName(SITI).isErased()).isTrue();
    assertThat(directory().findPersonName(SITI).findName()).isEmpty();
    assertThat(directory().findPerson(SITI)).as("no record, so no NIP").isEmpty();
    storedPersonRow(SITI).ifPresent(row -> assertThat(row).as("the stored rows").doesNotContain("Siti")
        .doesNotContain(SITI_NIP.value()).doesNotContain(SITI_NIP.formatted()));
    assertThatThrownBy(() -> directory().putPerson(new Person(SITI, "Siti Rahmawati", SITI_NIP)))
        .as("the old record cannot come back").isInstanceOf(PersonErasedException.class);
    assertThat(directory().findPerson(SITI)).isEmpty();
    assertThat(directory().erasePerson(SITI)).as("erasing again").isFalse();
    assertThat(directory().findPersonName(SITI)).isEqualTo(PersonName.erased());
  }

  @Test
  void anErasedPersonCannotBePutOrCorrectedAgain() {
    putName(SITI, "Siti Rahmawati");
    directory().erasePerson(SITI);

    assertThatThrownBy(() -> putName(SITI, "Siti Rahmawati"))
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
    assertThat(directory().erasePerson(later)).isFalse();
    assertThat(directory().findPersonName(later)).isEqualTo(PersonName.erased());
    assertThatThrownBy(() -> putName(later, "Budi")).isInstanceOf(PersonErasedException.class);
  }

  @Test
  void aCorrectionOverwritesAKnownNameOnly() {
    assertThatThrownBy(() -> directory().correctPersonName(SITI, "Siti R."))
        .isInstanceOfSatisfying(NoSuchPersonException.class, e -> assertThat(e.code()).isEqualTo("NO_SUCH_PERSON"));
    assertThat(directory().findPersonName(SITI)).isEqualTo(PersonName.unknown());

    putName(SITI, "Siti Rahmawaty");
    directory().correctPersonName(SITI, "Siti Rahmawati");

    assertThat(directory().findPersonName(SITI).findName()).contains("Siti Rahmawati");
    storedPersonRow(SITI).ifPresent(row -> assertThat(row).doesNotContain("Rahmawaty"));
  }

  @Test
  void aBulkPutIsAllOrNothing() {
    PersonId erased = PersonId.of("u-erased");
    directory().erasePerson(erased);
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
    assertCode(() -> putName(SITI, "Siti\u001b[31m"), "CONTROL_CHARACTER");
    assertCode(() -> putName(SITI, "Siti 198503302003122002"), "IDENTITY_NUMBER_IN_NAME");
    assertCode(() -> directory().putAll(null), "REQUIRED");
    assertCode(() -> directory().putAll(java.util.Arrays.asList(DirectoryEntry.opd(DINKES, "D"), null)), "REQUIRED");
    assertCode(() -> directory().correctPersonName(SITI, null), "REQUIRED");
    assertCode(() -> directory().erasePerson(null), "REQUIRED");
    assertCode(() -> directory().findPerson(null), "REQUIRED");
    assertCode(() -> directory().putPerson(null), "REQUIRED");
    assertCode(() -> directory().putPerson(new Person(SITI, "Siti 198503302003122002", SITI_NIP)),
        "IDENTITY_NUMBER_IN_NAME");
    assertThat(directory().findOpdName(DINKES)).as("nothing of a refused put").isEmpty();
    InvalidValueException nip = catchInvalid(() -> putName(SITI, "198503302003122002"));
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
        putName(p, "Before");
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
          return directory().erasePerson(p);
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

  /** One step on a few people: put, correct or erase, with a name and an identity number drawn from a few. */
  private record Step(int kind, int person, int name, int number) {
    private static final String[] NAMES = {"Siti", "Budi Santoso", "Ni Luh Putu Ayu", "Ahmad Fauzi, S.T.", "\u00c9va"};
    private static final IdentityNumber[] NUMBERS = {IdentityNumber.none(), SITI_NIP,
        Nip.parse("19900228 201403 1 999"), SITI_PPPK};

    PersonId id(int example) {
      return PersonId.of("e" + example + "-p" + person);
    }

    String text() {
      return NAMES[name];
    }

    Person record(int example) {
      return new Person(id(example), text(), NUMBERS[number]);
    }
  }

  private static Gen<Step> steps() {
    // weighted toward puts, so corrections and erasures find records to act on
    return integers().between(0, 5).zip(integers().between(0, 3), integers().between(0, 4), integers().between(0, 3),
        (k, p, n, i) -> new Step(k <= 2 ? 0 : k - 2, p, n, i));
  }

  /**
   * A random sequence of puts, corrections and erasures leaves the store equal to a plain map of
   * person records with erased markers: each step succeeds or fails exactly as the map says, every
   * record reads back whole (name and identity number), and an erased person's name and number are
   * gone from storage. Each example uses person ids of its own, so one store serves them all.
   */
  @Test
  void aSequenceOfWritesEqualsASimpleModel() {
    AtomicInteger examples = new AtomicInteger();
    Map<String, AtomicInteger> kinds = new HashMap<>();
    qt().withExamples(40).forAll(lists().of(steps()).ofSizeBetween(1, 25)).checkAssert(sequence -> {
      int example = examples.incrementAndGet();
      Map<PersonId, Optional<Person>> model = new HashMap<>(); // empty optional: erased
      for (Step s : sequence) {
        PersonId id = s.id(example);
        Optional<Person> held = model.get(id);
        String outcome;
        switch (s.kind) {
          case 0 -> {
            if (held != null && held.isEmpty()) {
              assertThatThrownBy(() -> directory().putPerson(s.record(example))).isInstanceOf(PersonErasedException.class);
              outcome = "put-refused";
            } else {
              directory().putPerson(s.record(example));
              model.put(id, Optional.of(s.record(example)));
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
              model.put(id, Optional.of(held.get().withName(s.text())));
              outcome = "correct";
            }
          }
          default -> {
            assertThat(directory().erasePerson(id)).isEqualTo(held != null && held.isPresent());
            model.put(id, Optional.empty());
            outcome = "erase";
          }
        }
        kinds.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
        for (int p = 0; p < 4; p++) {
          PersonId other = new Step(0, p, 0, 0).id(example);
          Optional<Person> m = model.get(other);
          PersonName expected = m == null ? PersonName.unknown()
              : m.map(r -> PersonName.of(r.name())).orElse(PersonName.erased());
          assertThat(directory().findPersonName(other)).as(other + " after " + sequence).isEqualTo(expected);
          assertThat(directory().findPerson(other)).as(other + " after " + sequence)
              .isEqualTo(m == null ? Optional.empty() : m);
        }
      }
      model.forEach((id, m) -> {
        if (m.isEmpty()) {
          storedPersonRow(id).ifPresent(row -> {
            for (String name : Step.NAMES) {
              assertThat(row).as(id + " erased").doesNotContain(name);
            }
            for (IdentityNumber number : Step.NUMBERS) {
              if (!number.value().isEmpty()) {
                assertThat(row).as(id + " erased").doesNotContain(number.value());
              }
            }
          });
        }
      });
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
