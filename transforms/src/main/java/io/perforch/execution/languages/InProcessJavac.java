package io.perforch.execution.languages;

import io.perforch.execution.build.BuildOutcome;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Java inside this JVM with javax.tools: a warm javac takes tens of milliseconds where starting a
 * javac process costs most of a second. Safe to run outside the sandbox because javac executes no code of
 * the program it compiles once annotation processing is off, and Java has no way to include host files.
 */
final class InProcessJavac {
  private static final List<String> OPTIONS =
      List.of("-proc:none", "-encoding", "UTF-8", "-nowarn", "-Xlint:none", "-g:none");

  private InProcessJavac() {}

  static boolean available() {
    return ToolProvider.getSystemJavaCompiler() != null;
  }

  static BuildOutcome compile(String fileName, String source, Path outputDir) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      return BuildOutcome.failed(BuildOutcome.Failure.INFRASTRUCTURE,
          "this Java runtime has no compiler (install a JDK, not a JRE)", 0, false);
    }
    long start = System.nanoTime();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter javacOutput = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      List<String> options = new java.util.ArrayList<>(OPTIONS);
      options.addAll(List.of("-d", outputDir.toString()));
      boolean ok = javac.getTask(javacOutput, files, diagnostics, options, null,
          List.of(new SourceText(fileName, source))).call();
      long millis = (System.nanoTime() - start) / 1_000_000;
      String report = render(diagnostics) + javacOutput;
      return ok
          ? BuildOutcome.success(outputDir, report.strip(), millis, false)
          : BuildOutcome.failed(BuildOutcome.Failure.COMPILE_ERROR, report.strip(), millis, false);
    } catch (java.io.IOException | RuntimeException e) {
      // javac itself crashing on odd input is the program's compile error, not an infrastructure fault
      return BuildOutcome.failed(BuildOutcome.Failure.COMPILE_ERROR,
          "javac failed: " + e, (System.nanoTime() - start) / 1_000_000, false);
    }
  }

  /** Diagnostics in javac's usual "File.java:12: error: ..." form, which models understand. */
  private static String render(DiagnosticCollector<JavaFileObject> diagnostics) {
    StringBuilder out = new StringBuilder();
    diagnostics.getDiagnostics().forEach(d -> {
      String file = d.getSource() == null ? "" : Path.of(d.getSource().getName()).getFileName().toString();
      out.append(file).append(':').append(d.getLineNumber()).append(": ")
          .append(d.getKind().toString().toLowerCase(Locale.ROOT)).append(": ")
          .append(d.getMessage(Locale.ROOT)).append('\n');
    });
    return out.toString();
  }

  private static final class SourceText extends SimpleJavaFileObject {
    private final String source;

    SourceText(String fileName, String source) {
      super(URI.create("string:///" + fileName), Kind.SOURCE);
      this.source = source;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return source;
    }
  }
}
