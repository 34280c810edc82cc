package id.labinov.portal.web;

import id.labinov.core.engine.VersionConflictException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Turns what a page cannot do into a readable answer in the person's language: an unknown or malformed
 * innovation id is a 404 page saying what is missing in words, a malformed form a 400 page naming the
 * field in words, a change someone else made meanwhile a refused notice on the page the form came from;
 * never a stack trace or a code.
 */
@ControllerAdvice(basePackages = "id.labinov.portal.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrors {
  /** The pages whose forms send commands and which show a notice after a redirect. */
  private static final Pattern NOTICE_PAGES = Pattern.compile(
      "/innovations/[0-9A-Za-z-]+|/innovations/new|/coaching|/approvals|/admin/advance|/scoring/[0-9A-Za-z-]+");
  /** A query a notice page may keep (its stage or round). */
  private static final Pattern SAFE_QUERY = Pattern.compile("[A-Za-z0-9=&%._-]{0,200}");
  private static final UUID NIL = new UUID(0, 0);

  private final PageAdvice pages;
  private final MessageSource messages;

  /**
   * Creates the advice.
   *
   * @param pages the page context every layout needs
   * @param messages the pages' words (for form fields' names)
   */
  public PageErrors(PageAdvice pages, MessageSource messages) {
    this.pages = pages;
    this.messages = messages;
  }

  /**
   * Something not found.
   *
   * @param e what was not found
   * @param request the request
   * @param authentication who is signed in
   * @param locale the language
   * @param model the model
   * @return the 404 page
   */
  @ExceptionHandler(PageNotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  public String notFound(PageNotFoundException e, HttpServletRequest request, Authentication authentication,
      Locale locale, Model model) {
    Page page = pages.page(request, authentication, locale);
    model.addAttribute("page", page);
    model.addAttribute("what", "");
    model.addAttribute("text", page.t(e.key(), e.arguments()));
    return "pages/not-found";
  }

  /**
   * A page the person's roles do not open.
   *
   * @param e the refusal
   * @param request the request
   * @param authentication who is signed in
   * @param locale the language
   * @param model the model
   * @return the 403 page
   */
  @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  public String forbidden(org.springframework.security.access.AccessDeniedException e, HttpServletRequest request,
      Authentication authentication, Locale locale, Model model) {
    model.addAttribute("page", pages.page(request, authentication, locale));
    model.addAttribute("what", request.getRequestURI());
    return "pages/forbidden";
  }

  /**
   * A form or link with a missing, malformed or unusable value.
   *
   * @param e what was wrong
   * @param request the request
   * @param authentication who is signed in
   * @param locale the language
   * @param model the model
   * @return the 400 page
   */
  @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
      BadFormValueException.class})
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  public String badRequest(Exception e, HttpServletRequest request, Authentication authentication, Locale locale,
      Model model) {
    Page page = pages.page(request, authentication, locale);
    model.addAttribute("page", page);
    String name = "";
    if (e instanceof MissingServletRequestParameterException m) {
      name = m.getParameterName();
    } else if (e instanceof MethodArgumentTypeMismatchException m) {
      name = m.getName();
    } else if (e instanceof BadFormValueException b) {
      name = b.field();
    }
    model.addAttribute("text", badRequestText(name, locale));
    return "pages/bad-request";
  }

  /**
   * The 400 page's sentence: the field by its words ({@code field-name.<name>}), or a general sentence
   * for a field without words, never the field's raw name.
   *
   * @param field the form field's name
   * @param locale the language
   * @return the sentence
   */
  String badRequestText(String field, Locale locale) {
    String words = field == null || field.isBlank() ? null
        : messages.getMessage("field-name." + field, null, null, locale);
    return words == null || words.isBlank()
        ? messages.getMessage("bad-request.general", null, "[bad-request.general]", locale)
        : messages.getMessage("bad-request.text", new Object[] {words}, "[bad-request.text]", locale);
  }

  /**
   * Someone else changed the innovation between the moment the person opened the page and the moment
   * the command was stored (labinov's {@code VERSION_CONFLICT}): nothing of the command was stored. The
   * person is taken back to the page the form came from (or the innovation's page) with a refused
   * notice saying so in words, so they see the other change and can decide again; without such a page
   * the answer is a readable 409 page.
   *
   * @param e the conflict
   * @param request the request
   * @param response the response
   * @param authentication who is signed in
   * @param locale the language
   * @param model the model
   * @return a redirect to the page with the notice, or the 409 page
   */
  @ExceptionHandler(VersionConflictException.class)
  public String conflict(VersionConflictException e, HttpServletRequest request, HttpServletResponse response,
      Authentication authentication, Locale locale, Model model) {
    String text = messages.getMessage("conflict.text", null, "[conflict.text]", locale);
    String back = back(request.getHeader("Referer"));
    if (back == null && e.ref() != null && !NIL.equals(e.ref().id().value())) {
      back = "/innovations/" + e.ref().id();
    }
    FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
    if (back != null && flash != null) {
      flash.put("notice", new Notice("refused", text, List.of()));
      return "redirect:" + back;
    }
    response.setStatus(HttpStatus.CONFLICT.value());
    model.addAttribute("page", pages.page(request, authentication, locale));
    model.addAttribute("text", text);
    return "pages/conflict";
  }

  /**
   * The path (with its query) of the portal page a form came from, when it is one that shows a
   * notice; only the path is kept, so the redirect never leaves the portal.
   *
   * @param referer the {@code Referer} header, or {@code null}
   * @return the path, or {@code null}
   */
  static String back(String referer) {
    if (referer == null || referer.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(referer.strip());
      String path = uri.getRawPath();
      if (path == null || !NOTICE_PAGES.matcher(path).matches()) {
        return null;
      }
      String query = uri.getRawQuery();
      return query == null || query.isEmpty() || !SAFE_QUERY.matcher(query).matches() ? path : path + "?" + query;
    } catch (URISyntaxException notAUri) {
      return null;
    }
  }
}
