package id.labinov.reporting.data;

/** The kinds of report, each with a stable code used in file names and in the JSON {@code report} field. */
public enum ReportKind {
  /** Ringkasan Program: counts, funnel, target, schedule and dropped innovations. */
  PROGRAMME_SUMMARY("programme-summary"),
  /** Days in each stage and the innovations stalled in one. */
  STAGE_DURATIONS("stage-durations"),
  /** Innovations ranked by their aggregated score under an evaluation scheme. */
  EVALUATION_RANKING("evaluation-ranking"),
  /** Profil Inovasi: one innovation in the national profile layout. */
  INNOVATION_PROFILE("innovation-profile"),
  /** Katalog Inovasi: the innovations shown at the innovation week. */
  SHOWCASE_CATALOGUE("showcase-catalogue"),
  /** Riwayat: one innovation's events. */
  AUDIT_TRAIL("audit-trail"),
  /** Counts by national stage (tahapan) per OPD, and the regional index estimate. */
  NATIONAL_STAGES("national-stages"),
  /** Apa yang menghambat inovasi: the most frequent unmet criteria, by stage and by OPD, from the refusal log. */
  WHAT_BLOCKS("what-blocks"),
  /** Ringkasan Satu Halaman: a programme's big numbers, funnel, Display per OPD and top ten on one page. */
  ONE_PAGE_SUMMARY("one-page-summary"),
  /** Kesiapan IID: scores claimed, supported and verified, the fixes cheapest first, the index estimate. */
  IID_READINESS("iid-readiness"),
  /** Kesiapan IID satu halaman: the IID readiness for the regional head on one page. */
  IID_READINESS_ONE_PAGE("iid-readiness-one-page"),
  /** Keberlanjutan: displayed innovations' monitoring, legal basis, owner, development and coming eligibility. */
  SUSTAINABILITY("sustainability"),
  /** Apa yang paling menaikkan indeks: the index submission's single choices ranked by the rise of the index. */
  INDEX_WHAT_IF("index-what-if");

  private final String code;

  ReportKind(String code) {
    this.code = code;
  }

  /** {@return the stable lower-case code, e.g. {@code programme-summary}} */
  public String code() {
    return code;
  }
}
