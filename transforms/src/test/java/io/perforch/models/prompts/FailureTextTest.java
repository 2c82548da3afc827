package io.perforch.models.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What two runs of the same failure print differently, in each language, as PerfOrch's sandbox captured it
 * (two runs, two cache folders), and what must stay as printed.
 */
class FailureTextTest {
  private static final String SHA = "20786c2020b432debc5f73c390f5da761448679eb12117d974e2f90f71ac0cc8";

  @Test
  void aPythonTracebackNamesTheProgramNotTheHostsBuildFolder() {
    String traceback = """
        Traceback (most recent call last):
          File "/root/.cache/perforch/build/python/%s/main.py", line 27, in <module>
            check(count_primes)
          File "/tmp/run-b/cache/build/python/%s/main.py", line 7, in count_primes
            raise ValueError('bad %%r in %%s' %% (object(), d))
        ValueError: bad <object object at 0x7f9bca7b43f0> in /tmp/tmpfqzdoj27
        """.formatted(SHA, SHA);

    assertThat(FailureText.normalise(traceback)).isEqualTo("""
        Traceback (most recent call last):
          File "main.py", line 27, in <module>
            check(count_primes)
          File "main.py", line 7, in count_primes
            raise ValueError('bad %r in %s' % (object(), d))
        ValueError: bad <object object at 0x<addr>> in /tmp/<tmp>
        """);
  }

  @Test
  void javaIdentityHashesAndTempNamesGo() {
    String trace = "Exception in thread \"main\" java.lang.IllegalStateException: obj java.lang.Object@2c7b84de "
        + "ints [I@1b6d3586 node Solution$Node@7a81197d in /tmp/perforch-run-8123456/x and /tmp/data12345678.txt\n"
        + "\tat Solution.countPrimes(Unknown Source)\n";

    assertThat(FailureText.normalise(trace)).isEqualTo("Exception in thread \"main\" java.lang.IllegalStateException: "
        + "obj java.lang.Object@<hash> ints [I@<hash> node Solution$Node@<hash> in /tmp/<tmp>/x and /tmp/<tmp>\n"
        + "\tat Solution.countPrimes(Unknown Source)\n");
  }

  @Test
  void aCppAssertionKeepsItsLineAndAPointerGoes() {
    String stderr = "main: main.cpp:39: int main(): Assertion `count_primes(-7) == 0' failed.\nat 0x7ffd9d5e896c\n";

    assertThat(FailureText.normalise(stderr))
        .isEqualTo("main: main.cpp:39: int main(): Assertion `count_primes(-7) == 0' failed.\nat 0x<addr>\n");
  }

  @Test
  void aGoPanicLosesGoroutineNumbersPointersAndTimings() {
    String output = """
        --- FAIL: TestCountPrimes (0.25s)
        panic: runtime error: index out of range [7] with length 1 [recovered]
        [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x597bf1]

        goroutine 18 [running]:
        testing.tRunner.func1.2({0x5d1f20, 0xc0000a8228})
        \t/usr/lib/go-1.19/src/testing/testing.go:1396 +0x24e
        humaneval.TestCountPrimes(0x0?)
        \t/work/main_test.go:25 +0x7e
        created by testing.(*T).Run in goroutine 1
        FAIL\thumaneval\t1.234s
        ok  \tother\t2m0.5s after 250\u00b5s and 1.5ms
        """;

    assertThat(FailureText.normalise(output)).isEqualTo("""
        --- FAIL: TestCountPrimes (<time>)
        panic: runtime error: index out of range [7] with length 1 [recovered]
        [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x597bf1]

        goroutine <id> [running]:
        testing.tRunner.func1.2({0x5d1f20, 0x<addr>})
        \t/usr/lib/go-1.19/src/testing/testing.go:1396 +0x24e
        humaneval.TestCountPrimes(0x0?)
        \t/work/main_test.go:25 +0x7e
        created by testing.(*T).Run in goroutine <id>
        FAIL\thumaneval\t<time>
        ok  \tother\t<time> after 250\u00b5s and <time>
        """);
  }

  @Test
  void aRustPanicLosesItsThreadIdAndTheTestTime() {
    String output = """
        thread 'tests::test_count_primes' (3) panicked at main.rs:25:9:
        assertion `left == right` failed
          left: 1
         right: 0
        test result: FAILED. 0 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s
        """;

    assertThat(FailureText.normalise(output)).isEqualTo("""
        thread 'tests::test_count_primes' (<id>) panicked at main.rs:25:9:
        assertion `left == right` failed
          left: 1
         right: 0
        test result: FAILED. 0 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in <time>
        """);
  }

  @Test
  void dependencyCachePathsLoseTheHostsCacheFolder() {
    assertThat(FailureText.normalise("--> /home/u/.cache/perforch/deps/rust-b3ba05618b92ec72/src/lib.rs:3:1"))
        .isEqualTo("--> <deps>/rust/src/lib.rs:3:1");
  }

  @Test
  void whatTheProgramComputedIsKept() {
    String output = "expected: 0xff, 3.5, 1e-9 and version 1.19.5\nactual  : 49098 at main_test.go:39\n"
        + "user@example.com Error Trace:\t/work/main_test.go:26\n";

    assertThat(FailureText.normalise(output)).isEqualTo(output);
  }

  @Test
  void normalisingTwiceChangesNothingMore() {
    String output = "File \"/c/build/python/" + SHA + "/main.py\" 0x7ffd9d5e896c goroutine 6 (0.01s) "
        + "thread 'main' (1) panicked Object@1b6d3586 /tmp/tmpfqzdoj27";

    String once = FailureText.normalise(output);

    assertThat(FailureText.normalise(once)).isEqualTo(once);
  }
}
