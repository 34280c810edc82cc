package id.labinov.core.model;

import id.labinov.core.error.InvalidValueException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Nomor Induk Pegawai: the 18-digit number of a PNS (permanent civil servant), Perka BKN 22/2007.
 *
 * <p>Layout: birth date {@code YYYYMMDD}, start of CPNS service {@code YYYYMM}, sex (1 male, 2
 * female), and a 3-digit sequence, e.g. {@code 19860926 201505 1 001}. Parsing accepts spaces and
 * refuses impossible dates (30 February, month 13), a service start less than 15 years after
 * birth, a sex digit other than 1 or 2, and sequence 000. The birth date, service start and sequence
 * are decoded; the sex digit is checked but not decoded (nothing in a lab needs it, and a record
 * keeps no more personal data than it uses).
 *
 * @param value the 18 digits
 */
public record Nip(String value) implements IdentityNumber {
  /**
   * Validates and decodes the digits.
   *
   * @param value the 18 digits
   * @throws InvalidValueException with code {@code INVALID_NIP} naming the broken part
   */
  public Nip {
    if (value == null || !value.matches("\\d{18}")) {
      throw new InvalidValueException("INVALID_NIP", "nip", value, "error.nip.shape");
    }
    LocalDate birth = birth(value);
    YearMonth start = start(value);
    if (start.isBefore(YearMonth.from(birth).plusYears(15))) {
      throw new InvalidValueException("INVALID_NIP", "nip", value, "error.nip.serviceBeforeAdult");
    }
    char sex = value.charAt(14);
    if (sex != '1' && sex != '2') {
      throw new InvalidValueException("INVALID_NIP", "nip", value, "error.nip.sex");
    }
    if (value.endsWith("000")) {
      throw new InvalidValueException("INVALID_NIP", "nip", value, "error.nip.sequence");
    }
  }

  private static LocalDate birth(String v) {
    try {
      LocalDate d =
          LocalDate.of(
              Integer.parseInt(v.substring(0, 4)),
              Integer.parseInt(v.substring(4, 6)),
              Integer.parseInt(v.substring(6, 8)));
      if (d.getYear() < 1900) {
        throw new DateTimeException("year");
      }
      return d;
    } catch (DateTimeException e) {
      throw new InvalidValueException("INVALID_NIP", "nip", v, "error.nip.birthDate");
    }
  }

  private static YearMonth start(String v) {
    try {
      return YearMonth.of(Integer.parseInt(v.substring(8, 12)), Integer.parseInt(v.substring(12, 14)));
    } catch (DateTimeException e) {
      throw new InvalidValueException("INVALID_NIP", "nip", v, "error.nip.serviceStart");
    }
  }

  /**
   * Parses a NIP, ignoring spaces.
   *
   * @param text e.g. {@code "19860926 201505 1 001"}
   * @return the NIP
   * @throws InvalidValueException if the text is not a valid NIP
   */
  public static Nip parse(String text) {
    return new Nip(text == null ? null : text.replace(" ", ""));
  }

  /** {@return the holder's birth date (digits 1-8)} */
  public LocalDate birthDate() {
    return birth(value);
  }

  /** {@return the month the holder started as CPNS (digits 9-14)} */
  public YearMonth serviceStart() {
    return start(value);
  }

  /** {@return the sequence number (digits 16-18), 1-999} */
  public int sequence() {
    return Integer.parseInt(value.substring(15));
  }

  /** {@return the conventional spaced form, e.g. {@code 19860926 201505 1 001}} */
  public String formatted() {
    return value.substring(0, 8) + " " + value.substring(8, 14) + " " + value.charAt(14) + " " + value.substring(15);
  }

  @Override
  public String toString() {
    return formatted();
  }
}
