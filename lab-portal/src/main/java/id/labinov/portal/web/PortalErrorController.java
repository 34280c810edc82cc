package id.labinov.portal.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The pages' error page, in the page's language and layout, instead of Spring Boot's default one: an
 * address that leads nowhere is "Halaman tidak ditemukan" naming the address; anything else says
 * that the request could not be completed, with its status and nothing of the cause (which stays in
 * the server's log). The API never comes here: its errors are problems ({@code ApiErrorFilter}).
 */
@Controller
public class PortalErrorController implements ErrorController {
  /**
   * Shows the error page.
   *
   * @param request the failed request, as the container forwards it
   * @param response the response
   * @param model the model (with the {@code page} context)
   * @return the error page
   */
  @RequestMapping("/error")
  public String error(HttpServletRequest request, HttpServletResponse response, Model model) {
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int code = status instanceof Integer i ? i : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    response.setStatus(code);
    if (code == HttpServletResponse.SC_NOT_FOUND) {
      Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
      model.addAttribute("what", uri == null ? "" : uri.toString());
      return "pages/not-found";
    }
    model.addAttribute("status", code);
    return "pages/error";
  }
}
