package io.perforch.execution.languages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a one-file Go program with the toolchain's {@code compile} and {@code link} directly, as the go
 * command would but without its package loading and cache hashing, which cost a one-file program more
 * CPU than its compile and link (measured: 0.16 s against 0.27 s for {@code go test -c} of a HumanEval-X
 * test). A test file is compiled as package {@value #PACKAGE}; a generated {@value #TEST_MAIN}, like
 * the one {@code go test} writes, runs its {@code TestXxx} functions. The {@code importcfg} is the warm
 * cache's (every importable package) plus the program's own package.
 */
record GoBuildScript(List<String> commands, String binary) {
  static final String TEST_FILE = "main_test.go";
  static final String FILE = "main.go";
  static final String TEST_BINARY = "main.test";
  static final String BINARY = "main";
  static final String TEST_MAIN = "_testmain.go";
  /** The import path of a test file's package, which the test main imports. */
  static final String PACKAGE = "humaneval";
  private static final String IMPORTCFG = "importcfg";
  /** What {@code go test} runs: {@code func TestXxx(t *testing.T)}, Xxx not starting in lower case. */
  private static final Pattern TEST_FUNCTION =
      Pattern.compile("(?m)^func[ \\t]+(Test(?![\\p{Ll}])\\w*)[ \\t]*\\([ \\t]*\\w+[ \\t]+\\*testing\\.T[ \\t]*\\)");

  /** Thrown when a test file has no test to run: it would otherwise "pass" having checked nothing. */
  private static final Pattern TEST_MAIN_FUNCTION =
      Pattern.compile("(?m)^func[ \\t]+TestMain[ \\t]*\\([ \\t]*\\w+[ \\t]+\\*testing\\.M[ \\t]*\\)");

  static final class NoTestsException extends Exception {
    NoTestsException(String message) {
      super(message);
    }
  }

  /**
   * Writes the files the build needs into {@code dir} (the program's source is already there) and
   * returns the build. {@code file} is {@value #TEST_FILE} or {@value #FILE}.
   */
  static GoBuildScript write(Path dir, String file, String source, String importcfg)
      throws IOException, NoTestsException {
    boolean test = file.equals(TEST_FILE);
    String flags = " -importcfg " + IMPORTCFG + " -pack";
    List<String> commands = new ArrayList<>();
    if (test) {
      List<String> tests = testFunctions(source);
      if (tests.isEmpty()) {
        throw new NoTestsException(file + " declares no func TestXxx(t *testing.T): there is nothing to run");
      }
      Files.writeString(dir.resolve(TEST_MAIN), testMain(tests, TEST_MAIN_FUNCTION.matcher(source).find()),
          StandardCharsets.UTF_8);
      commands.add("\"$T/compile\" -p " + PACKAGE + flags + " -o pkg.a " + file);
      commands.add("\"$T/compile\" -p main" + flags + " -o main.a " + TEST_MAIN);
      importcfg = importcfg + (importcfg.endsWith("\n") ? "" : "\n") + "packagefile " + PACKAGE + "=pkg.a\n";
    } else {
      commands.add("\"$T/compile\" -p main" + flags + " -o main.a " + file);
    }
    String binary = test ? TEST_BINARY : BINARY;
    // -s -w: no symbol table or DWARF, which makes linking (most of a small program's build) a third
    // faster; panics still print their stack traces, which come from the pc tables kept in the binary.
    commands.add("\"$T/link\" -s -w -buildmode=exe -importcfg " + IMPORTCFG + " -o " + binary + " main.a");
    commands.add("rm -f pkg.a main.a " + IMPORTCFG + " " + TEST_MAIN);
    Files.writeString(dir.resolve(IMPORTCFG), importcfg, StandardCharsets.UTF_8);
    return new GoBuildScript(List.copyOf(commands), binary);
  }

  /** {@code sh -c} of the commands, stopping at the first failure, with {@code $T} the tool folder. */
  List<String> argv(Path tools) {
    return List.of("/bin/sh", "-ec", "T=\"$1\"\n" + String.join("\n", commands), "go-build", tools.toString());
  }

  static List<String> testFunctions(String source) {
    List<String> names = new ArrayList<>();
    Matcher matcher = TEST_FUNCTION.matcher(source);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  /**
   * As {@code go test}'s generated main does: with a {@code TestMain(m *testing.M)} it is TestMain that
   * runs the tests (or not), and the exit code is the one m.Run recorded.
   */
  private static String testMain(List<String> tests, boolean ownTestMain) {
    StringBuilder main = new StringBuilder("""
        package main

        import (
        \t"os"
        %s\t"testing"
        \t"testing/internal/testdeps"

        \t_test "%s"
        )

        var tests = []testing.InternalTest{
        """.formatted(ownTestMain ? "\t\"reflect\"\n" : "", PACKAGE));
    tests.forEach(name -> main.append("\t{\"").append(name).append("\", _test.").append(name).append("},\n"));
    main.append("""
        }

        func main() {
        \tm := testing.MainStart(testdeps.TestDeps{}, tests, nil, nil, nil)
        """);
    main.append(ownTestMain
        ? "\t_test.TestMain(m)\n\tos.Exit(int(reflect.ValueOf(m).Elem().FieldByName(\"exitCode\").Int()))\n"
        : "\tos.Exit(m.Run())\n");
    return main.append("}\n").toString();
  }

}
