"""Our own pages and files: / (full-page chat), /over, /healthz, /widget.js and css."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web
from aiohttp.typedefs import Handler
from jinja2 import Environment, FileSystemLoader, select_autoescape

from wegwijzer.settings import REPO_ROOT
from wegwijzer.web.keys import ASSISTANT, SETTINGS, STAFF, STATS, TEMPLATES

WEB_DIR = REPO_ROOT / "web"
# URL -> (file in web/, Content-Type, Cache-Control). widget.js is embedded under a
# fixed URL on other sites, so it is cached briefly to let fixes reach residents soon.
FILES = {
    "/widget.js": ("widget.js", "text/javascript; charset=utf-8", "public, max-age=300"),
    "/static/wegwijzer.css": ("wegwijzer.css", "text/css; charset=utf-8", "public, max-age=3600"),
}
HTML = "text/html; charset=utf-8"


def templates(web_dir: Path = WEB_DIR) -> Environment:
    """Jinja environment for the HTML pages in web/ (autoescaped)."""
    return Environment(loader=FileSystemLoader(web_dir), autoescape=select_autoescape(["html"]))


def _file_handler(name: str, content_type: str, cache: str) -> Handler:
    async def handler(request: web.Request) -> web.FileResponse:
        return web.FileResponse(WEB_DIR / name, headers={
            "Content-Type": content_type, "Cache-Control": cache})
    handler.__doc__ = f"Serve web/{name}."
    return handler


async def index(request: web.Request) -> web.Response:
    """GET /: the chat as a whole page (phones, kiosks), open from the start."""
    body = request.app[TEMPLATES].get_template("index.html").render()
    return web.Response(text=body, content_type="text/html", headers={"Cache-Control": "no-cache"})


async def over(request: web.Request) -> web.Response:
    """GET /over: how answers are chosen and what is kept, in plain Dutch."""
    settings = request.app[SETTINGS]
    assistant = request.app[ASSISTANT]
    about = [(p.code, p.name, p.direction, p.general["about"].text)
             for p in assistant.kb.languages.values() if "about" in p.general]
    body = request.app[TEMPLATES].get_template("over.html").render(
        match=settings.match, rate_limit=settings.rate_limit, model=assistant.model_name, about=about)
    return web.Response(text=body, content_type="text/html", headers={"Cache-Control": "no-cache"})


async def healthz(request: web.Request) -> web.Response:
    """GET /healthz: ok, or degraded with the reason while residents still get answers (200 both)."""
    stores = (request.app.get(STATS), request.app.get(STAFF))
    reasons = [p for p in (getattr(s, "problem", None) for s in stores) if p]
    body = {"status": "degraded", "reason": " ".join(reasons)} if reasons else {"status": "ok"}
    return web.json_response(body, headers={"Cache-Control": "no-store"})


def add_routes(app: web.Application) -> None:
    """Register the pages and static files."""
    app.router.add_get("/", index)
    app.router.add_get("/over", over)
    app.router.add_get("/healthz", healthz)
    for url, (name, content_type, cache) in FILES.items():
        app.router.add_get(url, _file_handler(name, content_type, cache))
