package id.labinov.portal.reports;

import java.util.List;

/**
 * A report the portal offers, with its words in one language.
 *
 * @param code the portal's stable code, used in addresses ({@code /reports/{code}}), e.g. {@code one-page}
 * @param title the report's title, e.g. "Ringkasan Program"
 * @param description what the report is good for, in one sentence
 * @param formats the formats it can be downloaded in, HTML first
 * @param forRegionalHead whether it is written for the regional head (bupati), who sees it first
 */
public record ReportKind(String code, String title, String description, List<Format> formats,
    boolean forRegionalHead) {
  /** Copies the list of formats. */
  public ReportKind {
    formats = List.copyOf(formats);
  }

  /**
   * Whether the report is offered in a format.
   *
   * @param format the format
   * @return {@code true} if it is
   */
  public boolean offers(Format format) {
    return formats.contains(format);
  }

  /** {@return the formats to download, i.e. every format but HTML, which the report's own page shows} */
  public List<Format> downloads() {
    return formats.stream().filter(f -> f != Format.HTML).toList();
  }
}
