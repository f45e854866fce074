"""Run the Wegwijzer Telegram bot: `python bot.py` (the same as `wegwijzer bot`)."""

import sys

from wegwijzer.settings import Settings, SettingsError
from wegwijzer.telegram import run_bot

if __name__ == "__main__":
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        sys.exit(f"Fout in de instellingen: {exc}")
    sys.exit(run_bot(settings))
