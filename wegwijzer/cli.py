"""The `wegwijzer` command: check, ask, chat, eval, serve, bot, stats, staff."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from wegwijzer.answer import Answer
from wegwijzer.assistant import Assistant, build_assistant
from wegwijzer.knowledge.base import KnowledgeError
from wegwijzer.settings import Settings, SettingsError

if TYPE_CHECKING:
    from wegwijzer.staff import StaffStore


def _settings(**overrides: object) -> Settings:
    try:
        return Settings.from_env(**overrides)
    except SettingsError as exc:
        raise click.ClickException(str(exc)) from None


def _assistant(settings: Settings) -> Assistant:
    try:
        return build_assistant(settings)
    except KnowledgeError as exc:
        raise click.ClickException(
            "de kennisbank heeft fouten; los deze eerst op:\n" + str(exc)) from None


@click.group()
@click.version_option(package_name="wegwijzer")
def main() -> None:
    """Wegwijzer: waar kan ik terecht? Een assistent voor het sociaal domein."""


@main.command()
@click.argument("directory", required=False, type=click.Path(path_type=Path))
@click.option("--strict", is_flag=True, help="Ook waarschuwingen tellen als fout.")
def check(directory: Path | None, strict: bool) -> None:
    """Controleer de kennisbank en meld elk probleem met bestand en regel."""
    from wegwijzer.assistant import vector_cache
    from wegwijzer.checks import check_directory

    settings = _settings()
    directory = directory or settings.knowledge_dir
    problems = check_directory(directory, vectors=vector_cache(settings))  # as the server asks
    for problem in problems:
        click.echo(str(problem))
    errors = [p for p in problems if p.severity == "fout" or strict]
    warnings = len(problems) - len([p for p in problems if p.severity == "fout"])
    click.echo(f"\n{len(problems) - warnings} fout(en), {warnings} waarschuwing(en).")
    if errors:
        sys.exit(1)
    click.echo("De kennisbank is in orde.")


def _print_answer(answer: Answer, as_json: bool, explain: bool) -> None:
    if as_json:
        click.echo(json.dumps(answer.to_dict(explain=explain), ensure_ascii=False))
        return
    click.echo(answer.answer)
    if explain:
        click.echo(f"\n[{answer.outcome}] {answer.reason}")
        for c in answer.explanation:
            click.echo(f"  {c.service:22} score {c.score:6.2f}  zekerheid {c.confidence:.2f}  "
                       f"woorden: {', '.join(c.matched)}")


@main.command()
@click.argument("question", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print het antwoordobject als JSON.")
@click.option("--explain", is_flag=True, help="Laat zien waarom: kandidaten, scores en woorden.")
def ask(question: str | None, as_json: bool, explain: bool) -> None:
    """Stel een vraag. Zonder vraag: lees een vraag per regel van standaardinvoer."""
    assistant = _assistant(_settings())
    if question is not None:
        _print_answer(assistant.ask(question), as_json, explain)
        return
    for line in sys.stdin:
        line = line.rstrip("\n")
        if not line.strip():
            continue
        _print_answer(assistant.ask(line), as_json or not explain, explain)


@main.command()
@click.option("--explain", is_flag=True, help="Laat bij elk antwoord zien waarom.")
def chat(explain: bool) -> None:
    """Praat met de assistent in de terminal (stoppen: leeg laten en Enter, of Ctrl-D)."""
    assistant = _assistant(_settings())
    click.echo(assistant.welcome())
    while True:
        try:
            question = click.prompt("\nUw vraag", default="", show_default=False)
        except (EOFError, click.Abort):
            break
        if not question.strip():
            break
        answer = assistant.ask(question)
        _print_answer(answer, False, explain)
        if answer.choices:
            for i, choice in enumerate(answer.choices, 1):
                click.echo(f"  {i}. {choice.title}")
            pick = click.prompt("Kies een nummer (of Enter)", default="", show_default=False)
            if pick.isdigit() and 1 <= int(pick) <= len(answer.choices):
                click.echo("\n" + assistant.choose(answer.choices[int(pick) - 1].id).answer)
    click.echo("Tot ziens!")


@main.command(name="eval")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print de cijfers als JSON.")
@click.option("--failures", is_flag=True, help="Toon de vragen die fout gingen.")
def eval_command(file: Path, as_json: bool, failures: bool) -> None:
    """Score een bestand met vragen: Wegwijzer naast de baselines rapidfuzz en bm25."""
    from wegwijzer.evaluation import evaluate, format_report, read_questions

    assistant = _assistant(_settings())
    try:
        questions = read_questions(file)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    report = evaluate(assistant, questions)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(report, failures=failures))


@main.command()
@click.option("--host", default=None, help="Adres om op te luisteren (standaard 127.0.0.1).")
@click.option("--port", default=None, type=int, help="Poort (standaard 8080).")
@click.option("--workers", default=None, type=click.IntRange(1, 64),
              help="Aantal processen op dezelfde poort (standaard: een per processorkern).")
def serve(host: str | None, port: int | None, workers: int | None) -> None:
    """Start de webserver: chat op /, widget op /widget.js, API op /api/ask."""
    from wegwijzer.web import serve as run_server
    from wegwijzer.web.workers import default_workers

    run_server(_settings(host=host, port=port), workers or default_workers())


@main.command()
def bot() -> None:
    """Start de Telegram-bot (token in TELEGRAM_BOT_TOKEN)."""
    from wegwijzer.telegram import run_bot

    sys.exit(run_bot(_settings()))


# --- issue 5: anonymous statistics (owned by the statistics helper) ----------------

@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print de cijfers als JSON.")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Alleen vragen vanaf deze datum (JJJJ-MM-DD).")
def stats(as_json: bool, since: object) -> None:
    """Toon de anonieme statistieken (aantallen onder de 5 als <5)."""
    from wegwijzer.stats import SchemaError, read_report, to_text

    day = since.date() if since is not None else None  # type: ignore[attr-defined]
    try:
        report = read_report(_settings(), day)
    except SchemaError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        click.echo(to_text(report))


# --- staff accounts (CONTRACT section 7) -------------------------------------------

@main.group()
def staff() -> None:
    """Beheer de accounts van medewerkers (voor /beheer/)."""


def _staff_store() -> "StaffStore":
    from wegwijzer.staff import open_staff

    return open_staff(_settings())


@staff.command(name="add")
@click.argument("name")
@click.option("--role", "role", required=True, type=click.Choice(["redacteur", "beleid", "beheerder"]),
              help="redacteur: bewerkt en publiceert; beleid: ziet cijfers en kennisbank; beheerder: ook accounts.")
def staff_add(name: str, role: str) -> None:
    """Maak een account (of geef het een nieuw wachtwoord); het wachtwoord komt van standaardinvoer."""
    from wegwijzer.staff import AccountError
    from wegwijzer.stats.database import DatabaseError

    password = _read_password()
    store = _staff_store()
    try:
        store.add(name, role, password)
    except (AccountError, DatabaseError) as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()
    click.echo(f"Account '{name.strip().lower()}' met rol {role} is klaar. Inloggen op /beheer/login.")


def _read_password() -> str:
    """One line from standard input: typed (hidden) at a terminal, or piped in by a script."""
    if sys.stdin.isatty():
        return click.prompt("Wachtwoord", hide_input=True, confirmation_prompt="Nog een keer")
    return sys.stdin.readline().rstrip("\r\n")


@staff.command(name="list")
def staff_list() -> None:
    """Toon de accounts en hun rol (nooit wachtwoorden)."""
    store = _staff_store()
    try:
        accounts = store.accounts()
    finally:
        store.close()
    for name, role in accounts:
        click.echo(f"{name}\t{role}")
    if not accounts:
        click.echo("Er zijn nog geen accounts. Maak er een met: wegwijzer staff add NAAM --role beheerder")


@staff.command(name="remove")
@click.argument("name")
def staff_remove(name: str) -> None:
    """Verwijder een account; de sessies ervan stoppen meteen."""
    store = _staff_store()
    try:
        removed = store.remove(name.strip().lower())
    finally:
        store.close()
    if not removed:
        raise click.ClickException(f"Er is geen account '{name}'.")
    click.echo(f"Account '{name}' is verwijderd.")


@staff.command(name="link")
def staff_link() -> None:
    """Maak een eenmalige inloglink (15 minuten geldig) in een bestand in de datamap."""
    from wegwijzer.staff.link import write_login_link

    settings = _settings()
    store = _staff_store()
    try:
        path = write_login_link(store, settings.data_dir, f"http://{settings.host}:{settings.port}")
    finally:
        store.close()
    click.echo(f"De eenmalige inloglink staat in {path} (alleen leesbaar voor deze gebruiker).")
