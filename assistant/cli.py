"""The `assistant` command: parses, calls the core, echoes. User errors exit 2 with one line on stderr."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path

import click

from .corpus import AUDIENCE_CHOICES
from .corpus import STAGES as STAGE_CHOICES
from .settings import Settings
from .text import is_valid_unicode
from .visit import AUDIENCE_IDS as PREPARE_AUDIENCES
from .visit import VISIT_KINDS

NOT_UNICODE = "is not valid Unicode text (UTF-8)"


class UserError(click.ClickException):
    """Bad input: one line on stderr, exit code 2."""

    exit_code = 2


def _runtime(ctx: click.Context):
    from .runtime import Runtime

    if ctx.obj is None:
        ctx.obj = Runtime(Settings.from_env())
    return ctx.obj


def read_items(text: str | None, what: str, max_chars: int) -> list[str]:
    """The argument, or with '-' or no argument one item per non-blank stdin line; validated up front."""
    if text is not None and text != "-":
        items = [text]
    else:
        if sys.stdin is None or sys.stdin.isatty():
            raise UserError(f"no {what} given: pass it as an argument or one per line on stdin")
        items = [line.rstrip("\r\n") for line in read_stdin().split("\n") if line.strip()]
        if not items:
            raise UserError(f"no {what} given on stdin")
    for n, item in enumerate(items, 1):
        where = f" (line {n})" if len(items) > 1 else ""
        if not item.strip():
            raise UserError(f"empty {what}{where}")
        if len(item) > max_chars:
            raise UserError(f"{what}{where} is {len(item)} characters; the limit is {max_chars}")
        if "\x00" in item:
            raise UserError(f"{what}{where} contains a NUL character")
        if not is_valid_unicode(item):  # an argument with bad bytes arrives holding lone surrogates
            raise UserError(f"{what}{where} {NOT_UNICODE}")
    return [" ".join(item.split()) for item in items]


def read_stdin() -> str:
    """All of stdin as text, or a one-line error when it is not UTF-8."""
    try:
        return sys.stdin.read()
    except UnicodeDecodeError:
        raise UserError(f"stdin {NOT_UNICODE}") from None


def echo_results(results: Iterable, as_json: bool, render) -> None:
    """JSON Lines with --json, otherwise each result rendered for people, separated by blank lines."""
    first = True
    for result in results:
        if as_json:
            click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
        else:
            if not first:
                click.echo("")
            click.echo(render(result))
        first = False


def progress_bar(enabled: bool, label: str = "Embedding"):
    """A callback that draws a tqdm bar on stderr, or None when quiet."""
    if not enabled:
        return None
    from tqdm import tqdm

    state: dict = {}

    def update(done: int, total: int) -> None:
        if "bar" not in state:
            if total == 0:
                return
            state["bar"] = tqdm(total=total, desc=label, unit="text", file=sys.stderr, leave=False)
        bar = state["bar"]
        bar.update(done - bar.n)
        if done >= total:
            bar.close()

    return update


def run_for_items(ctx: click.Context, text: str | None, what: str, as_json: bool, call, render,
                  needs_index: bool = True) -> None:
    """The shared shape of every text command: validate the items, make sure the index is ready, echo results."""
    items = read_items(text, what, Settings.from_env().max_question_chars)
    if needs_index:
        ensure_index(ctx, quiet=as_json)
    rt = _runtime(ctx)
    echo_results((call(rt, item) for item in items), as_json, render)


def ensure_index(ctx: click.Context, quiet: bool) -> None:
    rt = _runtime(ctx)
    notify = None if quiet else (lambda msg: click.echo(msg, err=True))
    rt.ensure_index(progress=progress_bar(not quiet), notify=notify)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="what-matters", prog_name="assistant")
def cli() -> None:
    """What Matters: a local, private assistant for outcomes-focused conversations."""


@cli.group("index")
def index_group() -> None:
    """Build the search index or report whether it is fresh."""


@index_group.command("build")
@click.option("--force", is_flag=True, help="Re-embed everything, ignoring cached vectors.")
@click.option("--json", "as_json", is_flag=True, help="Print the build report as JSON.")
@click.pass_context
def index_build(ctx: click.Context, force: bool, as_json: bool) -> None:
    """Build the FAISS index from the guidance corpus and question bank."""
    rt = _runtime(ctx)
    rt.prepare_model(None if as_json else (lambda msg: click.echo(msg, err=True)))
    report = rt.build_index(force=force, progress=progress_bar(not as_json))
    if as_json:
        click.echo(json.dumps(report.to_dict()))
    else:
        c = report.counts
        click.echo(f"Index built in {report.seconds:.1f}s: {c['pages']} pages in {c['chunks']} chunks, "
                   f"{c['questions']} questions, {c['sentences']} sentences "
                   f"({report.embedded} embedded, {report.reused} reused) -> {report.path}")


@index_group.command("status")
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
@click.pass_context
def index_status(ctx: click.Context, as_json: bool) -> None:
    """Say whether the index is fresh or stale, and why."""
    state = _runtime(ctx).status()
    if as_json:
        click.echo(json.dumps(state.to_dict()))
        return
    if state.fresh:
        c = state.counts
        click.echo(f"fresh: {c.get('pages', 0)} pages, {c.get('chunks', 0)} chunks, "
                   f"{c.get('questions', 0)} questions (built {state.built_at})")
    else:
        click.echo("stale: " + "; ".join(state.reasons))


def _render_answer(answer) -> str:
    lines = [answer.answer]
    if answer.sources:
        lines.append("")
        for n, source in enumerate(answer.source_dicts(), 1):
            lines.append(f"[{n}] {source['title']} — {source['heading'] or source['title']} ({source['url']})")
    return "\n".join(lines)


@cli.command()
@click.argument("question", required=False)
@click.option("--k", default=5, show_default=True, type=click.IntRange(1, 20), help="Passages to retrieve.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per question (JSON Lines).")
@click.pass_context
def ask(ctx: click.Context, question: str | None, k: int, as_json: bool) -> None:
    """Answer a question about the outcomes approach from the guidance, with citations."""
    run_for_items(ctx, question, "question", as_json, lambda rt, q: rt.ask(q, k=k), _render_answer)


def _render_check(result) -> str:
    lines = [f"{result.code}: {result.why}"]
    lines += [f"  try: {a['text']}  ({a['source']})" for a in result.open_alternatives]
    return "\n".join(lines)


@cli.command()
@click.argument("text", required=False)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per utterance (JSON Lines).")
@click.pass_context
def check(ctx: click.Context, text: str | None, as_json: bool) -> None:
    """Code what you plan to say (OARS) and get open alternatives to closed, leading or confronting words."""
    run_for_items(ctx, text, "utterance", as_json, lambda rt, t: rt.check(t), _render_check)


def _render_analysis(result) -> str:
    m = result.metrics
    lines = [f"== {result.file} ==" if result.file else "== transcript ==",
             f"score {m['score']}/100 · open questions {m['open_questions']} · closed {m['closed_questions']} · "
             f"reflections {m['reflections']} (complex {m['percent_complex']}%) · R:Q {m['reflection_to_question']} · "
             f"affirmations {m['affirmations']} · summaries {m['summaries']} · confront {m['confront']}"]
    for u in result.utterances:
        label = u.primary if u.role == "worker" else ",".join(u.tags) or "-"
        lines.append(f"  [{label}] {u.speaker}: {u.text}")
    for f in result.feedback:
        if f["kind"] == "did_well":
            lines.append(f"Did well ({f['code']}): \"{f['quote']}\"")
        elif f["kind"] == "missed":
            better = f" -> try: \"{f['better']}\"" if f.get("better") else f" ({f['why']})"
            lines.append(f"Missed ({f['code']}): \"{f['quote']}\"{better}")
        elif f["kind"] == "safety":
            lines.append(f"Safety ({f['code']}): \"{f['quote']}\" ({f['why']})")
        elif f["kind"] == "arc":
            lines.append(f"How it went: {f['why']}" + (f" \"{f['quote']}\"" if f.get("quote") else ""))
        else:
            lines.append(f"{f['metric']}: {f['value']} ({f['band']}; fair {f['fair']}, good {f['good']})")
    lines += [f"Ask in supervision: {q}" for q in result.supervision_questions]
    lines += [f"warning: {w}" for w in result.warnings]
    return "\n".join(lines)


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--worker", default=None, help="The worker's speaker label, when it is a name.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per file (JSON Lines).")
@click.pass_context
def analyse(ctx: click.Context, files: tuple[str, ...], worker: str | None, as_json: bool) -> None:
    """Analyse transcripts (one turn per line, 'Speaker: text'): OARS profile, score, feedback."""
    from .transcript import NoWorkerTurns, TranscriptError, parse_transcript

    sources = files or ("-",)
    transcripts = []
    for name in sources:
        try:
            if name == "-":
                if sys.stdin is None or sys.stdin.isatty():
                    raise UserError("no transcript given: pass FILE... or pipe one on stdin")
                text = read_stdin()
            else:
                with open(name, encoding="utf-8", errors="replace") as handle:
                    text = handle.read()
        except OSError as exc:
            raise UserError(f"{name}: cannot read ({exc.strerror})") from None
        if not is_valid_unicode(text + (worker or "")):
            raise UserError(f"{name}: the transcript or --worker {NOT_UNICODE}")
        try:
            transcripts.append((name, parse_transcript(text, worker)))
        except NoWorkerTurns as exc:
            raise UserError(f"{name}: {exc}; name the worker with --worker") from None
        except TranscriptError as exc:
            raise UserError(f"{name}: {exc}") from None
    ensure_index(ctx, quiet=as_json)
    rt = _runtime(ctx)

    def results():
        for name, transcript in transcripts:
            try:
                result = rt.analyse(transcript)
            except TranscriptError as exc:  # one in Welsh, which the models cannot read
                raise UserError(f"{name}: {exc}") from None
            result.file = name
            yield result

    echo_results(results(), as_json, _render_analysis)


def _render_suggestion(s) -> str:
    lines = [f"stage: {s.stage} ({s.stage_source}, confidence {s.stage_confidence:.2f})", ""]
    for card in s.safety:  # a risk or safeguarding cue comes first
        lines += [f"SAFETY ({card['concern'].replace('_', ' ')}): {card['text']}",
                  f"  You could ask: {card['question']}"]
        lines += [f"  - {check}" for check in card["check_first"]]
    if s.note:
        lines += [f"Note: {s.note}"]
    if s.reflections:
        lines += ["Reflections:"] + [f"  ({r['kind']}) {r['text']}" for r in s.reflections]
    if s.open_questions:
        lines += ["Open questions:"] + [f"  {q['text']}  [{q['source']}]" for q in s.open_questions]
    if s.affirmations:
        lines += ["Affirmation:"] + [f"  {a['text']}" for a in s.affirmations]
    if s.summary:
        lines += ["Summary:", f"  {s.summary}"]
    return "\n".join(lines)


@cli.command()
@click.argument("text", required=False)
@click.option("--stage", type=click.Choice(list(STAGE_CHOICES)), default=None, help="Override the detected stage.")
@click.option("--conversation", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="The conversation so far (one turn per line, 'Speaker: text').")
@click.option("--worker", default=None, help="The worker's speaker label in --conversation, when it is a name.")
@click.option("--audience", type=click.Choice(list(AUDIENCE_CHOICES)), default=None,
              help="Who the person is, to fit the questions (default: inferred only when their words make it plain).")
@click.option("--summary", "want_summary", is_flag=True, help="Always include a summary.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per input (JSON Lines).")
@click.pass_context
def suggest(ctx: click.Context, text: str | None, stage: str | None, conversation: Path | None, worker: str | None,
            audience: str | None, want_summary: bool, as_json: bool) -> None:
    """Suggest reflections, open questions, affirmations and a summary for what the person said."""
    from .transcript import TranscriptError, parse_transcript

    turns: list[dict] = []
    if conversation:
        try:
            text_so_far = conversation.read_text(encoding="utf-8", errors="replace")
            parsed = parse_transcript(text_so_far, worker, require_worker=False)
        except TranscriptError as exc:
            raise UserError(f"{conversation}: {exc}") from None
        turns = [{"speaker": t.role, "text": t.text} for t in parsed.turns]
    run_for_items(ctx, text, "text", as_json, lambda rt, t: rt.suggest(t, turns, stage, audience, want_summary),
                  _render_suggestion)


def _render_outcome(o) -> str:
    if o.language == "cy":
        return f"not read: {o.note}"
    lines = [f"{o.kind} (confidence {o.confidence:.2f}) · well-being: {', '.join(o.wellbeing)}"]
    lines += [f"note: {o.note}"] if o.note else []
    lines += [f"  - {p}" for p in o.prompts]
    return "\n".join(lines)


@cli.command()
@click.argument("statement", required=False)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per statement (JSON Lines).")
@click.pass_context
def outcome(ctx: click.Context, statement: str | None, as_json: bool) -> None:
    """Say whether a statement is a personal outcome or a service, and how to make it the person's own."""
    run_for_items(ctx, statement, "statement", as_json, lambda rt, s: rt.outcome(s), _render_outcome,
                  needs_index=False)


@cli.command()
@click.argument("context", required=False)
@click.option("--audience", type=click.Choice(list(PREPARE_AUDIENCES)), default=None,
              help="Who the visit is for, when the sheet reads it wrongly.")
@click.option("--visit", "visit_kind", type=click.Choice(list(VISIT_KINDS)), default=None,
              help="The kind of visit, when the sheet reads it wrongly.")
@click.option("--language", type=click.Choice(["en", "cy"]), default=None,
              help="cy: the visit is in Welsh (the sheet includes the Active Offer).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per context (JSON Lines).")
@click.pass_context
def prepare(ctx: click.Context, context: str | None, audience: str | None, visit_kind: str | None,
            language: str | None, as_json: bool) -> None:
    """A printable preparation sheet for a coming visit (markdown, or JSON with --json)."""
    run_for_items(ctx, context, "context", as_json, lambda rt, c: rt.prepare(c, audience, visit_kind, language),
                  lambda sheet: sheet.to_markdown())


@cli.command("eval")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--answers/--no-answers", default=True, show_default=True,
              help="Also grade answers on data/dev (key points, first sentence, not found), all and held-out.")
@click.pass_context
def eval_command(ctx: click.Context, as_json: bool, answers: bool) -> None:
    """Evaluate retrieval (recall@3, MRR per mode) and answers (key points present, first sentence answers,
    'not found' precision and recall) on the project's own questions."""
    from .evaluation import dev_sets, evaluate_answers, evaluate_retrieval, load_eval_questions

    ensure_index(ctx, quiet=as_json)
    rt = _runtime(ctx)
    report = evaluate_retrieval(rt.retriever, load_eval_questions(rt.settings.corpus_dir))
    if answers:
        sets = dev_sets()
        report["answers"] = {
            "dev": evaluate_answers(rt.ask, sets["in_scope"], sets["out_of_scope"]),
            "held_out": evaluate_answers(rt.ask, [i for i in sets["in_scope"] if i["held_out"]],
                                         [i for i in sets["out_of_scope"] if i["held_out"]]),
        }
    if as_json:
        click.echo(json.dumps(report))
        return
    click.echo(f"{report['questions']} questions")
    for mode, m in report["modes"].items():
        click.echo(f"  {mode:7s} recall@3 {m['recall@3']:.3f}  MRR {m['mrr']:.3f}")
    for name, a in report.get("answers", {}).items():
        click.echo(f"answers ({name}: {a['in_scope']} in scope, {a['out_of_scope']} out of scope): "
                   f"key points present {a['key_points_present']:.3f} · first sentence answers "
                   f"{a['first_sentence_answers']:.3f} · not found precision {a['not_found_precision']:.3f} "
                   f"recall {a['not_found_recall']:.3f} · in scope wrongly not found "
                   f"{a['in_scope_wrongly_not_found']:.3f}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON (the default).")
@click.option("--queries", default=200, show_default=True, type=click.IntRange(10, 5000))
@click.pass_context
def bench(ctx: click.Context, as_json: bool, queries: int) -> None:
    """Measure model load, index builds and query latency (p50/p95)."""
    from web.bench import bench_web

    from .bench import run_bench
    from .locations import LABELLED, training_input

    training_input(LABELLED, "the benchmark's inputs (data/labelled)")

    click.echo(json.dumps(run_bench(Settings.from_env(), queries=queries, log=lambda m: click.echo(m, err=True),
                                    web_bench=bench_web), indent=1))


@cli.command("train-coder")
@click.option("--data", "data", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="AnnoMI CSV (default: ../shared/data/annomi/annomi_full_dev.csv).")
@click.option("--evaluate", is_flag=True, help="Also report grouped cross-validation on the development transcripts "
                                                "and, once, the untouched final split.")
@click.option("--report", "report_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the report as JSON to this file (and, with --evaluate, as markdown beside it).")
@click.option("--linear", is_flag=True, help="Rebuild the previous linear coder (coder.npz) instead.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
def train_coder(ctx: click.Context, data: Path | None, evaluate: bool, report_path: Path | None, linear: bool,
                as_json: bool) -> None:
    """Fine-tune the OARS coder on AnnoMI and the team's coded conversations, export int8 ONNX (deterministic)."""
    from . import coder_training as ct
    from .locations import training_input

    path = data or ct.ANNOMI
    if not path.exists():
        raise UserError(f"AnnoMI data not found at {path}; pass --data PATH")
    training_input(ct.LABELLED, "the labelled examples (data/labelled)")
    rt = _runtime(ctx)
    log = (lambda m: None) if as_json else (lambda m: click.echo(m, err=True))
    if linear:
        _train_linear_coder(rt, path, evaluate, as_json, log)
        return
    from . import context_coder_training as cct

    report = cct.run(evaluate=evaluate, embedder=rt.embedder, annomi_path=path, log=log)
    if report_path:
        report_path.parent.mkdir(parents=True, exist_ok=True)
        report_path.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
        if evaluate:
            report_path.with_suffix(".md").write_text(cct.markdown(report), encoding="utf-8")
    if as_json:
        click.echo(json.dumps(report))
        return
    for name, key in (("grouped CV (development transcripts)", "cv"), ("final split (evaluated once)", "final_split")):
        if key in report:
            a, s = report[key].get("annomi", {}), report[key].get("social", {})
            click.echo(f"{name}: AnnoMI macro-F1 {a.get('macro_f1_main')}, open/closed {a.get('open_closed_agreement')}"
                       f" (annotators {a.get('annotators_open_closed_agreement')}); social care 10-code "
                       f"{s.get('accuracy_10')}, 4-group {s.get('accuracy_4_groups')}, summaries "
                       f"{s.get('summaries_found')}, affirmations {s.get('affirmations_found')}, confront P/R "
                       f"{s.get('confront_precision')}/{s.get('confront_recall')}, open/closed "
                       f"{s.get('open_closed_on_questions')}")
    e = report["export"]
    click.echo(f"model written to {e['path']} ({e['bytes'] // 2 ** 20} MB) in {report['minutes']} min")


def _train_linear_coder(rt, path: Path, evaluate: bool, as_json: bool, log) -> None:
    from . import coder_training as ct

    report: dict = {}
    if evaluate:
        log("Cross-validating by transcript ...")
        report["evaluation"] = ct.evaluate(ct.load_annomi(path), ct.load_labelled(), rt.embedder, log=log)
    log("Training on all the data ...")
    report["training"] = ct.train_and_save(rt.embedder, path)
    if as_json:
        click.echo(json.dumps(report))
        return
    if evaluate:
        e = report["evaluation"]
        click.echo(f"grouped {e['folds']}-fold CV over {e['transcripts']} transcripts, {e['utterances']} utterances: "
                   f"macro-F1 {e['macro_f1_main']:.3f}, accuracy {e['accuracy_main']:.3f}, "
                   f"open/closed accuracy {e['open_closed_accuracy']:.3f}")
    t = report["training"]
    click.echo(f"weights written to {t['path']} ({t['bytes'] // 1024} KB, {t['examples']} examples)")


@cli.command("train-classifiers")
@click.option("--evaluate", is_flag=True, help="Also report stratified 5-fold cross-validation.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
def train_classifiers(ctx: click.Context, evaluate: bool, as_json: bool) -> None:
    """Rebuild the stage, outcome, well-being and person-tag classifiers from data/labelled (deterministic)."""
    from . import classifiers
    from .locations import training_input

    training_input(classifiers.LABELLED, "the labelled examples (data/labelled)")
    sets = classifiers.training_sets(_runtime(ctx).embedder)
    report = {"evaluation": classifiers.evaluate(sets)} if evaluate else {}
    report["training"] = classifiers.train_and_save(sets)
    if as_json:
        click.echo(json.dumps(report))
        return
    for name, result in report.get("evaluation", {}).items():
        figure = f"accuracy {result['accuracy']:.3f}" if "accuracy" in result else f"micro-F1 {result['micro_f1']:.3f}"
        click.echo(f"{name:10s} {figure}")
    click.echo(f"weights written to {report['training']['path']} ({report['training']['bytes'] // 1024} KB)")


@cli.command("train-safety")
@click.option("--evaluate", is_flag=True, help="Also report the 5-fold cross-validation the thresholds come from.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def train_safety(evaluate: bool, as_json: bool) -> None:
    """Fine-tune the risk and safeguarding model on data/labelled/risk_turns.jsonl and export it (deterministic;
    about 30 minutes on 2 cores; needs the train extra)."""
    from .risk_training import train

    bar = progress_bar(not as_json, "Training")
    report = train(evaluate=evaluate, progress=bar)
    if as_json:
        click.echo(json.dumps(report))
        return
    for concern, figures in report.get("evaluation", {}).get("per_concern", {}).items():
        click.echo(f"{concern:20s} recall {figures['recall']:.3f}  precision {figures['precision']:.3f}")
    click.echo(f"weights written to {report['path']}")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Loopback only (127.0.0.1, localhost or ::1): local mode never listens on a network.")
@click.option("--port", default=5000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--threads", default=4, show_default=True, type=click.IntRange(1, 64), help="Server threads.")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, threads: int) -> None:
    """Run the web app under waitress; builds the index first if it is missing or stale."""
    import errno
    import os

    from waitress import create_server

    from web import create_app
    from web.auth import is_loopback, sign_in_url

    if not is_loopback(host):
        raise UserError(f"--host {host} would open every conversation to the network; local mode serves on "
                        "127.0.0.1, localhost or ::1 only (team mode is not available yet)")
    os.umask(0o077)  # everything the server writes (database, WAL, keys) is owner-only from the start
    ensure_index(ctx, quiet=False)
    rt = _runtime(ctx)
    if not rt.settings.bulk_threads:  # a server answers requests side by side: one thread each (Settings)
        rt.embedder.bulk_threads = rt.settings.threads
    app = create_app(runtime=rt)
    try:
        _check_port(host.strip("[]"), port)  # before waitress, which leaks its wake-up pipe when bind fails
        server = create_server(app, host=host.strip("[]"), port=port, threads=threads)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise UserError(f"port {port} is already in use: stop the other server, or choose another port with "
                            f"--port {port + 1} (make run PORT={port + 1})") from None
        raise UserError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    rt.warm()  # load the model and index before the first request
    click.echo(f"What Matters is running at http://{host}:{port}/  (Ctrl+C to stop)")
    click.echo(f"Sign in by opening: {sign_in_url(host, port, app.config['ACCESS_TOKEN'])}")
    server.run()


def _check_port(host: str, port: int) -> None:
    """Raise OSError (EADDRINUSE) when the port cannot be listened on."""
    import socket

    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as waitress does
        probe.bind((host, port))


@cli.command("sign-in-url")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=click.IntRange(1, 65535))
def sign_in_url_command(host: str, port: int) -> None:
    """Print the link that signs a browser in to this install (the token is made on first use)."""
    from web.auth import access_token, is_loopback, sign_in_url

    if not is_loopback(host):
        raise UserError("local mode signs in on 127.0.0.1, localhost or ::1 only")
    click.echo(sign_in_url(host, port, access_token(Settings.from_env().instance_dir)))


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI, turning every user error into one line on stderr and exit code 2."""
    from .corpus import CorpusError
    from .embedder import TrainingToolsMissing
    from .index import IndexUnavailable

    try:
        cli.main(args=argv, prog_name="assistant", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.UsageError as exc:
        click.echo(f"assistant: error: {exc.format_message().splitlines()[0]}", err=True)
        sys.exit(2)
    except click.ClickException as exc:
        click.echo(f"assistant: error: {exc.format_message()}", err=True)
        sys.exit(exc.exit_code)
    except (CorpusError, IndexUnavailable, FileNotFoundError, TrainingToolsMissing) as exc:
        click.echo(f"assistant: error: {exc}", err=True)
        sys.exit(2)
    except click.Abort:
        click.echo("assistant: interrupted", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        click.echo("assistant: interrupted", err=True)
        sys.exit(130)
    sys.exit(0)
