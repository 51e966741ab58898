"""Walk a deployed Qapı through nginx over HTTPS, as readers, an editor and an operator would.

Run by ``deploy/deploy-check`` (``make deploy-check``) against the stack it brought up:

    python deploy/walk.py --base https://localhost:8443 --http http://localhost:8080 --ca cert.pem \
        --admin admin --password ... --email-domain example.org

Prints one line per check and exits non-zero at the first that fails. Uses only the
standard library, plus django_otp.oath (pure Python) for the admin's second factor.
"""

import argparse
import base64
import http.cookiejar
import json
import re
import ssl
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from html import unescape

from django_otp.oath import totp


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Walker:
    def __init__(self, base, http_base, ca):
        self.base, self.http_base = base.rstrip("/"), http_base.rstrip("/")
        self.cookies = http.cookiejar.CookieJar()
        context = ssl.create_default_context(cafile=ca)
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPSHandler(context=context), urllib.request.HTTPCookieProcessor(self.cookies), NoRedirect
        )
        self.checks = 0

    def request(self, path, data=None, headers=None, base=None):
        url = path if path.startswith("http") else (base or self.base) + path
        body = urllib.parse.urlencode(data).encode() if isinstance(data, dict) else data
        headers = {"Accept-Language": "az", **(headers or {})}
        req = urllib.request.Request(url, data=body, headers=headers)  # noqa: S310 (https/http on loopback only)
        if body is not None:
            req.add_header("Referer", self.base + "/")
        try:
            with self.opener.open(req, timeout=30) as response:
                return response.status, dict(response.headers), response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read().decode("utf-8", "replace")

    def ok(self, condition, what):
        self.checks += 1
        if not condition:
            print(f"FAIL  {what}", flush=True)
            sys.exit(1)
        print(f"ok    {what}", flush=True)

    def csrf(self):
        return next((c.value for c in self.cookies if c.name == "csrftoken"), "")


def field(html, name):
    match = re.search(rf'name="{re.escape(name)}"[^>]*value="([^"]*)"', html) or re.search(
        rf'value="([^"]*)"[^>]*name="{re.escape(name)}"', html
    )
    return unescape(match.group(1)) if match else ""


def walk(args):
    w = Walker(args.base, args.http, args.ca)

    # --- The operator's view: redirects, health, headers -----------------------------
    status, headers, _ = w.request("/az/", base=args.http)
    w.ok(status == 301 and headers["Location"].startswith("https://"), "plain HTTP is sent to HTTPS")
    status, _, body = w.request("/readyz/", base=args.http)
    w.ok(status == 200, "a load balancer's probe over plain HTTP answers /readyz/")
    status, _, body = w.request("/healthz/")
    w.ok(status == 200, "/healthz/ answers 200")
    status, _, body = w.request("/readyz/")
    checks = json.loads(body)["checks"]
    w.ok(status == 200 and checks == {"database": "ok", "cache": "ok", "search": "ok"}, f"/readyz/ is ready {checks}")

    status, headers, _ = w.request("/")
    w.ok(status == 302 and headers["Location"].endswith("/az/"), "/ goes to the reader's language")

    # --- Readers: three languages, cached by Redis, hashed static files ---------------
    pages = {}
    for lang, marker in (("az", 'lang="az"'), ("en", 'lang="en"'), ("ru", 'lang="ru"')):
        status, headers, body = w.request(f"/{lang}/", headers={"Accept-Language": lang})
        pages[lang] = body
        w.ok(status == 200 and marker in body, f"the home page in {lang} (200, {marker})")
        w.ok("max-age=31536000" in headers.get("Strict-Transport-Security", ""), f"HSTS on /{lang}/")
        w.ok(
            bool(re.fullmatch(r"[0-9a-f]{32}", headers.get("X-Request-ID", ""))), f"/{lang}/ carries nginx's request id"
        )
    status, headers, _ = w.request("/en/", headers={"Accept-Language": "en"})
    w.ok(headers.get("X-Page-Cache") == "hit", "a second reader of /en/ is served from the shared page cache (Redis)")

    hashed = re.search(r'(/static/[^"]+\.[0-9a-f]{12}\.css)', pages["az"])
    w.ok(bool(hashed), "the page links its stylesheet under a hashed name")
    status, headers, body = w.request(hashed.group(1), headers={"Accept-Encoding": "gzip"})
    w.ok(
        status == 200 and "immutable" in headers.get("Cache-Control", ""),
        f"{hashed.group(1)} is cached for a year, immutable",
    )
    w.ok(headers.get("Content-Encoding") == "gzip", "static files go out pre-compressed by nginx")

    # --- Documents only through Wagtail, images from nginx ----------------------------
    status, _, sitemap = w.request("/sitemap.xml")
    urls = [u for u in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    w.ok(status == 200 and len(urls) > 20, f"the sitemap lists {len(urls)} pages")
    document = image = event = None
    for url in urls:
        if document and image and event:
            break
        path = urllib.parse.urlsplit(url).path
        if "/az/" not in path:
            continue
        _, _, body = w.request(path)
        document = document or re.search(r'href="(/documents/\d+/[^"]+)"', body)
        image = image or re.search(r'src="(/media/images/[^"]+)"', body)
        if not event and "data-register-link" in body:
            event = path
    w.ok(bool(document), "a page links a document through /documents/")
    status, headers, _ = w.request(unescape(document.group(1)))
    w.ok(
        status == 200 and "Content-Disposition" in headers and "X-Request-ID" in headers,
        f"the document is served by Wagtail ({status}, {headers.get('Content-Type')}, "
        f"{headers.get('Content-Disposition', '')[:30]}…)",
    )
    file_name = unescape(document.group(1)).rsplit("/", 1)[-1]
    status, _, _ = w.request(f"/media/documents/{file_name}")
    w.ok(status == 404, "the same file straight from /media/documents/ is refused by nginx")
    w.ok(bool(image), "a page shows an image from /media/images/")
    status, headers, _ = w.request(unescape(image.group(1)))
    w.ok(status == 200 and headers.get("Content-Type", "").startswith("image/"), "images are served by nginx")

    # --- Search ------------------------------------------------------------------------
    for lang, query in (("az", "miqrasiya"), ("en", "migration"), ("ru", "миграц")):
        status, _, body = w.request(f"/{lang}/search/?q={urllib.parse.quote(query)}", headers={"Accept-Language": lang})
        results = len(re.findall(r'<li class="search-result[ "]', body))
        w.ok(status == 200 and results > 0, f"search in {lang} for {query!r} finds {results}")

    # --- A sign-up ----------------------------------------------------------------------
    w.ok(bool(event), f"an event page with an open form: {event}")
    status, _, form = w.request(event + "register/")
    w.ok(status == 200, "the registration form opens")
    email = f"deploy-check-{int(time.time())}@{args.email_domain}"
    data = {
        "csrfmiddlewaretoken": field(form, "csrfmiddlewaretoken") or w.csrf(),
        "category": "citizen",
        "name": "Yoxlama Yoxlayıcı",
        "email": email,
        "phone": "",
        "language": "az",
        "consent": "on",
        "website": "",
    }
    status, headers, body = w.request(event + "register/", data=data)
    w.ok(status in (302, 303), f"the sign-up is accepted (HTTP {status})")
    status, _, body = w.request(urllib.parse.urlsplit(headers["Location"]).path)
    w.ok(status == 200, "the confirmation page opens")

    # --- The admin: password, then the second factor (required for superusers) ---------
    status, _, login = w.request("/admin/login/")
    w.ok(status == 200, "the admin's sign-in page")
    status, headers, _ = w.request(
        "/admin/login/",
        data={
            "csrfmiddlewaretoken": field(login, "csrfmiddlewaretoken"),
            "username": args.admin,
            "password": args.password,
            "next": "/admin/",
        },
    )
    w.ok(status == 302, "the password is accepted (CSRF and the HTTPS origin pass through nginx)")
    status, headers, _ = w.request("/admin/")
    w.ok(status == 302 and "/admin/two-factor/" in headers["Location"], "the admin asks for a second factor first")
    status, _, setup = w.request(
        urllib.parse.urlsplit(headers["Location"]).path + "?" + urllib.parse.urlsplit(headers["Location"]).query
    )
    secret = re.search(r"<code>([A-Z2-7 ]{16,})</code>", setup)
    w.ok(status == 200 and bool(secret), "the setup screen shows a QR code and its key")
    key = base64.b32decode(secret.group(1).replace(" ", "") + "=" * (-len(secret.group(1).replace(" ", "")) % 8))
    status, _, codes = w.request(
        "/admin/two-factor/setup/",
        data={
            "csrfmiddlewaretoken": field(setup, "csrfmiddlewaretoken"),
            "otp_token": f"{totp(key):06d}",
            "next": "/admin/",
        },
    )
    w.ok(status == 200 and codes.count("<li><code>") == 10, "a code from the app confirms it; ten recovery codes")
    status, _, dashboard = w.request("/admin/")
    w.ok(status == 200 and "wagtail" in dashboard.lower(), "the admin dashboard opens after the second factor")
    status, _, registrations = w.request("/admin/registrations/")
    w.ok(status == 200, "the administrator sees the registrations")

    print(f"{w.checks} checks passed", flush=True)
    return email


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--http", required=True)
    parser.add_argument("--ca", required=True)
    parser.add_argument("--admin", default="admin")
    parser.add_argument("--password", required=True)
    parser.add_argument("--email-domain", default="example.org")
    parser.add_argument("--signup-file", help="write the sign-up's e-mail address here")
    arguments = parser.parse_args()
    address = walk(arguments)
    if arguments.signup_file:
        with open(arguments.signup_file, "w") as out:
            out.write(address)
