package id.labinov.portal.web.reports;

import id.labinov.core.engine.OutsideScopeException;
import id.labinov.core.model.Role;
import id.labinov.portal.reports.Format;
import id.labinov.portal.reports.PortalReports;
import id.labinov.portal.reports.ReportKind;
import id.labinov.portal.reports.Rendered;
import id.labinov.portal.reports.UnknownReportException;
import id.labinov.portal.security.PortalUser;
import id.labinov.portal.web.Page;
import id.labinov.portal.web.PageAdvice;
import id.labinov.reporting.data.IidReadinessOnePage;
import id.labinov.reporting.data.ReadinessIndex;
import id.labinov.reporting.data.SustainabilityReport;
import id.labinov.reporting.data.SustainabilityRow;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.HtmlUtils;

/**
 * The report pages: the list of reports ({@code /reports}), each report as its own page ({@code /reports/{kind}},
 * the report's HTML with a bar to go back and to download it), the downloads ({@code /reports/{kind}.pdf},
 * {@code .xlsx}, {@code .csv}, {@code .json}, {@code .html}, and {@code .png} for the one-page summary), the
 * sustainability page ({@code /sustainability}) and the IID readiness page ({@code /iid}). Every report is read as
 * the signed-in person through {@link PortalReports}; labinov decides what the person may read.
 *
 * <p>A report is shown as a page of its own rather than in a frame: the pages' security chain forbids framing
 * ({@code X-Frame-Options: DENY}), and the report's own style sheet stays apart from the portal's.
 */
@Controller
public class ReportPages {
  private final PortalReports reports;
  private final PageAdvice pages;

  /**
   * Creates the pages.
   *
   * @param reports the reports service
   * @param pages the page context, for the error pages (exception handlers get no model attributes)
   */
  public ReportPages(PortalReports reports, PageAdvice pages) {
    this.reports = reports;
    this.pages = pages;
  }

  /**
   * The list of reports, the regional head's reports first and set apart for a regional head.
   *
   * @param user who is signed in
   * @param page the page context
   * @param model the model
   * @return the template
   */
  @GetMapping("/reports")
  public String list(@AuthenticationPrincipal PortalUser user,
      @ModelAttribute(name = "page", binding = false) Page page, Model model) {
    List<ReportKind> kinds = reports.kinds(user.actor(), page.locale());
    boolean head = user.actor().has(Role.REGIONAL_HEAD);
    ReportKind highlighted = kinds.stream().filter(k -> k.code().equals("one-page")).findFirst().orElse(null);
    model.addAttribute("kinds", head ? kinds.stream().filter(k -> k != highlighted).toList() : kinds);
    model.addAttribute("highlighted", head ? highlighted : null);
    model.addAttribute("programme", reports.programmeId());
    return "reports/list";
  }

  /**
   * One report as a page of its own: the report's HTML document with a bar on top to go back to the list and to
   * download the report.
   *
   * @param kind the report's code, e.g. {@code one-page}
   * @param user who is signed in
   * @param page the page context
   * @return the page
   */
  @GetMapping("/reports/{kind:[a-z0-9-]+}")
  public ResponseEntity<byte[]> view(@PathVariable String kind, @AuthenticationPrincipal PortalUser user,
      @ModelAttribute(name = "page", binding = false) Page page) {
    ReportKind k = reports.kind(kind, page.locale());
    Rendered html = reports.render(user.actor(), kind, Format.HTML, page.locale());
    String document = withBar(new String(html.bytes(), StandardCharsets.UTF_8), k, page);
    return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, Format.HTML.contentType())
        .body(document.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * One report as a file to download, in the format its extension names.
   *
   * @param kind the report's code
   * @param extension the format's extension, e.g. {@code pdf}
   * @param user who is signed in
   * @param page the page context
   * @return the file, as an attachment with a readable name
   */
  @GetMapping("/reports/{kind:[a-z0-9-]+}.{extension:[A-Za-z0-9]+}")
  public ResponseEntity<byte[]> download(@PathVariable String kind, @PathVariable String extension,
      @AuthenticationPrincipal PortalUser user, @ModelAttribute(name = "page", binding = false) Page page) {
    Rendered file = reports.render(user.actor(), kind, extension, page.locale());
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_TYPE, file.contentType())
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file.fileName()).build().toString())
        .body(file.bytes());
  }

  /**
   * The sustainability page (Keberlanjutan): the totals watched, at risk and lapsed, the innovations needing
   * attention with their legal basis, and the full report to open or download.
   *
   * @param user who is signed in
   * @param page the page context
   * @param model the model
   * @return the template
   */
  @GetMapping("/sustainability")
  public String sustainability(@AuthenticationPrincipal PortalUser user,
      @ModelAttribute(name = "page", binding = false) Page page, Model model) {
    Locale locale = page.locale();
    SustainabilityReport report = reports.sustainability(user.actor(), locale);
    DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(page.english()
        ? Locale.ENGLISH : Locale.forLanguageTag("id"));
    List<AttentionRow> attention = report.rows().stream().filter(SustainabilityRow::flagged)
        .map(r -> AttentionRow.of(r, locale, dates, page)).toList();
    model.addAttribute("report", report);
    model.addAttribute("asOf", dates.format(report.info().asOf()));
    model.addAttribute("attention", attention);
    model.addAttribute("kind", reports.kind("sustainability", locale));
    return "reports/sustainability";
  }

  /**
   * The IID readiness page (Kesiapan IID) of the region's current IID year, or the latest year with claims: the
   * totals, the index estimate on each basis, and the full report to open or download.
   *
   * @param user who is signed in
   * @param page the page context
   * @param model the model
   * @return the template
   */
  @GetMapping("/iid")
  public String iid(@AuthenticationPrincipal PortalUser user,
      @ModelAttribute(name = "page", binding = false) Page page, Model model) {
    Locale locale = page.locale();
    IidReadinessOnePage report = reports.iidReadiness(user.actor(), locale);
    model.addAttribute("report", report);
    model.addAttribute("index", report.index().stream().map(i -> IndexRow.of(i, page)).toList());
    model.addAttribute("kinds", List.of(reports.kind("iid-one-page", locale), reports.kind("iid-readiness", locale),
        reports.kind("index-what-if", locale)));
    return "reports/iid";
  }

  /**
   * An unknown report or format: 404 with the reason in words and the way to the list.
   *
   * @param e the exception
   * @param request the request
   * @param authentication who is signed in
   * @param locale the request's language
   * @return the page
   */
  @ExceptionHandler(UnknownReportException.class)
  public ModelAndView unknown(UnknownReportException e, HttpServletRequest request, Authentication authentication,
      Locale locale) {
    Page page = pages.page(request, authentication, locale);
    return new ModelAndView("reports/problem", Map.of("page", page, "title", page.t("reports.notFound.title"),
        "message", e.message(locale)), HttpStatus.NOT_FOUND);
  }

  /**
   * A report outside the person's scope, as labinov refused it: 403 with labinov's reason.
   *
   * @param e the exception
   * @param request the request
   * @param authentication who is signed in
   * @param locale the request's language
   * @return the page
   */
  @ExceptionHandler(OutsideScopeException.class)
  public ModelAndView outside(OutsideScopeException e, HttpServletRequest request, Authentication authentication,
      Locale locale) {
    Page page = pages.page(request, authentication, locale);
    return new ModelAndView("reports/problem", Map.of("page", page, "title", page.t("reports.refused.title"),
        "message", page.t("reports.error.outsideScope")), HttpStatus.FORBIDDEN);
  }

  /** Puts the portal's bar (back to the list, downloads) right after the report document's {@code <body>} tag. */
  static String withBar(String document, ReportKind kind, Page page) {
    StringBuilder bar = new StringBuilder(512);
    String link = "color:#fff;text-decoration:underline;margin-right:0.9rem";
    bar.append("<nav id=\"portal-bar\" aria-label=\"").append(esc(page.t("reports.downloads")))
        .append("\" style=\"font:15px/1.5 'DejaVu Sans','Liberation Sans',Arial,sans-serif;background:#0b5c8c;")
        .append("color:#fff;padding:0.55rem 1.2rem;margin:0 0 1rem\">")
        .append("<a href=\"/reports\" style=\"").append(link).append(";font-weight:bold\">&larr; ")
        .append(esc(page.t("reports.back"))).append("</a>")
        .append("<span style=\"margin-right:0.6rem\">").append(esc(page.t("reports.downloads"))).append(":</span>");
    for (Format f : kind.downloads()) {
      bar.append("<a href=\"/reports/").append(esc(kind.code())).append('.').append(f.extension()).append("\" style=\"")
          .append(link).append("\" download>").append(esc(page.t("reports.format." + f.extension()))).append("</a>");
    }
    bar.append("</nav>");
    int body = document.indexOf("<body");
    int end = body < 0 ? -1 : document.indexOf('>', body);
    return end < 0 ? bar + document : document.substring(0, end + 1) + bar + document.substring(end + 1);
  }

  private static String esc(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }

  /**
   * One innovation needing attention on the sustainability page, in words.
   *
   * @param title the innovation's title
   * @param opd its work unit's name
   * @param state the watch state in words
   * @param stateCode the watch state's code, for the style ({@code watched}, {@code at_risk}, {@code lapsed})
   * @param lastEntry the latest monitoring day, or words for none
   * @param nextDue the next due day
   * @param overdueDays the days overdue
   * @param legalBasis the legal basis in words: its state, and the document with its end when there is one
   * @param legalBasisValid whether the legal basis is in force
   */
  public record AttentionRow(String title, String opd, String state, String stateCode, String lastEntry,
      String nextDue, long overdueDays, String legalBasis, boolean legalBasisValid) {
    static AttentionRow of(SustainabilityRow r, Locale locale, DateTimeFormatter dates, Page page) {
      StringBuilder basis = new StringBuilder(r.legalBasis().label(locale));
      if (r.documentKind() != null) {
        basis.append(": ").append(r.documentKind().label(locale));
        if (r.documentNumber() != null) {
          basis.append(' ').append(r.documentNumber());
        }
      }
      if (r.validUntil() != null) {
        basis.append(" (").append(page.t("reports.sustainability.validUntil", dates.format(r.validUntil())))
            .append(')');
      }
      String opd = r.opdName() != null ? r.opdName() : "";
      return new AttentionRow(r.title(), opd, r.watchState().label(locale),
          r.watchState().name().toLowerCase(Locale.ROOT), format(r.lastEntry(), dates,
          page.t("reports.sustainability.noEntry")), format(r.nextDue(), dates, ""), r.overdueDays(),
          basis.toString(), r.legalBasis() == id.labinov.core.cycle.LegalBasisState.VALID);
    }

    private static String format(LocalDate day, DateTimeFormatter dates, String none) {
      return day == null ? none : dates.format(day);
    }
  }

  /**
   * The index estimate on one basis, in words.
   *
   * @param basis the basis (claimed, supported by evidence, verified)
   * @param index the estimated index, or an empty string when there is none
   * @param rating the rating band's label, or an empty string
   */
  public record IndexRow(String basis, String index, String rating) {
    static IndexRow of(ReadinessIndex i, Page page) {
      return new IndexRow(page.t("reports.iid.basis." + i.basis().code()),
          i.index() == null ? "" : i.index().toPlainString(),
          i.rating() == null ? "" : i.rating().label().in(page.locale()));
    }
  }
}
