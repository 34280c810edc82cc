package id.labinov.portal.api;

import id.labinov.portal.reports.Format;
import id.labinov.portal.reports.PortalReports;
import id.labinov.portal.reports.Rendered;
import id.labinov.portal.reports.ReportKind;
import id.labinov.portal.security.PortalUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portal's reports for other systems: the list of reports in the caller's language, and each
 * report rendered in a format (JSON by default; HTML, PDF, XLSX, CSV, and for the one-page summary a
 * PNG slide), computed as the signed-in person by the same service the pages use.
 */
@RestController
@RequestMapping(path = "/api/reports")
@Tag(name = "Reports", description = "The lab's reports in every format, in the caller's language")
public class ReportsController {
  private final PortalReports reports;

  /**
   * Creates the controller.
   *
   * @param reports the portal's report service
   */
  public ReportsController(PortalReports reports) {
    this.reports = reports;
  }

  /**
   * One report the portal offers.
   *
   * @param code the report's code, for {@code /api/reports/{code}}
   * @param title its title in the caller's language
   * @param description what it shows, in the caller's language
   * @param formats the formats it is offered in, by file extension
   */
  public record ReportEntry(String code, String title, String description, List<String> formats) {}

  /**
   * Lists the reports.
   *
   * @param user the caller
   * @param locale the caller's language
   * @return the reports, in the order the pages list them
   */
  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "List the reports", description = "Every report the portal offers the caller, with its title"
      + " and description in the requested language (Accept-Language: id or en) and the formats it comes in.")
  @ApiResponse(responseCode = "200", description = "The reports")
  @ApiResponse(responseCode = "401", description = "No valid bearer token or Basic credentials",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(ref = ApiDocumentation.PROBLEM)))
  public List<ReportEntry> list(@AuthenticationPrincipal PortalUser user, Locale locale) {
    return reports.kinds(user.actor(), locale).stream()
        .map((ReportKind k) -> new ReportEntry(k.code(), k.title(), k.description(),
            k.formats().stream().map(Format::extension).toList()))
        .toList();
  }

  /**
   * Renders one report.
   *
   * @param user the caller
   * @param kind the report's code
   * @param format the format's file extension ({@code json} by default)
   * @param locale the caller's language
   * @return the report, as an attachment for the binary formats
   */
  @GetMapping("/{kind}")
  @Operation(summary = "Render a report", description = "Computes the report now, as the caller, for the portal's"
      + " region, in the requested language, and renders it in the format asked for (json, html, pdf, xlsx, csv;"
      + " png for the one-page summary).")
  @ApiResponse(responseCode = "200", description = "The report, with its content type and a file name")
  @ApiResponse(responseCode = "404", description = "No report by that code, or not offered in that format",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(ref = ApiDocumentation.PROBLEM)))
  @ApiResponse(responseCode = "401", description = "No valid bearer token or Basic credentials",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(ref = ApiDocumentation.PROBLEM)))
  public ResponseEntity<byte[]> render(@AuthenticationPrincipal PortalUser user,
      @Parameter(description = "The report's code, from GET /api/reports") @PathVariable String kind,
      @Parameter(description = "json (default), html, pdf, xlsx, csv or png") @RequestParam(defaultValue = "json")
      String format, Locale locale) {
    Rendered r = reports.render(user.actor(), kind, format, locale);
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, r.contentType());
    headers.set(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage().equals("en") ? "en" : "id");
    boolean inline = r.format() == Format.JSON || r.format() == Format.HTML;
    headers.setContentDisposition((inline ? ContentDisposition.inline() : ContentDisposition.attachment())
        .filename(r.fileName()).build());
    return ResponseEntity.ok().headers(headers).body(r.bytes());
  }
}
