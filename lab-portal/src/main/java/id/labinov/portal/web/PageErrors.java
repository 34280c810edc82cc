package id.labinov.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
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

/**
 * Turns what a page cannot find into a readable page in the person's language: an unknown or
 * malformed innovation id is a 404 page, a malformed form a 400 page; never a stack trace.
 */
@ControllerAdvice(basePackages = "id.labinov.portal.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrors {
  private final PageAdvice pages;

  /**
   * Creates the advice.
   *
   * @param pages the page context every layout needs
   */
  public PageErrors(PageAdvice pages) {
    this.pages = pages;
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
    model.addAttribute("page", pages.page(request, authentication, locale));
    model.addAttribute("what", e.what());
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
   * A form or link with a missing or malformed value.
   *
   * @param e what was wrong
   * @param request the request
   * @param authentication who is signed in
   * @param locale the language
   * @param model the model
   * @return the 400 page
   */
  @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  public String badRequest(Exception e, HttpServletRequest request, Authentication authentication, Locale locale,
      Model model) {
    model.addAttribute("page", pages.page(request, authentication, locale));
    String name = e instanceof MissingServletRequestParameterException m ? m.getParameterName()
        : ((MethodArgumentTypeMismatchException) e).getName();
    model.addAttribute("what", name);
    return "pages/bad-request";
  }
}
