package io.perforch.models.simulated;

import static io.perforch.models.simulated.SimulatedTestSupport.answer;
import static io.perforch.models.simulated.SimulatedTestSupport.canonical;
import static io.perforch.models.simulated.SimulatedTestSupport.client;
import static io.perforch.models.simulated.SimulatedTestSupport.code;
import static io.perforch.models.simulated.SimulatedTestSupport.fenceTag;
import static io.perforch.models.simulated.SimulatedTestSupport.request;
import static io.perforch.models.simulated.SimulatedTestSupport.sampleProblem;
import static io.perforch.models.simulated.SimulatedTestSupport.slow;
import static io.perforch.models.simulated.SimulatedTestSupport.uniform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.perforch.datasets.model.Language;
import io.perforch.datasets.model.Problem;
import io.perforch.datasets.model.ProgramShape;
import io.perforch.datasets.model.ReferenceSolution;
import io.perforch.execution.Submission;
import io.perforch.models.ChatMessage;
import io.perforch.models.ChatRequest;
import io.perforch.models.ChatResponse;
import io.perforch.models.ModelCheck;
import io.perforch.models.ModelSpec;
import io.perforch.models.Pricing;
import io.perforch.models.Provider;
import io.perforch.models.ProviderException;
import io.perforch.models.Stage;
import io.perforch.models.extraction.CodeExtractor;
import io.perforch.models.extraction.Extraction;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimulatedModelClientTest {
  private final Problem primes = sampleProblem(Language.PYTHON, "count_primes");

  @Test
  void theSameRequestGetsTheSameReply() throws Exception {
    SimulatedModelClient model = client("sim-a", uniform(3, 0.5, 0.3));
    SimulatedModelClient twin = client("sim-a", uniform(3, 0.5, 0.3));

    for (int sample = 0; sample < 20; sample++) {
      for (Stage stage : Stage.values()) {
        ChatRequest request = request(primes, stage, stage == Stage.GENERATE ? null : slow(primes), sample);
        assertThat(twin.complete(request)).isEqualTo(model.complete(request)).isEqualTo(model.complete(request));
      }
    }
  }

  @Test
  void samplesSeedsAndModelIdsChangeTheReply() throws Exception {
    Set<String> bySample = new HashSet<>();
    for (int sample = 0; sample < 10; sample++) {
      bySample.add(answer(client("sim-a", uniform(3, 0.5, 0.3)), primes, Stage.GENERATE, null, sample));
    }
    Set<String> byModel = new HashSet<>();
    for (int seed = 0; seed < 5; seed++) {
      byModel.add(answer(client("sim-a", uniform(seed, 0.5, 0.3)), primes, Stage.GENERATE, null, 0));
      byModel.add(answer(client("sim-b" + seed, uniform(3, 0.5, 0.3)), primes, Stage.GENERATE, null, 0));
    }

    assertThat(bySample).hasSizeGreaterThan(5);
    assertThat(byModel).hasSizeGreaterThan(5);
  }

  @Test
  void replyIsASentenceThenOneFencedBlockInTheContinuationForm() throws Exception {
    for (Language language : Language.values()) {
      Problem problem = sampleProblem(language, "count_primes");
      ChatResponse response = client("sim-a", uniform(3, 1.0, 0.0)).complete(request(problem, Stage.GENERATE, null, 0));

      assertThat(response.text()).doesNotStartWith("```").matches("(?s)[A-Z][^\\n]*[.:]\\n\\n```.*");
      assertThat(fenceTag(response.text())).isEqualTo(language.id());
      assertThat(code(response.text())).isEqualTo(canonical(problem));
      assertThat(response.finishReason()).isEqualTo("stop");
      assertThat(response.attempts()).isEqualTo(1);
    }
  }

  /** The project's extractor reads right and wrong answers back exactly, in the problems' own form. */
  @Test
  void theCodeExtractorGetsBackExactlyTheProgramAnswered() throws Exception {
    CodeExtractor extractor = new CodeExtractor();
    List<SimulatedModelClient> models =
        List.of(client("sim-right", uniform(3, 1.0, 0.5)), client("sim-wrong", uniform(3, 0.0, 0.0)));
    for (Problem problem : SimulatedTestSupport.sampleProblems()) {
      for (SimulatedModelClient model : models) {
        for (int sample = 0; sample < 5; sample++) {
          String reply = model.complete(request(problem, Stage.GENERATE, null, sample)).text();

          Extraction extraction = extractor.extract(problem, reply);

          String what = problem.getTaskId() + " " + model.spec().id() + " #" + sample + ": " + extraction.detail();
          assertThat(extraction.hasCode()).as(what).isTrue();
          assertThat(extraction.form()).as(what).isEqualTo(Submission.defaultForm(problem));
          assertThat(extraction.code().strip()).as(what).isEqualTo(code(reply).strip());
        }
      }
    }
  }

  @Test
  void tokenUsageIsCharactersOverFourAndLatencyIsSimulated() throws Exception {
    ChatRequest request = request(primes, Stage.GENERATE, null, 0);
    ChatResponse response = client("sim-a", uniform(3, 1.0, 0.0)).complete(request);
    long inputChars = request.messages().stream().mapToLong(m -> m.content().length()).sum();

    assertThat(response.usage().inputTokens()).isEqualTo((inputChars + 3) / 4);
    assertThat(response.usage().outputTokens()).isEqualTo((response.text().length() + 3) / 4);
    assertThat(response.latencyMillis()).isBetween(150L, 60_000L);
  }

  @Test
  void aPingGetsAShortFixedAnswer() throws Exception {
    ChatRequest ping = new ChatRequest(List.of(ChatMessage.user("Say OK.")), 0.0, 16, 0, null);
    ChatResponse first = client("sim-a", uniform(3, 0.5, 0.3)).complete(ping);

    assertThat(first.text()).contains("sim-a").contains("simulated").doesNotContain("```").hasSizeLessThan(120);
    assertThat(client("sim-a", uniform(3, 0.5, 0.3)).complete(ping)).isEqualTo(first);
  }

  @Test
  void modelsCheckFindsASimulatedModelReachable() throws Exception {
    ModelCheck.Result result = ModelCheck.check(client("sim-a", uniform(3, 0.5, 0.3)));

    assertThat(result.status()).isEqualTo(ModelCheck.Status.REACHABLE);
    assertThat(result.detail()).startsWith("ok");
  }

  @Test
  void fullProgramProblemsAnswerWithTheWholeProgram() throws Exception {
    String program = "import sys\n\nn = int(sys.stdin.readline())\nprint(n * 2 if n > 0 else 0)\n";
    Problem problem = Problem.newBuilder(primes).setTaskId("x/1").setShape(ProgramShape.FULL_PROGRAM)
        .setDeclaration("").setSolutions(List.of(new ReferenceSolution("canonical", program))).build();

    String right = client("sim-a", uniform(3, 1.0, 0.0)).complete(request(problem, Stage.GENERATE, null, 0)).text();
    String wrong = client("sim-a", uniform(3, 0.0, 0.0)).complete(request(problem, Stage.GENERATE, null, 0)).text();

    assertThat(code(right)).isEqualTo(program);
    assertThat(code(wrong)).isNotEqualTo(program).startsWith("import sys");
  }

  @Test
  void onlySimulatedModelsAreServed() {
    ModelSpec real = new ModelSpec("gpt", Provider.OPENAI, "gpt-4.1", URI.create("https://api.openai.com/v1"),
        "OPENAI_API_KEY", Pricing.FREE, 4, 0, 0, Duration.ofSeconds(60), 0.2, 2048, null);

    assertThatThrownBy(() -> new SimulatedModelClient(real))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'gpt'").hasMessageContaining("openai");
  }

  @Test
  void aProblemWithoutReferencesIsABadRequestNamingTheTask() {
    Problem bare = Problem.newBuilder(primes).setTaskId("Python/bare").setSolutions(List.of()).build();

    assertThatThrownBy(() -> client("sim-a", uniform(3, 0.5, 0.3)).complete(request(bare, Stage.GENERATE, null, 0)))
        .isInstanceOfSatisfying(ProviderException.class,
            e -> assertThat(e.kind()).isEqualTo(ProviderException.Kind.BAD_REQUEST))
        .hasMessageContaining("sim-a").hasMessageContaining("Python/bare").hasMessageContaining("reference");
  }

  @Test
  void fixAndRefineWithoutAnInputProgramAreBadRequests() {
    for (Stage stage : List.of(Stage.FIX, Stage.REFINE)) {
      assertThatThrownBy(() -> client("sim-a", uniform(3, 0.5, 0.3)).complete(request(primes, stage, null, 0)))
          .isInstanceOfSatisfying(ProviderException.class,
              e -> assertThat(e.kind()).isEqualTo(ProviderException.Kind.BAD_REQUEST))
          .hasMessageContaining("inputCode").hasMessageContaining(primes.getTaskId());
    }
  }
}
