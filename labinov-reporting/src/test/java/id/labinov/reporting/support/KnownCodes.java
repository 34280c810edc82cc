package id.labinov.reporting.support;

import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.rules.RuleSpec;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.Stage;
import id.labinov.core.rules.Transition;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The codes a reader must never see in a page: stage codes and transition ids of the shipped
 * rulebooks, rule types and the codes their parameters name (evidence kinds, fields, roles), the codes
 * of every labelled value in core's messages (statuses, roles, evidence kinds, bentuk, jenis, national
 * stages, ...), violation codes, evaluation criteria, and the themes of the test data.
 *
 * <p>Left out, each being a word a reader uses rather than an identifier: a code that is also a word
 * of a label in the report's language; codes of two characters or fewer ("SK"); the abbreviations
 * {@link #ABBREVIATIONS} of Indonesian government that are also codes (the OPD kind {@code UPTD}, the
 * initiator type {@code ASN}), which texts use as words ("Perangkat daerah (OPD/UPTD)"); and rule types
 * that are one plain word ("status", "evidence"), which are ordinary words of English and Indonesian.
 */
public final class KnownCodes {
  private static final Pattern UPPER = Pattern.compile("[A-Z][A-Z0-9_]+");
  private static final Pattern TOKEN = Pattern.compile("[^\\p{L}\\p{N}_-]+");

  /** Government abbreviations that are words in Indonesian texts as well as codes. */
  static final Set<String> ABBREVIATIONS = Set.of("ASN", "UPTD", "OPD", "BUMD", "PNS", "PPPK");

  private KnownCodes() {}

  /** The codes for pages in a language. */
  public static Set<String> of(Locale locale) {
    Set<String> codes = new TreeSet<>();
    Set<String> words = new TreeSet<>();
    for (Rulebook r : List.of(Rulebooks.fiveD(1), Rulebooks.fiveD(2), Rulebooks.fiveDPlusOne(1),
        Rulebooks.fiveDPlusOne(2))) {
      for (Stage s : r.stages()) {
        codes.add(s.code());
        s.findNationalStage().ifPresent(n -> codes.add(n.name()));
      }
      for (Transition t : r.transitions()) {
        codes.add(t.id());
        t.rules().forEach(spec -> rule(spec, codes));
      }
      for (String command : Rulebook.COMMANDS) {
        r.commandRules(command).forEach(spec -> rule(spec, codes));
      }
    }
    for (EvaluationScheme s : List.of(EvaluationSchemes.kippCriteria(), EvaluationSchemes.igaPresentation2023(),
        EvaluationSchemes.iidInnovationIndicators())) {
      s.criteria().forEach(c -> codes.add(c.code()));
    }
    codes.addAll(List.of("KOTA_SEHAT", "KOTA_LAYAK_ANAK", "SMART_CITY"));
    ResourceBundle core = ResourceBundle.getBundle("id.labinov.core.i18n.messages", locale);
    for (Enumeration<String> keys = core.getKeys(); keys.hasMoreElements();) {
      String key = keys.nextElement();
      String[] parts = key.split("\\.");
      if (parts.length == 3 && parts[0].equals("label")) {
        codes.add(parts[2]);
        words.addAll(List.of(TOKEN.split(core.getString(key))));
      } else if (parts.length >= 2 && parts[0].equals("violation") && UPPER.matcher(parts[1]).matches()) {
        codes.add(parts[1]);
      }
    }
    codes.removeIf(c -> c.length() <= 2 || words.contains(c) || ABBREVIATIONS.contains(c));
    return codes;
  }

  private static void rule(RuleSpec spec, Set<String> codes) {
    if (!spec.type().matches("[a-z]+")) {
      codes.add(spec.type());
    }
    for (Object v : spec.parameters().values()) {
      for (Object one : v instanceof java.util.Collection<?> c ? c : List.of(v)) {
        if (one instanceof String s && UPPER.matcher(s).matches()) {
          codes.add(s);
        }
      }
    }
  }
}
