"""The web channel: aiohttp server, JSON API and the embeddable chat widget."""

from wegwijzer.web.app import create_app, serve

__all__ = ["create_app", "serve"]
