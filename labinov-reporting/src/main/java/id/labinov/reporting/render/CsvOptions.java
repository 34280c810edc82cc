package id.labinov.reporting.render;

import id.labinov.reporting.ReportException;

/**
 * How {@link CsvRenderer} writes: the delimiter, whether a UTF-8 byte order mark comes first (Excel
 * needs it to read UTF-8), and whether values are written for people in the report's language
 * ("14 Januari 2019", "ya", localized headers; numbers without grouping, with the language's decimal
 * mark unless it is the delimiter: "1234,56" with {@code ;} in Indonesian, "1234.56" with {@code ,})
 * or plain for machines ("1234.56", "2019-01-14", "true", the column keys as headers).
 *
 * @param delimiter {@code ,} (RFC 4180), {@code ;} (spreadsheets set to Indonesian, where {@code ,}
 *     is the decimal mark), tab or {@code |}
 * @param byteOrderMark whether to start with the UTF-8 byte order mark
 * @param localized values and headers for people ({@code true}) or plain for machines
 */
public record CsvOptions(char delimiter, boolean byteOrderMark, boolean localized) {
  /**
   * Validates the delimiter.
   *
   * @param delimiter {@code ,}, {@code ;}, tab or {@code |}
   * @param byteOrderMark whether to start with the UTF-8 byte order mark
   * @param localized values and headers for people ({@code true}) or plain for machines
   * @throws ReportException with code {@code BAD_SETTING} for another delimiter
   */
  public CsvOptions {
    if (delimiter != ',' && delimiter != ';' && delimiter != '\t' && delimiter != '|') {
      throw new ReportException("BAD_SETTING", "error.setting.delimiter", String.valueOf(delimiter));
    }
  }

  /** {@return RFC 4180 defaults: comma, no byte order mark, values in the report's language} */
  public static CsvOptions defaults() {
    return new CsvOptions(',', false, true);
  }

  /** {@return the options for Excel set to Indonesian: semicolon, byte order mark, localized values} */
  public static CsvOptions excelIndonesia() {
    return new CsvOptions(';', true, true);
  }

  /** {@return options for machines: comma, no byte order mark, plain values and key headers} */
  public static CsvOptions plain() {
    return new CsvOptions(',', false, false);
  }

  /**
   * Returns a copy with another delimiter.
   *
   * @param value the delimiter
   * @return the copy
   */
  public CsvOptions withDelimiter(char value) {
    return new CsvOptions(value, byteOrderMark, localized);
  }

  /**
   * Returns a copy with or without the byte order mark.
   *
   * @param value whether to write it
   * @return the copy
   */
  public CsvOptions withByteOrderMark(boolean value) {
    return new CsvOptions(delimiter, value, localized);
  }

  /**
   * Returns a copy with localized or plain values.
   *
   * @param value {@code true} for values for people
   * @return the copy
   */
  public CsvOptions withLocalized(boolean value) {
    return new CsvOptions(delimiter, byteOrderMark, value);
  }
}
