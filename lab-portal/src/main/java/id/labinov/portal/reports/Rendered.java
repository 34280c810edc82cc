package id.labinov.portal.reports;

import java.util.Arrays;

/**
 * One report rendered for download or display.
 *
 * @param kind the report's portal code, e.g. {@code programme-summary}
 * @param title the report's title in the language it was rendered in
 * @param format the format it was rendered in
 * @param bytes the file's content
 * @param contentType the HTTP content type, e.g. {@code application/pdf}
 * @param fileName a readable file name, e.g. {@code laporan-tahapan-lebak-2019.pdf}
 */
public record Rendered(String kind, String title, Format format, byte[] bytes, String contentType, String fileName) {
  /** Copies the content, so that the record cannot be changed from outside. */
  public Rendered {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rendered r && kind.equals(r.kind) && title.equals(r.title) && format == r.format
        && Arrays.equals(bytes, r.bytes) && contentType.equals(r.contentType) && fileName.equals(r.fileName);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(bytes) + fileName.hashCode();
  }

  @Override
  public String toString() {
    return "Rendered[" + fileName + ", " + contentType + ", " + bytes.length + " bytes]";
  }
}
