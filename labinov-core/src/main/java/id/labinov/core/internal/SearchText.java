package id.labinov.core.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one normal form of text used by title search, shared by the in-memory filter and the JDBC
 * store's search column so both match the same titles. Internal: not part of the API.
 */
public final class SearchText {
  private SearchText() {}

  /**
   * Normalises text for the title search: NFC, then lower case (root locale).
   *
   * @param text the text
   * @return the normalised text
   */
  public static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }
}
