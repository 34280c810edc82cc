package id.labinov.portal.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two filter chains. The API ({@code /api/**}) is stateless: each call signs in with a bearer token or
 * HTTP Basic (behind a TLS-terminating proxy), no session, no cookie, so no CSRF token either; a
 * refusal is an RFC 9457 problem. The pages sign in with a form, keep a session and check a CSRF token
 * on every form. Who may do what is not decided here but by labinov's own policy on the signed-in
 * person's {@link id.labinov.core.model.Actor}.
 */
@Configuration
public class SecurityConfiguration {
  /**
   * The API's chain.
   *
   * @param http Spring Security's builder
   * @param users the configured users
   * @param problems the 401/403 problem writer
   * @return the chain
   * @throws Exception from Spring Security's builder
   */
  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http, PortalUsers users, ApiAuthenticationProblems problems)
      throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .httpBasic(b -> b.authenticationEntryPoint(problems))
        .addFilterBefore(new BearerTokenFilter(users, problems), BasicAuthenticationFilter.class)
        // Commands only as JSON: what a page of another site cannot make a browser send unasked.
        .addFilterAfter(new JsonCommandsFilter(problems), BasicAuthenticationFilter.class)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // No session and no cookie carry the API's credentials; cross-site requests with cached Basic credentials
        // are kept out by JsonCommandsFilter instead of a CSRF token.
        .csrf(c -> c.disable())
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
    return http.build();
  }

  /**
   * The pages' chain.
   *
   * @param http Spring Security's builder
   * @return the chain
   * @throws Exception from Spring Security's builder
   */
  @Bean
  @Order(2)
  SecurityFilterChain pageChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(a -> a
            .requestMatchers("/login", "/css/**", "/img/**", "/favicon.ico", "/error").permitAll()
            .requestMatchers("/v3/api-docs/**", "/v3/api-docs", "/v3/api-docs.yaml", "/swagger-ui/**", "/swagger-ui.html")
            .permitAll()
            .anyRequest().authenticated())
        .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
        .logout(l -> l.logoutSuccessUrl("/login?logout").permitAll());
    return http.build();
  }

  /** {@return the password encoder: {@code {bcrypt}} and the other encoded forms Spring Security knows} */
  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
