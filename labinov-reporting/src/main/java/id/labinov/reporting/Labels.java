package id.labinov.reporting;

import id.labinov.core.i18n.Messages;
import id.labinov.core.model.Role;
import id.labinov.core.rules.LocalizedText;
import java.util.Locale;

/**
 * Words for the codes reports would otherwise show: evidence kinds, roles and narrative fields from
 * labinov-core's texts, and for a code labinov has no word for, the code written as words
 * ({@code KOTA_LAYAK_ANAK} as "Kota Layak Anak"), so people never read an upper-snake code.
 */
final class Labels {
  private Labels() {}

  /**
   * An evidence kind's label standing on its own, e.g. "Surat komitmen" / "Commitment letter" (core's
   * texts write it for use inside a sentence, "surat komitmen").
   */
  static LocalizedText evidenceKind(String code) {
    LocalizedText t = of("label.EvidenceKind." + code, code);
    return LocalizedText.of(capital(t.in(Messages.INDONESIAN)), capital(t.in(Locale.ENGLISH)));
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** A role's label, e.g. "Kepala OPD" / "Head of OPD"; the code as words for an unknown role. */
  static LocalizedText role(String code) {
    try {
      Role.valueOf(code);
      return of("label.Role." + code, code);
    } catch (IllegalArgumentException e) {
      return LocalizedText.of(words(code), words(code));
    }
  }

  /** A narrative field's label, e.g. "Ringkasan ide" / "Idea summary"; the name as words else. */
  static LocalizedText field(String name) {
    return of("field." + name, name);
  }

  private static LocalizedText of(String key, String code) {
    if (Messages.isDefined(key)) {
      return LocalizedText.of(Messages.format(Messages.INDONESIAN, key), Messages.format(Locale.ENGLISH, key));
    }
    return LocalizedText.of(words(code), words(code));
  }

  /**
   * A code as words: {@code KOTA_LAYAK_ANAK} as "Kota Layak Anak", {@code designNarrative} as "Design
   * narrative", {@code drum-up-to-diagnose} as "Drum up to diagnose".
   */
  static String words(String code) {
    if (code == null || code.isBlank()) {
      return code;
    }
    String spaced = code.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ').strip();
    boolean upper = code.equals(code.toUpperCase(Locale.ROOT));
    StringBuilder sb = new StringBuilder();
    for (String w : spaced.split(" +")) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      String lower = w.toLowerCase(Locale.ROOT);
      // an all-capitals code reads as a title; a camelCase name as a phrase
      sb.append(upper || sb.length() == 0 ? Character.toUpperCase(lower.charAt(0)) + lower.substring(1) : lower);
    }
    return sb.toString();
  }
}
