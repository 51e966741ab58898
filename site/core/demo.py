"""Demo content, app by app: the step registry behind ``manage.py seed_demo`` and its helpers.

Core knows no feature app (docs/ARCHITECTURE.md §2), so it cannot build their pages.
Each app declares its demo in ``<app>/demo.py`` with ``@register(name, requires=...)``
and keeps its texts as data in ``<app>/demo_content.py``. ``seed_demo`` imports every
app's ``demo`` module (``discover()``) and runs the steps so that each one comes after
the steps it requires. Steps meet through ``DemoContext.pages``: a page is found by a
key ("home", "services"), never by importing another app's page class.

Texts are written once for the three languages as ``T(az=..., en=..., ru=...)`` anywhere
in nested data (a block body, a settings dict); ``localize`` picks one language out of
such data and ``per_language`` spreads it over ``field_az``/``field_en``/``field_ru``.
"""

import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.utils.module_loading import autodiscover_modules
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images.models import Image

from core.i18n import LANGUAGE_CODES, ascii_slug

LANGUAGES = frozenset(LANGUAGE_CODES)


# --- texts as data ---------------------------------------------------------------------


def T(*, az, en, ru):
    """A text (or any value) in the three languages; all three are required so none is forgotten."""
    return {"az": az, "en": en, "ru": ru}


def P(*, az, en, ru):
    """A text as one rich-text paragraph (``<p>…</p>``) in the three languages."""
    return T(az=f"<p>{az}</p>", en=f"<p>{en}</p>", ru=f"<p>{ru}</p>")


@dataclass(frozen=True)
class Ref:
    """A placeholder in demo data for an object only a step can supply (a page, an image, a document).

    Data modules stay free of database objects; the step passes ``refs={name: object}``
    (or a zero-argument callable, so the object is made only when some data uses it).
    """

    name: str


def is_text(value):
    """Whether ``value`` is a ``T(...)``: a dict with exactly the language keys."""
    return isinstance(value, dict) and value.keys() == LANGUAGES


def localize(value, lang, refs=None):
    """``value`` with every ``T(...)`` replaced by its ``lang`` text and every ``Ref`` resolved.

    Walks dicts, lists and tuples, so a whole StreamField body described as data
    (``[("paragraph", P(...)), ("accordion", {"heading": T(...), ...})]``) becomes the
    body of one language; anything else (numbers, model instances) passes unchanged.
    """
    if is_text(value):
        return localize(value[lang], lang, refs)
    if isinstance(value, Ref):
        if refs is None or value.name not in refs:
            raise KeyError(f"demo data refers to {value.name!r}, which the step did not supply")
        target = refs[value.name]
        return target() if callable(target) else target
    if isinstance(value, dict):
        return {key: localize(item, lang, refs) for key, item in value.items()}
    if isinstance(value, list):
        return [localize(item, lang, refs) for item in value]
    if isinstance(value, tuple):
        return tuple(localize(item, lang, refs) for item in value)
    return value


def per_language(field, value, refs=None):
    """``{"title_az": ..., "title_en": ..., "title_ru": ...}`` from data holding ``T(...)`` texts."""
    return {f"{field}_{lang}": localize(value, lang, refs) for lang in LANGUAGE_CODES}


def translated(obj, field):
    """A model's translated field read back as a ``T(...)``, to reuse one page's texts in another."""
    return {lang: getattr(obj, f"{field}_{lang}") for lang in LANGUAGE_CODES}


# --- the registry ----------------------------------------------------------------------


class DemoStepError(Exception):
    """The registered steps cannot be ordered: a requirement nobody registers, or a cycle."""


@dataclass(frozen=True)
class Step:
    name: str
    seed: Callable[["DemoContext"], None]
    requires: tuple[str, ...]
    after: tuple[str, ...] = ()


class Registry:
    """Demo steps by name. A class, not only a module global, so tests can use a throwaway one."""

    def __init__(self):
        self._steps: dict[str, Step] = {}

    def register(self, name, *, requires=(), after=()):
        """Decorator: ``seed(ctx)`` is the step ``name``, run after every step in ``requires``.

        ``after`` names steps that run first *when an app registers them* (a menu that links
        a module's page if the module is installed); unlike ``requires`` they may be absent.
        """
        if isinstance(requires, str):  # ("home") is a string, not a tuple: don't require "h", "o"...
            requires = (requires,)
        if isinstance(after, str):
            after = (after,)

        def decorator(seed):
            known = self._steps.get(name)
            # The same function again (its module imported twice) replaces itself; another one is a clash.
            if known and (known.seed.__module__, known.seed.__qualname__) != (seed.__module__, seed.__qualname__):
                raise DemoStepError(f"demo step {name!r} is registered twice: {_where(known.seed)} and {_where(seed)}")
            self._steps[name] = Step(name, seed, tuple(requires), tuple(after))
            return seed

        return decorator

    def ordered(self):
        """The steps, each after the ones it requires; otherwise in registration order.

        Registration order follows INSTALLED_APPS, so the order is the same on every run.
        """
        for step in self._steps.values():
            for required in step.requires:
                if required not in self._steps:
                    raise DemoStepError(
                        f"demo step {step.name!r} requires {required!r}, which no app registers "
                        f"(known steps: {', '.join(sorted(self._steps))})"
                    )
        order, done = [], set()
        pending = list(self._steps.values())
        while pending:
            ready = next((step for step in pending if done.issuperset(self._before(step))), None)
            if ready is None:
                raise DemoStepError(f"demo steps require each other in a cycle: {self._cycle(pending, done)}")
            pending.remove(ready)
            order.append(ready)
            done.add(ready.name)
        return order

    def _before(self, step):
        return (*step.requires, *(name for name in step.after if name in self._steps))

    def _cycle(self, pending, done):
        """``a → b → a``: follow unmet requirements from a blocked step until a name repeats."""
        path = [pending[0].name]
        while True:
            step = self._steps[path[-1]]
            following = next(name for name in self._before(step) if name not in done)
            if following in path:
                return " → ".join([*path[path.index(following) :], following])
            path.append(following)


def _where(function):
    return f"{function.__module__}.{function.__qualname__}"


registry = Registry()
register = registry.register


def discover():
    """Import every installed app's ``demo`` module (so its steps register) and order the steps."""
    autodiscover_modules("demo")
    return registry.ordered()


# --- the context the steps share -------------------------------------------------------

PALETTE = [(11, 79, 138), (20, 40, 61), (179, 38, 30), (31, 110, 84), (109, 70, 148), (184, 115, 20)]


class DemoContext:
    """What one ``seed_demo`` run shares between steps: output, counts, pages by key, helpers.

    Every helper looks its object up by a stable key first and creates it only when
    missing, so a second run creates nothing and still fills ``pages``.
    """

    def __init__(self, stdout=None, style=None, options=None):
        self.stdout = stdout
        self.style = style
        self.options = options or {}
        self.pages = {}
        self.created = 0
        self.created_by_step = {}

    def run(self, steps):
        """Run ``steps`` in the given order and report each one's count; return the total."""
        for step in steps:
            before = self.created
            step.seed(self)
            self.created_by_step[step.name] = self.created - before
            if self.stdout is not None:
                self.stdout.write(f"{step.name}: {self.created_by_step[step.name]} created")
        return self.created

    def count(self, obj=None):
        """Note one object created by the running step; returns it, to wrap a ``create()``."""
        self.created += 1
        return obj

    def image(self, key, width=1200, height=630):
        """A generated picture titled ``demo-<key>``: the same shapes and colours for the same key."""
        title = f"demo-{key}"
        existing = Image.objects.filter(title=title).first()
        if existing:
            return existing
        seed = int(hashlib.sha1(key.encode(), usedforsecurity=False).hexdigest(), 16)
        base = PALETTE[seed % len(PALETTE)]
        picture = PILImage.new("RGB", (width, height), base)
        draw = ImageDraw.Draw(picture)
        for i in range(6):
            shade = tuple(min(255, c + 18 * (i + 1)) for c in base)
            x = (seed >> (i * 5)) % width
            r = 80 + ((seed >> (i * 3)) % 220)
            draw.ellipse((x - r, height - r - i * 40, x + r, height + r - i * 40), fill=shade)
        draw.rectangle((60, 60, 300, 90), fill=(255, 255, 255))
        buffer = io.BytesIO()
        picture.save(buffer, format="PNG", optimize=True)
        return self.count(Image.objects.create(title=title, file=ImageFile(buffer, name=f"{title}.png")))

    @staticmethod
    def child(parent, slug_az):
        """The child of ``parent`` with that Azerbaijani slug, or None: lets a step skip building it."""
        existing = parent.get_children().filter(slug_az=slug_az).first()
        return existing.specific if existing else None

    def add_page(self, parent, page, slug_az):
        """Publish ``page`` under ``parent``, unless a child with that slug exists: then return that one."""
        existing = self.child(parent, slug_az)
        if existing:
            return existing
        page.slug_az = slug_az
        parent.add_child(instance=page)
        page.save_revision().publish()
        return self.count(page)

    def add_pages(self, parent, specs, build):
        """Fill ``pages[spec["key"]]`` for each spec with the existing child or ``build(spec)`` published.

        The Azerbaijani slug comes from the Azerbaijani title, as an editor's would. ``build``
        runs only for missing pages, so a second run makes no images or documents either.
        """
        for spec in specs:
            slug = ascii_slug(spec["title"]["az"])
            page = self.child(parent, slug) or self.add_page(parent, build(spec), slug)
            known = self.pages.setdefault(spec["key"], page)
            if known.pk != page.pk:
                raise DemoStepError(f"two demo pages use the key {spec['key']!r}: {known.url_path} and {page.url_path}")


# --- core's own step ---------------------------------------------------------------------


@register("admin")
def admin(ctx):
    """The superuser the README promises: ``admin`` with ``--admin-password`` (default ``qapi-demo``)."""
    User = get_user_model()
    if not User.objects.filter(username="admin").exists():
        User.objects.create_superuser("admin", "admin@qapi.example", ctx.options.get("admin_password", "qapi-demo"))
        ctx.count()
