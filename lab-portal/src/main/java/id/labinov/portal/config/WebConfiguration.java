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
 * Language: Bahasa Indonesia unless the person chose English ({@code ?lang=en} on any page, kept in a
 * cookie) or an API caller asks for it ({@code Accept-Language: en}). Only {@code id} and {@code en}
 * are offered; any other request gets Indonesian.
 */
@Configuration
public class WebConfiguration implements WebMvcConfigurer {
  /** Bahasa Indonesia. */
  public static final Locale INDONESIAN = Locale.forLanguageTag("id");
  /** The languages offered. */
  public static final List<Locale> LANGUAGES = List.of(INDONESIAN, Locale.ENGLISH);

  /**
   * The language of a request: the cookie, else {@code Accept-Language} among those offered, else
   * Indonesian.
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
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change);
  }
}
