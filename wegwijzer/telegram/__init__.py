"""The Telegram channel: the same assistant in Telegram (python-telegram-bot v22).

`run_bot(settings)` runs it by long polling (`wegwijzer bot`, `python bot.py`);
`attach_bot(app, settings, assistant)` / `add_webhook(...)` serve it by webhook from the
aiohttp web server. Tests run it against tests/fake_bot_api.py.
"""

from wegwijzer.telegram.app import ALLOWED_UPDATES, api_urls, build_application, register_commands
from wegwijzer.telegram.handlers import ASSISTANT_KEY, CHAT_LIMIT_KEY, STATS_KEY
from wegwijzer.telegram.replies import split_message
from wegwijzer.telegram.run import run_bot
from wegwijzer.telegram.webhook import add_webhook, attach_bot

__all__ = ["ALLOWED_UPDATES", "ASSISTANT_KEY", "CHAT_LIMIT_KEY", "STATS_KEY", "add_webhook",
           "api_urls", "attach_bot", "build_application", "register_commands", "run_bot",
           "split_message"]
