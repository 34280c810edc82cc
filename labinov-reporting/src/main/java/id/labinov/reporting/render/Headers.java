package id.labinov.reporting.render;

import id.labinov.reporting.internal.ReportTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The facts every report starts with in CSV and XLSX (JSON carries them as top-level fields). */
final class Headers {
  private Headers() {}

  static List<Doc.Fact> withHeader(Doc doc) {
    Locale l = doc.info().locale();
    String scope = ReportTexts.text(l, "scope." + doc.info().scope().level().name())
        + (doc.info().scope().code().isEmpty() ? "" : " " + doc.info().scope().code());
    List<Doc.Fact> out = new ArrayList<>();
    out.add(new Doc.Fact("report", ReportTexts.text(l, "fact.report"), doc.title()));
    out.add(new Doc.Fact("generatedAt", ReportTexts.text(l, "fact.generatedAt"), doc.info().generatedAt()));
    out.add(new Doc.Fact("scope", ReportTexts.text(l, "fact.scope"), scope));
    out.add(new Doc.Fact("asOf", ReportTexts.text(l, "fact.asOf"), doc.info().asOf()));
    out.addAll(doc.facts());
    return out;
  }

  /** The facts as a three-column table (key, label, value). */
  static Doc.Table factsTable(Doc doc) {
    Locale l = doc.info().locale();
    return new TableSpec<Doc.Fact>(l, "facts").col("key", Doc.Fact::key).col("label", Doc.Fact::label)
        .col("value", Doc.Fact::value).of(withHeader(doc));
  }
}
