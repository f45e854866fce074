"""Typed keys for what the web app keeps: looked up per request, never copied into closures."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from aiohttp import web
from jinja2 import Environment

from wegwijzer.assistant import Assistant
from wegwijzer.events import EventSink
from wegwijzer.settings import Settings
from wegwijzer.staff import StaffStore
from wegwijzer.web.metrics import Metrics
from wegwijzer.web.proxy import TrustedProxies
from wegwijzer.web.ratelimit import RateLimiter

# The assistant may be swapped at run time (staff upkeep reloads the knowledge base),
# so handlers read request.app[ASSISTANT] on every request.
ASSISTANT = web.AppKey("wegwijzer_assistant", Assistant)
EXECUTOR = web.AppKey("wegwijzer_executor", ThreadPoolExecutor)  # new questions: off the event loop
SETTINGS = web.AppKey("wegwijzer_settings", Settings)
STATS = web.AppKey("wegwijzer_stats", EventSink)  # absent when statistics are off
LIMITER = web.AppKey("wegwijzer_rate_limiter", RateLimiter)
# Signs the feedback tokens in answers (web/feedback_token.py); every worker that may receive
# the feedback must hold the same key.
FEEDBACK_KEY = web.AppKey("wegwijzer_feedback_key", bytes)
TEMPLATES = web.AppKey("wegwijzer_templates", Environment)
STAFF = web.AppKey("wegwijzer_staff", StaffStore)  # staff accounts and sessions (/beheer/)
METRICS = web.AppKey("wegwijzer_metrics", Metrics)
PROXIES = web.AppKey("wegwijzer_trusted_proxies", TrustedProxies)
