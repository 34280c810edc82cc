package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The kind of an evidence document (bukti dukung). The set is open: the shipped kinds below have
 * labels in Bahasa Indonesia and English, and a region's evidence rules may name kinds of its own
 * (their label is their code).
 *
 * <p><b>Codes.</b> As elsewhere in labinov (e.g. {@link id.labinov.core.model.EvidenceKind}), codes
 * are English where English says the same thing ({@code DECREE} for surat keputusan, {@code REPORT}
 * for laporan, {@code MINUTES} for notulen), and Indonesian where the term is a legal instrument with
 * no English equivalent ({@code PERDA}, {@code PERKADA}) or is itself an acronym used as is
 * ({@code SOP}). Who signed a decree is not part of its kind: "SK kepala daerah" and "SK kepala
 * perangkat daerah" are both {@code DECREE}, told apart by {@link IssuerLevel}, so the fact is
 * recorded once and a rule can name exactly the signer it wants.
 *
 * @param code 2-40 upper-case letters, digits or {@code _}, starting with a letter
 */
@Beta
public record DocumentKind(String code) implements Comparable<DocumentKind> {
  private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

  /** Surat keputusan (SK): a decree, of the head of region or of a unit head (see {@link IssuerLevel}). */
  public static final DocumentKind DECREE = new DocumentKind("DECREE");
  /** Peraturan kepala daerah (Perkada): a regulation of the head of region. */
  public static final DocumentKind PERKADA = new DocumentKind("PERKADA");
  /** Peraturan daerah (Perda): a regional regulation enacted with the DPRD. */
  public static final DocumentKind PERDA = new DocumentKind("PERDA");
  /** Laporan: a report (implementation, monitoring, activity). */
  public static final DocumentKind REPORT = new DocumentKind("REPORT");
  /** Notulen: minutes of a meeting. */
  public static final DocumentKind MINUTES = new DocumentKind("MINUTES");
  /** Foto: a photograph. */
  public static final DocumentKind PHOTO = new DocumentKind("PHOTO");
  /** Video, as a file or a link. */
  public static final DocumentKind VIDEO = new DocumentKind("VIDEO");
  /** Tautan berita: a link to a news article. */
  public static final DocumentKind NEWS_LINK = new DocumentKind("NEWS_LINK");
  /** Tangkapan layar: a screenshot (an online system, a social-media post). */
  public static final DocumentKind SCREENSHOT = new DocumentKind("SCREENSHOT");
  /** Standar operasional prosedur (SOP). */
  public static final DocumentKind SOP = new DocumentKind("SOP");
  /** Hasil survei: survey results, e.g. user satisfaction. */
  public static final DocumentKind SURVEY = new DocumentKind("SURVEY");
  /** Kajian: a study, e.g. an evaluation by an outside party. */
  public static final DocumentKind STUDY = new DocumentKind("STUDY");
  /** Dokumen anggaran (DPA): a budget document. */
  public static final DocumentKind BUDGET_DOCUMENT = new DocumentKind("BUDGET_DOCUMENT");
  /** Dokumen perencanaan: a planning document such as the RKPD. */
  public static final DocumentKind PLANNING_DOCUMENT = new DocumentKind("PLANNING_DOCUMENT");
  /** Pedoman teknis: technical guidelines, printed, as an e-book or online. */
  public static final DocumentKind GUIDELINE = new DocumentKind("GUIDELINE");
  /** Surat tugas: an assignment letter. */
  public static final DocumentKind ASSIGNMENT_LETTER = new DocumentKind("ASSIGNMENT_LETTER");
  /** Perjanjian kerja sama or nota kesepahaman: an agreement or memorandum of understanding. */
  public static final DocumentKind AGREEMENT = new DocumentKind("AGREEMENT");

  private static final List<DocumentKind> SHIPPED = List.of(DECREE, PERKADA, PERDA, REPORT, MINUTES, PHOTO, VIDEO,
      NEWS_LINK, SCREENSHOT, SOP, SURVEY, STUDY, BUDGET_DOCUMENT, PLANNING_DOCUMENT, GUIDELINE, ASSIGNMENT_LETTER,
      AGREEMENT);

  /**
   * Validates the code.
   *
   * @param code 2-40 upper-case letters, digits or {@code _}, starting with a letter
   * @throws InvalidValueException with code {@code INVALID_DOCUMENT_KIND} if the code is missing or
   *     malformed
   */
  public DocumentKind {
    if (code == null || !SHAPE.matcher(code).matches()) {
      throw new InvalidValueException("INVALID_DOCUMENT_KIND", "documentKind", code, "error.iid.documentKind");
    }
  }

  /**
   * Returns the kind with this code, shipped or not.
   *
   * @param code e.g. {@code "PERDA"}
   * @return the kind
   * @throws InvalidValueException with code {@code INVALID_DOCUMENT_KIND} if the code is malformed
   */
  public static DocumentKind of(String code) {
    return new DocumentKind(code);
  }

  /** {@return the kinds labinov ships with labels, in a stable order} */
  public static List<DocumentKind> shipped() {
    return SHIPPED;
  }

  /** {@return whether this kind is one labinov ships with labels} */
  public boolean isShipped() {
    return SHIPPED.contains(this);
  }

  /**
   * Returns the label: for a shipped kind its text in the language asked for (e.g. "SK" or
   * "Decree"), for any other kind its code.
   *
   * @param locale {@code en} for English, anything else (or {@code null}) for Indonesian
   * @return the label, never {@code null}
   */
  public String label(Locale locale) {
    String key = "label.DocumentKind." + code;
    return Messages.isDefined(key) ? Messages.format(locale, key) : code;
  }

  @Override
  public int compareTo(DocumentKind o) {
    return code.compareTo(o.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
