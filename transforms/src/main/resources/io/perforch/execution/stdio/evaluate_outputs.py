"""PerfOrch: judges a batch of program outputs with an EffiBench-X problem's evaluator.

Runs inside the sandbox, once per submission:

    python3 -I -B evaluate_outputs.py EVALUATOR_PY PAIRS_JSON CALL_TIMEOUT_SECONDS

EVALUATOR_PY defines evaluate(expected_output, program_output) -> bool. PAIRS_JSON holds a list of
{"expected": str, "actual": str}, both already cleaned (ANSI codes removed, line ends normalised,
stripped). Each pair is judged by evaluate(actual, expected): upstream's positional order, although the
parameters are named the other way round. A call that raises, or runs longer than the timeout, is a
failed case. Prints exactly one line on stdout: a JSON list of booleans, one per pair, or
{"error": "..."} when the evaluator cannot be loaded. Whatever the evaluator prints goes to stderr.
"""

import json
import signal
import sys


class _CallTimeout(BaseException):
    """Not an Exception, so that an evaluator's own `except Exception` cannot swallow it."""


_armed = False


def _on_alarm(signum, frame):
    if _armed:
        raise _CallTimeout()


def _load(path):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    namespace = {"__name__": "perforch_evaluator", "__builtins__": __builtins__}
    exec(compile(source, "evaluator.py", "exec"), namespace)
    evaluate = namespace.get("evaluate")
    if not callable(evaluate):
        raise NameError("the evaluator defines no function evaluate")
    return evaluate


def _judge(evaluate, actual, expected, timeout):
    global _armed
    _armed = True
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        return bool(evaluate(actual, expected))
    except BaseException:
        return False
    finally:
        _armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)


def main():
    answer = sys.stdout
    sys.stdout = sys.stderr
    evaluator_path, pairs_path, timeout = sys.argv[1], sys.argv[2], float(sys.argv[3])
    try:
        evaluate = _load(evaluator_path)
    except BaseException as e:
        answer.write(json.dumps({"error": "cannot load the evaluator: %s: %s" % (type(e).__name__, e)}) + "\n")
        return
    with open(pairs_path, encoding="utf-8") as f:
        pairs = json.load(f)
    signal.signal(signal.SIGALRM, _on_alarm)
    verdicts = []
    for pair in pairs:
        try:
            verdicts.append(_judge(evaluate, pair["actual"], pair["expected"], timeout))
        except _CallTimeout:
            verdicts.append(False)  # the alarm fired just as the call returned
    answer.write(json.dumps(verdicts) + "\n")
    answer.flush()


if __name__ == "__main__":
    main()
