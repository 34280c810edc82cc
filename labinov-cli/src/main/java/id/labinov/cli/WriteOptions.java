package id.labinov.cli;

import id.labinov.core.engine.Options;
import picocli.CommandLine.Option;

/** The options of commands that change an innovation: an idempotency key and the version seen. */
final class WriteOptions {
  @Option(names = "--idempotency-key", paramLabel = "KEY", descriptionKey = "option.idempotencyKey")
  String idempotencyKey;

  @Option(names = "--expect-version", paramLabel = "N", descriptionKey = "option.expectVersion")
  Long expectVersion;

  Options options() {
    Options o = idempotencyKey == null ? Options.none() : Options.idempotent(idempotencyKey);
    return expectVersion == null ? o : o.expectingVersion(expectVersion);
  }
}
