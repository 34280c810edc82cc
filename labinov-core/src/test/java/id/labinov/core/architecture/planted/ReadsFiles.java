package id.labinov.core.architecture.planted;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Bad: core code reading a file through java.nio.file. */
class ReadsFiles {
  String read(String name) throws IOException {
    return Files.readString(Path.of(name));
  }
}
