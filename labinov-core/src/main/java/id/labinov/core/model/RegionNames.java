package id.labinov.core.model;

import id.labinov.core.internal.Checks;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The names of Indonesia's regions by code: the 38 provinces from {@link Province}, the 514 kabupaten
 * and kota (e.g. {@code 36.02} "Kabupaten Lebak") from data shipped with labinov, derived from the
 * npm package idn-area-data 4.0.1 (Open Database License; see {@code regions-LICENSE.md} beside
 * {@code regions.csv} in this package) by {@code docs/scripts/make-region-names.sh}. Districts and
 * villages have no name here. Thread-safe; the data is read once.
 */
public final class RegionNames {
  private static final String RESOURCE = "/id/labinov/core/model/regions.csv";

  private RegionNames() {}

  private static final class Holder {
    static final Map<String, String> NAMES = load();
  }

  private static Map<String, String> load() {
    Map<String, String> names = new TreeMap<>();
    try (InputStream in = RegionNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("labinov-core is missing its resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("code,")) {
          continue;
        }
        int comma = line.indexOf(',');
        names.put(line.substring(0, comma), line.substring(comma + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return Collections.unmodifiableMap(names);
  }

  /**
   * Returns a region's name: "Banten" for {@code 36}, "Kabupaten Lebak" for {@code 36.02}; empty for
   * a district or village, or a code without a name in the shipped data.
   *
   * @param region the region
   * @return its name, if known
   * @throws id.labinov.core.error.InvalidValueException if {@code region} is {@code null}
   */
  public static Optional<String> find(RegionCode region) {
    Checks.notNull(region, "region");
    return switch (region.level()) {
      case PROVINCE -> Optional.of(region.province().displayName());
      case REGENCY_OR_CITY -> Optional.ofNullable(Holder.NAMES.get(region.value()));
      default -> Optional.empty();
    };
  }

  /**
   * Returns a region's name, or its code when the shipped data has none.
   *
   * @param region the region
   * @return the name, or the code
   */
  public static String nameOrCode(RegionCode region) {
    return find(region).orElse(region.value());
  }

  /** {@return every kabupaten and kota name by code, in code order (514 entries)} */
  public static Map<String, String> regenciesAndCities() {
    return Holder.NAMES;
  }
}
