"""The command-line contract: argument, '-' or stdin lines, --json as JSON Lines, exit 2 with one line on bad input."""

from __future__ import annotations

import json

import pytest
from conftest import run_cli


def run(argv: list[str], capsys, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    return run_cli(argv, capsys, stdin, monkeypatch)


@pytest.mark.parametrize("argv, stdin, message", [
    (["ask", ""], None, "empty question"),
    (["ask", "x" * 2001], None, "2001 characters; the limit is 2000"),
    (["ask", "--bogus", "q"], None, "No such option"),
    (["ask", "-"], "\n\n", "no question given on stdin"),
    (["ask", "--k", "0", "q"], None, "Invalid value for '--k'"),
    (["frobnicate"], None, "No such command"),
])
def test_bad_input_exits_2_with_one_line(argv, stdin, message, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("ASSISTANT_INDEX_DIR", str(tmp_path / "never-built"))
    code, out, err = run(argv, capsys, stdin if stdin is not None else "", monkeypatch)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and message in err
    assert not (tmp_path / "never-built").exists()  # bad input is rejected before any work


def test_help_and_version_exit_0(capsys):
    code, out, _ = run(["--help"], capsys)
    assert code == 0 and "ask" in out and "index" in out
    code, out, _ = run(["--version"], capsys)
    assert code == 0 and "0.1.0" in out


@pytest.mark.slow
def test_ask_argument_prints_answer_with_numbered_sources(real_env, capsys):
    code, out, err = run(["ask", "Is a walk-in shower a personal outcome?"], capsys)
    assert code == 0, err
    assert "[1]" in out and "/guidance/" in out


@pytest.mark.slow
def test_prepare_options_override_what_the_sheet_reads(real_env, capsys):
    code, out, err = run(["prepare", "Visit to talk things through", "--audience", "carer", "--visit", "review",
                          "--language", "cy", "--json"], capsys)
    assert code == 0, err
    sheet = json.loads(out)
    assert sheet["people"][0]["audience"] == "carer" and sheet["visit"]["kind"] == "review"
    assert sheet["active_offer"] and "Reviewing the person's outcomes" in sheet["markdown"]


@pytest.mark.slow
@pytest.mark.parametrize("argv", [["ask", "--json"], ["ask", "-", "--json"]])
def test_ask_reads_one_question_per_stdin_line_as_json_lines(real_env, capsys, monkeypatch, argv):
    code, out, err = run(argv + ["--k", "2"], capsys, "What is OARS?\n\nWhat is a personal outcome?\n", monkeypatch)
    assert code == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert [item["question"] for item in lines] == ["What is OARS?", "What is a personal outcome?"]
    assert all(len(item["sources"]) == 2 and item["answer"] for item in lines)
    assert err == ""  # JSON mode prints nothing else, no progress bars


@pytest.mark.slow
def test_index_status_json_reports_fresh_with_counts(real_env, capsys):
    code, out, _ = run(["index", "status", "--json"], capsys)
    data = json.loads(out)
    assert code == 0 and data["status"] == "fresh" and data["counts"]["pages"] >= 25


def test_index_status_json_reports_missing_index_as_stale(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("ASSISTANT_INDEX_DIR", str(tmp_path / "none"))
    code, out, _ = run(["index", "status", "--json"], capsys)
    data = json.loads(out)
    assert code == 0 and data["status"] == "stale" and data["reasons"] == ["no index has been built yet"]


def test_ask_builds_a_missing_index_first(capsys, monkeypatch, tiny_corpus, tmp_path):
    from assistant import runtime
    from assistant.embedder import FakeEmbedder

    monkeypatch.setattr(runtime, "load_embedder", lambda *a, **k: FakeEmbedder())
    monkeypatch.setenv("ASSISTANT_INDEX_DIR", str(tmp_path / "idx"))
    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(tiny_corpus))
    monkeypatch.setenv("ASSISTANT_ANSWER_THRESHOLD", "0.1")
    code, out, err = run(["ask", "Is a walk-in shower an outcome?", "--json"], capsys)
    assert code == 0, err
    assert json.loads(out)["sources"][0]["page"] == "showers"
    code, out, _ = run(["index", "status", "--json"], capsys)
    assert json.loads(out)["fresh"] is True


def test_broken_corpus_is_a_one_line_error(capsys, monkeypatch, tmp_path):
    from assistant import runtime
    from assistant.embedder import FakeEmbedder

    monkeypatch.setattr(runtime, "load_embedder", lambda *a, **k: FakeEmbedder())
    (tmp_path / "corpus" / "pages").mkdir(parents=True)
    (tmp_path / "corpus" / "pages" / "bad.md").write_text("no front matter")
    (tmp_path / "corpus" / "questions").mkdir()
    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(tmp_path / "corpus"))
    monkeypatch.setenv("ASSISTANT_INDEX_DIR", str(tmp_path / "idx"))
    code, _, err = run(["index", "build"], capsys)
    assert code == 2 and "bad.md: missing YAML front matter" in err and len(err.splitlines()) == 1


@pytest.mark.slow
def test_suggest_with_a_conversation_file_and_json(real_env, capsys, tmp_path):
    conversation = tmp_path / "so-far.txt"
    conversation.write_text("Worker: How have things been?\nKelly: I love my garden.\n"
                            "Worker: Tell me about the garden.\n")
    code, out, err = run(["suggest", "I just want to get back out there in the spring.", "--conversation",
                          str(conversation), "--json"], capsys)
    assert code == 0, err
    data = json.loads(out)
    assert data["reflections"][0]["text"] == "You just want to get back out there in the spring."
    assert data["open_questions"] and data["safety"] == []


@pytest.mark.slow
def test_outcome_reads_a_list_on_stdin(real_env, capsys, monkeypatch):
    code, out, err = run(["outcome", "--json"], capsys, "A walk-in shower\nI want to wash myself without help\n",
                         monkeypatch)
    assert code == 0, err
    assert [json.loads(line)["kind"] for line in out.splitlines()] == ["service", "outcome"]


@pytest.mark.parametrize("argv, message", [
    (["suggest", "hi", "--stage", "lunch"], "Invalid value for '--stage'"),
    (["suggest", "hi", "--conversation", "/no/such/file"], "does not exist"),
    (["prepare", ""], "empty context"),
    (["outcome", "x" * 2001], "the limit is 2000"),
    (["check", ""], "empty utterance"),
])
def test_other_commands_reject_bad_input_with_exit_2(argv, message, capsys):
    code, out, err = run(argv, capsys)
    assert code == 2 and out == "" and message in err and len(err.strip().splitlines()) == 1


@pytest.mark.slow
@pytest.mark.parametrize("command", ["ask", "check", "outcome", "suggest", "prepare"])
def test_any_text_gives_a_result_or_a_one_line_error(command, real_env, real_embedder, capsys, monkeypatch):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from assistant import runtime

    monkeypatch.setattr(runtime, "load_embedder", lambda *a, **k: real_embedder)

    @settings(max_examples=12, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(text=st.text(max_size=2100) | st.sampled_from(["\x00", "\u202e\u200b", "-", "--json", "é" * 2001]))
    def check(text):
        code, out, err = run([command, "--json", "--", text], capsys, "", monkeypatch)  # stdin: empty, not a tty
        assert code in (0, 2) and "Traceback" not in err
        if code == 2:
            assert out == "" and len(err.strip().splitlines()) == 1 and err.startswith("assistant: error:")
        else:
            assert all(json.loads(line) for line in out.splitlines())

    check()
