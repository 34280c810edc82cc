package id.labinov.portal.docs;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.portal.config.PortalProperties;
import id.labinov.portal.security.PortalUser;
import id.labinov.portal.security.PortalUsers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * README's "Lab portal" section tells the truth: each demo user of its table exists with that role,
 * the password it names and the API token it names; the Spring binding it quotes is the portal's.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:portal-readme;DB_CLOSE_DELAY=-1",
    "labinov.portal.demo-data=NEVER"})
class PortalReadmeTest {
  private static final Pattern ROW = Pattern.compile(
      "^\\| `([a-z-]+)` \\| [^|]+ \\| `([A-Z_]+)` \\| `(demo-token-[a-z0-9]+)` \\|$", Pattern.MULTILINE);

  @Autowired PortalUsers users;
  @Autowired PortalProperties properties;
  @Autowired PasswordEncoder passwords;

  private static String section(String heading) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("\n" + heading + "\n");
    assertThat(start).as(heading).isPositive();
    int end = readme.indexOf("\n## ", start + heading.length() + 2);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  @Test
  void theDemoUsersTableIsTheConfiguredUsers() throws IOException {
    Map<String, String[]> rows = new LinkedHashMap<>();
    Matcher m = ROW.matcher(section("## Lab portal (Spring Boot)"));
    while (m.find()) {
      rows.put(m.group(1), new String[] {m.group(2), m.group(3)});
    }
    assertThat(rows.keySet()).containsExactlyElementsOf(users.all().stream().map(PortalUser::getUsername).toList());
    for (Map.Entry<String, String[]> row : rows.entrySet()) {
      PortalUser user = users.loadUserByUsername(row.getKey());
      assertThat(user.roleNames()).as(row.getKey()).containsExactly(row.getValue()[0]);
      assertThat(users.findByToken(row.getValue()[1])).as(row.getKey() + "'s token").contains(user);
      assertThat(passwords.matches("labinov-demo", user.getPassword())).as(row.getKey() + "'s password").isTrue();
    }
    List<PortalProperties.User> configured = properties.users();
    assertThat(configured).allSatisfy(u -> assertThat(u.password()).startsWith("{bcrypt}"));
  }

  @Test
  void theQuotedBindingIsTheOneThePortalRuns() throws IOException {
    String source = Files.readString(Path.of("src/main/java/id/labinov/portal/config/SpringTransactionBinding.java"),
        StandardCharsets.UTF_8);
    String guide = section("### Embedding in Spring Boot");
    for (String line : List.of("TransactionSynchronizationManager.isActualTransactionActive()",
        "TransactionSynchronizationManager.getResource(dataSource) == null",
        "return Optional.of(DataSourceUtils.getConnection(dataSource));")) {
      assertThat(source).contains(line);
      assertThat(guide).contains(line);
    }
  }
}
