package id.labinov.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.error.LabinovException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/id/labinov/persistence/jdbc/" + name)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void everyKeyHasAnIndonesianAndAnEnglishText() throws IOException {
    Properties id = bundle("messages.properties");
    Properties en = bundle("messages_en.properties");

    assertThat(id.keySet()).isNotEmpty().isEqualTo(en.keySet());
  }

  @Test
  void everyExceptionRendersInBothLanguagesWithoutRawKeys() {
    List<LabinovException> all = List.of(new SchemaTooNewException(3, 1, "lbv_"), new SchemaNotAppliedException(0, 1, "x_"),
        new JdbcSettingException("INVALID_TABLE_PREFIX", "tablePrefix", "LBV", "jdbc.tablePrefix"),
        new JdbcSettingException("UNSUPPORTED_DATABASE", "dataSource", "Oracle", "jdbc.unsupportedDatabase"),
        new JdbcSettingException("UNKNOWN_SCHEMA_VERSION", "version", 7, "jdbc.schemaVersion", 1),
        new JdbcSettingException("AUTO_COMMIT_CONNECTION", "connection", "autoCommit=true", "jdbc.autoCommit", "append x"),
        new JdbcSettingException("INVALID_FEED_LIMIT", "limit", 0, "jdbc.feedLimit", 1000),
        new JdbcSettingException("INVALID_FEED_POSITION", "afterPosition", -1, "jdbc.feedPosition"),
        new JdbcSettingException("VALUE_TOO_LONG", "subject", 2001, "jdbc.valueTooLong", 2000));
    for (LabinovException e : all) {
      String indonesian = e.getMessage(Locale.forLanguageTag("id"));
      String english = e.getMessage(Locale.ENGLISH);
      assertThat(indonesian).as(e.code()).doesNotContain("jdbc.").doesNotContain("{").isNotEqualTo(english);
      assertThat(english).as(e.code()).doesNotContain("jdbc.").doesNotContain("{");
      assertThat(e.getMessage()).isEqualTo(english);
      assertThat(e.getMessage(null)).isEqualTo(indonesian);
      assertThat(e.getMessage(Locale.GERMAN)).isEqualTo(indonesian);
    }
    assertThat(all.get(0).getMessage(Locale.ENGLISH)).startsWith("The labinov schema in the database (prefix lbv_) is version 3,");
    assertThat(all.get(5).getMessage(Locale.ENGLISH)).contains("caller's connection").contains("append x");
    assertThat(all.get(8).getMessage(Locale.ENGLISH)).isEqualTo("subject is too long to store: 2001 characters,"
        + " while its column holds at most 2000. Shorten the text.");
  }
}
