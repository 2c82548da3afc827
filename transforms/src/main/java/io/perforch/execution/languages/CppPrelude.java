package io.perforch.execution.languages;

import io.perforch.execution.build.Program;
import io.perforch.execution.languages.DependencyCache.DependencyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Precompiled C++ preludes: parsing {@code <iostream>}, {@code <algorithm>} and friends is most of what
 * compiling a small program costs, and a header built once with the same flags cuts that to a fraction.
 * A compile passes {@code -include} with one only when the program's own leading lines (before any other
 * code) already include every line of it, so forcing it first changes nothing but speed: upstream's
 * HumanEval-X include lines ({@link HumanEvalXHarness#CPP_INCLUDES}), or the lenient prelude that
 * {@link Assembly#LENIENT} programs start with. The program's own copies are then skipped by their guards.
 */
final class CppPrelude {
  /** What {@link Assembly#LENIENT} puts before every program: more headers, and the std namespace. */
  static final String LENIENT = String.join("\n",
      "#include <algorithm>", "#include <climits>", "#include <cmath>", "#include <cstdlib>",
      "#include <cstring>", "#include <map>", "#include <numeric>", "#include <set>", "#include <string>",
      "#include <unordered_map>", "#include <unordered_set>", "#include <vector>", "#include <stack>",
      "#include <queue>", "#include <sstream>", "#include <iostream>", "using namespace std;", "");
  static final String UPSTREAM = String.join("\n", HumanEvalXHarness.CPP_INCLUDES) + "\n";
  /** Named in build flags, so that a change to either prelude's rule shows in the build key. */
  static final String KEY = "upstream|lenient";

  private static final String HEADER = "perforch_prelude.h";
  private static final Pattern INCLUDE = Pattern.compile("^#\\s*include\\s*<\\s*([^>\\s]+)\\s*>$");
  private static final Pattern USING_STD = Pattern.compile("^using\\s+namespace\\s+std\\s*;$");

  private CppPrelude() {}

  /** The prelude whose every line the program's leading lines contain, the larger first. */
  static Optional<String> coveredBy(String source) {
    Set<String> leading = leadingLines(source);
    for (String prelude : List.of(LENIENT, UPSTREAM)) {
      if (leading.containsAll(normalised(prelude))) {
        return Optional.of(prelude);
      }
    }
    return Optional.empty();
  }

  /**
   * The header whose precompiled twin sits beside it, built now if no JVM has yet. The key covers the
   * compiler and flags, because g++ silently ignores a precompiled header built differently.
   */
  static Path precompiled(String prelude, String compilerVersion, List<String> flags) throws DependencyException {
    String key = Program.sha256(compilerVersion + "\0" + flags + "\0" + prelude).substring(0, 16);
    Path dir = DependencyCache.ensure(DependencyCache.root(), "cpp-" + key, into -> build(prelude, flags, into));
    return dir.resolve(HEADER);
  }

  /**
   * The includes and {@code using namespace std;} lines before the first other code, normalised; comments
   * and blank lines are skipped.
   */
  static Set<String> leadingLines(String source) {
    Set<String> found = new HashSet<>();
    boolean inComment = false;
    for (String raw : source.split("\n")) {
      String line = raw.strip();
      if (inComment) {
        int end = line.indexOf("*/");
        if (end < 0) {
          continue;
        }
        inComment = false;
        line = line.substring(end + 2).strip();
      }
      if (line.startsWith("/*")) {
        int end = line.indexOf("*/", 2);
        if (end < 0) {
          inComment = true;
          continue;
        }
        line = line.substring(end + 2).strip();
      }
      if (line.isEmpty() || line.startsWith("//")) {
        continue;
      }
      String normal = normalise(line);
      if (normal == null) {
        break;
      }
      found.add(normal);
    }
    return found;
  }

  private static List<String> normalised(String prelude) {
    List<String> lines = new ArrayList<>();
    for (String line : prelude.strip().split("\n")) {
      lines.add(normalise(line.strip()));
    }
    return lines;
  }

  /** {@code #include <x>} for any spacing, {@code using namespace std;}; null for any other line. */
  private static String normalise(String line) {
    Matcher include = INCLUDE.matcher(line);
    if (include.matches()) {
      return "#include <" + include.group(1) + ">";
    }
    return USING_STD.matcher(line).matches() ? "using namespace std;" : null;
  }

  private static void build(String prelude, List<String> flags, Path dir) throws IOException, InterruptedException {
    Files.writeString(dir.resolve(HEADER), prelude);
    List<String> argv = new ArrayList<>(List.of("g++"));
    argv.addAll(flags);
    argv.addAll(List.of("-x", "c++-header", HEADER, "-o", HEADER + ".gch"));
    DependencyCache.runHost(argv, dir, Map.of("PATH", "/usr/local/bin:/usr/bin:/bin"), dir.resolve("build.log"));
  }
}
