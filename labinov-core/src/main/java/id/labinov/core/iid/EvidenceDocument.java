package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.i18n.Messages;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.RegionCode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One document of a region's evidence register (bukti dukung): a decree, a regulation, a report, a
 * photo, a link to a news article. The file itself stays where the region keeps it; the record holds
 * a {@link FileRef reference}. One document may back several innovations and indicators: the
 * register lists them in {@link #innovations()} and {@link #indicators()} to find documents by what
 * they back; the pre-flight reads which documents a claim links ({@link IndicatorClaim#documentIds()}).
 * Build one with {@link #builder(String, RegionCode, DocumentKind, LocalDate)}.
 *
 * @param id the register's id of the document: 1-64 letters, digits or {@code . _ : / -}, starting
 *     with a letter or digit
 * @param region the region whose register holds it
 * @param kind what it is
 * @param number its number as written (e.g. {@code 800/12/2021}), if it has one
 * @param date the date it was signed, issued or taken
 * @param subject what it is about ("tentang")
 * @param issuer who issued or signed it, as written (e.g. "Kepala Dinas Kesehatan")
 * @param issuerLevel the issuer's level
 * @param file the file, by reference, if registered
 * @param validFrom the first day it is in force, if not its date
 * @param validUntil the last day it is in force, if it expires
 * @param innovations the innovations it backs (may be empty)
 * @param indicators the codes of the indicators it backs (may be empty)
 */
@Beta
public record EvidenceDocument(String id, RegionCode region, DocumentKind kind, Optional<String> number,
    LocalDate date, String subject, String issuer, IssuerLevel issuerLevel, Optional<FileRef> file,
    Optional<LocalDate> validFrom, Optional<LocalDate> validUntil, Set<InnovationId> innovations,
    Set<String> indicators) {
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");
  static final Pattern INDICATOR = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

  /**
   * Validates and copies the parts.
   *
   * @param id the register's id of the document
   * @param region the region whose register holds it
   * @param kind what it is
   * @param number its number as written, if it has one
   * @param date the date it was signed, issued or taken
   * @param subject what it is about ("tentang")
   * @param issuer who issued or signed it, as written
   * @param issuerLevel the issuer's level
   * @param file the file, by reference, if registered
   * @param validFrom the first day it is in force, if not its date
   * @param validUntil the last day it is in force, if it expires
   * @param innovations the innovations it backs (may be empty)
   * @param indicators the codes of the indicators it backs (may be empty)
   * @throws InvalidValueException with code {@code REQUIRED} naming a missing part,
   *     {@code INVALID_DOCUMENT_ID}, {@code INVALID_INDICATOR_CODE} for a malformed one,
   *     {@code INVALID_VALIDITY} if the validity period ends before it starts
   */
  public EvidenceDocument {
    id = documentId(id, "id");
    Checks.notNull(region, "region");
    Checks.notNull(kind, "kind");
    number = Checks.notNull(number, "number").map(n -> Checks.notBlank(n, "number"));
    Checks.notNull(date, "date");
    subject = Checks.noControlCharacters(Checks.notBlank(subject, "subject"), "subject");
    issuer = Checks.noControlCharacters(Checks.notBlank(issuer, "issuer"), "issuer");
    Checks.notNull(issuerLevel, "issuerLevel");
    Checks.notNull(file, "file");
    Checks.notNull(validFrom, "validFrom");
    Checks.notNull(validUntil, "validUntil");
    LocalDate from = validFrom.orElse(date);
    if (validUntil.isPresent() && validUntil.get().isBefore(from)) {
      throw new InvalidValueException("INVALID_VALIDITY", "validUntil", validUntil.get(), "error.iid.validity", from);
    }
    innovations = Set.copyOf(new TreeSet<>(noNulls(innovations, "innovations")));
    TreeSet<String> codes = new TreeSet<>();
    for (String code : noNulls(indicators, "indicators")) {
      codes.add(indicatorCode(code, "indicators"));
    }
    indicators = Set.copyOf(codes);
  }

  static String documentId(String id, String field) {
    String checked = Checks.notBlank(id, field);
    if (!ID.matcher(checked).matches()) {
      throw new InvalidValueException("INVALID_DOCUMENT_ID", field, checked, "error.iid.documentId");
    }
    return checked;
  }

  static String indicatorCode(String code, String field) {
    if (code == null || !INDICATOR.matcher(code).matches()) {
      throw new InvalidValueException("INVALID_INDICATOR_CODE", field, code, "error.iid.indicatorCode");
    }
    return code;
  }

  static <T> Collection<T> noNulls(Collection<T> values, String field) {
    Checks.notNull(values, field);
    for (T v : values) {
      Checks.notNull(v, field + "[]");
    }
    return values;
  }

  /**
   * Starts a builder with the parts every document has; the subject and issuer must be set before
   * {@link Builder#build()}, the issuer's level defaults to {@link IssuerLevel#OPD_HEAD}.
   *
   * @param id the register's id of the document
   * @param region the region whose register holds it
   * @param kind what it is
   * @param date the date it was signed, issued or taken
   * @return the builder
   */
  public static Builder builder(String id, RegionCode region, DocumentKind kind, LocalDate date) {
    return new Builder(id, region, kind, date);
  }

  /**
   * Tells whether the document is in force at some time in a year: from {@link #validFrom()} (or
   * its date) to {@link #validUntil()} (or forever), both days included.
   *
   * @param year the year
   * @return {@code true} if the period and the year overlap
   */
  public boolean inForceIn(int year) {
    LocalDate from = validFrom.orElse(date);
    return from.getYear() <= year && validUntil.map(u -> u.getYear() >= year).orElse(true);
  }

  /**
   * Names the document for a reader: its kind, number and date, e.g. "SK nomor 800/12/2021 tanggal
   * 2021-03-02" or "Decree no. 800/12/2021 of 2021-03-02".
   *
   * @param locale {@code en} for English, anything else (or {@code null}) for Indonesian
   * @return the description
   */
  public String describe(Locale locale) {
    return number.map(n -> Messages.format(locale, "iid.document", kind.label(locale), n, date.toString()))
        .orElseGet(() -> Messages.format(locale, "iid.document.noNumber", kind.label(locale), date.toString()));
  }

  /** Builds an {@link EvidenceDocument}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final RegionCode region;
    private final DocumentKind kind;
    private final LocalDate date;
    private String number;
    private String subject;
    private String issuer;
    private IssuerLevel issuerLevel = IssuerLevel.OPD_HEAD;
    private FileRef file;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private Set<InnovationId> innovations = Set.of();
    private Set<String> indicators = Set.of();

    private Builder(String id, RegionCode region, DocumentKind kind, LocalDate date) {
      this.id = id;
      this.region = region;
      this.kind = kind;
      this.date = date;
    }

    /**
     * Sets the number as written.
     *
     * @param number e.g. {@code 800/12/2021}; {@code null} for none
     * @return this builder
     */
    public Builder number(String number) {
      this.number = number;
      return this;
    }

    /**
     * Sets what the document is about ("tentang").
     *
     * @param subject the subject
     * @return this builder
     */
    public Builder subject(String subject) {
      this.subject = subject;
      return this;
    }

    /**
     * Sets who issued or signed it and at which level.
     *
     * @param issuer as written, e.g. "Bupati Lebak"
     * @param level the issuer's level
     * @return this builder
     */
    public Builder issuer(String issuer, IssuerLevel level) {
      this.issuer = issuer;
      this.issuerLevel = level;
      return this;
    }

    /**
     * Sets the file reference.
     *
     * @param file the file; {@code null} for none
     * @return this builder
     */
    public Builder file(FileRef file) {
      this.file = file;
      return this;
    }

    /**
     * Sets the validity period, both days included.
     *
     * @param from the first day in force; {@code null} for the document's date
     * @param until the last day in force; {@code null} if it does not expire
     * @return this builder
     */
    public Builder valid(LocalDate from, LocalDate until) {
      this.validFrom = from;
      this.validUntil = until;
      return this;
    }

    /**
     * Sets what the document backs.
     *
     * @param innovations the innovations
     * @param indicators the indicator codes
     * @return this builder
     */
    public Builder backs(Set<InnovationId> innovations, Set<String> indicators) {
      this.innovations = innovations;
      this.indicators = indicators;
      return this;
    }

    /**
     * Builds the document.
     *
     * @return the document
     * @throws InvalidValueException as the record's constructor
     */
    public EvidenceDocument build() {
      return new EvidenceDocument(id, region, kind, Optional.ofNullable(number), date, subject, issuer, issuerLevel,
          Optional.ofNullable(file), Optional.ofNullable(validFrom), Optional.ofNullable(validUntil), innovations,
          indicators);
    }
  }
}
