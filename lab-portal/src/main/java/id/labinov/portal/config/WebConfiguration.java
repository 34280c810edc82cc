package id.labinov.portal.config;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language: the pages are in Bahasa Indonesia until the person switches to English ({@code ?lang=en}
 * on any page, kept in a cookie), whatever the browser's own language; an API caller chooses with
 * {@code Accept-Language} ({@code id} or {@code en}). Only {@code id} and {@code en} are offered; any
 * other choice gets Indonesian.
 */
@Configuration
public class WebConfiguration implements WebMvcConfigurer {
  /** Bahasa Indonesia. */
  public static final Locale INDONESIAN = Locale.forLanguageTag("id");
  /** The languages offered. */
  public static final List<Locale> LANGUAGES = List.of(INDONESIAN, Locale.ENGLISH);

  /**
   * The language of a request: the cookie, else (API calls only) {@code Accept-Language} among those
   * offered, else Indonesian.
   *
   * @return the resolver
   */
  @Bean
  public LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("labinov-lang");
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setDefaultLocaleFunction(WebConfiguration::fromHeader);
    return resolver;
  }

  private static Locale fromHeader(HttpServletRequest request) {
    if (!request.getRequestURI().startsWith("/api/")) {
      return INDONESIAN;
    }
    String header = request.getHeader("Accept-Language");
    if (header == null || header.isBlank()) {
      return INDONESIAN;
    }
    try {
      Locale best = Locale.lookup(Locale.LanguageRange.parse(header), LANGUAGES);
      return best == null ? INDONESIAN : best;
    } catch (IllegalArgumentException e) {
      return INDONESIAN;
    }
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    // ?lang= takes only the languages offered: any other value leaves the language as it was.
    LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
      @Override
      protected Locale parseLocaleValue(String value) {
        Locale asked = Locale.forLanguageTag(value == null ? "" : value.strip());
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(asked.getLanguage())).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("only id and en are offered"));
      }
    };
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change);
  }
}
