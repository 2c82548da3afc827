package io.perforch.execution.languages;

import io.perforch.execution.build.Program;
import io.perforch.execution.languages.DependencyCache.DependencyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The standard headers C++ programs start with, once as text (put before every test program, so that a
 * completion that forgets an include is not mistaken for a wrong program) and once precompiled: parsing
 * {@code <iostream>}, {@code <algorithm>} and friends is most of what compiling a small program costs,
 * and a precompiled header built once with the same flags cuts that to a fraction. Compiles pass
 * {@code -include} with it; the program's own copies of the includes are then skipped by their guards.
 */
final class CppPrelude {
  static final String TEXT = String.join("\n",
      "#include <algorithm>", "#include <climits>", "#include <cmath>", "#include <cstdlib>",
      "#include <cstring>", "#include <map>", "#include <numeric>", "#include <set>", "#include <string>",
      "#include <unordered_map>", "#include <unordered_set>", "#include <vector>", "#include <stack>",
      "#include <queue>", "#include <sstream>", "#include <iostream>", "using namespace std;", "");
  private static final String HEADER = "perforch_prelude.h";

  private CppPrelude() {}

  /**
   * The header whose precompiled twin sits beside it, built now if no JVM has yet. The key covers the
   * compiler and flags, because g++ silently ignores a precompiled header built differently.
   */
  static Path precompiled(String compilerVersion, List<String> flags) throws DependencyException {
    String key = Program.sha256(compilerVersion + "\0" + flags + "\0" + TEXT).substring(0, 16);
    Path dir = DependencyCache.ensure(DependencyCache.root(), "cpp-" + key, into -> build(flags, into));
    return dir.resolve(HEADER);
  }

  private static void build(List<String> flags, Path dir) throws IOException, InterruptedException {
    Files.writeString(dir.resolve(HEADER), TEXT);
    List<String> argv = new ArrayList<>(List.of("g++"));
    argv.addAll(flags);
    argv.addAll(List.of("-x", "c++-header", HEADER, "-o", HEADER + ".gch"));
    DependencyCache.runHost(argv, dir, Map.of("PATH", "/usr/local/bin:/usr/bin:/bin"), dir.resolve("build.log"));
  }
}
