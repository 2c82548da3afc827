package io.perforch.models.simulated;

import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.sample.SampleDataset;
import io.perforch.models.ChatMessage;
import io.perforch.models.ChatRequest;
import io.perforch.models.ModelSpec;
import io.perforch.models.Pricing;
import io.perforch.models.Provider;
import io.perforch.models.SimulatedProfile;
import io.perforch.models.Stage;
import io.perforch.models.TaskContext;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Models, requests and reply parsing for the simulated fleet's tests. */
final class SimulatedTestSupport {
  private static final Pattern FENCE = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);
  private static List<Problem> sample;

  private SimulatedTestSupport() {}

  static synchronized List<Problem> sampleProblems() {
    if (sample == null) {
      sample = new SampleDataset().load();
    }
    return sample;
  }

  static List<Problem> sampleProblems(Language language) {
    return sampleProblems().stream().filter(p -> Language.of(p) == language).toList();
  }

  static Problem sampleProblem(Language language, String slug) {
    return sampleProblems(language).stream().filter(p -> p.getTaskId().endsWith("/" + slug)).findFirst()
        .orElseThrow();
  }

  /** A profile with one skill for every language and stage. */
  static SimulatedProfile uniform(long seed, double skill, double slowShare) {
    return new SimulatedProfile(seed, skill, Map.of(), slowShare);
  }

  static SimulatedProfile skills(long seed, double defaultSkill, Language language, Stage stage, double skill,
      double slowShare) {
    Map<Stage, Double> stages = new EnumMap<>(Stage.class);
    stages.put(stage, skill);
    Map<Language, Map<Stage, Double>> skills = new EnumMap<>(Language.class);
    skills.put(language, stages);
    return new SimulatedProfile(seed, defaultSkill, skills, slowShare);
  }

  static ModelSpec model(String id, SimulatedProfile profile) {
    return new ModelSpec(id, Provider.SIMULATED, "simulated/" + id, null, null, Pricing.FREE, 8, 0, 0,
        Duration.ofSeconds(60), 0.0, 2048, profile);
  }

  static SimulatedModelClient client(String id, SimulatedProfile profile) {
    return new SimulatedModelClient(model(id, profile));
  }

  /** A request as the pipeline would send it: a prompt built from the problem, the task attached. */
  static ChatRequest request(Problem problem, Stage stage, String input, int sample) {
    String prompt = "Complete this " + problem.getLanguage() + " code:\n" + problem.getPrompt()
        + (input == null ? "" : "\nCurrent program:\n" + input);
    return new ChatRequest(List.of(ChatMessage.system("You write code."), ChatMessage.user(prompt)), 0.0, 2048,
        sample, new TaskContext(problem, stage, input));
  }

  /** The code of {@code model}'s reply to the request {@link #request} builds. */
  static String answer(SimulatedModelClient model, Problem problem, Stage stage, String input, int sample)
      throws Exception {
    return code(model.complete(request(problem, stage, input, sample)).text());
  }

  static String canonical(Problem problem) {
    return problem.getSolutions().get(0).getCode();
  }

  static String slow(Problem problem) {
    return problem.getSolutions().stream().filter(s -> s.getLabel().equals("slow")).findFirst().orElseThrow()
        .getCode();
  }

  /** The code in the reply's one fenced block (what the project's extractor does, in miniature). */
  static String code(String reply) {
    Matcher matcher = FENCE.matcher(reply);
    if (!matcher.find()) {
      throw new AssertionError("no fenced block in reply:\n" + reply);
    }
    String code = matcher.group(2);
    if (matcher.find()) {
      throw new AssertionError("more than one fenced block in reply:\n" + reply);
    }
    return code;
  }

  /** The language tag of the reply's fenced block. */
  static String fenceTag(String reply) {
    Matcher matcher = FENCE.matcher(reply);
    if (!matcher.find()) {
      throw new AssertionError("no fenced block in reply:\n" + reply);
    }
    return matcher.group(1);
  }

  /** The mutants each candidate edit of {@code kind} makes of {@code code}. */
  static List<String> mutants(Mutation kind, String code, Language language) {
    return kind.candidates(new SourceText(code, language)).stream().map(edit -> edit.applyTo(code)).toList();
  }
}
