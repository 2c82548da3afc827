package io.perforch.models.prompts;

import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.model.ProgramShape;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The prompt templates, read from the classpath folder {@value #FOLDER}. A template is looked up from the
 * most specific name to the least: {@code generate.go.txt} before {@code generate.txt}; for EffiBench-X
 * problems {@code generate.program.txt} (a program reading stdin), and for its functional problems
 * {@code generate.functional.txt} first. Each file is read and checked once.
 */
public final class PromptTemplates {
  public static final String FOLDER = "/io/perforch/models/prompts/";

  private final String folder;
  private final Map<String, Optional<PromptTemplate>> loaded = new ConcurrentHashMap<>();

  private PromptTemplates(String folder) {
    this.folder = folder;
  }

  public static PromptTemplates standard() {
    return new PromptTemplates(FOLDER);
  }

  /** Templates from another classpath folder (tests, or a run's own wording). */
  public static PromptTemplates fromClasspath(String folder) {
    return new PromptTemplates(folder.endsWith("/") ? folder : folder + "/");
  }

  /**
   * The template for {@code kind} ({@code system}, {@code generate}, {@code fix}, {@code refine}) and
   * this problem.
   *
   * @throws IllegalStateException when no file on the lookup path exists
   */
  public PromptTemplate forProblem(String kind, Problem problem) {
    List<String> names = lookupPath(kind, problem);
    for (String name : names) {
      Optional<PromptTemplate> template = loaded.computeIfAbsent(name, this::read);
      if (template.isPresent()) {
        return template.get();
      }
    }
    throw new IllegalStateException("no prompt template for " + problem.getTaskId() + ": looked for "
        + String.join(", ", names.stream().map(name -> folder + name).toList()));
  }

  static List<String> lookupPath(String kind, Problem problem) {
    String language = Language.of(problem).id();
    List<String> variants = new ArrayList<>();
    if (problem.getShape() == ProgramShape.FULL_PROGRAM) {
      if (problem.getStdio() != null && "functional".equals(problem.getStdio().getProblemType())) {
        variants.add(".functional");
      }
      variants.add(".program");
    } else {
      variants.add("");
    }
    List<String> names = new ArrayList<>();
    for (String variant : variants) {
      names.add(kind + variant + "." + language + ".txt");
      names.add(kind + variant + ".txt");
    }
    if (!variants.contains("")) {
      names.add(kind + "." + language + ".txt");
      names.add(kind + ".txt"); // for templates with no program wording of their own, e.g. system
    }
    return names;
  }

  private Optional<PromptTemplate> read(String name) {
    String resource = folder + name;
    try (InputStream in = PromptTemplates.class.getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
      return Optional.of(new PromptTemplate("classpath:" + resource.substring(1), text));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read prompt template " + resource, e);
    }
  }
}
