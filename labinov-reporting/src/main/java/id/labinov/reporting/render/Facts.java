package id.labinov.reporting.render;

import id.labinov.reporting.internal.ReportTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects a report's facts in order; labels come from the reporting texts ({@code fact.<key>}). */
final class Facts {
  private final Locale locale;
  private final List<Doc.Fact> facts = new ArrayList<>();

  Facts(Locale locale) {
    this.locale = locale;
  }

  Facts add(String key, Object value) {
    facts.add(new Doc.Fact(key, ReportTexts.text(locale, "fact." + key), value));
    return this;
  }

  List<Doc.Fact> list() {
    return facts;
  }
}
