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
    String scope = scopeText(doc.info().scope(), l);
    List<Doc.Fact> out = new ArrayList<>();
    out.add(new Doc.Fact("report", ReportTexts.text(l, "fact.report"), doc.title()));
    out.add(new Doc.Fact("generatedAt", ReportTexts.text(l, "fact.generatedAt"), doc.info().generatedAt()));
    out.add(new Doc.Fact("scope", ReportTexts.text(l, "fact.scope"), scope));
    out.add(new Doc.Fact("asOf", ReportTexts.text(l, "fact.asOf"), doc.info().asOf()));
    out.addAll(doc.facts());
    return out;
  }

  /**
   * A scope as people read it: the region's or province's name with its code ("Kabupaten Lebak
   * (36.02)", "Provinsi Banten (36)"), "Nasional" for the nation; the level and the code where the
   * shipped region names have none.
   */
  static String scopeText(id.labinov.core.model.Scope scope, Locale l) {
    String level = ReportTexts.text(l, "scope." + scope.level().name());
    return switch (scope.level()) {
      case NATIONAL -> level;
      case PROVINCE -> level + " " + id.labinov.core.model.RegionNames.nameOrCode(
          id.labinov.core.model.RegionCode.parse(scope.code())) + " (" + scope.code() + ")";
      case REGION -> id.labinov.core.model.RegionNames.find(id.labinov.core.model.RegionCode.parse(scope.code()))
          .map(name -> name + " (" + scope.code() + ")").orElse(level + " " + scope.code());
    };
  }

  /** The facts as a three-column table (key, label, value). */
  static Doc.Table factsTable(Doc doc) {
    Locale l = doc.info().locale();
    return new TableSpec<Doc.Fact>(l, "facts").col("key", Doc.Fact::key).col("label", Doc.Fact::label)
        .col("value", Doc.Fact::value).of(withHeader(doc));
  }
}
