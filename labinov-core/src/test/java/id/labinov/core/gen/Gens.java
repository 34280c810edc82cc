package id.labinov.core.gen;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import id.labinov.core.model.EvidenceKind;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.Nip;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.Province;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.RegionLevel;
import id.labinov.core.model.Theme;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Shared QuickTheories generators for labinov's domain values: region codes, NIPs, person ids, OPD
 * codes, themes, evidence kinds, hashes and innovation ids. Every generator yields valid values
 * unless its name says otherwise ({@code anyRegionCodeText}, {@code anyEighteenDigits}).
 */
public final class Gens {
  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String DIGITS = "0123456789";
  private static final String HEX = "0123456789abcdef";
  /** Largest millisecond count a version 7 UUID can hold (48 bits). */
  public static final long MAX_UUID7_MILLIS = (1L << 48) - 1;

  private Gens() {}

  // ---------------------------------------------------------------- regions

  /** Any of the listed provinces. */
  public static Gen<Province> provinces() {
    return arbitrary().enumValues(Province.class);
  }

  /** A kabupaten number 01-69. */
  public static Gen<Integer> regencyNumbers() {
    return integers().between(1, 69);
  }

  /** A kota number 71-99. */
  public static Gen<Integer> cityNumbers() {
    return integers().between(71, 99);
  }

  /** A valid {@code KK} part: kabupaten or kota, never 00 or 70. */
  public static Gen<Integer> regencyOrCityNumbers() {
    return regencyNumbers().mix(cityNumbers());
  }

  /** A valid desa/kelurahan part {@code NNNN}: first digit 1-3, not x000. */
  public static Gen<String> villageParts() {
    return integers().between(1, 3).zip(integers().between(1, 999), (kind, n) -> kind + pad(n, 3));
  }

  /** Valid region codes, as text, of the given level. */
  public static Gen<String> regionCodeTexts(RegionLevel level) {
    Gen<String> province = provinces().map(Province::code);
    Gen<String> regency = province.zip(regencyOrCityNumbers(), (p, k) -> p + "." + pad(k, 2));
    Gen<String> district = regency.zip(integers().between(1, 99), (r, c) -> r + "." + pad(c, 2));
    return switch (level) {
      case PROVINCE -> province;
      case REGENCY_OR_CITY -> regency;
      case DISTRICT -> district;
      case VILLAGE -> district.zip(villageParts(), (d, v) -> d + "." + v);
    };
  }

  /** Valid region codes of the given level. */
  public static Gen<RegionCode> regionCodes(RegionLevel level) {
    return regionCodeTexts(level).map(RegionCode::new);
  }

  /** Valid region codes of any level. */
  public static Gen<RegionCode> regionCodes() {
    return arbitrary().enumValues(RegionLevel.class).flatMap(Gens::regionCodes);
  }

  /**
   * Text that may or may not be a region code: valid codes, codes with one character changed,
   * dotted digit groups of random sizes, white space and arbitrary printable or Unicode text.
   */
  public static Gen<String> anyRegionCodeText() {
    Gen<String> valid = arbitrary().enumValues(RegionLevel.class).flatMap(Gens::regionCodeTexts);
    Gen<String> mutated = valid.zip(
        integers().between(0, 12), arbitrary().pick(List.of('0', '9', '.', ' ', 'a', '7', '\u0663')),
        (s, i, c) -> { var b = new StringBuilder(s); b.setCharAt(i % s.length(), c); return b.toString(); });
    Gen<String> dotted = lists().of(digitStrings(0, 5)).ofSizeBetween(1, 5)
        .map(parts -> String.join(".", parts));
    Gen<String> padded = valid.zip(arbitrary().pick(List.of(" ", "\t", "\n", "\u00a0", "")),
        (s, w) -> w + s + w);
    return Generate.frequency(List.of(
        Pair.of(3, valid), Pair.of(3, mutated),
        Pair.of(3, dotted), Pair.of(2, padded),
        Pair.of(2, strings().ascii().ofLengthBetween(0, 16)),
        Pair.of(1, strings().allPossible().ofLengthBetween(0, 16))));
  }

  // ---------------------------------------------------------------- NIP

  /** The parts of a PNS NIP; {@code sexDigit} is 1 or 2 (checked, not decoded). */
  public record NipParts(LocalDate birthDate, YearMonth serviceStart, int sexDigit, int sequence) {
    /** Returns the 18 digits. */
    public String digits() {
      return String.format("%04d%02d%02d%04d%02d%d%03d", birthDate.getYear(), birthDate.getMonthValue(),
          birthDate.getDayOfMonth(), serviceStart.getYear(), serviceStart.getMonthValue(),
          sexDigit, sequence);
    }

    /** Returns the conventional spaced form {@code YYYYMMDD YYYYMM S NNN}. */
    public String spaced() {
      String d = digits();
      return d.substring(0, 8) + " " + d.substring(8, 14) + " " + d.charAt(14) + " " + d.substring(15);
    }
  }

  /** Birth dates a NIP can encode: 1900-01-01 to 2010-12-31. */
  public static Gen<LocalDate> nipBirthDates() {
    long first = LocalDate.of(1900, 1, 1).toEpochDay();
    long last = LocalDate.of(2010, 12, 31).toEpochDay();
    return longs().between(first, last).map(LocalDate::ofEpochDay);
  }

  /** Valid NIP parts: service starts 15 to 65 years after the birth month. */
  public static Gen<NipParts> nipParts() {
    return nipBirthDates().zip(integers().between(15 * 12, 65 * 12), integers().between(1, 2),
        integers().between(1, 999),
        (birth, months, sex, seq) -> new NipParts(birth, YearMonth.from(birth).plusMonths(months), sex, seq));
  }

  /** NIP parts whose service starts less than 15 years after the birth month (invalid). */
  public static Gen<NipParts> nipPartsStartingTooYoung() {
    return nipBirthDates().zip(integers().between(-24, 15 * 12 - 1), integers().between(1, 2),
        integers().between(1, 999),
        (birth, months, sex, seq) -> new NipParts(birth, YearMonth.from(birth).plusMonths(months), sex, seq));
  }

  /** Valid NIPs. */
  public static Gen<Nip> nips() {
    return nipParts().map(p -> Nip.parse(p.digits()));
  }

  /**
   * Strings of exactly 18 ASCII digits, valid or not: random digits, and valid NIPs with one digit
   * replaced, so both outcomes of parsing occur often.
   */
  public static Gen<String> anyEighteenDigits() {
    Gen<String> random = digitStrings(18, 18);
    Gen<String> mutated = nipParts().zip(integers().between(0, 17), integers().between(0, 9), (p, i, d) -> {
      var b = new StringBuilder(p.digits());
      b.setCharAt(i, (char) ('0' + d));
      return b.toString();
    });
    return random.mix(mutated);
  }

  // ---------------------------------------------------------------- people and units

  /** Valid person ids: 1-64 visible ASCII characters. */
  public static Gen<PersonId> personIds() {
    return strings().betweenCodePoints(0x21, 0x7e).ofLengthBetween(1, 64).map(PersonId::new);
  }

  /** Valid OPD codes: {@code [A-Z0-9][A-Z0-9._-]{0,39}}. */
  public static Gen<OpdCode> opdCodes() {
    return fromAlphabet(UPPER + DIGITS, UPPER + DIGITS + "._-", 0, 39).map(OpdCode::new);
  }

  /** Valid theme codes. */
  public static Gen<Theme> themes() {
    return upperSnakeCodes().map(Theme::new);
  }

  /** Valid evidence kinds. */
  public static Gen<EvidenceKind> evidenceKinds() {
    return upperSnakeCodes().map(EvidenceKind::new);
  }

  /** Codes of the shape {@code [A-Z][A-Z0-9_]{1,39}}. */
  public static Gen<String> upperSnakeCodes() {
    return fromAlphabet(UPPER, UPPER + DIGITS + "_", 1, 39);
  }

  /** SHA-256 digests as 64 lower-case hex digits. */
  public static Gen<String> sha256s() {
    return fromAlphabet(HEX, HEX, 63, 63);
  }

  // ---------------------------------------------------------------- innovation ids

  /** Instants with millisecond precision that a version 7 UUID can hold (1970 to year 10889). */
  public static Gen<Instant> uuid7Instants() {
    return longs().between(0, MAX_UUID7_MILLIS).map(Instant::ofEpochMilli);
  }

  /** Seeded random sources, so a failing example can be replayed. */
  public static Gen<Random> randoms() {
    return longs().all().map(Random::new);
  }

  /** Innovation ids generated from an instant and a seeded random source. */
  public static Gen<InnovationId> innovationIds() {
    return uuid7Instants().zip(randoms(), InnovationId::generate);
  }

  // ---------------------------------------------------------------- helpers

  private static Gen<String> fromAlphabet(String first, String rest, int minRest, int maxRest) {
    Gen<Character> head = arbitrary().pick(chars(first));
    Gen<List<Character>> tail = lists().of(arbitrary().pick(chars(rest))).ofSizeBetween(minRest, maxRest);
    return head.zip(tail, (h, t) -> h + t.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  private static Gen<String> digitStrings(int minLength, int maxLength) {
    return lists().of(arbitrary().pick(chars(DIGITS))).ofSizeBetween(minLength, maxLength)
        .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  private static List<Character> chars(String s) {
    return s.chars().mapToObj(c -> (char) c).collect(Collectors.toList());
  }

  private static String pad(int n, int width) {
    return String.format("%0" + width + "d", n);
  }
}
